package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consistency of furniture.tsv. */
class FurnitureDataTest {

  @Test
  void everyRowIsWellFormed() {
    List<String[]> rows = FurnitureLexicon.rows();
    assertFalse(rows.isEmpty());
    Set<String> seen = new HashSet<>();
    Set<String> kinds = FurnitureLexicon.kinds();
    for (String[] row : rows) {
      assertTrue(kinds.contains(row[0]), "known kind: " + row[0]);
      String p = row[1];
      assertFalse(p.isEmpty());
      assertEquals(p.trim(), p, "no outer spaces: '" + p + "'");
      assertFalse(p.contains("  "), "single spaces: " + p);
      assertEquals(p.toLowerCase(Locale.ROOT), p, "lower case: " + p);
      assertTrue(Normalizer.isNormalized(p, Normalizer.Form.NFC), "NFC: " + p);
      assertTrue(seen.add(row[0] + "\t" + p), "listed once: " + row[0] + " " + p);
      if (row[0].equals("SOCIAL")) {
        assertFalse(p.contains(" "), "a social network is one word: " + p);
      }
    }
  }

  @Test
  void everyKindHasPhrases() {
    FurnitureLexicon lexicon = FurnitureLexicon.load();
    for (FurnitureLexicon.Kind k : FurnitureLexicon.Kind.values()) {
      assertFalse(lexicon.phrases(k).isEmpty(), "phrases for " + k);
    }
  }

  @Test
  void labelsAreMatchedOnWordBoundaries() {
    FurnitureLexicon lexicon = FurnitureLexicon.load();
    assertEquals("related news", lexicon.startPhrase(FurnitureLexicon.Kind.END_RELATED, "related news"));
    assertEquals(null, lexicon.startPhrase(FurnitureLexicon.Kind.DROP, "shareholders approved the deal"));
    assertEquals("share", lexicon.startPhrase(FurnitureLexicon.Kind.DROP, "share: facebook"));
  }
}
