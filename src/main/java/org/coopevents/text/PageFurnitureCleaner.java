package org.coopevents.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps an article's own lines from the body of a saved page (or a {@code text} field that still
 * carries page furniture). The rules look at the shape of lines and at where they stand, never at
 * the words of one particular site:
 *
 * <ol>
 *   <li><b>Line shapes.</b> After {@link TextNormalizer#normalize} every non-empty line (hard-wrapped
 *       lines joined again) is classified. <i>Prose</i>: ends with a sentence mark (. ! ? …),
 *       possibly followed by closing quotes, and has at least five words, or has 25 words or
 *       more, and is not in capitals; a line of five words or more ending in ':' introduces a
 *       list and counts as prose. <i>List item</i>: starts with a bullet or a number ("- ", "— ",
 *       "• ", "1. ", "2) "), ends with ';' or ',', or follows a line ending in ':' and starts
 *       with a capital or a digit (up to the first full sentence). <i>Dateline</i>: "MINSK, 16 May (Wire) -". <i>Furniture</i>:
 *       repeats the title; dates and times alone; counters ("1 234 views"); breadcrumbs ("Home >
 *       World"); hashtag lists; lines made of social-network names; lines opening with the
 *       furniture vocabulary of {@code furniture.tsv} (share, follow us, tags, photo, source ...)
 *       unless they are a full sentence; copyright, cookie and "Ctrl+Enter" lines anywhere.</li>
 *   <li><b>Language.</b> The page's language is detected on its prose. A line in another script,
 *       or a long line in another language of the same script, is foreign: it never counts as
 *       article prose (a Russian headline after an English article, an English promo after a
 *       Russian one).</li>
 *   <li><b>The body</b> is the heaviest run of lines: prose weighs its length, list items half of
 *       it, furniture and headline-like lines cost a little, a label of other stories ("Related",
 *       "Read also", "News line") costs more the more links follow it, and a label opening
 *       comments or reviews is a wall. When a line repeating the title sits inside the run with
 *       most of the prose after it, the body starts after it. A prose line at either end that sits
 *       after furniture or headline-like lines and shares almost no words with the rest of the
 *       article is another story (a teaser) and is cut off.</li>
 *   <li><b>What is kept</b>: datelines before the body; the article's own headline and lead
 *       right above it ({@code leadLines}), set with a full stop as the statements they are;
 *       every line inside the body except
 *       furniture, runs of three or more menu-like short lines and foreign headlines; after the
 *       body, only a list that continues it (items after a line ending in ':' or ';').
 *       Everything else before or after the body (menus, breadcrumbs, headlines of other
 *       stories, prompts, footers) goes.</li>
 * </ol>
 * Paragraphs of the result are separated by one blank line. Stateless and thread-safe.
 */
public final class PageFurnitureCleaner {
  private static final FurnitureLexicon LEXICON = FurnitureLexicon.load();

  private static final String MONTHS =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
      + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
      + "|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]"
      + "|октябр[яь]|ноябр[яь]|декабр[яь]|янв|фев|апр|авг|сен|окт|ноя|дек";
  private static final String WEEKDAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
      + "|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс"
      + "|today|yesterday|сегодня|вчера|updated|published|обновлено|опубликовано|at|в|г|года?";
  /** A line made only of date and time parts. */
  private static final Pattern DATE_ALONE = Pattern.compile(
      "(?iu)^(?:(?:\\d{1,4}(?:[./:-]\\d{1,4}){0,2}|" + MONTHS + "|" + WEEKDAYS
      + "|am|pm|utc|gmt|msk|мск)(?:[\\s,.|/:–—-]+|$)){1,8}$");
  /** Something in a line that makes it a date or a time rather than any number. */
  private static final Pattern DATE_SIGNAL = Pattern.compile(
      "(?iu)(?:\\b(?:" + MONTHS + "|" + WEEKDAYS.replace("|at|в|г|года?", "") + ")\\b|\\d{1,2}:\\d{2}|\\b\\d{4}\\b"
      + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})");
  /** A counter: a number with at most two words around it ("1 234 views", "Просмотров: 56"). */
  private static final Pattern COUNTER = Pattern.compile(
      "(?iu)^[^\\p{L}\\d]*(?:\\p{L}+[\\s:]*){0,2}[(\\[]?\\d[\\d\\s.,kкмmтыс]*[)\\]]?\\s*(?:\\p{L}+\\s*){0,2}[^\\p{L}\\d]*$");
  private static final Pattern LIST_MARK = Pattern.compile(
      "^(?:[-–—•·▪►*○●]\\s+|\\(?\\d{1,2}[.)]\\s+|\\(?[a-zа-я][)]\\s+|[IVX]{1,4}\\.\\s+)\\S");
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu}\\s.'-]{1,30},[^.!?]{1,60}?[-–—/]+\\s*(?:\\p{Lu}[\\p{Lu}\\p{L}\\s.-]{0,20}/?\\s*[.-]?)?$");
  private static final Pattern BREADCRUMB_SEP = Pattern.compile("\\s(?:>|»|›|→|/|\\||::)\\s");
  /**
   * A row of a table as text extractors write it ("| 1 | Agreement on ... | Minister |", "2 |
   * Memorandum on ... | Secretary"): between bars, or after a number cell. It is an item of a
   * list (the signed documents of an outcome page), not a breadcrumb.
   */
  private static final Pattern TABLE_ROW = Pattern.compile("^(?:\\|.*\\||\\d{1,2}[.)]?\\s+\\|\\s.*)$");

  private PageFurnitureCleaner() {}

  /** A non-empty line of the page with what the rules need to know about it. */
  private static final class Line {
    final String text;
    final String lower;
    final int words;
    boolean prose;
    boolean listItem;
    boolean intro;
    /** A short line without a sentence mark that heads a list ("Outcomes at a glance"). */
    boolean listHeading;
    boolean dateline;
    boolean dateAlone;
    boolean furniture;
    boolean titleRepeat;
    boolean endComments;
    boolean endRelated;
    boolean headlineLike;
    boolean menuLike;
    boolean foreign;

    Line(String text) {
      this.text = text;
      this.lower = text.toLowerCase(Locale.ROOT);
      this.words = countWords(text);
    }

    boolean evidence() {
      return (prose || intro) && !furniture && !foreign && !titleRepeat && !endComments && !endRelated;
    }
  }

  public static String clean(String body, String title) {
    List<Line> lines = lines(TextNormalizer.normalize(body));
    if (lines.isEmpty()) {
      return "";
    }
    String titleKey = title == null ? "" : key(TextNormalizer.normalize(title));
    for (Line l : lines) {
      classify(l, titleKey);
    }
    markForeign(lines);
    markListsAfterColons(lines);
    markNumberedCells(lines);
    markMenuRuns(lines);

    int[] run = heaviestRun(lines);
    if (run == null) {
      return fallback(lines);
    }
    startAfterHeadline(lines, run);
    int[] range = trimTeasers(lines, run[0], run[1], titleKey);
    int first = listBefore(lines, range[0], range[1]);
    int last = range[1];

    boolean[] lead = leadLines(lines, first, last, titleKey);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < first; i++) {
      Line l = lines.get(i);
      if (l.dateline && !l.furniture) {
        kept.add(l.text);
      } else if (lead[i]) {
        // a headline or a lead is a statement of the article set without its full stop; the
        // line of the title stays as it is (read as the title)
        kept.add(l.titleRepeat ? l.text : l.text + ".");
      }
    }
    boolean links = false;   // headlines under a "Read also" label inside the body
    for (int i = first; i <= last; i++) {
      Line l = lines.get(i);
      links = l.endRelated || (links && l.headlineLike);
      if (links || l.furniture || l.titleRepeat || l.endComments || l.endRelated || l.menuLike
          || (l.foreign && !l.prose)) {
        continue;
      }
      kept.add(l.text);
    }
    // A list that continues the body after its last prose line.
    Line prev = lines.get(last);
    boolean inList = false;
    for (int i = last + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.furniture || l.foreign || l.titleRepeat || l.endComments || l.endRelated || l.menuLike) {
        break;
      }
      inList = prev.text.endsWith(":") || prev.text.endsWith(";") || prev.listItem || prev.listHeading
          || (inList && !prev.text.endsWith("."));
      boolean item = l.listItem || (inList && l.words >= 2 && l.words <= 40 && startsLikeItem(l.text));
      // "Outcomes at a glance" over the list of the signed documents, after the last paragraph
      boolean heading = l.listHeading && i + 1 < lines.size() && lines.get(i + 1).listItem;
      if (!item && !heading) {
        break;
      }
      kept.add(l.text);
      prev = l;
    }
    return String.join("\n\n", kept);
  }

  // ---------------------------------------------------------------- the article's head

  /** Lines above the body searched for the article's headline and lead. */
  static final int LEAD_REACH = 6;
  /** Most headline and lead lines kept above the body. */
  static final int LEAD_MAX = 3;
  /** Share of a lead line's word stems that the article shares. */
  private static final double LEAD_OVERLAP = 0.2;
  /** A line opening with a time of day: an item of a news ticker ("15:42 Курс доллара вырос"). */
  private static final Pattern TICKER = Pattern.compile("\\d{1,2}:\\d{2}\\s+\\p{L}");

  /**
   * The article's own headline and lead above its body: lines without a sentence mark (a
   * headline, a subtitle, a lead such as "Главу Узбекистана в аэропорту встретил президент
   * Таджикистана") often state the visit the body only alludes to ("the guest", "the two
   * leaders"). Read upwards from the body's first line, over date lines and short furniture
   * (photo credits, "Published"), they are kept while they have four words or more and, above
   * the nearest one, share at least a fifth of their word stems with the title and the body;
   * the walk stops at a menu, a label of other stories or comments, a foreign line, an item of
   * a ticker ("15:42 ..."), a line that shares too little, and at the title's own line, which
   * is kept when it says more than the title (the record's title shortened). At most
   * {@value #LEAD_MAX} lines within {@value #LEAD_REACH} lines of the body.
   */
  private static boolean[] leadLines(List<Line> lines, int first, int last, String titleKey) {
    boolean[] lead = new boolean[lines.size()];
    Set<String> vocabulary = null;
    int kept = 0;
    for (int i = first - 1; i >= 0 && i >= first - LEAD_REACH && kept < LEAD_MAX; i--) {
      Line l = lines.get(i);
      if (l.menuLike || l.endRelated || l.endComments || l.foreign || l.listItem) {
        break;
      }
      if (l.titleRepeat) {
        if (l.headlineLike && key(l.text).length() > titleKey.length() + 10) {
          lead[i] = true;
        }
        break;
      }
      if (l.dateAlone || l.dateline || (l.furniture && l.words <= 6)) {
        continue;
      }
      if (l.furniture || !l.headlineLike || l.words < 4 || TICKER.matcher(l.text).lookingAt()) {
        break;
      }
      if (kept == 0) {
        lead[i] = true;     // the line nearest the body: its headline or lead
        kept++;
        continue;
      }
      if (vocabulary == null) {
        List<Integer> evidence = new ArrayList<>();
        for (int j = first; j <= last; j++) {
          if (lines.get(j).evidence()) {
            evidence.add(j);
          }
        }
        vocabulary = vocabulary(lines, evidence, -1, titleKey);
      }
      if (overlap(l.text, vocabulary) < LEAD_OVERLAP) {
        break;
      }
      lead[i] = true;
      kept++;
    }
    return lead;
  }

  // ---------------------------------------------------------------- the body's end

  /**
   * The run of lines with the greatest weight, between comment labels: article prose weighs its
   * length, list items half theirs, every furniture, headline-like or foreign line costs a little
   * and a label of other stories costs more the more links follow it. Returns the first and last prose line of the run,
   * or null when the page has no prose.
   */
  private static int[] heaviestRun(List<Line> lines) {
    long bestSum = 0;
    int bestStart = -1;
    int bestEnd = -1;
    long sum = 0;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.endComments) {
        sum = 0;
        start = i + 1;
        continue;
      }
      sum += weight(lines, i);
      if (sum <= 0) {
        sum = 0;
        start = i + 1;
      } else if (sum > bestSum) {
        bestSum = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    if (bestStart < 0) {
      return null;
    }
    while (bestStart <= bestEnd && !lines.get(bestStart).evidence()) {
      bestStart++;
    }
    while (bestEnd >= bestStart && !lines.get(bestEnd).evidence()) {
      bestEnd--;
    }
    return bestStart <= bestEnd ? new int[] {bestStart, bestEnd} : null;
  }

  /**
   * A page that is a list (an outcome list of a foreign ministry: "B. Agreements/MoUs Exchanged",
   * then "1. MoU on ...", "2. MoU for ..."): when the first prose line of the run is itself an
   * item, the items right before it (and the section headings between them) belong to the body
   * too; returns the first of those items, else {@code first}.
   */
  private static int listBefore(List<Line> lines, int first, int last) {
    // a run that opens with the description of an item (a table read one cell a line: "1.",
    // the title, then its description) starts with the items before it
    boolean described = first > 0 && first <= last && lines.get(first - 1).listItem && lines.get(first).prose;
    if (first > last || !lines.get(first).listItem && !described) {
      return first;
    }
    int start = first;
    for (int i = first - 1; i >= 0; i--) {
      Line l = lines.get(i);
      int header = !l.listItem && i == start - 1 ? tableHeader(lines, i) : -1;
      if (header >= 0) {
        start = header;   // "Name of MoU/Agreement", "Description": the table's header over its rows
        break;
      }
      if (l.furniture || l.foreign || l.titleRepeat || l.endComments || l.endRelated || l.menuLike) {
        break;
      }
      if (l.listItem) {
        start = i;
      } else if (l.listHeading && i == start - 1) {
        start = i;    // "MoUs/Agreements" right over the items: the list's own heading
      } else if (!l.headlineLike) {
        break;
      }
    }
    return start;
  }

  /** The most cells of a table's header read one a line: "S.No.", "Name of MoU", "Signatory", "Signatory". */
  private static final int MAX_HEADER_CELLS = 6;
  /** The most words of a cell of a table's header: "Signatory from the Indian side". */
  private static final int HEADER_CELL_WORDS = 6;

  /**
   * The first line of a table's header that ends at line {@code last} (short lines, one cell a
   * line, often taken for a menu), or -1: one of its cells names the list ("Name of MoU/Agreement",
   * "Наименование документа": a word of a list heading). The header is the block of such short
   * lines right over the rows.
   */
  private static int tableHeader(List<Line> lines, int last) {
    int top = -1;
    boolean named = false;
    for (int i = last; i >= 0 && last - i < MAX_HEADER_CELLS; i--) {
      Line l = lines.get(i);
      if (l.prose || l.listItem || l.words > HEADER_CELL_WORDS || l.furniture || l.foreign || l.titleRepeat
          || l.endComments || l.endRelated) {
        break;
      }
      named |= LEXICON.hasListHeadingWord(l.lower);
      top = i;
    }
    return named ? top : -1;
  }

  /**
   * An article starts after its own headline: when the run contains a line repeating the title
   * and at least half of the run's prose follows it, what precedes it (teasers of other stories,
   * photo captions of a gallery) is not the article.
   */
  private static void startAfterHeadline(List<Line> lines, int[] run) {
    long total = 0;
    for (int i = run[0]; i <= run[1]; i++) {
      if (lines.get(i).evidence()) {
        total += lines.get(i).text.length();
      }
    }
    long before = 0;
    for (int i = run[0]; i <= run[1]; i++) {
      Line l = lines.get(i);
      if (l.titleRepeat && before > 0 && (total - before) * 2 >= total) {
        int j = i + 1;
        while (j <= run[1] && !lines.get(j).evidence()) {
          j++;
        }
        if (j <= run[1]) {
          run[0] = j;
        }
        return;
      }
      if (l.evidence()) {
        before += l.text.length();
      }
    }
  }

  private static int weight(List<Line> lines, int i) {
    Line l = lines.get(i);
    if (l.evidence()) {
      return l.text.length();
    }
    if (l.endRelated) {
      // a label over one link may sit inside an article; over a list it closes the article
      int links = 0;
      for (int j = i + 1; j < lines.size() && links < 4 && lines.get(j).headlineLike; j++) {
        links++;
      }
      return -50 - 50 * links;
    }
    if (l.furniture || l.titleRepeat || l.foreign || l.menuLike || l.dateAlone) {
      return -25;
    }
    if (l.listItem || l.dateline) {
      return l.text.length() / 2;
    }
    return -25;
  }

  /** Cuts off-topic prose at either end that is separated from the rest by non-article lines. */
  private static int[] trimTeasers(List<Line> lines, int first, int last, String titleKey) {
    List<Integer> ev = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (lines.get(i).evidence()) {
        ev.add(i);
      }
    }
    while (ev.size() >= 3) {
      int e = ev.get(ev.size() - 1);
      int p = ev.get(ev.size() - 2);
      if (!gapBetween(lines, p, e) || overlap(lines.get(e).text, vocabulary(lines, ev, e, titleKey)) >= 0.12) {
        break;
      }
      ev.remove(ev.size() - 1);
    }
    while (ev.size() >= 3) {
      int s = ev.get(0);
      int n = ev.get(1);
      if (!gapBetween(lines, s, n) || overlap(lines.get(s).text, vocabulary(lines, ev, s, titleKey)) >= 0.12) {
        break;
      }
      ev.remove(0);
    }
    return new int[] {ev.get(0), ev.get(ev.size() - 1)};
  }

  private static boolean gapBetween(List<Line> lines, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      Line l = lines.get(i);
      if (l.furniture || l.foreign || l.headlineLike || l.endRelated || l.dateAlone) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> vocabulary(List<Line> lines, List<Integer> ev, int except, String titleKey) {
    Set<String> v = new HashSet<>();
    stems(titleKey, v);
    for (int i : ev) {
      if (i != except) {
        stems(lines.get(i).text, v);
      }
    }
    return v;
  }

  // ---------------------------------------------------------------- classification

  private static void classify(Line l, String titleKey) {
    String t = l.text;
    String core = stripClosers(t);
    char lastChar = core.isEmpty() ? ' ' : core.charAt(core.length() - 1);
    boolean sentenceEnd = ".!?…。！？".indexOf(lastChar) >= 0;
    boolean tableRow = TABLE_ROW.matcher(t).matches();
    l.listItem = LIST_MARK.matcher(t).find() || (l.words >= 2 && (lastChar == ';' || lastChar == ',')) || tableRow;
    l.intro = lastChar == ':' && l.words >= 5;
    l.prose = ((sentenceEnd && l.words >= 5) || l.words >= 25 || (isQuote(t) && l.words >= 4)) && !shouting(t);
    l.dateline = t.length() <= 90 && DATELINE.matcher(t).matches();
    l.dateAlone = !l.dateline && t.length() <= 60 && DATE_ALONE.matcher(t).matches()
        && DATE_SIGNAL.matcher(t).find();
    l.headlineLike = !sentenceEnd && !l.listItem && lastChar != ':' && l.words >= 2 && l.words <= 25;

    String k = titleKey.isEmpty() ? "" : key(t);   // only compared with the title
    l.titleRepeat = !titleKey.isEmpty() && (k.equals(titleKey)
        || (k.startsWith(titleKey) && l.words - countWords(titleKey) <= 4 && !sentenceEnd)
        // the title of an HTML page often carries the site's name after the headline
        || (l.words >= 3 && titleKey.startsWith(k) && k.length() * 10 >= titleKey.length() * 6));

    String lower = l.lower;
    int skip = 0;
    while (skip < lower.length() && !Character.isLetterOrDigit(lower.charAt(skip))) {
      skip++;
    }
    String labelText = lower.substring(skip);
    boolean shortLabel = !sentenceEnd && l.words <= 6;
    String end = LEXICON.startPhrase(FurnitureLexicon.Kind.END_COMMENTS, labelText);
    if (end != null && shortLabel && wordsAfter(labelText, end) <= 1) {
      l.endComments = true;
    }
    end = LEXICON.startPhrase(FurnitureLexicon.Kind.END_RELATED, labelText);
    if (end != null && shortLabel && wordsAfter(labelText, end) <= 1) {
      l.endRelated = true;
    } else if (end != null && labelText.startsWith(":", end.length())) {
      l.furniture = true;    // "Read also: <another story>" inside the text
    }
    String drop = LEXICON.startPhrase(FurnitureLexicon.Kind.DROP, labelText);
    if (drop != null && ((l.words <= 12 && lastChar != '.')
        || labelText.startsWith(":", drop.length()))) {
      l.furniture = true;
    }
    if (LEXICON.containsAnywhere(lower) || l.dateAlone || isSocialLine(lower, l.words)
        || isHashtags(t) || !tableRow && isBreadcrumb(t, sentenceEnd)
        || (!l.dateline && !sentenceEnd && t.length() <= 40 && COUNTER.matcher(t).matches()
            && t.chars().anyMatch(Character::isDigit) && !l.listItem)) {
      l.furniture = true;
    }
    l.listHeading = !sentenceEnd && lastChar != ':' && l.words <= LIST_HEADING_WORDS && !l.listItem
        && !l.furniture && !l.titleRepeat && !l.endRelated && !l.endComments
        && LEXICON.hasListHeadingWord(lower);
  }

  /** The most words of a list heading without a colon ("List of 7 MoUs signed between India and Bangladesh"). */
  private static final int LIST_HEADING_WORDS = 12;

  private static void markForeign(List<Line> lines) {
    // the page's language from its prose lines; each line is read once, its counts kept for
    // its own test below (a page's counts are the sum of its lines')
    LanguageDetector.Profile[] profiles = new LanguageDetector.Profile[lines.size()];
    LanguageDetector.Profile page = new LanguageDetector.Profile();
    StringBuilder prose = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.prose && !l.furniture && !l.titleRepeat) {
        prose.append(l.text).append('\n');
        profiles[i] = LanguageDetector.profile(l.text);
        page.add(profiles[i]);
      }
    }
    if (prose.length() == 0) {
      for (int i = 0; i < lines.size(); i++) {
        prose.append(lines.get(i).text).append('\n');
        profiles[i] = LanguageDetector.profile(lines.get(i).text);
        page.add(profiles[i]);
      }
    }
    String docLang = page.language();
    Character.UnicodeScript docScript = mainScript(prose);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Character.UnicodeScript s = mainScript(l.text);
      if (s == null || docScript == null) {
        continue;
      }
      if (s != docScript) {
        l.foreign = true;
      } else if (letters(l.text) >= 80) {
        String lang = (profiles[i] != null ? profiles[i] : LanguageDetector.profile(l.text)).language();
        l.foreign = !lang.equals(docLang) && !lang.equals(LanguageDetector.UNDETERMINED);
      }
    }
  }

  /**
   * Lines that follow a line ending in ':' and look like items (a capital or digit first, 2 to 40
   * words) are list items even without bullets or ';', up to the first full sentence, furniture
   * or foreign line: the documents of "The following documents were signed:".
   */
  private static void markListsAfterColons(List<Line> lines) {
    for (int i = 0; i < lines.size() - 1; i++) {
      Line intro = lines.get(i);
      if (!intro.text.endsWith(":") && !intro.listHeading || intro.furniture || intro.endRelated
          || intro.endComments || intro.foreign) {
        continue;
      }
      for (int j = i + 1; j < lines.size(); j++) {
        Line l = lines.get(j);
        if (l.furniture || l.foreign || l.endRelated || l.endComments || l.titleRepeat
            || l.words < 2 || l.words > 40 || !startsLikeItem(l.text)) {
          break;
        }
        // under a heading without a colon, a paragraph is no item: the items are bare titles
        if (intro.listHeading && l.prose && !l.listItem) {
          break;
        }
        l.listItem = true;
        l.headlineLike = false;
        if (l.text.endsWith(".")) {
          break;
        }
      }
    }
  }

  /** A line that is only an item's number: "1.", "12)" (a table read one cell a line). */
  private static final Pattern NUMBER_CELL = Pattern.compile("\\(?\\d{1,2}[.)]");

  /**
   * A table read one cell a line (the signed documents of an outcome page: "1." over the title,
   * the signatories or a description): a line that is only an item's number, and the line right
   * after it, are items of a list, so that the rows stay with the page's prose (a description
   * cell) rather than go as headlines between its sentences.
   */
  private static void markNumberedCells(List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line n = lines.get(i);
      if (!NUMBER_CELL.matcher(n.text.strip()).matches() || n.furniture) {
        continue;
      }
      Line item = lines.get(i + 1);
      if (item.furniture || item.foreign || item.endRelated || item.endComments || item.titleRepeat
          || item.prose || item.words < 2 || !startsLikeItem(item.text)) {
        continue;
      }
      n.listItem = true;
      n.headlineLike = false;
      item.listItem = true;
      item.headlineLike = false;
    }
  }

  /** Three or more short lines in a row without sentence marks are a menu. */
  private static void markMenuRuns(List<Line> lines) {
    int runStart = -1;
    for (int i = 0; i <= lines.size(); i++) {
      boolean menu = i < lines.size() && isMenuItem(lines.get(i));
      if (menu && runStart < 0) {
        runStart = i;
      } else if (!menu && runStart >= 0) {
        if (i - runStart >= 3) {
          for (int k = runStart; k < i; k++) {
            lines.get(k).menuLike = true;
          }
        }
        runStart = -1;
      }
    }
  }

  private static boolean isMenuItem(Line l) {
    return l.words <= 3 && !l.listItem && !l.prose && !l.intro && !l.dateline
        && !l.text.endsWith(":") && !l.text.endsWith(".");
  }

  private static String fallback(List<Line> lines) {
    List<String> kept = new ArrayList<>();
    for (Line l : lines) {
      if (!l.furniture && !l.titleRepeat && !l.endComments && !l.endRelated && !l.menuLike) {
        kept.add(l.text);
      }
    }
    return String.join("\n\n", kept);
  }

  // ---------------------------------------------------------------- helpers

  /** Non-empty lines; a line broken inside a sentence (long, next starts in lower case) is rejoined. */
  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    String[] raw = text.split("\n", -1);
    StringBuilder cur = null;
    for (int i = 0; i < raw.length; i++) {
      String r = raw[i];
      if (r.isEmpty()) {
        if (cur != null) {
          out.add(new Line(cur.toString()));
          cur = null;
        }
        continue;
      }
      if (cur != null && cur.length() >= 50 && !endsClause(cur) && Character.isLowerCase(r.codePointAt(0))) {
        cur.append(' ').append(r);
        continue;
      }
      if (cur != null) {
        out.add(new Line(cur.toString()));
      }
      cur = new StringBuilder(r);
    }
    if (cur != null) {
      out.add(new Line(cur.toString()));
    }
    return out;
  }

  private static boolean endsClause(CharSequence s) {
    char c = s.charAt(s.length() - 1);
    return ".!?…:;".indexOf(c) >= 0;
  }

  private static String stripClosers(String t) {
    int e = t.length();
    while (e > 0 && "\"'”’»)]}›".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return t.substring(0, e);
  }

  /** Mostly capital letters: a banner or a label, not article prose. */
  private static boolean shouting(String t) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 10 && upper * 10 >= letters * 8;
  }

  private static boolean isQuote(String t) {
    if (t.length() < 2) {
      return false;
    }
    char a = t.charAt(0);
    char b = t.charAt(t.length() - 1);
    return "\"“«„'‘".indexOf(a) >= 0 && "\"”»“'’".indexOf(b) >= 0;
  }

  private static boolean startsLikeItem(String t) {
    int cp = t.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isDigit(cp) || "\"“«„".indexOf(cp) >= 0;
  }

  private static boolean isSocialLine(String lower, int words) {
    if (words == 0 || words > 10) {
      return false;
    }
    int social = 0;
    for (String w : lower.split("[^\\p{L}\\d+-]+")) {
      if (!w.isEmpty() && LEXICON.isSocial(w)) {
        social++;
      }
    }
    return social * 2 >= words && social >= 1;
  }

  private static boolean isHashtags(String t) {
    if (t.indexOf('#') < 0) {
      return false;
    }
    String[] parts = t.trim().split("\\s+");
    int tags = 0;
    for (String p : parts) {
      if (p.startsWith("#") && p.length() > 1) {
        tags++;
      }
    }
    return tags >= 2 && tags * 2 >= parts.length;
  }

  private static boolean isBreadcrumb(String t, boolean sentenceEnd) {
    if (sentenceEnd || t.length() > 150 || !BREADCRUMB_SEP.matcher(t).find()) {
      return false;
    }
    String[] parts = BREADCRUMB_SEP.split(t);
    if (parts.length < 3 && !(parts.length == 2 && t.length() <= 40)) {
      return false;
    }
    for (String p : parts) {
      if (countWords(p) > 5) {
        return false;
      }
    }
    return true;
  }

  private static int wordsAfter(String lower, String phrase) {
    return countWords(lower.substring(phrase.length()));
  }

  /** Runs of letters and digits; in Chinese and Japanese, written without spaces, two characters count as a word. */
  static int countWords(String s) {
    int n = 0;
    int ideographs = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x3040 && c < 0xa000 && Character.isLetter(c)) {
        ideographs++;
        in = false;
        continue;
      }
      boolean w = Character.isLetterOrDigit(c);
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n + ideographs / 2;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Letters and digits only, lower case, single spaces: for comparing a line with the title. */
  private static String key(String s) {
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ascii = c < 0x80;
      if (ascii ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          : Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(ascii ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

  /** The script with most letters (Latin on a tie), or null when there are no letters. */
  private static Character.UnicodeScript mainScript(CharSequence s) {
    int latin = 0;
    int[] counts = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      // every letter of these blocks belongs to the script (the lookup below is a binary search)
      Character.UnicodeScript sc = c >= 0x400 && c < 0x530 ? Character.UnicodeScript.CYRILLIC
          : c >= 0xc0 && c < 0x250 ? Character.UnicodeScript.LATIN
          : Character.UnicodeScript.of(c);
      if (sc == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED) {
        if (counts == null) {
          counts = new int[SCRIPTS.length];
        }
        counts[sc.ordinal()]++;
      }
    }
    int best = -1;
    if (counts != null) {
      for (int k = 0; k < counts.length; k++) {
        if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
          best = k;
        }
      }
    }
    if (best < 0) {
      return latin == 0 ? null : Character.UnicodeScript.LATIN;
    }
    return latin >= counts[best] ? Character.UnicodeScript.LATIN : SCRIPTS[best];
  }

  /** First five letters of each word of five letters or more: a crude stem for any language. */
  private static void stems(String text, Set<String> into) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 5) {
          into.add(text.substring(start, start + 5).toLowerCase(Locale.ROOT));
        }
        start = -1;
      }
    }
  }

  private static double overlap(String text, Set<String> vocabulary) {
    Set<String> own = new HashSet<>();
    stems(text, own);
    if (own.isEmpty()) {
      return 1.0;
    }
    int shared = 0;
    for (String s : own) {
      if (vocabulary.contains(s)) {
        shared++;
      }
    }
    return (double) shared / own.size();
  }
}
