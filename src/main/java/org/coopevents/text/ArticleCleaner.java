package org.coopevents.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.coopevents.model.Article;
import org.coopevents.model.Outcome;
import org.coopevents.model.RawArticle;

/**
 * Turns a raw unit into a cleaned article: the main text of an HTML page, page furniture
 * removed, Unicode normalised, language detected, a stable {@code article_id}. The outcome is
 * EMPTY when nothing of the article is left, UNSUPPORTED_LANGUAGE outside English and
 * Russian; otherwise it is left null for extraction to decide.
 */
public final class ArticleCleaner {
  /** Languages that extraction reads. */
  public static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "ru");

  private ArticleCleaner() {}

  public static Article clean(RawArticle raw) {
    String title = blankToNull(raw.title);
    String publishedAt = raw.publishedAt;
    String pageLanguage = null;
    String body;
    if (raw.html != null) {
      HtmlPage page = HtmlMainText.extract(raw.html, raw.url);
      if (title == null) title = blankToNull(page.title);
      if (publishedAt == null || PublishedDates.toIsoDate(publishedAt) == null) {
        publishedAt = page.publishedAt;
      }
      pageLanguage = page.language;
      body = TextNormalizer.normalize(page.text == null ? "" : page.text);
    } else {
      body = TextNormalizer.normalize(raw.text == null ? "" : raw.text);
      // a record without a date whose text keeps the page's head ("5 июня 2024 года 14:30" over
      // the headline): the date the page prints there, which cleaning removes as furniture
      // the date the URL files it under wins over another printed date: a site's header may show
      // today's date above an archived report ("1 мая 2024" over a report of 2009)
      if (PublishedDates.toIsoDate(publishedAt) == null) {
        String printed = PublishedDates.printedInHead(body);
        String filed = UrlDates.of(raw.url);
        if (printed != null) publishedAt = filed != null ? filed : printed;
      }
      body = PageFurnitureCleaner.clean(body, title == null ? null : TextNormalizer.normalize(title));
      body = TextNormalizer.normalize(body);
    }
    if (title != null) title = TextNormalizer.normalize(title).replace('\n', ' ');
    String date = PublishedDates.toIsoDate(publishedAt);
    // a wire dateline with its year ("Tashkent, 5 March 2024 –") dates the report before a crawl date does
    if (date == null) date = PublishedDates.datelineDate(body);
    // the date the URL files the article under ("/2024/06/05/"), before a crawl date
    if (date == null) date = UrlDates.of(raw.url);
    if (date == null) date = PublishedDates.toIsoDate(raw.fallbackDate);
    // The record's own language field is trusted (inputs.md: detected when absent); a page's
    // <html lang> is often a CMS default, so detection goes before it.
    String language = languageCode(raw.language);
    if (language == null && !body.isEmpty()) {
      String detected = LanguageDetector.detect(title == null ? body : title + "\n" + body);
      language = detected == null || "und".equals(detected) ? null : detected;
    }
    if (language == null) language = languageCode(pageLanguage);
    // The headline is part of the article (often the only place that names the visit, as in
    // "Results of the visit of the President of X to Y"): the text extraction reads starts with
    // it, once, so that events read from it have evidence offsets into this same text.
    if (title != null && !body.isEmpty() && !body.startsWith(title)) {
      body = title + "\n\n" + body;
    }
    String outcome = null;
    if (body.isEmpty()) {
      outcome = Outcome.EMPTY.name();
    } else if (language == null || !SUPPORTED_LANGUAGES.contains(language)) {
      outcome = Outcome.UNSUPPORTED_LANGUAGE.name();
    }
    return new Article(articleId(raw), blankToNull(raw.url), source(raw), title, language, date,
        raw.inputFile, raw.location, body, null, outcome == null ? "" : outcome, 0);
  }

  /** The input id, else a hash of the raw unit (URL, title and body as read, not as cleaned). */
  public static String articleId(RawArticle raw) {
    if (raw.id != null && !raw.id.isBlank()) return raw.id.strip();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    update(sha, raw.url);
    update(sha, raw.title);
    update(sha, raw.text);
    update(sha, raw.html);
    return "a-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  private static void update(MessageDigest sha, String s) {
    sha.update((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static String source(RawArticle raw) {
    if (raw.source != null && !raw.source.isBlank()) return raw.source.strip();
    if (raw.url == null) return null;
    try {
      String host = java.net.URI.create(raw.url.strip()).getHost();
      if (host == null) return null;
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "en-US", "EN", "eng" → "en"; null for anything that is not a language code. */
  static String languageCode(String lang) {
    if (lang == null) return null;
    String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = l.indexOf('-');
    if (dash > 0) l = l.substring(0, dash);
    switch (l) {
      case "eng": return "en";
      case "rus": return "ru";
      case "ukr": return "uk";
      case "bel": return "be";
      case "kaz": return "kk";
      case "deu": case "ger": return "de";
      case "fra": case "fre": return "fr";
      default:
        return l.matches("[a-z]{2}") ? l : null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
