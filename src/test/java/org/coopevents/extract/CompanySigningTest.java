package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Deals signed by the heads of companies ("Rosneft chief executive", "генеральный директор",
 * "председатель правления") are no signing of states, nor does their place make a visit. The
 * reports are written for these tests.
 */
class CompanySigningTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> events(String lang, String text) {
    return EX.extract(new ArticleText("k-" + Math.abs(text.hashCode()), null, "wire.example", null,
        lang, LocalDate.of(2024, 6, 4), text)).events;
  }

  @Test
  void aDealSignedByChiefExecutivesIsNoEvent() {
    List<EventRow> es = events("en", "The supply deal was signed in Moscow on Tuesday by Rosneft chief executive "
        + "Igor Sechin and the chairman of Indian Oil.");
    assertTrue(es.isEmpty(), es.toString());
    es = events("ru", "Дополнительное соглашение о поставках газа подписали в Пекине председатель правления "
        + "«Газпрома» Алексей Миллер и глава CNPC.");
    assertTrue(es.isEmpty(), es.toString());
  }

  @Test
  void aSigningOfLeadersInTheCapitalStaysAVisit() {
    List<EventRow> es = events("en", "Narendra Modi and Vladimir Putin signed an agreement on trade in Moscow "
        + "on Tuesday.");
    assertEquals(2, es.stream().filter(e -> !e.eventType.equals("COOPERATION")).count(), es.toString());
  }
}
