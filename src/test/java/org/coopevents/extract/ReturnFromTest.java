package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * A leader's own press telling of the trip as it ends: the guest comes home from the state that
 * hosted the visit. The reports are written for these tests.
 */
class ReturnFromTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  @Test
  void comingHomeFromTheHostWhereTheCounterpartHostedTheGuest() {
    EventRow v = VisitWordingTest.only(visits("en", "President Mnangagwa came home on Thursday afternoon from "
        + "Equatorial Guinea, where President Teodoro Obiang Nguema Mbasogo had hosted him for three days of a "
        + "State Visit.", LocalDate.of(2023, 2, 9)));
    assertEquals("ZWE", v.actor1Country);
    assertEquals("GNQ", v.actor2Country);
    assertEquals("Teodoro Obiang Nguema Mbasogo", v.actor2Person);
    assertEquals("STATE", v.visitKind);
  }

  @Test
  void aRussianReturnToTheCapitalFromTheHost() {
    // "в Хараре" is where the guest comes back to, "из Экваториальной Гвинеи" the host
    EventRow v = VisitWordingTest.only(visits("ru", "Президент Зимбабве Эммерсон Мнангагва в четверг вернулся в "
        + "Хараре из Экваториальной Гвинеи, где провел три дня с государственным визитом по приглашению президента "
        + "Теодоро Обианга Нгемы Мбасого.", LocalDate.of(2023, 2, 9)));
    assertEquals("ZWE", v.actor1Country);
    assertEquals("GNQ", v.actor2Country);
  }

  @Test
  void aVisitAheadAfterComingBackGoesWhereItIsPaid() {
    EventRow v = VisitWordingTest.only(visits("en", "ASTANA, May 2 (Wire) - After returning from Beijing, President "
        + "Kassym-Jomart Tokayev will pay a state visit to Russia next week, his office said.",
        LocalDate.of(2024, 5, 2)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
  }
}
