package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as outlets announce them and as tours move on: days ahead said without a year, a leader
 * who leaves one capital for another, the next stop of a tour. The reports are written for these
 * tests.
 */
class VisitAnnouncedLegsTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  private static EventRow only(List<EventRow> vs) {
    return VisitWordingTest.only(vs);
  }

  @Test
  void daysAheadWithoutAYearFallInTheComingMonths() {
    EventRow v = only(visits("en", "Kazakh President Kassym-Jomart Tokayev will be in Germany from September 28 "
        + "to 29, his press secretary said on Tuesday.", LocalDate.of(2023, 3, 14)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("DEU", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2023-09-28", v.startDate);
    assertEquals("2023-09-29", v.endDate);
  }

  @Test
  void russianDaysAheadWithoutAYearFallInTheComingMonths() {
    EventRow v = only(visits("ru", "Президент Узбекистана Шавкат Мирзиёев посетит Японию 18-20 декабря, "
        + "сообщили в администрации главы государства.", LocalDate.of(2024, 5, 30)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("JPN", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2024-12-18", v.startDate);
    assertEquals("2024-12-20", v.endDate);
  }

  @Test
  void aLeaderWhoLeavesOneCapitalForAnotherIsOnTheWayThere() {
    EventRow v = only(visits("en", "BAKU, June 5 (Wire) - Turkish President Recep Tayyip Erdogan has departed "
        + "Ankara for Baku.", LocalDate.of(2024, 6, 5)));
    assertEquals("TUR", v.actor1Country);
    assertEquals("AZE", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("Baku", v.locationCity);
  }

  @Test
  void aDayBetweenThePlaceLeftAndItsFor() {
    EventRow v = only(visits("en", "Uzbek President Shavkat Mirziyoyev left Tashkent on Monday for Astana, "
        + "his press office said.", LocalDate.of(2024, 6, 4)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
  }

  @Test
  void leavingForHomeIsNoVisit() {
    assertTrue(visits("en", "Turkish President Recep Tayyip Erdogan departed Baku for Ankara on Wednesday "
        + "evening.", LocalDate.of(2024, 6, 5)).stream().noneMatch(v -> "TUR".equals(v.actor2Country)));
  }

  private static EventRow to(List<EventRow> vs, String host) {
    return vs.stream().filter(v -> host.equals(v.actor2Country)).findFirst().orElseThrow(() -> new AssertionError(vs.toString()));
  }

  @Test
  void theOnwardLegAfterWhichIsAVisitOfItsOwn() {
    List<EventRow> vs = visits("en", "Hungarian Prime Minister Viktor Orban will visit China on October 2-3, after "
        + "which he will fly on to Mongolia.", LocalDate.of(2025, 9, 20));
    assertEquals(2, vs.size(), vs.toString());
    assertEquals("2025-10-02", to(vs, "CHN").startDate);
    EventRow leg = to(vs, "MNG");
    assertEquals("HUN", leg.actor1Country);
    assertEquals("PLANNED", leg.status);
    assertEquals(null, leg.startDate); // the days said are the first leg's
  }

  @Test
  void russianOnwardLegPosleChego() {
    List<EventRow> vs = visits("ru", "Президент Туркменистана Сердар Бердымухамедов 14-15 мая посетит Азербайджан, "
        + "после чего отправится в Грузию.", LocalDate.of(2025, 5, 6));
    assertEquals(2, vs.size(), vs.toString());
    EventRow leg = to(vs, "GEO");
    assertEquals("TKM", leg.actor1Country);
    assertEquals("PLANNED", leg.status);
    assertEquals(null, leg.startDate);
    assertEquals("2025-05-14", to(vs, "AZE").startDate);
  }

  @Test
  void andThenOpensTheNextLeg() {
    List<EventRow> vs = visits("en", "Vietnamese President Luong Cuong is to pay a state visit to Chile next "
        + "week, and then travel to Peru for talks with President Dina Boluarte.", LocalDate.of(2024, 11, 6));
    assertEquals("PLANNED", to(vs, "PER").status);
    assertEquals("PLANNED", to(vs, "CHL").status);
  }

  @Test
  void aTourOfARegionHasNoHostAndHeIsTheTraveller() {
    List<EventRow> vs = VisitWordingTest.visits("en", "Biden departs for Asia", "WASHINGTON, May 19 (Wire) - US "
        + "President Joe Biden left Washington on Friday for a five-day trip to Asia. In Tokyo, Biden will hold "
        + "talks with Japanese Prime Minister Fumio Kishida. He will then travel to Seoul to meet South Korean "
        + "President Yoon Suk Yeol.", LocalDate.of(2023, 5, 19));
    assertEquals(2, vs.size(), vs.toString());
    for (EventRow v : vs) {
      assertEquals("USA", v.actor1Country);
      assertEquals("PLANNED", v.status);
    }
    EventRow seoul = to(vs, "KOR");
    assertEquals(null, seoul.startDate); // the five days are the tour's
    assertEquals("Seoul", seoul.locationCity);
    assertEquals("JPN", to(vs, "JPN").actor2Country);
  }

  @Test
  void aRussianTourOfARegion() {
    assertTrue(visits("ru", "Президент Казахстана Касым-Жомарт Токаев отправился в турне по Европе.",
        LocalDate.of(2024, 6, 5)).isEmpty());
  }

  @Test
  void aDatelineOfCityCommaAgencyDashPlacesTheVisit() {
    EventRow v = only(visits("ru", "Бишкек, 24.kg — Во второй день визита Президент Таджикистана Эмомали Рахмон "
        + "осмотрел новый индустриальный парк.", LocalDate.of(2024, 6, 5)));
    assertEquals("TJK", v.actor1Country);
    assertEquals("KGZ", v.actor2Country);
    assertEquals("Bishkek", v.locationCity);
  }

  @Test
  void aCityCommaAndAPhraseIsNoDateline() {
    // a comma and more than a name before the dash: prose, not a dateline
    assertTrue(visits("ru", "Бишкек, как и Душанбе, — города гор. Президент Таджикистана Эмомали Рахмон "
        + "осмотрел новый парк.", LocalDate.of(2024, 6, 5)).isEmpty());
  }
}
