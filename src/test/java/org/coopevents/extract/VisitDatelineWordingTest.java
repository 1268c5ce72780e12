package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits placed by the report's dateline and by the words of wire reports: talks "here" or held by
 * the dateline state's leader with a foreign leader in the dateline's own sentence, a guest's
 * "stay" in the host's capital, an arrival told as "after landing in". The reports are written
 * for these tests.
 */
class VisitDatelineWordingTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("en", "", text, pub);
  }

  private static EventRow only(List<EventRow> vs) {
    return VisitWordingTest.only(vs);
  }

  @Test
  void talksHereAreInTheDatelineState() {
    EventRow v = only(visits("ASTANA, Sept 3 (Wire): Kazakh President Kassym-Jomart Tokayev held talks with "
        + "Mongolian President Ukhnaagiin Khurelsukh here on Tuesday on transit routes and grain exports.",
        LocalDate.of(2024, 9, 3)));
    assertEquals("MNG", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("2024-09-03", v.startDate);
    assertEquals("Astana", v.locationCity);
  }

  @Test
  void theGuestMeetsTheHostHere() {
    EventRow v = only(visits("HANOI, April 9 (Wire) - Thai Prime Minister Srettha Thavisin met Vietnamese "
        + "President Vo Van Thuong here on Tuesday, promising more flights between the two countries.",
        LocalDate.of(2024, 4, 9)));
    assertEquals("THA", v.actor1Country);
    assertEquals("VNM", v.actor2Country);
    assertEquals("Hanoi", v.locationCity);
  }

  @Test
  void theDatelineLeaderMeetsAForeignLeaderInTheLead() {
    EventRow v = only(visits("BEIJING, March 12 (Wire) -- Chinese Premier Li Qiang met with Uzbek President "
        + "Shavkat Mirziyoyev on Wednesday at the Great Hall of the People, calling for more joint rail projects.",
        LocalDate.of(2025, 3, 12)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertEquals("2025-03-12", v.startDate);
  }

  @Test
  void aSummitWithTheGuestInTheDatelineCapital() {
    EventRow v = only(visits("SEOUL, June 4 (Wire) -- South Korean President Yoon Suk Yeol held a summit with "
        + "Tanzanian President Samia Suluhu Hassan on Tuesday, agreeing to cooperate on critical minerals.",
        LocalDate.of(2024, 6, 4)));
    assertEquals("TZA", v.actor1Country);
    assertEquals("KOR", v.actor2Country);
  }

  @Test
  void aMeetingAtAManyStateSummitIsNotHere() {
    assertTrue(visits("NEW DELHI, Oct 23 (Wire) - Indian Prime Minister Narendra Modi met Chinese President "
        + "Xi Jinping at the BRICS summit on Wednesday, officials said.", LocalDate.of(2024, 10, 23)).isEmpty());
  }

  @Test
  void aMeetingToldInARelativeClauseIsBackground() {
    assertTrue(visits("PARIS, May 2 (Wire) - French President Emmanuel Macron, who met Chinese President "
        + "Xi Jinping last spring, said on Thursday that tariffs would stay.", LocalDate.of(2024, 5, 2)).isEmpty());
  }

  @Test
  void aMeetingPlacedElsewhereIsNotInTheDatelineState() {
    EventRow v = only(visits("LONDON, July 8 (Wire) - British Foreign Secretary David Lammy met German Foreign "
        + "Minister Annalena Baerbock in Berlin on Monday.", LocalDate.of(2024, 7, 8)));
    assertEquals("GBR", v.actor1Country);
    assertEquals("DEU", v.actor2Country);
  }

  @Test
  void aStayInTheCapitalIsAVisit() {
    EventRow v = only(visits("During his two-day stay in Ankara, Azerbaijani President Ilham Aliyev inspected "
        + "a drone factory and dined with Turkish officials.", LocalDate.of(2024, 7, 20)));
    assertEquals("AZE", v.actor1Country);
    assertEquals("TUR", v.actor2Country);
    assertEquals("Ankara", v.locationCity);
  }

  @Test
  void stayAsAVerbIsNoVisit() {
    assertTrue(visits("Russian President Vladimir Putin said the troops would stay in Syria as long as needed.",
        LocalDate.of(2024, 7, 20)).isEmpty());
  }

  @Test
  void landingInTheCapitalIsAnArrival() {
    EventRow v = only(visits("After landing in Canberra on Sunday evening, Indonesian President Prabowo Subianto "
        + "began a three-day official visit, the first by an Indonesian leader in years.", LocalDate.of(2025, 2, 24)));
    assertEquals("IDN", v.actor1Country);
    assertEquals("AUS", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("OFFICIAL", v.visitKind);
  }

  @Test
  void aBracketedStateAfterTheDatelineCity() {
    EventRow v = only(visits("New Delhi [India], Feb 6 (Wire): Maldivian Foreign Minister Moosa Zameer arrived here "
        + "on a three-day official visit, during which he will hold talks with External Affairs Minister S Jaishankar.",
        LocalDate.of(2024, 2, 7)));
    assertEquals("MDV", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("New Delhi", v.locationCity);
    assertEquals("2024-02-06", v.startDate);
    assertEquals("2024-02-08", v.endDate);
  }

  @Test
  void aDateBeforeTheDatelineCity() {
    EventRow v = only(visits("18 July, Vientiane: Cambodian Prime Minister Hun Manet held talks with his Lao "
        + "counterpart Sonexay Siphandone on Thursday.", LocalDate.of(2024, 7, 19)));
    assertEquals("KHM", v.actor1Country);
    assertEquals("LAO", v.actor2Country);
    assertEquals("Vientiane", v.locationCity);
    assertEquals("2024-07-18", v.startDate);
  }

  @Test
  void aHeadlineThatPutsTheGuestInTheCapitalForTalks() {
    String title = "Saudi FM in Tehran for talks";
    EventRow v = only(VisitWordingTest.visits("en", title, title + "\n\nThe two ministers discussed shipping in "
        + "the Gulf and the resumption of pilgrim flights.", LocalDate.of(2023, 6, 17)));
    assertEquals("SAU", v.actor1Country);
    assertEquals("IRN", v.actor2Country);
    assertEquals("Tehran", v.locationCity);
  }

  @Test
  void aGatheringForTalksWithoutALeaderIsNoVisit() {
    String title = "Farmers in Paris for talks on subsidies";
    assertTrue(VisitWordingTest.visits("en", title, title + "\n\nUnions from Spain and Italy joined them.",
        LocalDate.of(2024, 2, 1)).isEmpty());
  }
}
