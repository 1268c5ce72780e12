package org.coopevents.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication date and language read from a parsed page's markup. Stateless. */
final class HtmlMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]*)?.*$");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]{1,2}\\s+");
  private static final Pattern TWO_LETTERS = Pattern.compile("^[a-z]{2}$");
  private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(Article|Posting|Report|BlogPosting|WebPage).*");
  private static final Pattern DATE_HINT = Pattern.compile("(?i)date|time|publish|posted|byline|meta|header|info");

  private HtmlMetadata() {}

  // ---------------------------------------------------------------- title

  static String title(Document doc) {
    String siteName = meta(doc, "og:site_name");
    String t = meta(doc, "og:title");
    if (isBlank(t)) {
      Element h1 = doc.selectFirst("h1");
      t = h1 == null ? null : h1.text();
    }
    if (isBlank(t)) {
      t = doc.title();
    }
    if (isBlank(t)) {
      return null;
    }
    return trimSiteName(t.trim(), siteName);
  }

  /** Drops a " | Outlet" style suffix (or prefix): the site name, or a short part beside a long one. */
  static String trimSiteName(String title, String siteName) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    if (!isBlank(siteName)) {
      String site = siteName.trim().toLowerCase(Locale.ROOT);
      String last = parts[parts.length - 1].trim().toLowerCase(Locale.ROOT);
      String first = parts[0].trim().toLowerCase(Locale.ROOT);
      if (last.equals(site) || site.contains(last)) {
        return title.substring(0, lastSeparatorStart(title)).trim();
      }
      if (first.equals(site) || site.contains(first)) {
        return title.substring(firstSeparatorEnd(title)).trim();
      }
    }
    String last = parts[parts.length - 1].trim();
    String rest = title.substring(0, lastSeparatorStart(title)).trim();
    if (wordCount(last) <= 4 && wordCount(rest) >= 3) {
      return rest;
    }
    String first = parts[0].trim();
    String after = title.substring(firstSeparatorEnd(title)).trim();
    if (wordCount(first) <= 3 && wordCount(after) >= 4 && first.length() * 3 < after.length()) {
      return after;
    }
    return title;
  }

  private static int lastSeparatorStart(String s) {
    var m = TITLE_SEPARATOR.matcher(s);
    int start = s.length();
    while (m.find()) {
      start = m.start();
    }
    return start;
  }

  private static int firstSeparatorEnd(String s) {
    var m = TITLE_SEPARATOR.matcher(s);
    return m.find() ? m.end() : 0;
  }

  private static int wordCount(String s) {
    String t = s.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  // ---------------------------------------------------------------- date

  static String publishedAt(Document doc) {
    String d = iso(meta(doc, "article:published_time"));
    if (d != null) {
      return d;
    }
    d = jsonLdDate(doc);
    if (d != null) {
      return d;
    }
    d = timeElementDate(doc);
    if (d != null) {
      return d;
    }
    for (String name : new String[] {"date", "pubdate", "publishdate", "publish-date", "DC.date.issued",
        "dcterms.issued", "DC.date", "dcterms.date", "og:published_time", "sailthru.date", "parsely-pub-date",
        "datePublished"}) {
      d = iso(meta(doc, name));
      if (d != null) {
        return d;
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      d = iso(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The longest JSON-LD {@code articleBody} of the page, or null. */
  static String jsonLdArticleBody(Document doc) {
    String best = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (!json.contains("articleBody")) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(json.trim());
      } catch (Exception e) {
        continue;
      }
      List<JsonNode> objects = new ArrayList<>();
      collectObjects(root, objects, 0);
      for (JsonNode o : objects) {
        JsonNode body = o.get("articleBody");
        if (body != null && body.isTextual() && (best == null || body.asText().length() > best.length())) {
          best = body.asText();
        }
      }
    }
    return best;
  }

  private static String jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data().trim();
      if (json.isEmpty()) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(json);
      } catch (Exception e) {
        continue; // broken JSON-LD is common; ignore that block
      }
      List<JsonNode> objects = new ArrayList<>();
      collectObjects(root, objects, 0);
      String fallback = null;
      for (JsonNode o : objects) {
        JsonNode dp = o.get("datePublished");
        if (dp == null || !dp.isTextual()) {
          continue;
        }
        String d = iso(dp.asText());
        if (d == null) {
          continue;
        }
        JsonNode type = o.get("@type");
        if (type != null && ARTICLE_TYPE.matcher(type.toString()).matches()) {
          return d;
        }
        if (fallback == null) {
          fallback = d;
        }
      }
      if (fallback != null) {
        return fallback;
      }
    }
    return null;
  }

  private static void collectObjects(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 8) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collectObjects(c, out, depth + 1);
      }
    } else if (n.isObject()) {
      out.add(n);
      var it = n.fields();
      while (it.hasNext()) {
        var f = it.next();
        if (f.getValue().isContainerNode()) {
          collectObjects(f.getValue(), out, depth + 1);
        }
      }
    }
  }

  /** A {@code <time datetime>}: first one in an article header, then in an article, then any outside page chrome. */
  private static String timeElementDate(Document doc) {
    List<Element> times = doc.select("time[datetime]");
    if (times.isEmpty()) {
      return null;
    }
    for (String scope : new String[] {"article header time[datetime]", "header time[datetime]",
        "article time[datetime]", "main time[datetime]"}) {
      for (Element t : doc.select(scope)) {
        if (!inChrome(t)) {
          String d = iso(t.attr("datetime"));
          if (d != null) {
            return d;
          }
        }
      }
    }
    for (Element t : times) {
      if (!inChrome(t) && hintedDate(t)) {
        String d = iso(t.attr("datetime"));
        if (d != null) {
          return d;
        }
      }
    }
    for (Element t : times) {
      if (!inChrome(t)) {
        String d = iso(t.attr("datetime"));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static boolean hintedDate(Element t) {
    Element e = t;
    for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
      if (DATE_HINT.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /** Inside navigation, footers, sidebars or related-article lists, where dates belong to other pages. */
  private static boolean inChrome(Element t) {
    for (Element e = t.parent(); e != null; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) {
        return true;
      }
      String hint = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (hint.contains("related") || hint.contains("sidebar") || hint.contains("comment")
          || hint.contains("recommend") || hint.contains("popular")) {
        return true;
      }
    }
    return false;
  }

  static String iso(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return ISO_DATE.matcher(t).matches() ? t : null;
  }

  // ---------------------------------------------------------------- language

  static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String l = html == null ? null : code(html.attr("lang"));
    if (l == null && html != null) {
      l = code(html.attr("xml:lang"));
    }
    if (l == null) {
      l = code(meta(doc, "og:locale"));
    }
    if (l == null) {
      Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
      l = m == null ? null : code(m.attr("content"));
    }
    if (l == null) {
      l = code(meta(doc, "language"));
    }
    if (l == null) {
      l = code(meta(doc, "dc.language"));
    }
    return l;
  }

  private static String code(String raw) {
    if (isBlank(raw)) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT);
    int cut = s.length();
    for (char sep : new char[] {'-', '_', ',', ';', ' '}) {
      int i = s.indexOf(sep);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    s = s.substring(0, cut);
    return TWO_LETTERS.matcher(s).matches() ? s : null;
  }

  // ---------------------------------------------------------------- helpers

  /** content of {@code <meta property=name>} or {@code <meta name=name>} or {@code itemprop}, case-insensitive. */
  static String meta(Document doc, String name) {
    for (Element m : doc.getElementsByTag("meta")) {
      if (m.attr("property").equalsIgnoreCase(name) || m.attr("name").equalsIgnoreCase(name)
          || m.attr("itemprop").equalsIgnoreCase(name)) {
        String c = m.attr("content");
        if (!isBlank(c)) {
          return c.trim();
        }
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (!isBlank(v)) {
        return v;
      }
    }
    return null;
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
