package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How regional papers and agencies tell where a leader goes: "left on Tuesday for Egypt on an
 * official two-day visit" (a day between the verb and its place), "a two-nation tour of Ghana
 * and Namibia" (a tour's "of"), and the kind said before the length ("an official two-day
 * visit"). Negative cases: calls, virtual meetings, invitations and past visits told as
 * background are no visits. The reports are written for these tests.
 */
class VisitJourneyWordingTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("en", "", text, pub);
  }

  @Test
  void aDayBetweenTheDepartureAndItsPlace() {
    EventRow v = VisitWordingTest.only(visits("Foreign Minister Shah Mahmood Qureshi left on Tuesday for Egypt on an "
        + "official two-day visit.", LocalDate.of(2021, 2, 16)));
    assertEquals("PAK", v.actor1Country);
    assertEquals("EGY", v.actor2Country);
    // told like "left for Egypt on Tuesday": on the way, the stay ahead
    EventRow w = VisitWordingTest.only(visits("Foreign Minister Shah Mahmood Qureshi left for Egypt on Tuesday on an "
        + "official two-day visit.", LocalDate.of(2021, 2, 16)));
    assertEquals(w.status, v.status);
    assertEquals("2021-02-16", v.startDate);
  }

  @Test
  void theKindSaidBeforeTheLength() {
    EventRow v = VisitWordingTest.only(visits("Kenyan President William Ruto arrived in Seoul on Monday on an official "
        + "three-day visit to South Korea.", LocalDate.of(2024, 6, 3)));
    assertEquals("OFFICIAL", v.visitKind);
    EventRow s = VisitWordingTest.only(visits("Kenyan President William Ruto arrived in Beijing on Monday for a state "
        + "four-day visit to China.", LocalDate.of(2023, 10, 16)));
    assertEquals("STATE", s.visitKind);
  }

  @Test
  void lengthsBeyondFourDaysAndOfOneDay() {
    EventRow five = VisitWordingTest.only(visits("Vietnamese President To Lam arrived in Vientiane on Monday for a "
        + "five-day state visit to Laos.", LocalDate.of(2024, 6, 10)));
    assertEquals("2024-06-10", five.startDate);
    assertEquals("2024-06-14", five.endDate);
    EventRow one = VisitWordingTest.only(visits("Chancellor Angela Merkel flew to Kyiv on Thursday for a one-day "
        + "working visit and talks with President Petro Poroshenko.", LocalDate.of(2018, 11, 1)));
    assertEquals("2018-11-01", one.startDate);
    assertEquals("2018-11-01", one.endDate);
    assertEquals("WORKING", one.visitKind);
    EventRow official = VisitWordingTest.only(visits("Pakistani Prime Minister Shehbaz Sharif arrived in Beijing on "
        + "Monday on an official five-day visit to China.", LocalDate.of(2024, 6, 10)));
    assertEquals("OFFICIAL", official.visitKind);
    assertEquals("2024-06-14", official.endDate);
    // a tour's length is that of all its stops, not of the one stop named
    EventRow stop = VisitWordingTest.only(visits("Indonesian President Joko Widodo began a 10-day tour of Africa on "
        + "Monday with a stop in Kenya.", LocalDate.of(2024, 6, 10)));
    assertTrue(stop.endDate == null || !stop.endDate.equals("2024-06-19"), stop.toString());
  }

  @Test
  void aTourOfTwoStates() {
    List<EventRow> vs = visits("Prime Minister Narendra Modi on Wednesday began a two-nation tour of Ghana and Namibia.",
        LocalDate.of(2025, 7, 2));
    assertEquals(List.of("GHA", "NAM"), vs.stream().map(v -> v.actor2Country).sorted().collect(Collectors.toList()), vs.toString());
    for (EventRow v : vs) assertEquals("IND", v.actor1Country);
    // the tour of a leader named after "of" is no destination
    List<EventRow> none = visits("The tour of the new stadium impressed the delegation from Ghana on Wednesday.",
        LocalDate.of(2025, 7, 2));
    assertTrue(none.isEmpty(), none.toString());
  }

  @Test
  void callsVirtualMeetingsInvitationsAndBackgroundAreNoVisits() {
    LocalDate pub = LocalDate.of(2024, 9, 25);
    assertTrue(visits("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed "
        + "bilateral ties in a phone call on Tuesday, the Kremlin said.", pub).isEmpty());
    assertTrue(visits("Chinese President Xi Jinping and French President Emmanuel Macron held talks by video link "
        + "on Tuesday to discuss trade.", pub).isEmpty());
    assertTrue(visits("Chinese President Xi Jinping invited Brazilian President Luiz Inacio Lula da Silva to visit "
        + "China next year, state media reported.", pub).isEmpty());
    assertTrue(visits("The two leaders first met in 2019, when Indian Prime Minister Narendra Modi paid a visit to "
        + "Houston in the United States.", pub).isEmpty());
    assertTrue(visits("Indian Prime Minister Narendra Modi met US President Joe Biden on the sidelines of the UN "
        + "General Assembly in New York on Monday.", pub).isEmpty());
  }
}
