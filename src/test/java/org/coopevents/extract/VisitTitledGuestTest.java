package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Guests leaders.tsv does not list (vice presidents, deputies) named with the title of their office
 * and their state, before or after the title: "Vice President of Ghana Mahamudu Bawumia", "Indian
 * Vice President Jagdeep Dhankhar", "Kenya's Deputy President Rigathi Gachagua". The name is read
 * from the words after the title, never listed. The reports are written for these tests.
 */
class VisitTitledGuestTest {
  private static EventRow visit(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits(lang, "", text, pub));
  }

  @Test
  void theStateAfterTheTitle() {
    EventRow v = visit("en", "Vice President of Ghana Mahamudu Bawumia arrived in Abuja on Monday for a working visit "
        + "to Nigeria.", LocalDate.of(2024, 7, 12));
    assertEquals("GHA", v.actor1Country);
    assertEquals("Mahamudu Bawumia", v.actor1Person);
  }

  @Test
  void theStateBeforeTheTitle() {
    EventRow v = visit("en", "Indian Vice President Jagdeep Dhankhar arrived in Nairobi on Monday for a three-day "
        + "official visit to Kenya.", LocalDate.of(2024, 7, 12));
    assertEquals("Jagdeep Dhankhar", v.actor1Person);
    EventRow w = visit("en", "Kenya's Deputy President Rigathi Gachagua arrived in Kampala on Monday for a three-day "
        + "official visit to Uganda.", LocalDate.of(2024, 7, 12));
    assertEquals("Rigathi Gachagua", w.actor1Person);
  }

  @Test
  void aTitleWithNoNameGivesNoPerson() {
    EventRow v = visit("en", "The Indian Prime Minister arrived in Dhaka on Monday for a state visit to Bangladesh.",
        LocalDate.of(2024, 7, 12));
    assertNull(v.actor1Person);
    // a leader out of office on the visit's day is not read as a new name
    EventRow w = visit("en", "Egyptian Foreign Minister Sameh Shoukry arrived in Moscow on Tuesday for an official "
        + "visit to Russia.", LocalDate.of(2025, 7, 12));
    assertNull(w.actor1Person);
  }
}
