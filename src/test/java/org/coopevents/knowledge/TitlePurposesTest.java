package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** title_purposes.tsv: the connectors and verbs of a purpose clause after a type word, read into DocTypes. */
class TitlePurposesTest {
  private static final DocTypes DT = Knowledge.load().docTypes;

  @Test
  void everyRowIsALowerCasePhraseWithAKnownRole() {
    Tsv.Table t = Tsv.read(List.of(Knowledge.RESOURCE_DIR), "title_purposes.tsv", DocTypes.PURPOSE_HEADER);
    assertTrue(t.present(), "title_purposes.tsv is on the class path");
    Set<String> seen = new HashSet<>();
    Set<DocTypes.Purpose> roles = new HashSet<>();
    for (Tsv.Row r : t.rows()) {
      String p = r.get(0);
      assertEquals(Tokens.norm(p), p, "line " + r.line() + ": the phrase as Tokens.norm writes it");
      assertTrue(p.matches("\\p{L}+( \\p{L}+)*"), "line " + r.line() + ": words one space apart");
      assertTrue(r.get(1).equals("en") || r.get(1).equals("ru"), "line " + r.line() + ": lang en or ru");
      roles.add(DocTypes.Purpose.valueOf(r.get(2)));
      assertTrue(seen.add(p), "line " + r.line() + ": " + p + " twice");
    }
    assertEquals(Set.of(DocTypes.Purpose.values()), roles, "every role is used");
    assertEquals(seen.size(), DT.purposeWordCount());
  }

  @Test
  void theLongestPhraseAtATokenIsFound() {
    Tokens t = Tokens.of("an MoU aimed at stepping up trade to boost ties and open up markets");
    PhraseMatcher.Match<DocTypes.Purpose> aimed = DT.purposeAt(t, 2, t.size());
    assertNotNull(aimed);
    assertEquals(4, aimed.tokenEnd, "'aimed at' as a whole");
    assertTrue(aimed.values.contains(DocTypes.Purpose.CONNECTOR_ING));
    PhraseMatcher.Match<DocTypes.Purpose> step = DT.purposeAt(t, 4, t.size());
    assertEquals(6, step.tokenEnd, "'stepping up' as a whole");
    assertTrue(step.values.contains(DocTypes.Purpose.VERB));
    assertTrue(DT.purposeAt(t, 7, t.size()).values.contains(DocTypes.Purpose.CONNECTOR), "to");
    assertEquals(DocTypes.Purpose.VERB, DT.purposeAt(t, 11, t.size()).values.get(0), "open up");
    assertNull(DT.purposeAt(t, 6, t.size()), "trade is no word of purpose");
  }
}
