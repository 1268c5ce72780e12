package org.coopevents.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the main article text and its title, date and language from an HTML page.
 *
 * <p>The body is found by {@link MainContentFinder} (readability-style container scoring) and
 * written by {@link BlockTextWriter}, one paragraph, heading or list item per line. If the first
 * attempt yields under {@value #ENOUGH_CHARS} characters the page is tried again with fewer
 * filters: first without removing "unlikely" class names, then without class weights, then
 * without conditional cleaning; the longest result wins. A short first result from a real
 * container is kept (a two-paragraph press release must not be padded with sidebar teasers). Lines
 * that are only page furniture (share prompts, "advertisement", bylines and datelines, credits,
 * contact lines, "read more" links) are dropped afterwards, see {@link #filterLines}. When almost
 * nothing is found, a JSON-LD {@code articleBody} is used instead.
 *
 * <p>Title, date and language come from {@link HtmlMetadata}. Stateless and thread-safe. For
 * tuning, {@code -Dcoopevents.html.debug=true} prints the candidate containers to stderr.
 */
public final class HtmlMainText {

  /** Text shorter than this triggers another attempt with fewer filters. */
  static final int ENOUGH_CHARS = 500;
  /** A first-pass text at least this long from a container below body is accepted even if short. */
  static final int SHORT_ITEM_CHARS = 100;
  /** Below this many characters of extracted text, a JSON-LD articleBody twice as long is used instead. */
  static final int FALLBACK_CHARS = 200;

  /** Whole lines that are page furniture rather than body, in English and Russian. */
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "(?iu)^(advertisement|advertising|sponsored( content)?|реклама|"
          + "share( this( article| story| page)?)?( on \\w+)?|share via.*|поделиться(:.*)?|"
          + "(click|tap) here.*|read (more|next|also)\\b.*|see also\\b.*|\\[?related( articles?| stories| content| coverage)?(:.*|\\]?)|"
          + "читайте (также|еще|ещё).*|смотрите также.*|"
          + "(sign up|subscribe)\\b.*|подпис(ыв)?айтесь.*|follow us\\b.*|"
          + "(all rights reserved|все права защищены).*|(©|\\(c\\)|copyright\\s*(©|\\(c\\)|\\d{4}|by\\b)).*|"
          + "(photo|image|picture|фото)( credit)?:.*|image copyright.*|getty images|reuters|"
          + "comments?( \\(\\d+\\))?|\\d+ comments?|leave a (comment|reply).*|"
          + "(версия для печати|print version|printer[- ]friendly( version)?)|"
          + "loading\\.*|загрузка\\.*|print|печать|email|e-mail|tweet|facebook|twitter|whatsapp|linkedin|"
          + "we use cookies.*|this (site|website) uses cookies.*|мы используем (cookie|куки).*|"
          + "see more\\b.*|don'?t miss\\b.*|(also )?on [\\w.-]+\\.(com|net|org|ru|co\\.uk)\\b.*|like this (story|article)\\?.*|you (may|might) also like.*|"
          + "more (stories|news)( from [^.]*| like this)?:?|recommended( for you| stories)?|most (read|popular|viewed)\\b.*|"
          + "skip to (main )?content|(this \\w+ requires|please enable|you need to enable) javascript.*|"
          + "tell us what you think.*|join the (conversation|discussion).*|"
          + "\\(?(additional |with )?(reporting|writing|editing|edited|compiled) by\\b.*|"
          + ".*\\bcontributed (reporting )?to this (report|story|article)\\.?\\)?|"
          + ".*\\b(affiliate (links?|commission|partnerships?)|may earn (a |an )?(small )?commission)\\b.*|"
          + "tags?(:.*)?|topics:?|подробнее(:.*|\\s*[»>…]*)|по теме:?|теги(:.*)?)$");
  /** Dateline and byline furniture: "Updated Nov 19, 9:41 AM", "By Jane Doe - 11/18/19", "Опубликовано 3 мая". */
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?iu)\\b(updated|published|posted|last|modified|first|on|at|am|pm|a\\.m\\.|p\\.m\\.|et|est|edt|cst|cdt|pst|pdt|gmt|"
          + "utc|bst|cet|msk|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|"
          + "oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|"
          + "sat(urday)?|sun(day)?|today|yesterday|ago|hours?|original|pt|minutes?|mins?|опубликовано|обновлено|обновлен|"
          + "январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|"
          + "ноябр[яь]|декабр[яь]|г|года?|в|мск|"
          // a few other languages seen on news sites: pt, es, fr, de
          + "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|"
          + "enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|"
          + "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
          + "januar|februar|märz|juni|juli|oktober|dezember|\\p{L}+-feira|domingo|sábado|lunes|martes|"
          + "miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|"
          + "mittwoch|donnerstag|freitag|samstag|sonntag|de|del|às|a las|le|à|um|am|den)\\b|\\d+(st|nd|rd|th|am|pm|h)?\\b|\\d+|[^\\p{L}]+");
  private static final Pattern BYLINE = Pattern.compile(
      "^(By|BY|От|Автор:?|(Posted|Written|Published|Reported) by|Publicado por:?)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
          + "(\\s*(,|and|&|\\||-|–|—|on|at|in)\\s*.*)?$");
  private static final int FURNITURE_MAX = 160;
  private static final Pattern INLINE_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
  private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\n ]*");
  /** Contact lines: an e-mail address or a social handle with "follow", "email", "reach". */
  private static final Pattern CONTACT_LINE = Pattern.compile(
      "(?iu)[\\w.+-]@[\\w-]+\\.\\w|\\b(follow|email|e-mail|reach|contact|write to)\\b[^@]{0,120}(@\\w|twitter|facebook)");

  private HtmlMainText() {}

  /** Extracts from {@code html}; {@code baseUrl} resolves relative links and may be null. */
  public static HtmlPage extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
    String title = HtmlMetadata.title(doc);
    String date = HtmlMetadata.publishedAt(doc);
    if (date == null) date = printedNearHeadline(doc);
    String lang = HtmlMetadata.language(doc);
    String ldBody = HtmlMetadata.jsonLdArticleBody(doc);
    String text = mainText(doc, title);
    if (ldBody != null && text.length() < FALLBACK_CHARS) {
      // Pages rendered by script often ship the story only as structured data.
      String spaced = INLINE_SPACE.matcher(Parser.unescapeEntities(ldBody, false)).replaceAll(" ");
      String fromLd = filterLines(LINE_BREAKS.matcher(spaced).replaceAll("\n"), title);
      if (fromLd.length() > 2 * text.length()) {
        text = fromLd;
      }
    }
    return new HtmlPage(title, date, lang, text);
  }

  /** Lines either side of the headline where a page prints its date. */
  static final int DATE_NEAR_HEADLINE = 5;

  /**
   * The date a page prints as text on a line of its own near its {@code <h1>} ("5 июня 2024 года,
   * 14:30" in a div above the headline, "Published: April 4, 2024" under it), for pages whose
   * markup gives none (no meta, no JSON-LD, no {@code <time datetime>}): the nearest such line
   * within {@value #DATE_NEAR_HEADLINE} lines, before the headline preferred at equal distance.
   * Null without a headline or such a line. Read only when the metadata has no date.
   */
  static String printedNearHeadline(Document doc) {
    Element body = doc.body();
    if (body == null) return null;
    Element h1 = body.selectFirst("h1");
    if (h1 == null) return null;
    String head = INLINE_SPACE.matcher(h1.text()).replaceAll(" ").strip();
    if (head.isEmpty()) return null;
    String[] lines = BlockTextWriter.write(List.of(body)).split("\n");
    int at = -1;
    for (int i = 0; i < lines.length && at < 0; i++) {
      if (lines[i].strip().equals(head)) at = i;
    }
    if (at < 0) return null;
    for (int d = 1; d <= DATE_NEAR_HEADLINE; d++) {
      for (int i : new int[] {at - d, at + d}) {
        if (i < 0 || i >= lines.length) continue;
        String date = PublishedDates.printedDateLine(lines[i]);
        if (date != null) return date;
      }
    }
    return null;
  }

  static String mainText(Document doc, String title) {
    boolean[][] flags = {
        {true, true, true},
        {false, true, true},
        {false, false, true},
        {false, false, false},
    };
    String best = "";
    for (int i = 0; i < flags.length; i++) {
      Document copy = i == flags.length - 1 ? doc : doc.clone();
      Element body = copy.body();
      if (body == null) {
        return "";
      }
      MainContentFinder finder = new MainContentFinder(flags[i][0], flags[i][1], flags[i][2]);
      List<Element> article = finder.find(body);
      String text = filterLines(BlockTextWriter.write(article), title);
      if (text.length() >= ENOUGH_CHARS) {
        return text;
      }
      // A short item in a real container (a two-paragraph press release) is kept as it is: the
      // looser passes would add the sidebar's or the footer's text, not more of the article.
      // Unless cleaning threw most of the container away, which hints at the wrong container.
      if (i == 0 && finder.foundContainer() && text.length() >= SHORT_ITEM_CHARS
          && text.length() >= 0.6 * finder.rawChars()) {
        return text;
      }
      if (text.length() > best.length()) {
        best = text;
      }
    }
    return best;
  }

  /** A short line made only of date and time words, digits and punctuation, with at least one digit. */
  static boolean isDateLine(String l) {
    if (l.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    return DATE_WORDS.matcher(l).replaceAll("").isBlank();
  }

  /**
   * Drops empty and furniture lines, consecutive duplicates, and a first line that repeats the
   * title.
   */
  static String filterLines(String text, String title) {
    List<String> kept = new ArrayList<>();
    String previous = null;
    for (String line : text.split("\n")) {
      String l = line.trim();
      if (l.isEmpty() || l.equals(previous)) {
        continue;
      }
      if (l.length() <= FURNITURE_MAX && FURNITURE_LINE.matcher(l).matches()) {
        continue;
      }
      if (l.length() <= 250 && CONTACT_LINE.matcher(l).find()) {
        continue;
      }
      if (l.length() <= 100 && (isDateLine(l) || (BYLINE.matcher(l).matches() && !l.endsWith(".")))) {
        continue;
      }
      if (kept.isEmpty() && title != null && l.equalsIgnoreCase(title.trim())) {
        continue;
      }
      kept.add(l);
      previous = l;
    }
    return String.join("\n", kept);
  }
}
