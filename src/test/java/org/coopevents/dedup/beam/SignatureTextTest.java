package org.coopevents.dedup.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coopevents.dedup.MinHashLshTest;
import org.coopevents.dedup.MinHasher;
import org.junit.jupiter.api.Test;

/** The text form of a signature that travels with candidate pairs. */
class SignatureTextTest {
  @Test
  void roundTripsRealSignaturesAndTheExtremes() {
    int[] sig = MinHasher.signature(MinHashLshTest.WIRE);
    String text = FindDuplicateArticles.encode(sig);
    assertEquals(MinHasher.HASHES * FindDuplicateArticles.CHARS_PER_VALUE, text.length());
    assertArrayEquals(sig, FindDuplicateArticles.decode(text));

    int[] extremes = {0, 1, 63, 64, 4095, 1 << 30, Integer.MAX_VALUE};
    assertArrayEquals(extremes, FindDuplicateArticles.decode(FindDuplicateArticles.encode(extremes)));
    // an empty text's signature is all MAX_VALUE
    int[] empty = MinHasher.signature(new long[0]);
    assertArrayEquals(empty, FindDuplicateArticles.decode(FindDuplicateArticles.encode(empty)));
  }

  @Test
  void isAsciiAndNeverHoldsTheSeparator() {
    String text = FindDuplicateArticles.encode(new int[] {0, Integer.MAX_VALUE, 123456789});
    for (char c : text.toCharArray()) {
      assertTrue(c >= '0' && c <= 'o', "char " + (int) c);
    }
    assertFalse(text.contains("\u0002"));
  }

  @Test
  void negativeValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FindDuplicateArticles.encode(new int[] {-1}));
  }
}
