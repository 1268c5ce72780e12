package org.coopevents.text;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders elements as plain text with one block (paragraph, heading, list item, table row) per
 * line and white space inside a line collapsed. Stateless.
 */
final class BlockTextWriter {

  private static final Set<String> LINE_BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd",
      "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
      "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
      "tfoot", "tr", "ul", "center", "summary", "caption", "body", "html");
  private static final Set<String> CELLS = Set.of("td", "th");

  private BlockTextWriter() {}

  static String write(List<Element> roots) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (Element r : roots) {
      walk(r, out, line);
      flush(out, line);
    }
    return out.toString().trim();
  }

  private static void walk(Node n, StringBuilder out, StringBuilder line) {
    if (n instanceof TextNode) {
      appendCollapsed(line, ((TextNode) n).getWholeText());
      return;
    }
    if (!(n instanceof Element)) {
      return;
    }
    Element e = (Element) n;
    String tag = e.normalName();
    if (tag.equals("br")) {
      flush(out, line);
      return;
    }
    boolean block = LINE_BLOCKS.contains(tag);
    if (block) {
      flush(out, line);
    } else if (CELLS.contains(tag)) {
      appendSpace(line);
    }
    for (Node c : e.childNodes()) {
      walk(c, out, line);
    }
    if (block) {
      flush(out, line);
    } else if (CELLS.contains(tag)) {
      appendSpace(line);
    }
  }

  private static void appendCollapsed(StringBuilder line, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        appendSpace(line);
      } else if (c != '\u200B' && c != '\u00AD' && c != '\uFEFF') {
        line.append(c);
      }
    }
  }

  private static void appendSpace(StringBuilder line) {
    if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
      line.append(' ');
    }
  }

  private static void flush(StringBuilder out, StringBuilder line) {
    String s = line.toString().trim();
    line.setLength(0);
    if (!s.isEmpty()) {
      out.append(s).append('\n');
    }
  }
}
