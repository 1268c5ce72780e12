package org.coopevents.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class MinHashLshTest {
  public static final String WIRE = "Astana, 3 July. The President of Kazakhstan held talks with the "
      + "Chairman of the People's Republic of China at the Akorda on Wednesday. The two leaders "
      + "discussed trade, transport corridors across the Caspian Sea and joint projects in "
      + "renewable energy, and agreed to raise mutual trade to a new level within five years. "
      + "Following the talks, the sides signed an agreement on the mutual establishment of "
      + "cultural centres and a memorandum on the development of the Trans-Caspian route. The "
      + "guest arrived in the capital on Tuesday for a state visit that ends on Thursday.";

  /** The same wire story as another outlet ran it: a dateline dropped, two words changed. */
  public static final String EDITED = "The President of Kazakhstan held talks with the Chairman of "
      + "the People's Republic of China at the Akorda on Wednesday. The two leaders discussed "
      + "trade, transport corridors across the Caspian Sea and joint projects in renewable "
      + "energy, and agreed to increase mutual trade to a new level within five years. After the "
      + "talks, the sides signed an agreement on the mutual establishment of cultural centres "
      + "and a memorandum on the development of the Trans-Caspian route. The guest arrived in "
      + "the capital on Tuesday for a state visit that ends on Thursday.";

  /** The same event, written independently. */
  static final String OTHER = "Chinese leader Xi Jinping began a three-day state visit to "
      + "Kazakhstan on Tuesday, his office said. Officials in Astana expect a package of "
      + "documents on culture, logistics and green energy to be signed, and both capitals hope "
      + "to lift bilateral trade sharply. Xi will also attend the regional summit later this week.";

  @Test
  void editedCopiesShareBandKeysAndPassTheCheck() {
    int[] a = MinHasher.signature(WIRE);
    int[] b = MinHasher.signature(EDITED);
    Set<String> shared = new HashSet<>(LshBands.keys(a));
    shared.retainAll(LshBands.keys(b));
    assertFalse(shared.isEmpty(), "a lightly edited copy must meet its original in some bucket");
    assertTrue(LshBands.copies(a, b), "similarity " + MinHasher.similarity(a, b));
  }

  @Test
  void independentReportsOfOneEventAreNotCopies() {
    int[] a = MinHasher.signature(WIRE);
    int[] c = MinHasher.signature(OTHER);
    Set<String> shared = new HashSet<>(LshBands.keys(a));
    shared.retainAll(LshBands.keys(c));
    assertTrue(shared.isEmpty(), "shared " + shared);
    assertFalse(LshBands.copies(a, c));
    assertTrue(MinHasher.similarity(a, c) < 0.1);
  }

  @Test
  void signatureEstimatesJaccardOfShingles() {
    long[] x = TextShingles.of(WIRE);
    long[] y = TextShingles.of(EDITED);
    Set<Long> sx = new HashSet<>();
    for (long v : x) sx.add(v);
    int both = 0;
    for (long v : y) if (sx.contains(v)) both++;
    double exact = both / (double) (x.length + y.length - both);
    double est = MinHasher.similarity(MinHasher.signature(x), MinHasher.signature(y));
    assertTrue(Math.abs(exact - est) < 0.15, exact + " vs " + est);
  }

  @Test
  void exactKeyIgnoresCaseSpacingAndPunctuationOnly() {
    assertEquals(LshBands.exactKey(WIRE), LshBands.exactKey(WIRE.toUpperCase().replace(" ", "  \n")));
    assertEquals(LshBands.exactKey("Визит в Минск: итоги"), LshBands.exactKey("визит в минск итоги"));
    assertNotEquals(LshBands.exactKey(WIRE), LshBands.exactKey(EDITED));
  }

  @Test
  void keptCopyIsEarliestThenSmallestId() {
    String a = KeptCopy.sortKey("2024-07-03", "b-2");
    String b = KeptCopy.sortKey("2024-07-04", "a-1");
    String c = KeptCopy.sortKey("2024-07-03", "a-9");
    String d = KeptCopy.sortKey(null, "0");
    assertTrue(c.compareTo(a) < 0 && a.compareTo(b) < 0 && b.compareTo(d) < 0);
    assertEquals("b-2", KeptCopy.articleId(a));
  }
}
