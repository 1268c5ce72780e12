package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.knowledge.RussianNames;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The guest's person is the leader whose visit the visit noun names, not a speaker of the same
 * state named first: "the foreign minister briefed reporters on the prime minister's state visit",
 * "рассказал о визите премьер-министра ..." (the possessive before the noun, the genitive after
 * it). The reports are written for these tests.
 */
class VisitOwnerPersonTest {
  private static final LocalDate FRIDAY = LocalDate.of(2024, 7, 5);

  @Test
  void thePossessiveBeforeTheVisitNounNamesTheGuest() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Bangladesh Foreign Minister Hasan Mahmud "
        + "spoke to journalists in Dhaka about Prime Minister Sheikh Hasina's four-day state visit to China.", FRIDAY));
    assertEquals("BGD", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertEquals("Sheikh Hasina", v.actor1Person);
  }

  @Test
  void theRussianGenitiveAfterTheVisitNounNamesTheGuest() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("ru", "", "Глава МИД Бангладеш Хасан Махмуд "
        + "рассказал журналистам о государственном визите премьер-министра Шейх Хасины в Китай.", FRIDAY));
    assertEquals("BGD", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertEquals("Sheikh Hasina", v.actor1Person);
  }

  @Test
  void aLeaderAfterTheStatesGenitiveNamesTheGuest() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Kazakh Foreign Minister Murat Nurtleu "
        + "told a briefing that the state visit of Kazakhstan's President Kassym-Jomart Tokayev to China is being prepared.",
        FRIDAY));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("Kassym-Jomart Tokayev", v.actor1Person);
  }

  @Test
  void aForeignNameInInaDeclinesAsANoun() {
    Assertions.assertTrue(RussianNames.declineName("Шейх Хасина").contains("Шейх Хасины"));
    Assertions.assertTrue(RussianNames.declineName("Шейх Хасина").contains("Шейх Хасиной"));
  }
}
