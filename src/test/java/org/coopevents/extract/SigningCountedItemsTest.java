package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.coopevents.model.DocumentRow;
import org.junit.jupiter.api.Test;

/**
 * Counted documents told one by one after a comma ("two joint statements, one on A and the other
 * on B"), as outlets write them. The reports are written for these tests.
 */
class SigningCountedItemsTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Set<String> titles(String text) {
    Extraction x = EX.extract(new ArticleText("k-" + Math.abs(text.hashCode()), null, "wire.example", "", "en",
        LocalDate.of(2024, 5, 16), text));
    Set<String> t = new TreeSet<>();
    for (DocumentRow d : x.documents) t.add(d.docType + ": " + d.titleOriginal);
    return t;
  }

  @Test
  void twoStatementsOneOnAAndTheOtherOnB() {
    Set<String> t = titles("BEIJING, May 16 (Wire) - Chinese President Xi Jinping and Russian President Vladimir Putin "
        + "signed two joint statements on Thursday, one on deepening the comprehensive partnership and the other on "
        + "the 75th anniversary of diplomatic relations.");
    assertEquals(2, t.size(), t.toString());
  }

  @Test
  void twoMemorandaOneOnAAndAnotherOnB() {
    Set<String> t = titles("NEW DELHI, May 16 (Wire) - India and Mongolia signed two MoUs during the visit of "
        + "Mongolian President Ukhnaagiin Khurelsukh, one on cooperation in geology and mining and another on "
        + "exchanges between the two foreign ministries.");
    assertEquals(2, t.size(), t.toString());
  }
}
