package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How English-language outlets (national agencies, regional papers, wire services) tell the end
 * of a visit and the way home: "arrived back in X after a visit to Y", "departed from India
 * after wrapping up his visit", "left Colombo after concluding his two-day visit", "on the
 * second day of his visit", and a visit under way whose programme is dated. The reports are
 * written for these tests.
 */
class VisitEndWordingTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("en", "", text, pub);
  }

  private static EventRow only(String text, LocalDate pub) {
    return VisitWordingTest.only(visits(text, pub));
  }

  @Test
  void arrivingBackHomeAfterAVisitReportsThatVisit() {
    // Monday 9 June 2025; the day of the return is not a day of the visit
    EventRow v = only("ISLAMABAD, June 10 - Prime Minister Shehbaz Sharif arrived back in Islamabad on Monday "
        + "after a two-day visit to Saudi Arabia, where he held talks with Crown Prince Mohammed bin Salman.",
        LocalDate.of(2025, 6, 10));
    assertEquals("PAK", v.actor1Country);
    assertEquals("SAU", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertNull(v.startDate, v.toString());
    EventRow home = only("Prime Minister Shehbaz Sharif arrived back home on Monday after an official visit to Turkey.",
        LocalDate.of(2025, 6, 10));
    assertEquals("TUR", home.actor2Country);
    assertNull(home.startDate, home.toString());
  }

  @Test
  void comingHomeAloneIsNoVisit() {
    assertTrue(visits("Prime Minister Narendra Modi landed back in New Delhi on Sunday night.",
        LocalDate.of(2025, 7, 7)).isEmpty());
    assertTrue(visits("Prime Minister Narendra Modi arrived back home on Sunday and chaired a cabinet meeting.",
        LocalDate.of(2025, 7, 7)).isEmpty());
  }

  @Test
  void thePlaceLeftAtTheEndOfAVisitIsItsHost() {
    // Tuesday 27 January 2015: a three-day visit that ended that day began on Sunday the 25th
    EventRow v = only("US President Barack Obama departed from India on Tuesday after wrapping up his three-day "
        + "visit, which included talks with Prime Minister Narendra Modi.", LocalDate.of(2015, 1, 27));
    assertEquals("USA", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("2015-01-25", v.startDate);
    assertEquals("2015-01-27", v.endDate);
  }

  @Test
  void thePlaceLeftWithoutAnEndingIsNoHost() {
    // leaving one's own capital for a visit: the host is where he goes
    EventRow v = only("Prime Minister Narendra Modi left New Delhi on Tuesday for a state visit to the United States.",
        LocalDate.of(2023, 6, 20));
    assertEquals("IND", v.actor1Country);
    assertEquals("USA", v.actor2Country);
  }

  @Test
  void aDayBesideConcludingIsTheLastDay() {
    // Wednesday 24 February 2021
    EventRow v = only("Pakistani Prime Minister Imran Khan left Colombo on Wednesday after concluding his two-day "
        + "visit to Sri Lanka.", LocalDate.of(2021, 2, 24));
    assertEquals("LKA", v.actor2Country);
    assertEquals("2021-02-23", v.startDate);
    assertEquals("2021-02-24", v.endDate);
    // Friday 28 June 2019
    EventRow w = only("LAHORE: Afghan President Ashraf Ghani on Friday departed after the conclusion of his two-day "
        + "official visit to Pakistan.", LocalDate.of(2019, 6, 28));
    assertEquals("2019-06-27", w.startDate);
    assertEquals("2019-06-28", w.endDate);
  }

  @Test
  void aStateNamedBeforeAnArrivalVerbIsTheGuests() {
    // (a deputy prime minister's trip is no visit of the gold rules: VisitGuestOfficeTest)
    EventRow v = only("DOHA: The Prime Minister of Malaysia arrived here on Saturday to begin "
        + "a four-day official visit to Qatar.", LocalDate.of(2016, 9, 18));
    assertEquals("MYS", v.actor1Country);
    assertEquals("QAT", v.actor2Country);
  }

  @Test
  void aProgrammeDayOfAVisitUnderWayIsNotItsFirstDay() {
    // Wednesday 21 June 2023; Thursday is the 22nd
    EventRow v = only("Indian Prime Minister Narendra Modi is on a three-day state visit to the United States, "
        + "where he will address Congress on Thursday.", LocalDate.of(2023, 6, 21));
    assertEquals("OCCURRED", v.status);
    assertNull(v.startDate, v.toString());
    // a stated first day still dates a visit under way, and a stated span ahead is a plan
    EventRow w = only("Indian Prime Minister Narendra Modi is on a three-day state visit to the United States, "
        + "which began on Tuesday.", LocalDate.of(2023, 6, 21));
    assertEquals("2023-06-20", w.startDate);
    assertEquals("2023-06-22", w.endDate);
    EventRow p = only("Indian Prime Minister Narendra Modi is paying a state visit to the United States from "
        + "June 22 to 24.", LocalDate.of(2023, 6, 21));
    assertEquals("PLANNED", p.status);
    assertEquals("2023-06-22", p.startDate);
  }

  @Test
  void theSecondDayOfAVisitDatesItsFirstDayBefore() {
    // Friday 21 June 2024; Thursday the 20th was the second day
    EventRow v = only("On Thursday, the second day of his state visit to Vietnam, Russian President Vladimir Putin "
        + "held talks with President To Lam in Hanoi.", LocalDate.of(2024, 6, 21));
    assertEquals("RUS", v.actor1Country);
    assertEquals("VNM", v.actor2Country);
    assertEquals("2024-06-19", v.startDate);
  }
}
