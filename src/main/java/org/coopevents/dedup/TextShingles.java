package org.coopevents.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text: the text is normalised (NFKC, lower case, letters and digits only,
 * ё read as е), split into words, and every run of {@link #SIZE} consecutive words is hashed to
 * 64 bits: each word's {@code String.hashCode} times the multiplier of its place in the run,
 * summed, then mixed ({@link #shingle}). A text shorter than one shingle gives one shingle of all
 * its words.
 */
public final class TextShingles {
  /** Words per shingle. */
  public static final int SIZE = 4;

  private TextShingles() {}

  /** The words of the normalised text (the definition; {@link #sketch} is the fast path). */
  public static List<String> words(String text) {
    String s = prepared(text);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) out.add(w.toString());
    return out;
  }

  /** The normalised text: its words joined by single spaces (exact copies share it). */
  public static String normalised(String text) {
    return sketch(text).normalised();
  }

  /** Distinct shingle hashes, sorted. Empty for a text without words. */
  public static long[] of(String text) {
    return sketch(text).shingles();
  }

  /**
   * A text's distinct shingle hashes (sorted) and its normalised form, as {@link #words}
   * defines them, from one pass over the text: no word strings are cut (a word's hash is
   * {@code String.hashCode} of its characters, computed as they are read).
   */
  public record Sketch(long[] shingles, String normalised) {}

  public static Sketch sketch(String text) {
    Shingled s = shingled(text);
    return new Sketch(distinctSorted(s.shingles()), s.normalised());
  }

  /**
   * A text's shingle hashes in the order of the text, repeats kept, and its normalised form.
   * A MinHash signature needs no more: a minimum does not depend on order or repeats, and the
   * sort that {@link #sketch} does to make the shingles distinct was a quarter of the cost of
   * sketching an article (100k generated articles, JFR samples of the Sketch step).
   */
  public record Shingled(long[] shingles, String normalised) {}

  public static Shingled shingled(String text) {
    String s = prepared(text);
    StringBuilder norm = new StringBuilder(s.length());
    int[] hashes = new int[Math.max(16, s.length() / 5)];
    int n = 0;
    int h = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          if (norm.length() > 0) norm.append(' ');
          inWord = true;
          h = 0;
        }
        norm.append(c);
        h = 31 * h + c;
      } else if (inWord) {
        if (n == hashes.length) hashes = Arrays.copyOf(hashes, n * 2);
        hashes[n++] = h;
        inWord = false;
      }
    }
    if (inWord) {
      if (n == hashes.length) hashes = Arrays.copyOf(hashes, n + 1);
      hashes[n++] = h;
    }
    return new Shingled(shingles(hashes, n), norm.toString());
  }

  private static String prepared(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('ё', 'е');
  }

  /** Odd multipliers of a word's hash by its place in a shingle. */
  private static final long[] PLACE = {
    0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L, 0xD6E8FEB86659FD93L};

  static {
    if (PLACE.length != SIZE) throw new IllegalStateException("one multiplier per word of a shingle");
  }

  /**
   * The hash of the words {@code wordHashes[from, to)} (at most {@link #SIZE}): one multiply per
   * word and one mix per shingle (mixing after every word made the shingles a third of the cost
   * of sketching an article).
   */
  static long shingle(int[] wordHashes, int from, int to) {
    long h = to - from;
    for (int j = from; j < to; j++) h += wordHashes[j] * PLACE[j - from];
    return mix(h);
  }

  /** Shingles of the first {@code count} word hashes, in text order. */
  private static long[] shingles(int[] wordHashes, int count) {
    if (count == 0) return new long[0];
    int n = Math.max(1, count - SIZE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) out[i] = shingle(wordHashes, i, Math.min(count, i + SIZE));
    return out;
  }

  /** A sorted copy without repeats. */
  private static long[] distinctSorted(long[] shingles) {
    long[] out = shingles.clone();
    Arrays.sort(out);
    int k = 0;
    for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[k++] = out[i];
    return Arrays.copyOf(out, k);
  }

  /** SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
