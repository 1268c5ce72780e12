package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as news outlets word them beyond the wire agencies: a "CITY:" dateline (South Asian and
 * Gulf papers), the one met between "met" and the place, talks at a seat of power, a possessive
 * that gives the visit to the sentence's subject, a first day after "from", the place of talks
 * opening a Russian clause, a present "находится в", departures ("emplaned for", "отбыл в"), the
 * host's welcome ("accorded a warm welcome to", "Pyongyang hosted"), Arab names declined in
 * Russian, and "last met" as a past reference. The reports are written for these tests.
 */
class VisitOutletWordingTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  private static EventRow only(List<EventRow> vs) {
    return VisitWordingTest.only(vs);
  }

  @Test
  void colonDatelineNamesTheHostOfAVisitToTheCountry() {
    EventRow v = only(visits("en", "MANILA: On Monday, India's External Affairs Minister S Jaishankar and Philippine "
        + "Foreign Secretary Teodoro Locsin discussed maritime security on his maiden trip to the country as minister.", LocalDate.of(2022, 2, 14)));
    assertEquals("IND", v.actor1Country);
    assertEquals("PHL", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void possessiveVisitBelongsToTheSubjectNotToTheOneMet() {
    EventRow v = only(visits("en", "KUALA LUMPUR, Oct 3: Chinese Premier Li Qiang held talks with Malaysian Prime "
        + "Minister Anwar Ibrahim during his official visit.", LocalDate.of(2025, 10, 3)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("MYS", v.actor2Country);
  }

  @Test
  void theOneMetStandsBetweenTheVerbAndThePlace() {
    EventRow v = only(visits("en", "Indian External Affairs Minister S. Jaishankar met his Chinese counterpart "
        + "Wang Yi in Beijing on Monday to review the border situation.", LocalDate.of(2018, 12, 25)));
    assertEquals("IND", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void aPlaceAfterACommaIsAnotherClause() {
    List<EventRow> vs = visits("en", "SEOUL, June 7 - South Korean President Yoon Suk Yeol will visit Turkmenistan "
        + "and Kazakhstan next week. In Ashgabat he will hold talks with President Serdar Berdimuhamedov, in Astana "
        + "with President Kassym-Jomart Tokayev.", LocalDate.of(2024, 6, 7));
    assertTrue(vs.stream().noneMatch(v -> v.actor1Country.equals("TKM")), vs.toString());
  }

  @Test
  void talksAtASeatOfPowerPlaceTheVisit() {
    EventRow v = only(visits("en", "New Delhi: Russian Foreign Minister Sergey Lavrov and External Affairs Minister "
        + "S. Jaishankar held talks at Hyderabad House on Friday.", LocalDate.of(2022, 3, 25)));
    assertEquals("RUS", v.actor1Country);
    assertEquals("IND", v.actor2Country);
  }

  @Test
  void presentVisitFromALaterDayIsPlanned() {
    EventRow v = only(visits("en", "Kathmandu, 13 June: Prime Minister K P Sharma Oli is paying a six-day official visit "
        + "to China from June 19 for talks with his Chinese counterpart, the foreign ministry announced.", LocalDate.of(2018, 6, 13)));
    assertEquals("NPL", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2018-06-19", v.startDate);
  }

  @Test
  void russianTalksWithTheirPlaceFirst() {
    EventRow v = only(visits("ru", "Во вторник в Ташкенте прошли переговоры президентов Узбекистана и Казахстана "
        + "Шавката Мирзиёева и Касым-Жомарта Токаева.", LocalDate.of(2024, 5, 14)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void russianVenueOfOtherStatesTalksIsNoVisit() {
    assertTrue(visits("ru", "В Москве прошли переговоры министров иностранных дел Ирана и Турции.",
        LocalDate.of(2024, 5, 14)).isEmpty());
  }

  @Test
  void russianPresentStayInTheCapital() {
    EventRow v = only(visits("ru", "Президент Узбекистана Шавкат Мирзиёев находится в Астане, где проведет "
        + "переговоры с Касым-Жомартом Токаевым.", LocalDate.of(2024, 3, 1)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void arabNameParticlesDoNotDeclineInRussian() {
    EventRow v = only(visits("ru", "Президент России Владимир Путин в четверг примет в Кремле президента ОАЭ "
        + "Мухаммеда бен Зайеда Аль Нахайяна.", LocalDate.of(2025, 8, 6)));
    assertEquals("ARE", v.actor1Country);
    assertEquals("Mohamed bin Zayed Al Nahyan", v.actor1Person);
  }

  @Test
  void lastMetIsAPastReference() {
    assertTrue(visits("en", "Chinese President Xi Jinping and Russian President Vladimir Putin last met in Beijing "
        + "in May. They are expected to speak again soon.", LocalDate.of(2024, 6, 10)).isEmpty());
  }

  @Test
  void aStateNameQualifiesTheOneMetAtASeatOfPower() {
    EventRow v = only(visits("en", "Ukrainian President Volodymyr Zelensky met US President Joe Biden at the White House "
        + "on Thursday.", LocalDate.of(2023, 9, 21)));
    assertEquals("UKR", v.actor1Country);
    assertEquals("USA", v.actor2Country);
  }

  @Test
  void aMeetingOfTwoGuestsInAThirdCapitalIsNoVisitToIt() {
    List<EventRow> vs = visits("en", "Russian President Vladimir Putin met Kazakhstan's President Kassym-Jomart Tokayev "
        + "in Minsk on Friday.", LocalDate.of(2024, 11, 29));
    assertTrue(vs.stream().noneMatch(v -> v.actor2Country.equals("BLR")), vs.toString());
  }

  @Test
  void belarusianSeatOfPowerPlacesTheTalks() {
    EventRow v = only(visits("en", "Minsk, 26 November (BelTA) - Alexander Lukashenko met with Chinese Premier Li Qiang "
        + "in the Palace of Independence.", LocalDate.of(2024, 11, 26)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("BLR", v.actor2Country);
  }

  @Test
  void emplanedForIsADepartureTowardsTheHost() {
    EventRow v = only(visits("en", "Prime Minister Narendra Modi emplaned for Abu Dhabi on Tuesday on the first leg of "
        + "his two-nation tour.", LocalDate.of(2024, 2, 13)));
    assertEquals("IND", v.actor1Country);
    assertEquals("ARE", v.actor2Country);
  }

  @Test
  void accordedAWarmWelcomeIsTheHostReceivingTheGuest() {
    EventRow v = only(visits("en", "UAE President Mohamed bin Zayed Al Nahyan accorded a warm welcome to Prime Minister "
        + "Narendra Modi at the airport on Tuesday.", LocalDate.of(2024, 2, 13)));
    assertEquals("IND", v.actor1Country);
    assertEquals("ARE", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void redCarpetForTheGuestIsTheHostReceivingHim() {
    EventRow v = only(visits("en", "Kim Jong Un rolled out the red carpet for Vladimir Putin in Pyongyang on Wednesday.",
        LocalDate.of(2024, 6, 20)));
    assertEquals("RUS", v.actor1Country);
    assertEquals("PRK", v.actor2Country);
  }

  @Test
  void russianOtbylIsADepartureLikeLeftFor() {
    EventRow v = only(visits("ru", "Президент Узбекистана Шавкат Мирзиёев отбыл в Казахстан с государственным визитом.",
        LocalDate.of(2024, 5, 1)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("PLANNED", v.status);
  }

  @Test
  void russianOtbudetIsAFutureDeparture() {
    EventRow v = only(visits("ru", "Президент Узбекистана Шавкат Мирзиёев отбудет в Казахстан с государственным "
        + "визитом в среду.", LocalDate.of(2024, 7, 4)));
    assertEquals("PLANNED", v.status);
    assertEquals("2024-07-10", v.startDate);
  }

  @Test
  void russianSpellingsOfTheSaudiCrownPrince() {
    EventRow v = only(visits("ru", "Дональд Трамп во вторник прилетел в Саудовскую Аравию. У трапа самолета его "
        + "приветствовал Мохаммед бин Салман.", LocalDate.of(2025, 5, 13)));
    assertEquals("USA", v.actor1Country);
    assertEquals("SAU", v.actor2Country);
    assertEquals("Mohammed bin Salman", v.actor2Person);
  }

  @Test
  void aCapitalOpeningTheSentenceHostsTheGuest() {
    EventRow v = only(visits("en", "Pyongyang hosted Russian President Vladimir Putin on Wednesday for his first visit "
        + "in 24 years.", LocalDate.of(2024, 6, 20)));
    assertEquals("RUS", v.actor1Country);
    assertEquals("PRK", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void aCapitalInsideTheSentenceIsNoHostingSubject() {
    assertTrue(visits("en", "Delegates from 20 countries attended a forum Beijing hosted on Thursday.",
        LocalDate.of(2024, 6, 20)).isEmpty());
  }
}
