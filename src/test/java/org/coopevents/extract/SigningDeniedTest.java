package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Signings denied in commentary: "signed no major deals", "did not sign", "не подписали". The
 * reports are written for these tests.
 */
class SigningDeniedTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> signings(String lang, String text) {
    Extraction x = EX.extract(new ArticleText("n-" + Math.abs(text.hashCode()), null, "wire.example", null,
        lang, LocalDate.of(2024, 7, 20), text));
    return x.events.stream().filter(e -> e.eventType.equals("SIGNING")).collect(Collectors.toList());
  }

  @Test
  void aSigningWhoseObjectIsDeniedIsNone() {
    assertTrue(signings("en", "Narendra Modi and Vladimir Putin signed no major defence agreements in Moscow, "
        + "but the symbolism of the talks was plain.").isEmpty());
    assertTrue(signings("en", "Narendra Modi and Vladimir Putin did not sign the defence agreement in Moscow.")
        .isEmpty());
  }

  @Test
  void aSigningNamedAfterItsVerbStays() {
    assertEquals(1, signings("en", "Narendra Modi and Vladimir Putin signed nine agreements in Moscow on "
        + "Tuesday, including a memorandum on trade.").size());
  }
}
