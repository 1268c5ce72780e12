package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A minimal sentence splitter for the extractor (until the text package's SentenceSplitter is
 * wired in): every line is split at . ! ? … followed by a space and an upper-case letter, a
 * digit or a quote, except after common abbreviations and initials. Each sentence knows its
 * line and paragraph (blank lines separate paragraphs). Stateless.
 */
public final class Sentences {
  private Sentences() {}

  /** A sentence: text[start, end), trimmed; the line it sits on [lineStart, lineEnd). */
  public record Span(int start, int end, int line, int paragraph, int lineStart, int lineEnd) {
    public boolean startsLine() {
      return start == lineStart;
    }

    public boolean endsLine() {
      return end == lineEnd;
    }
  }

  private static final Set<String> ABBREV = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr",
      "no", "vs", "etc", "gen", "col", "lt", "gov", "sen", "rep", "prof", "inc", "ltd", "co",
      "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "г", "гг", "им", "т", "н", "ул", "руб", "млн", "млрд", "тыс", "долл", "д", "с", "см", "ст",
      "обл", "р", "пр", "др", "т.е", "т.д", "т.п", "e.g", "i.e", "u.s", "u.k");

  /**
   * Sentences of the text package's {@link org.coopevents.text.SentenceSplitter}, each with its
   * line and paragraph.
   */
  public static List<Span> split(String text) {
    List<org.coopevents.text.Span> raw = org.coopevents.text.SentenceSplitter.split(text);
    List<Span> out = new ArrayList<>(raw.size());
    int line = -1;
    int para = 0;
    int lastLineStart = -1;
    int scanned = 0;
    boolean blankSeen = false;
    int curLs = -1;
    int curLe = -1;
    for (org.coopevents.text.Span r : raw) {
      // a sentence on the line of the one before shares its bounds: the line is looked up once,
      // not once per sentence (a page of one long line made that quadratic)
      if (curLs < 0 || r.start < curLs || r.start >= curLe) {
        curLs = text.lastIndexOf('\n', r.start - 1) + 1;
        curLe = text.indexOf('\n', r.start);
        if (curLe < 0) curLe = text.length();
      }
      int ls = curLs;
      int le = curLe;
      if (ls != lastLineStart) {
        // blank lines between the previous line and this one start a paragraph
        for (int k = scanned; k < ls; k++) {
          if (text.charAt(k) == '\n') {
            int nx = text.indexOf('\n', k + 1);
            if (nx >= 0 && nx < ls && text.substring(k + 1, nx).isBlank()) blankSeen = true;
          }
        }
        if (blankSeen && line >= 0) para++;
        blankSeen = false;
        line++;
        lastLineStart = ls;
        scanned = ls;
      }
      int a = ls;
      int b = le;
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      out.add(new Span(r.start, r.end, line, para, a, b));
    }
    return out;
  }

  /** The extractor's own splitter (kept for comparison; not used). */
  static List<Span> splitSimple(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    int line = 0;
    int para = 0;
    boolean lastBlank = false;
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int le = nl < 0 ? n : nl;
      int ls = pos;
      // trim the line
      int a = ls;
      int b = le;
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (a == b) {
        if (!lastBlank && line > 0) para++;
        lastBlank = true;
      } else {
        lastBlank = false;
        splitLine(text, a, b, line, para, out);
        line++;
      }
      if (nl < 0) break;
      pos = nl + 1;
    }
    return out;
  }

  private static void splitLine(String text, int a, int b, int line, int para, List<Span> out) {
    int s = a;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') continue;
      int j = i + 1;
      while (j < b && (text.charAt(j) == '"' || text.charAt(j) == '»' || text.charAt(j) == '”'
          || text.charAt(j) == '’' || text.charAt(j) == '\'' || text.charAt(j) == ')'
          || text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
        j++;
      }
      if (j >= b || !Character.isWhitespace(text.charAt(j))) continue;
      int k = j;
      while (k < b && Character.isWhitespace(text.charAt(k))) k++;
      if (k >= b) continue;
      char nx = text.charAt(k);
      if (!(Character.isUpperCase(nx) || Character.isDigit(nx) || nx == '"' || nx == '«'
          || nx == '“' || nx == '—' || nx == '–' || nx == '-' || nx == '(')) {
        continue;
      }
      if (c == '.' && j == i + 1 && isAbbreviation(text, s, i)) continue;
      if (c == '.' && isListNumber(text, s, i)) continue;
      out.add(new Span(s, j, line, para, a, b));
      s = k;
      i = k - 1;
    }
    if (s < b) out.add(new Span(s, b, line, para, a, b));
  }

  /** "1." or "b." opening a list item. */
  private static boolean isListNumber(String text, int s, int dot) {
    String head = text.substring(s, dot).strip();
    if (head.isEmpty() || head.length() > 3) return false;
    for (int i = 0; i < head.length(); i++) if (!Character.isDigit(head.charAt(i))) return head.length() == 1;
    return true;
  }

  private static boolean isAbbreviation(String text, int s, int dot) {
    int w = dot;
    while (w > s && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
    String word = text.substring(w, dot).toLowerCase();
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) return true; // initial
    return ABBREV.contains(word);
  }
}
