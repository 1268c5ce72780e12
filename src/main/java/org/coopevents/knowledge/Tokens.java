package org.coopevents.knowledge;

/**
 * A text cut into word tokens: runs of letters and digits (a hyphen, an apostrophe or any
 * other character separates tokens). Each token keeps its character offsets into the
 * original string, its normalised form (lower case, ё as е) and whether it starts with an
 * upper-case letter. Immutable.
 */
public final class Tokens {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] norms;
  /** {@code norms[i].hashCode()}, computed while tokenising (matchers filter on it). */
  private final int[] hashes;
  private final boolean[] upper;
  private final int size;

  private Tokens(String text, int[] starts, int[] ends, String[] norms, int[] hashes,
      boolean[] upper, int size) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.norms = norms;
    this.hashes = hashes;
    this.upper = upper;
    this.size = size;
  }

  /** Tokenises {@code text}. */
  public static Tokens of(String text) {
    int n = text.length();
    int cap = Math.max(8, n / 5);
    int[] s = new int[cap];
    int[] e = new int[cap];
    String[] norm = new String[cap];
    int[] hash = new int[cap];
    boolean[] up = new boolean[cap];
    int count = 0;
    int i = 0;
    char[] buf = new char[32];
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      int len = 0;
      int h = 0;
      while (i < n && isWordChar(text.charAt(i))) {
        char nc = normChar(text.charAt(i));
        if (len == buf.length) buf = java.util.Arrays.copyOf(buf, len * 2);
        buf[len++] = nc;
        h = 31 * h + nc;
        i++;
      }
      if (count == s.length) {
        int nc = count * 2;
        s = java.util.Arrays.copyOf(s, nc);
        e = java.util.Arrays.copyOf(e, nc);
        norm = java.util.Arrays.copyOf(norm, nc);
        hash = java.util.Arrays.copyOf(hash, nc);
        up = java.util.Arrays.copyOf(up, nc);
      }
      s[count] = start;
      e[count] = i;
      norm[count] = new String(buf, 0, len);
      hash[count] = h;
      up[count] = c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c) || Character.isTitleCase(c);
      count++;
    }
    return new Tokens(text, s, e, norm, hash, up, count);
  }

  static boolean isWordChar(char c) {
    // ASCII and the basic Russian alphabet first: most characters of most texts
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c >= 0x410 && c <= 0x44f) return true;
    if (Character.isLetterOrDigit(c)) return true;
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** Lower case with ё→е. */
  public static char normChar(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    if (c >= 0x430 && c <= 0x44f) return c;
    if (c >= 0x410 && c <= 0x42f) return (char) (c + 32);
    char l = Character.toLowerCase(c);
    if (l == 'ё') return 'е';
    return l;
  }

  /** Normalises a whole string the way tokens are normalised. */
  public static String norm(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) sb.append(normChar(s.charAt(i)));
    return sb.toString();
  }

  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public String norm(int i) {
    return norms[i];
  }

  /** The hash code of {@link #norm(int)}, without touching the string. */
  int hash(int i) {
    return hashes[i];
  }

  public boolean upperFirst(int i) {
    return upper[i];
  }

  /** The token as written in the text. */
  public String raw(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** True when the token is a number. */
  public boolean isNumber(int i) {
    String t = norms[i];
    for (int k = 0; k < t.length(); k++) if (!Character.isDigit(t.charAt(k))) return false;
    return true;
  }

  /** Index of the first token whose start is at or after {@code offset} (size() if none). */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first token that ends after {@code offset}, i.e. tokens [from, to) lie in a span. */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
