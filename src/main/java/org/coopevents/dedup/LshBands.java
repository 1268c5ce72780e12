package org.coopevents.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive band keys of a MinHash signature: {@link #BANDS} bands of {@link #ROWS}
 * rows. Two texts share at least one band key with probability 1 − (1 − J^ROWS)^BANDS: about
 * 0.97 at Jaccard 0.6, 0.18 at 0.3 (25 × 4). Shared keys only propose candidates; the
 * signature similarity must then reach {@link #THRESHOLD}. Also an exact key over the
 * normalised text, so that exact copies always meet even when their band buckets are capped.
 */
public final class LshBands {
  public static final int BANDS = 25;
  public static final int ROWS = 4;
  /** Estimated Jaccard of 4-word shingles from which two articles are copies of one story. */
  public static final double THRESHOLD = 0.6;
  /**
   * Prefix of the exact-copy key. Band keys are written in the characters '0' to 'o' only
   * (see {@link #compact}), so no band key starts with it.
   */
  public static final String EXACT = "x";

  private LshBands() {}

  public static List<String> keys(int[] signature) {
    List<String> out = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) h = TextShingles.mix(h * 31 + signature[b * ROWS + r]);
      out.add(compact(h));
    }
    return out;
  }

  /** The exact-copy key of a text: a hash of its normalised words. */
  public static String exactKey(String text) {
    return exactKeyOfNormalised(TextShingles.shingled(text).normalised());
  }

  /** The exact-copy key of a text already normalised ({@link TextShingles#normalised}). */
  public static String exactKeyOfNormalised(String normalised) {
    return EXACT + compact(StableIds.hash64(normalised));
  }

  /**
   * A 64-bit hash as a bucket key of 11 characters, 6 bits each from '0' (0x30) to 'o' (0x6F).
   * Every article is filed under 26 keys, so the bucket shuffle is the job's largest by
   * count: written as "b12:" and 16 hex digits the key took 21 bytes and appears twice in each
   * shuffled element. The band number is mixed into the hash, so keys of different bands
   * stay apart unless their 64-bit hashes collide, as before, and the buckets are the same.
   */
  static String compact(long h) {
    char[] out = new char[11];
    for (int i = 10; i >= 0; i--) {
      out[i] = (char) ('0' + (int) (h & 63));
      h >>>= 6;
    }
    return new String(out);
  }

  /** Whether two signatures are close enough to call the articles copies. */
  public static boolean copies(int[] a, int[] b) {
    return MinHasher.similarity(a, b) >= THRESHOLD;
  }
}
