package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * A report of one visit that recalls the visit the other way round ("Modi paid a state visit to
 * the United States earlier this year"): the recalled visit is background and does not push the
 * news out of the pair; a present arrival with a weekday ("Biden arrives in New Delhi on
 * Thursday") is the schedule ahead. The reports are written for these tests.
 */
class VisitReciprocalTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("en", "", text, pub);
  }

  @Test
  void theVisitRecalledTheOtherWayIsBackground() {
    EventRow v = VisitWordingTest.only(visits("US President Joe Biden will travel to New Delhi next week. Prime "
        + "Minister Narendra Modi paid a state visit to the United States earlier this year.", LocalDate.of(2023, 8, 30)));
    assertEquals("USA", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("PLANNED", v.status);
  }

  @Test
  void aVisitDatedEarlierThisMonthIsBackground() {
    assertTrue(visits("Australian Foreign Minister Penny Wong, who visited China earlier this month, said on Monday "
        + "that trade talks would resume.", LocalDate.of(2024, 11, 20)).isEmpty());
  }

  @Test
  void aPresentArrivalWithAWeekdayIsAhead() {
    // Wednesday 30 August 2023: Thursday is the 31st
    EventRow v = VisitWordingTest.only(visits("US President Joe Biden arrives in New Delhi on Thursday for talks "
        + "with Prime Minister Narendra Modi.", LocalDate.of(2023, 8, 30)));
    assertEquals("USA", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2023-08-31", v.startDate);
    // on the day itself it is under way
    EventRow today = VisitWordingTest.only(visits("US President Joe Biden arrives in New Delhi on Thursday for talks "
        + "with Prime Minister Narendra Modi.", LocalDate.of(2023, 8, 31)));
    assertEquals("OCCURRED", today.status);
    assertEquals("2023-08-31", today.startDate);
  }
}
