package org.coopevents.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text: the text is normalised (NFKC, lower case, letters and digits only,
 * ё read as е), split into words, and every run of {@link #SIZE} consecutive words is hashed to
 * 64 bits. A text shorter than one shingle gives one shingle of all its words.
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
    return new Sketch(shingles(hashes, n), norm.toString());
  }

  private static String prepared(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('ё', 'е');
  }

  /** Shingles of the first {@code count} word hashes. */
  private static long[] shingles(int[] wordHashes, int count) {
    if (count == 0) return new long[0];
    int n = Math.max(1, count - SIZE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(count, i + SIZE); j++) {
        h = mix(h ^ wordHashes[j]) * 31 + j - i;
      }
      out[i] = mix(h);
    }
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
