package org.coopevents.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold a page's article body, readability style: paragraphs give points
 * to their ancestors by length and commas, class/id words add or subtract weight, scores are
 * discounted by link density, the best container wins and takes along siblings that look like
 * more of the same text; then furniture inside it (lists of links, share bars, forms, figures
 * with little text) is removed.
 *
 * <p>One instance per extraction attempt: it mutates the document it is given and keeps its
 * scores in an identity map. Not shared between threads.
 */
final class MainContentFinder {

  /** Words in class/id of page furniture that is removed before scoring. */
  static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|ad-break|adsbygoogle|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|"
          + "cover-wrap|disqus|extra|footer|gdpr|header|legends|masthead|menu|modal|most-?popular|"
          + "newsletter|outbrain|pager|pagination|popup|promo|related|remark|replies|rss|"
          + "share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|"
          + "taboola|toolbar|trending|yom-remote", Pattern.CASE_INSENSITIVE);
  /** Words that save an element from the unlikely list. */
  static final Pattern MAYBE = Pattern.compile(
      "and|article|body|column|content|main|shadow|story|entry|post-?text", Pattern.CASE_INSENSITIVE);
  static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|post|text|blog|story|prose",
      Pattern.CASE_INSENSITIVE);
  static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|\\bmedia\\b|\\bmeta\\b|"
          + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
          + "byline|author|caption|credit|newsletter|subscribe|recommend|teaser|signup",
      Pattern.CASE_INSENSITIVE);
  static final Pattern IMAGE_HINT = Pattern.compile(
      "image|photo|picture|img|gallery|figure|slideshow|carousel", Pattern.CASE_INSENSITIVE);
  static final Pattern EMBED_HINT = Pattern.compile("embed|twitter-tweet|instagram-media|tiktok", Pattern.CASE_INSENSITIVE);
  static final Pattern SHARE = Pattern.compile("share|sharing|social|sociable", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
  private static final Set<String> UNLIKELY_ROLES =
      Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner",
          "contentinfo", "search");
  static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "details", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "td",
      "th", "ul", "select", "center");
  private static final Set<String> SCORE_TAGS = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "canvas",
      "button", "input", "select", "textarea", "nav", "object", "embed", "template", "link", "meta", "dialog",
      "map", "audio", "video", "source", "picture", "math");

  private static final boolean DEBUG = Boolean.getBoolean("coopevents.html.debug");
  private final boolean stripUnlikely;
  private final boolean weightClasses;
  private final boolean cleanConditionally;
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final List<Element> toScore = new ArrayList<>();
  private boolean foundContainer;
  private int rawChars;

  MainContentFinder(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    this.stripUnlikely = stripUnlikely;
    this.weightClasses = weightClasses;
    this.cleanConditionally = cleanConditionally;
  }

  /** The article's elements in document order, cleaned in place (they stay in the document). */
  List<Element> find(Element body) {
    prepare(body);
    scoreParagraphs();
    Element top = pickTop(body);
    foundContainer = top != body;
    List<Element> article = collectSiblings(top);
    if (DEBUG) {
      System.err.printf("top <%s class='%s' id='%s'> score %.1f, %d parts%n", top.normalName(), top.className(),
          top.id(), score(top), article.size());
      for (Element e : article) {
        System.err.printf("  part <%s class='%s' id='%s'> score %.1f len %d%n", e.normalName(), e.className(),
            e.id(), score(e), e.text().length());
      }
    }
    for (Element e : article) {
      rawChars += e.text().length();
      clean(e);
    }
    return article;
  }

  /** After {@link #find}: whether a container below body won (false: fell back to the whole body). */
  boolean foundContainer() {
    return foundContainer;
  }

  /** After {@link #find}: characters of text in the chosen elements before they were cleaned. */
  int rawChars() {
    return rawChars;
  }

  // ------------------------------------------------------------------ preparation

  private void prepare(Element el) {
    List<Element> kids = new ArrayList<>(el.children());
    for (Element child : kids) {
      String tag = child.normalName();
      if (DROP_TAGS.contains(tag) || isHidden(child)) {
        child.remove();
        continue;
      }
      if (stripUnlikely && isUnlikely(child, tag)) {
        child.remove();
        continue;
      }
      if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("main")
          || tag.equals("center") || tag.equals("td") || tag.equals("blockquote")) {
        wrapLooseText(child);
      }
      if (SCORE_TAGS.contains(tag)) {
        toScore.add(child);
      } else if (tag.equals("div") && !hasBlockChild(child)) {
        toScore.add(child);
      }
      prepare(child);
    }
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return e.attr("aria-hidden").equals("true") && e.text().length() < 200;
  }

  private static boolean isUnlikely(Element e, String tag) {
    if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")
        || tag.equals("p") || tag.equals("html")) {
      return false;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (UNLIKELY_ROLES.contains(role)) {
      return true;
    }
    if (tag.equals("aside") || tag.equals("footer")) {
      return true;
    }
    String hint = e.className() + " " + e.id();
    if (hint.length() < 2) {
      return false;
    }
    if (!UNLIKELY.matcher(hint).find() || MAYBE.matcher(hint).find() || isEmbeddedPost(e)) {
      return false;
    }
    return !hasAncestor(e, "table", 3) && !hasAncestor(e, "code", 3);
  }

  /** A quoted social-media post (tweet, Instagram post) embedded in the article. */
  static boolean isEmbeddedPost(Element e) {
    if (EMBED_HINT.matcher(e.className() + " " + e.id()).find()) {
      return true;
    }
    for (Element b : e.getElementsByTag("blockquote")) {
      if (EMBED_HINT.matcher(b.className()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAncestor(Element e, String tag, int depth) {
    Element p = e.parent();
    for (int i = 0; i < depth && p != null; i++, p = p.parent()) {
      if (p.normalName().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK.contains(c.normalName()) || hasBlockChild(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs of text and inline elements directly inside a container with block children, or
   * separated by line breaks (old table layouts, {@code text<br><br>text}), become paragraphs.
   */
  private static void wrapLooseText(Element el) {
    if (!hasBlockChild(el) && el.getElementsByTag("br").size() < 2) {
      return;
    }
    int brs = 0;
    for (Element c : el.children()) {
      if (c.normalName().equals("br")) {
        brs++;
      }
    }
    if (brs < 2 && !hasBlockChild(el)) {
      return; // a single line break inside one paragraph
    }
    List<Node> nodes = new ArrayList<>(el.childNodes());
    List<Node> run = new ArrayList<>();
    for (Node n : nodes) {
      boolean inline = n instanceof TextNode
          || (n instanceof Element && !BLOCK.contains(((Element) n).normalName()) && !hasBlockChild((Element) n)
          && !((Element) n).normalName().equals("br"));
      if (inline) {
        run.add(n);
      } else {
        flushRun(run); // a block or a <br> ends the loose paragraph
      }
    }
    flushRun(run);
  }

  private static void flushRun(List<Node> run) {
    if (run.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Node n : run) {
      sb.append(n instanceof TextNode ? ((TextNode) n).text() : ((Element) n).text());
    }
    if (sb.toString().trim().length() >= 1) {
      Node first = run.get(0);
      Element p = new Element("p");
      first.before(p);
      for (Node n : run) {
        p.appendChild(n);
      }
    }
    run.clear();
  }

  // ------------------------------------------------------------------ scoring

  private void scoreParagraphs() {
    for (Element p : toScore) {
      if (p.parent() == null) {
        continue;
      }
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double s = 1 + commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
      Element a = p.parent();
      for (int level = 0; level < 5 && a != null; level++, a = a.parent()) {
        if (a.normalName().equals("#root")) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(a, initial(a) + s / divider, (old, add) -> old + s / divider);
      }
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '،' || c == '、') {
        n++;
      }
    }
    return n;
  }

  private double initial(Element e) {
    double s;
    switch (e.normalName()) {
      case "div":
      case "article":
        s = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        s = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        s = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        s = -5;
        break;
      default:
        s = 0;
    }
    return s + classWeight(e);
  }

  int classWeight(Element e) {
    if (!weightClasses) {
      return 0;
    }
    int w = 0;
    String c = e.className();
    if (!c.isEmpty()) {
      if (NEGATIVE.matcher(c).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(c).find()) {
        w += 25;
      }
    }
    String id = e.id();
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(id).find()) {
        w += 25;
      }
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
      w += 25;
    }
    return w;
  }

  static double linkDensity(Element e) {
    int len = e.text().length();
    if (len == 0) {
      return 0;
    }
    double links = 0;
    for (Element a : e.select("a")) {
      String href = a.attr("href");
      double coef = href.startsWith("#") ? 0.3 : 1;
      links += a.text().length() * coef;
    }
    return links / len;
  }

  private Element pickTop(Element body) {
    final int n = 5;
    List<Element> top = new ArrayList<>();
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      Element c = en.getKey();
      if (c.parent() == null && c != body && !c.normalName().equals("html")) {
        continue;
      }
      double f = en.getValue() * (1 - linkDensity(c));
      finals.put(c, f);
      en.setValue(f);
      int i = 0;
      while (i < top.size() && finals.get(top.get(i)) >= f) {
        i++;
      }
      if (i < n) {
        top.add(i, c);
        if (top.size() > n) {
          top.remove(n);
        }
      }
    }
    if (top.isEmpty() || top.get(0).normalName().equals("body") || top.get(0).normalName().equals("html")) {
      return body;
    }
    Element best = top.get(0);
    double bestScore = score(best);
    if (DEBUG) {
      for (Element c : top) {
        System.err.printf("cand <%s class='%s' id='%s'> %.1f%n", c.normalName(), c.className(), c.id(), score(c));
      }
    }

    // Several strong candidates under one ancestor: the ancestor is the article.
    // Not when they are all <article>s: those are separate stories (teasers of other posts).
    List<List<Element>> alternatives = new ArrayList<>();
    boolean allArticles = best.normalName().equals("article");
    for (int i = 1; i < top.size(); i++) {
      if (score(top.get(i)) / bestScore >= 0.75) {
        alternatives.add(top.get(i).parents());
        allArticles &= top.get(i).normalName().equals("article");
      }
    }
    if (allArticles) {
      alternatives.clear();
    }
    if (alternatives.size() >= 3) {
      Element p = best.parent();
      while (p != null && !p.normalName().equals("body")) {
        int hits = 0;
        for (List<Element> anc : alternatives) {
          if (containsIdentity(anc, p)) {
            hits++;
          }
        }
        if (hits >= 3) {
          best = p;
          break;
        }
        p = p.parent();
      }
    }
    // Climb while the parent scores better (the text is split over children of the parent).
    Element parent = best.parent();
    double last = score(best);
    double threshold = last / 3;
    while (parent != null && !parent.normalName().equals("body")) {
      if (!scores.containsKey(parent)) {
        parent = parent.parent();
        continue;
      }
      double ps = score(parent);
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        best = parent;
        break;
      }
      last = ps;
      parent = parent.parent();
    }
    // An only child says nothing more than its parent.
    parent = best.parent();
    while (parent != null && !parent.normalName().equals("body") && parent.children().size() == 1) {
      best = parent;
      parent = best.parent();
    }
    scores.putIfAbsent(best, initial(best));
    return best;
  }

  private static boolean containsIdentity(List<Element> list, Element e) {
    for (Element x : list) {
      if (x == e) {
        return true;
      }
    }
    return false;
  }

  private double score(Element e) {
    Double s = scores.get(e);
    return s == null ? 0 : s;
  }

  private List<Element> collectSiblings(Element top) {
    List<Element> out = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      out.add(top);
      return out;
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    for (Element sib : parent.children()) {
      if (sib == top) {
        out.add(sib);
        continue;
      }
      double bonus = !topClass.isEmpty() && sib.className().equals(topClass) ? topScore * 0.2 : 0;
      if (scores.containsKey(sib) && score(sib) + bonus >= threshold) {
        out.add(sib);
        continue;
      }
      if (isParagraphLike(sib)) {
        String text = sib.text();
        double ld = linkDensity(sib);
        if (text.length() > 80 && ld < 0.25) {
          out.add(sib);
        } else if (text.length() < 80 && text.length() > 0 && ld == 0 && SENTENCE_END.matcher(text).find()) {
          out.add(sib);
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ cleaning the winner

  private void clean(Element root) {
    for (Element h : root.select("h1")) {
      h.remove();
    }
    // An <article> inside an <article> is a separate piece (a comment, a teaser of another post),
    // unless it holds most of the outer one's text (a wrapper around the body).
    for (Element outer : root.select("article")) {
      if (outer.parent() == null) {
        continue;
      }
      int outerLen = outer.text().length();
      for (Element inner : outer.select("article")) {
        if (inner != outer && inner.parent() != null && inner.text().length() * 2 < outerLen) {
          inner.remove();
        }
      }
    }
    for (Element e : root.select("figcaption")) {
      if (e != root) {
        e.remove();
      }
    }
    for (Element e : root.select("[class~=(?i)caption|credit], [id~=(?i)caption]")) {
      if (e != root && e.parent() != null && e.text().length() < 400) {
        e.remove();
      }
    }
    for (Element e : root.select("*")) {
      if (e == root || e.parent() == null) {
        continue;
      }
      String hint = e.className() + " " + e.id();
      if (SHARE.matcher(hint).find() && e.text().length() < 500 && !isEmbeddedPost(e)) {
        e.remove();
      }
    }
    // Image blocks: a picture with its caption and credit, or a gallery.
    for (Element e : root.select("figure, div, ul, section, span, p")) {
      if (e == root || e.parent() == null) {
        continue;
      }
      boolean imageHint = e.normalName().equals("figure")
          || IMAGE_HINT.matcher(e.className() + " " + e.id()).find();
      if (!imageHint) {
        continue;
      }
      int imgs = Math.max(1, e.getElementsByTag("img").size());
      if (e.text().length() < 400 * imgs && e.getElementsByTag("p").size() <= imgs && !isEmbeddedPost(e)
          && (e.normalName().equals("figure") || !e.getElementsByTag("img").isEmpty()
          || e.normalName().equals("ul"))) {
        e.remove();
      }
    }
    // A short paragraph that is nothing but a link points to another page.
    for (Element e : root.select("p")) {
      if (e != root && e.parent() != null) {
        String t = e.text();
        if (t.length() < 150 && !t.isEmpty() && linkDensity(e) > 0.9) {
          e.remove();
        }
      }
    }
    for (Element h : root.select("h2, h3")) {
      if (weightClasses && classWeight(h) < 0) {
        h.remove();
      }
    }
    if (cleanConditionally) {
      for (String tag : new String[] {"form", "fieldset", "table", "ul", "ol", "div", "section", "aside", "figure"}) {
        List<Element> els = root.getElementsByTag(tag);
        // innermost first, as in the document walk from the end
        for (int i = els.size() - 1; i >= 0; i--) {
          Element e = els.get(i);
          if (e == root || e.parent() == null) {
            continue;
          }
          if (shouldRemove(e, tag)) {
            if (DEBUG) {
              System.err.printf("  clean <%s class='%s'> len %d: %.60s%n", tag, e.className(), e.text().length(),
                  e.text());
            }
            e.remove();
          }
        }
      }
    }
  }

  private boolean shouldRemove(Element e, String tag) {
    boolean isList = tag.equals("ul") || tag.equals("ol");
    String text = e.text();
    if (!isList) {
      int listLen = 0;
      for (Element l : e.select("ul, ol")) {
        listLen += l.text().length();
      }
      isList = text.length() > 0 && listLen / (double) text.length() > 0.9;
    }
    if (tag.equals("table") && isDataTable(e)) {
      return false;
    }
    if (hasAncestor(e, "code", 50) || isEmbeddedPost(e)) {
      return false;
    }
    double weight = classWeight(e);
    double contentScore = 0;
    if (weight + contentScore < 0) {
      return true;
    }
    if (commas(text) >= 10) {
      return false;
    }
    int p = e.getElementsByTag("p").size();
    int img = e.getElementsByTag("img").size();
    int li = e.getElementsByTag("li").size() - 100;
    int input = e.getElementsByTag("input").size();
    int headings = 0;
    for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
      headings += h.text().length();
    }
    double headingDensity = text.isEmpty() ? 0 : headings / (double) text.length();
    int embeds = e.select("object, embed, iframe, video").size();
    double ld = linkDensity(e);
    int len = text.length();
    boolean figure = hasAncestor(e, "figure", 50);
    if (img > 1 && p / (double) img < 0.5 && !figure) {
      return true;
    }
    if (!isList && li > p) {
      return true;
    }
    if (input > Math.floor(p / 3.0)) {
      return true;
    }
    if (!isList && headingDensity < 0.9 && len < 25 && (img == 0 || img > 2) && !figure) {
      return true;
    }
    if (!isList && weight < 25 && ld > 0.2 && !(ld < 0.6 && p >= 1 && linksInsideProse(e))) {
      return true;
    }
    if (weight >= 25 && ld > 0.5) {
      return true;
    }
    if ((embeds == 1 && len < 75) || embeds > 1) {
      return true;
    }
    if (isList && ld > 0.5 && len < 1000) {
      return true;
    }
    return false;
  }

  /** Every link sits inside a paragraph of running text (inline citations, not link lists). */
  static boolean linksInsideProse(Element e) {
    for (Element a : e.getElementsByTag("a")) {
      Element p = a.parent();
      while (p != null && p != e && !p.normalName().equals("p")) {
        p = p.parent();
      }
      if (p == null || p == e || !isProse(p.text())) {
        return false;
      }
    }
    return true;
  }

  /** Running text: long enough and ending like a sentence (link lists and headlines do not). */
  static boolean isProse(String text) {
    String t = text.trim();
    if (t.length() < 60) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»' || last == '…';
  }

  /** A paragraph, or a div that holds only inline content and so reads as one. */
  static boolean isParagraphLike(Element e) {
    String tag = e.normalName();
    return tag.equals("p") || (tag.equals("div") && !hasBlockChild(e));
  }

  private static boolean isDataTable(Element table) {
    if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
      return false;
    }
    if (!table.select("caption, thead, th, col, colgroup, tfoot").isEmpty() || table.hasAttr("summary")) {
      return true;
    }
    if (!table.select("table").isEmpty() && table.select("table").size() > 1) {
      return false;
    }
    int rows = table.select("tr").size();
    int cols = 0;
    for (Element tr : table.select("tr")) {
      cols = Math.max(cols, tr.select("td, th").size());
    }
    return rows >= 10 || cols > 4 || rows * cols > 10;
  }
}
