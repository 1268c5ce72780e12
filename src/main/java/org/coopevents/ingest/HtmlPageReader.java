package org.coopevents.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectReason;
import org.coopevents.model.RejectRow;
import org.coopevents.text.HtmlCharset;

/**
 * Reads a web page saved as HTML ({@code *.html}, {@code *.htm}, optionally gzipped): one
 * article per file, its title, date and main text extracted in cleaning exactly as for a page
 * archived in a WARC file. The page names itself: its address is the canonical link or
 * {@code og:url} of its head, its outlet the {@code og:site_name}, else the address's host,
 * else the name of the file's folder (as for saved text pages).
 */
public final class HtmlPageReader {
  /** The head is searched for the page's address and outlet in its first characters only. */
  static final int HEAD_CHARS = 1 << 16;
  private static final Pattern TAG = Pattern.compile("(?is)<(link|meta)\\b([^>]{0,2000})>");
  private static final Pattern BODY = Pattern.compile("(?i)<body\\b");
  private static final Pattern ATTR = Pattern.compile(
      "(?is)\\b([a-z:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");

  private final ReadLimits limits;

  public HtmlPageReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Reads the file; returns the number of units read (always 1). */
  public long read(InputSource source, UnitSink sink) {
    String file = source.name();
    byte[] bytes = TextPageReader.readPage(source, sink, limits, "a web page");
    if (bytes == null) return 1;
    if (new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .isBlank()) {
      sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_TEXT,
          "the page holds only blank space", Samples.of(bytes)));
      return 1;
    }
    String page = HtmlCharset.decode(bytes, null);
    Head head = Head.of(page);
    String source1 = head.siteName != null ? head.siteName
        : head.url != null ? WarcFileReader.host(head.url) : null;
    if (source1 == null) source1 = TextPageReader.folderName(file);
    sink.article(new RawArticle(file, "file", InputFormat.HTML.name(), null, head.url, source1,
        null, null, null, null, null, page));
    return 1;
  }

  /** What a page's head says about itself: its address and its outlet (null when absent). */
  record Head(String url, String siteName) {
    static Head of(String page) {
      String head = page.length() > HEAD_CHARS ? page.substring(0, HEAD_CHARS) : page;
      Matcher body = BODY.matcher(head);
      if (body.find()) head = head.substring(0, body.start());
      String canonical = null;
      String ogUrl = null;
      String site = null;
      Matcher tag = TAG.matcher(head);
      while (tag.find()) {
        String rel = null, href = null, property = null, content = null;
        Matcher a = ATTR.matcher(tag.group(2));
        while (a.find()) {
          String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
          switch (a.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "rel" -> rel = v;
            case "href" -> href = v;
            case "property", "name" -> property = v;
            case "content" -> content = v;
            default -> { }
          }
        }
        if (tag.group(1).equalsIgnoreCase("link") && rel != null
            && rel.strip().equalsIgnoreCase("canonical") && canonical == null) {
          canonical = absoluteUrl(href);
        } else if (property != null && content != null) {
          String p = property.strip().toLowerCase(java.util.Locale.ROOT);
          if (p.equals("og:url") && ogUrl == null) ogUrl = absoluteUrl(content);
          if (p.equals("og:site_name") && site == null && !content.isBlank()) {
            site = unescape(content.strip());
          }
        }
      }
      return new Head(canonical != null ? canonical : ogUrl, site);
    }

    /** An http(s) address, else null (a relative link names no page on its own). */
    private static String absoluteUrl(String v) {
      if (v == null) return null;
      String s = unescape(v.strip());
      return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8)
          ? s : null;
    }

    private static String unescape(String s) {
      if (s.indexOf('&') < 0) return s;
      return org.jsoup.parser.Parser.unescapeEntities(s, true);
    }
  }
}
