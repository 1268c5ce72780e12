package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Signings told in a report of a tour of several states: a tally "with the three nations"
 * belongs to no one pair, while a signing that names its state keeps it. The reports are
 * written for these tests.
 */
class SigningOnATourTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> signings(String text) {
    Extraction x = EX.extract(new ArticleText("t-" + Math.abs(text.hashCode()), "https://outlet.example/t",
        "outlet.example", "", "en", LocalDate.of(2023, 10, 22), text));
    return x.events.stream().filter(e -> e.eventType.equals("SIGNING")).collect(Collectors.toList());
  }

  @Test
  void aTallyWithTheStatesOfATourIsNoSigningOfOnePair() {
    String tour = "JAKARTA - Indonesian President Joko Widodo came home on Sunday after state visits to Kenya, "
        + "Tanzania and Mozambique.\nWidodo paid state visits to Kenya, Tanzania and Mozambique from "
        + "October 16 to 20.\nDuring the tour, Indonesia signed 17 agreements with the three countries, "
        + "covering trade, health and energy.";
    assertTrue(signings(tour).isEmpty(), signings(tour).toString());
  }

  @Test
  void aSigningThatNamesItsStateOnATourKeepsIt() {
    String tour = "JAKARTA - Indonesian President Joko Widodo came home on Sunday after state visits to Kenya "
        + "and Tanzania.\nWidodo paid state visits to Kenya and Tanzania from October 16 to 19.\n"
        + "In Dar es Salaam, Indonesia and Tanzania signed an agreement on health cooperation.";
    List<EventRow> s = signings(tour);
    assertEquals(1, s.size(), s.toString());
    assertEquals(List.of("IDN", "TZA"), List.of(s.get(0).actor1Country, s.get(0).actor2Country));
  }
}
