package org.coopevents.text;

import java.text.Normalizer;

/**
 * Makes text uniform before anything reads it: Unicode NFC; every line break becomes {@code '\n'};
 * tabs and every other kind of space (NBSP, thin, figure, ideographic ...) become {@code ' '};
 * control characters other than {@code '\n'} and invisible format characters (BOM, zero-width
 * space/joiners, soft hyphen, bidi marks) are removed; runs of spaces collapse to one; lines are
 * trimmed; at most one blank line separates paragraphs; no blank lines at either end.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    boolean isNfc = Normalizer.isNormalized(s, Normalizer.Form.NFC);
    if (isNfc && alreadyNormal(s)) {
      return s;   // text that went through here once (the cleaner normalises in several places)
    }
    String nfc = isNfc ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    int newlines = 0;        // newlines pending since the last written character
    boolean space = false;   // a space is pending since the last written character
    int n = nfc.length();
    for (int i = 0; i < n; i++) {
      char c = nfc.charAt(i);
      int kind = classify(c);
      if (kind == NEWLINE) {
        if (c == '\r' && i + 1 < n && nfc.charAt(i + 1) == '\n') {
          i++;
        }
        newlines += (c == '\u2029') ? 2 : 1;
        space = false;
      } else if (kind == SPACE) {
        space = true;
      } else if (kind == DROP) {
        // removed without a trace
      } else {
        if (out.length() > 0) {
          if (newlines > 0) {
            out.append(newlines >= 2 ? "\n\n" : "\n");
          } else if (space) {
            out.append(' ');
          }
        }
        newlines = 0;
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True when {@link #normalize} would give back {@code s} unchanged (given that it is NFC):
   * only kept characters, separated by nothing, one {@code ' '}, {@code "\n"} or
   * {@code "\n\n"}, and nothing but a kept character at either end. Reads without copying.
   */
  static boolean alreadyNormal(String s) {
    int n = s.length();
    int gap = 0;   // 0: after a kept character; 1: after ' '; 2: after '\n'; 3: after "\n\n"
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (gap != 0 || i == 0) {
          return false;
        }
        gap = 1;
      } else if (c == '\n') {
        if (i == 0 || gap == 1 || gap == 3) {
          return false;
        }
        gap = gap == 2 ? 3 : 2;
      } else if (classify(c) == KEEP) {
        gap = 0;
      } else {
        return false;
      }
    }
    return gap == 0;
  }

  private static final int KEEP = 0;
  private static final int SPACE = 1;
  private static final int NEWLINE = 2;
  private static final int DROP = 3;

  private static int classify(char c) {
    if (c >= 0x20 && c < 0x7f) {
      return c == ' ' ? SPACE : KEEP;
    }
    if (c >= 0x400 && c < 0x530) {
      return KEEP;   // Cyrillic: no space, control or format character in these blocks
    }
    switch (c) {
      case '\n': case '\r': case '\u000b': case '\u000c': case '\u0085': case '\u2028': case '\u2029':
        return NEWLINE;
      case '\t':
        return SPACE;
      case '\u200b': case '\u200c': case '\u200d': case '\u2060': case '\ufeff': case '\u00ad':
      case '\u180e':
        return DROP;
      default:
        break;
    }
    if (Character.isSpaceChar(c)) {
      return SPACE;
    }
    int type = Character.getType(c);
    if (type == Character.CONTROL || type == Character.FORMAT) {
      return DROP;
    }
    return KEEP;
  }
}
