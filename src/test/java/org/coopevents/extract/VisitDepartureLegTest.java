package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How outlets tell a leader leaving one stop of a trip for the next: "left Uganda for South Africa
 * on Friday after a two-day state visit", "left for South Africa today, concluding his state visit
 * to Equatorial Guinea", "покинул Уганду". The place left is where the visit that ends took place
 * (or the guest's home); it never names the guest, nor does the place the departure heads for.
 * An arrival "here" under a dateline is an arrival in the dateline's state. The reports are written
 * for these tests.
 */
class VisitDepartureLegTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("en", "", text, pub);
  }

  private static void noGuestFrom(List<EventRow> vs, String iso3) {
    for (EventRow v : vs) assertTrue(!iso3.equals(v.actor1Country), vs.toString());
  }

  @Test
  void leftOneHostForTheNextAfterTheVisit() {
    List<EventRow> vs = visits("KAMPALA, July 12 - Indian Prime Minister Narendra Modi left Uganda for South Africa on "
        + "Friday after a two-day state visit.", LocalDate.of(2024, 7, 12));
    noGuestFrom(vs, "UGA");
    noGuestFrom(vs, "ZAF");
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("IND", v.actor1Country);
    assertEquals("UGA", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("STATE", v.visitKind);
    assertEquals("2024-07-12", v.endDate);
  }

  @Test
  void aDayBetweenThePlaceLeftAndTheNext() {
    List<EventRow> vs = visits("Chinese President Xi Jinping left Uganda on Friday for South Africa after wrapping up a "
        + "two-day state visit during which he held talks with President Yoweri Museveni.", LocalDate.of(2024, 7, 12));
    noGuestFrom(vs, "UGA");
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("CHN", v.actor1Country);
    assertEquals("UGA", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void theVisitThatEndsIsNamedAfterTheDeparture() {
    List<EventRow> vs = visits("Prime Minister Abiy Ahmed of Ethiopia left for South Africa on Friday, concluding his "
        + "state visit to Equatorial Guinea.", LocalDate.of(2020, 1, 10));
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("ETH", v.actor1Country);
    assertEquals("GNQ", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("STATE", v.visitKind);
    assertEquals("2020-01-10", v.endDate);
  }

  @Test
  void aRussianDepartureNamesNoGuest() {
    List<EventRow> vs = VisitWordingTest.visits("ru", "", "Председатель КНР Си Цзиньпин в пятницу покинул Уганду, "
        + "завершив двухдневный государственный визит.", LocalDate.of(2024, 7, 12));
    noGuestFrom(vs, "UGA");
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("CHN", v.actor1Country);
    assertEquals("UGA", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void anArrivalHereIsInTheDatelineState() {
    EventRow v = VisitWordingTest.only(visits("KAMPALA: The Vice President of Kenya, Rigathi Gachagua, arrived here on "
        + "Thursday after a visit to Rwanda.", LocalDate.of(2024, 7, 12)));
    assertEquals("KEN", v.actor1Country);
    assertEquals("UGA", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("2024-07-11", v.startDate);
    EventRow w = VisitWordingTest.only(visits("DAR ES SALAAM: US Vice President Kamala Harris arrived here on "
        + "Wednesday from Ghana for a three-day visit.", LocalDate.of(2023, 3, 30)));
    assertEquals("USA", w.actor1Country);
    assertEquals("TZA", w.actor2Country);
  }

  @Test
  void aFlightTowardsTheHost() {
    EventRow v = VisitWordingTest.only(visits("Prime Minister Narendra Modi will fly to Moscow on Monday for a two-day "
        + "visit and talks with President Vladimir Putin.", LocalDate.of(2024, 7, 5)));
    assertEquals("IND", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2024-07-08", v.startDate);
  }

  @Test
  void theNextFlightOfATripToldInPassing() {
    // the flight on after the stay under way is the next leg, not the news
    List<EventRow> vs = visits("RIYADH, Oct 14 - Russian President Vladimir Putin held talks with King Salman in Riyadh "
        + "on Monday during a state visit to Saudi Arabia. Putin flies to the United Arab Emirates on Tuesday.",
        LocalDate.of(2019, 10, 14));
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("SAU", v.actor2Country);
    // "before flying to": told in passing, and the one met there is not the traveller
    List<EventRow> ws = visits("ASHGABAT, June 11 - South Korean President Yoon Suk Yeol is on a state visit to "
        + "Turkmenistan. On Tuesday Yoon is due to meet Gurbanguly Berdimuhamedov, the chairman of the upper house, "
        + "before flying to Kazakhstan.", LocalDate.of(2024, 6, 11));
    for (EventRow w : ws) assertTrue(!"KAZ".equals(w.actor2Country), ws.toString());
  }

  @Test
  void leavingForHomeFollowingTheVisit() {
    // the day of leaving for a place other than the host is the visit's last day
    EventRow v = VisitWordingTest.only(visits("Prime Minister Narendra Modi emplaned for Delhi on Wednesday following a "
        + "two-day visit to Australia, where he held talks with Prime Minister Anthony Albanese.", LocalDate.of(2023, 5, 24)));
    assertEquals("IND", v.actor1Country);
    assertEquals("AUS", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("2023-05-23", v.startDate);
    assertEquals("2023-05-24", v.endDate);
  }

  @Test
  void theOneMetOnTheWayIsNotTheGuest() {
    // "he" is the subject of the clause; the leader named after it is the one he meets
    List<EventRow> vs = visits("DODOMA, May 24 - President John Magufuli has left the country for South Africa, where "
        + "he will attend the swearing-in of President Cyril Ramaphosa and then pay a state visit to Namibia.",
        LocalDate.of(2019, 5, 24));
    noGuestFrom(vs, "ZAF");
    assertTrue(vs.stream().anyMatch(v -> "TZA".equals(v.actor1Country) && "NAM".equals(v.actor2Country)), vs.toString());
  }
}
