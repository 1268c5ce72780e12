package org.coopevents.dedup;

/**
 * MinHash signatures: for each of {@link #HASHES} fixed hash functions, the minimum over the
 * shingles. Two signatures agree at a position with probability equal to the Jaccard
 * similarity of the shingle sets. The functions are multiply-add-shift ({@code (a·x + b) >>> 33}
 * with odd {@code a}: one multiply per shingle and function, on shingle hashes that are
 * already mixed); their constants are fixed, so signatures are the same on every worker and
 * every run.
 */
public final class MinHasher {
  public static final int HASHES = LshBands.BANDS * LshBands.ROWS;

  private static final long[] MUL = new long[HASHES];
  private static final long[] ADD = new long[HASHES];

  static {
    long s = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      s += 0x9E3779B97F4A7C15L;
      MUL[i] = TextShingles.mix(s) | 1;
      s += 0x9E3779B97F4A7C15L;
      ADD[i] = TextShingles.mix(s);
    }
  }

  private MinHasher() {}

  /** The signature of a set of shingle hashes; all {@code Integer.MAX_VALUE} when empty. */
  public static int[] signature(long[] shingles) {
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) ((sh * MUL[i] + ADD[i]) >>> 33);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  public static int[] signature(String text) {
    return signature(TextShingles.of(text));
  }

  /** Estimated Jaccard similarity: the share of positions where the signatures agree. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
    return same / (double) HASHES;
  }
}
