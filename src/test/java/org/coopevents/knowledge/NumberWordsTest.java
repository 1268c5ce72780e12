package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** number_words.tsv: the number words that count signed documents, read into DocTypes. */
class NumberWordsTest {
  private static final DocTypes DT = Knowledge.load().docTypes;

  @Test
  void everyRowIsAWordOfALanguageWithACountOfTwoOrMore() {
    Tsv.Table t = Tsv.read(java.util.List.of(Knowledge.RESOURCE_DIR), "number_words.tsv", DocTypes.NUMBER_HEADER);
    assertTrue(t.present(), "number_words.tsv is on the class path");
    Set<String> seen = new HashSet<>();
    Set<String> langs = new HashSet<>();
    for (Tsv.Row r : t.rows()) {
      String w = r.get(0);
      assertEquals(Tokens.norm(w), w, "line " + r.line() + ": the word as Tokens.norm writes it");
      assertTrue(w.matches("\\p{L}+"), "line " + r.line() + ": one word");
      assertTrue(r.get(1).equals("en") || r.get(1).equals("ru"), "line " + r.line() + ": lang en or ru");
      assertTrue(Integer.parseInt(r.get(2)) >= 2, "line " + r.line() + ": 'one' counts nothing");
      assertTrue(seen.add(w), "line " + r.line() + ": " + w + " twice");
      langs.add(r.get(1));
    }
    assertEquals(Set.of("en", "ru"), langs);
    assertEquals(seen.size(), DT.numberWords().size());
  }

  @Test
  void countsInBothLanguagesAndTheirCaseForms() {
    assertEquals(3, DT.numberWord("three"));
    assertEquals(14, DT.numberWord("fourteen"));
    assertEquals(2, DT.numberWord("два"));
    assertEquals(2, DT.numberWord("двух"));
    assertEquals(4, DT.numberWord("четырех"));
    assertNull(DT.numberWord("one"));
    assertNull(DT.numberWord("several"));
    assertNull(DT.numberWord("Three"), "looked up as Tokens.norm gives it");
  }
}
