package org.coopevents.report;

import java.util.Locale;

/** Escaping for text that comes from data, and the few number formats of the page. */
public final class Html {
  private Html() {}

  /** Escapes text for an HTML element or a quoted attribute value; null reads as "". */
  public static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A link to a web address from data, or just the escaped text when it is not http(s). */
  public static String link(String url, String label) {
    if (url == null || url.isEmpty()) return esc(label);
    String u = url.trim().toLowerCase(Locale.ROOT);
    if (!u.startsWith("http://") && !u.startsWith("https://")) return esc(label);
    return "<a href=\"" + esc(url.trim()) + "\" rel=\"noopener noreferrer\">" + esc(label)
        + "</a>";
  }

  /** A share as a percentage with one decimal, e.g. "42.5%". */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** A string cut to at most n characters, with an ellipsis when cut. */
  public static String cut(String s, int n) {
    if (s == null) return "";
    return s.length() <= n ? s : s.substring(0, n) + "\u2026";
  }
}
