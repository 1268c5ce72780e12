package org.coopevents.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page.
 *
 * <p>Order of evidence: a byte-order mark, the charset of the HTTP {@code Content-Type} header,
 * a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first 4 KB (a
 * declaration the bytes plainly contradict is overruled, see {@link #checked}), and finally
 * detection: strict UTF-8 if the bytes are valid UTF-8, else a Cyrillic single-byte
 * code page (windows-1251, KOI8-R or ISO-8859-5, chosen by Russian letter-frequency scoring) when
 * the high bytes run together as whole words do, else windows-1252. Stateless and thread-safe.
 */
public final class HtmlCharset {

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset KOI8_R = Charset.forName("KOI8-R");
  static final Charset ISO_8859_5 = Charset.forName("ISO-8859-5");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  /** log-frequency of each lower-case Russian letter, indexed by (char - 'а'); ё kept apart. */
  private static final LetterScores LETTERS = LetterScores.load();

  private HtmlCharset() {}

  /** Decodes {@code body}; never throws for bad bytes (they become U+FFFD). */
  public static String decode(byte[] body, String contentTypeHeader) {
    if (body == null || body.length == 0) {
      return "";
    }
    Charset cs = detect(body, contentTypeHeader);
    int skip = bomLength(body, cs);
    return new String(body, skip, body.length - skip, cs);
  }

  /** The charset {@link #decode} would use for these bytes. */
  public static Charset detect(byte[] body, String contentTypeHeader) {
    byte[] b = body == null ? new byte[0] : body;
    Charset bom = fromBom(b);
    if (bom != null) {
      return bom;
    }
    Charset declared = fromContentType(contentTypeHeader);
    if (declared == null) {
      declared = fromMeta(b);
    }
    return declared == null ? sniff(b) : checked(declared, b);
  }

  /**
   * A declaration the bytes plainly contradict is overruled: "UTF-8" on bytes that are not
   * UTF-8 (old Cyrillic sites copied templates), or a single-byte code page on bytes that are
   * valid UTF-8 with non-ASCII in them (which a single-byte text almost never is).
   */
  private static Charset checked(Charset declared, byte[] b) {
    boolean utf8 = isUtf8(b);
    if (declared.equals(StandardCharsets.UTF_8)) {
      return utf8 ? declared : sniff(b);
    }
    if (utf8 && hasNonAscii(b) && declared.newEncoder().maxBytesPerChar() <= 1.0f) {
      return StandardCharsets.UTF_8;
    }
    return declared;
  }

  private static boolean hasNonAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return true;
      }
    }
    return false;
  }

  static Charset fromContentType(String header) {
    if (header == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(header);
    return m.find() ? lookup(m.group(1)) : null;
  }

  static Charset fromMeta(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tag = META_TAG.matcher(head);
    while (tag.find()) {
      Matcher cs = HEADER_CHARSET.matcher(tag.group());
      if (cs.find()) {
        Charset c = lookup(cs.group(1));
        if (c != null) {
          // A page read as bytes cannot really be UTF-16 if its meta was readable as ASCII.
          String n = c.name();
          return n.startsWith("UTF-16") || n.startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
        }
      }
    }
    return null;
  }

  /** Maps a label to a charset the way browsers do (latin-1 and ASCII mean windows-1252). */
  static Charset lookup(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    switch (l) {
      case "utf8":
      case "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      case "iso-8859-1":
      case "iso8859-1":
      case "latin1":
      case "latin-1":
      case "us-ascii":
      case "ascii":
        return WINDOWS_1252;
      case "cp1251":
      case "win-1251":
      case "x-cp1251":
        return WINDOWS_1251;
      case "koi8r":
        return KOI8_R;
      default:
        try {
          return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalArgumentException e) {
          return null;
        }
    }
  }

  private static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] b, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8) && b.length >= 3
        && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if ((cs.equals(StandardCharsets.UTF_16BE) || cs.equals(StandardCharsets.UTF_16LE)) && b.length >= 2
        && fromBom(b) == cs) {
      return 2;
    }
    return 0;
  }

  static Charset sniff(byte[] b) {
    if (isUtf8(b)) {
      return StandardCharsets.UTF_8;
    }
    if (looksCyrillic(b)) {
      Charset best = WINDOWS_1251;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Charset c : new Charset[] {WINDOWS_1251, KOI8_R, ISO_8859_5}) {
        double s = cyrillicScore(b, c);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      return best;
    }
    return WINDOWS_1252;
  }

  static boolean isUtf8(byte[] b) {
    return strictUtf8(b) != null;
  }

  /** The bytes as UTF-8, or null if they are not valid UTF-8. */
  private static String strictUtf8(byte[] b) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Cyrillic prose in a single-byte code page is made of whole words of high bytes; Western
   * text has isolated accented letters inside ASCII words. True when most high bytes have a high
   * byte beside them.
   */
  static boolean looksCyrillic(byte[] b) {
    int high = 0;
    int clustered = 0;
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0x80) == 0) {
        continue;
      }
      high++;
      boolean prev = i > 0 && (b[i - 1] & 0x80) != 0;
      boolean next = i + 1 < b.length && (b[i + 1] & 0x80) != 0;
      if (prev && next) {
        clustered++;
      }
    }
    return high >= 8 && clustered * 2 > high;
  }

  /** Mean log-frequency of the high-byte characters decoded with {@code cs}; higher is likelier. */
  static double cyrillicScore(byte[] b, Charset cs) {
    String s = new String(b, cs);
    double total = 0;
    int n = 0;
    char prev = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        prev = c;
        continue;
      }
      n++;
      boolean letter = (c >= 'А' && c <= 'я') || c == 'ё' || c == 'Ё';
      if (!letter) {
        total += LetterScores.FLOOR;
      } else {
        char lower = Character.toLowerCase(c);
        total += LETTERS.score(lower);
        boolean upper = c != lower;
        boolean prevLowerCyr = prev >= 'а' && prev <= 'я';
        if (upper && prevLowerCyr) {
          total += LetterScores.FLOOR; // capital inside a word: wrong case mapping
        }
      }
      prev = c;
    }
    return n == 0 ? Double.NEGATIVE_INFINITY : total / n;
  }

  /** Log frequencies of Russian letters from the bundled TSV. Immutable after loading. */
  static final class LetterScores {
    static final double FLOOR = Math.log(0.01);
    private final double[] byLetter; // index c - 'а', 32 letters
    private final double yo;

    private LetterScores(double[] byLetter, double yo) {
      this.byLetter = byLetter;
      this.yo = yo;
    }

    double score(char lower) {
      if (lower == 'ё') {
        return yo;
      }
      int i = lower - 'а';
      return i >= 0 && i < byLetter.length ? byLetter[i] : FLOOR;
    }

    static LetterScores load() {
      double[] by = new double[32];
      Arrays.fill(by, FLOOR);
      double yo = FLOOR;
      try (InputStream in = HtmlCharset.class.getResourceAsStream("russian-letter-frequency.tsv")) {
        if (in == null) {
          throw new IllegalStateException("russian-letter-frequency.tsv missing from classpath");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean header = true;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] f = line.split("\t");
          char c = f[0].charAt(0);
          double v = Math.log(Double.parseDouble(f[1]) / 100.0);
          if (c == 'ё') {
            yo = v;
          } else {
            by[c - 'а'] = v;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new LetterScores(by, yo);
    }
  }
}
