package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as outlets state them without the word "visit" in the clause that places the guest:
 * movement verbs, the host receiving the guest, talks or a signing in the host's capital, and the
 * status read from the clause that states the visit. The reports are written for these tests.
 */
class VisitWordingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  /** The visits the extractor finds in one report (shared with the other visit wording tests). */
  static List<EventRow> visits(String lang, String title, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("w-" + Math.abs(text.hashCode()), null, "wire.example", title,
        lang, pub, text));
    return x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
  }

  static EventRow only(List<EventRow> vs) {
    assertEquals(1, vs.size(), vs.toString());
    return vs.get(0);
  }

  @Test
  void russianMovementVerbInTheFutureIsPlanned() {
    EventRow v = only(visits("ru", "", "Президент Франции Эммануэль Макрон приедет в Германию в конце мая. "
        + "Стороны намерены обсудить оборонные закупки.", null));
    assertEquals("FRA", v.actor1Country);
    assertEquals("DEU", v.actor2Country);
    assertEquals("PLANNED", v.status);
  }

  @Test
  void russianArrivalInThePastIsOccurred() {
    EventRow v = only(visits("ru", "", "Президент США Джо Байден в понедельник приехал в Киев. "
        + "Там он провел встречу с украинским коллегой.", LocalDate.of(2023, 2, 20)));
    assertEquals("USA", v.actor1Country);
    assertEquals("UKR", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void englishTravelPlanIsPlanned() {
    EventRow v = only(visits("en", "", "Iranian President Ebrahim Raisi will travel to Russia next week for talks "
        + "with Vladimir Putin, a government spokesman said.", LocalDate.of(2022, 1, 14)));
    assertEquals("IRN", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("PLANNED", v.status);
  }

  @Test
  void hostReceivingTheGuestGivesTheDirection() {
    EventRow v = only(visits("en", "", "Uzbek President Shavkat Mirziyoyev received Kazakh President "
        + "Kassym-Jomart Tokayev at the Kuksaroy residence on Tuesday.", LocalDate.of(2024, 5, 14)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void passiveWelcomeSwapsTheRoles() {
    EventRow v = only(visits("en", "", "Prime Minister Narendra Modi was received at the airport by UAE President "
        + "Mohamed bin Zayed Al Nahyan on Tuesday.", LocalDate.of(2024, 2, 13)));
    assertEquals("IND", v.actor1Country);
    assertEquals("ARE", v.actor2Country);
  }

  @Test
  void talksInTheHostCapitalAreAVisit() {
    EventRow v = only(visits("ru", "", "На встрече в Тегеране президент Ирана Эбрахим Раиси и президент Белоруссии "
        + "Александр Лукашенко обсудили поставки техники.", LocalDate.of(2023, 3, 13)));
    assertEquals("BLR", v.actor1Country);
    assertEquals("IRN", v.actor2Country);
  }

  @Test
  void aSigningToldInARelativeClauseIsNoVisit() {
    assertTrue(visits("en", "", "The Senate ratified the treaty, which the two presidents signed in Tashkent in "
        + "December 2022, on Thursday.", LocalDate.of(2024, 4, 25)).isEmpty());
  }

  @Test
  void aPlannedNextLegToldInPassingIsNoVisit() {
    List<EventRow> vs = visits("en", "", "Iranian President Masoud Pezeshkian arrived in Dushanbe on Wednesday. "
        + "He is expected to travel on to Moscow.", LocalDate.of(2025, 1, 16));
    EventRow v = only(vs);
    assertEquals("TJK", v.actor2Country);
  }

  @Test
  void theProgrammeAfterAnArrivalDoesNotMakeItPlanned() {
    EventRow v = only(visits("en", "", "Uzbek President Shavkat Mirziyoyev has come to China for a state visit. "
        + "Under the visit programme, tomorrow, he will hold talks with Chinese President Xi Jinping.",
        LocalDate.of(2024, 1, 23)));
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void aVerbAboutAnotherEventDuringTheVisitGivesNoTense() {
    EventRow v = only(visits("ru", "", "Эмомали Рахмон продолжает государственный визит в Кыргызстан. "
        + "Ожидается, что в ходе визита стороны откроют пункты пропуска.", LocalDate.of(2025, 3, 13)));
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void anUndatedArrivalToldAsNewsIsDatedByTheReport() {
    EventRow v = only(visits("en", "", "Kyrgyz President Sadyr Japarov has arrived in Dushanbe for talks with "
        + "Tajik President Emomali Rahmon.", LocalDate.of(2025, 4, 2)));
    assertEquals("OCCURRED", v.status);
    assertEquals("2025-04-02", v.startDate);
  }

  @Test
  void anUndatedVisitNounIsNotDatedByTheReport() {
    EventRow v = only(visits("en", "", "Kyrgyz President Sadyr Japarov's state visit to Tajikistan strengthened "
        + "ties, Tajik President Emomali Rahmon said.", LocalDate.of(2025, 4, 2)));
    assertEquals(null, v.startDate);
  }

  @Test
  void theHostsClauseGivesTheDirectionWhenTheVisitNounNamesNoPlace() {
    EventRow v = only(visits("en", "", "On Tuesday, the first day of a state visit, US President Joe Biden is due to "
        + "welcome South Korean President Yoon Suk Yeol in Washington.", LocalDate.of(2023, 4, 24)));
    assertEquals("KOR", v.actor1Country);
    assertEquals("USA", v.actor2Country);
    assertEquals("STATE", v.visitKind);
  }

  @Test
  void aHostingToldInAClauseOfTimeIsBackground() {
    EventRow v = only(visits("en", "", "Chinese President Xi Jinping is expected in Kazakhstan on a state visit. The "
        + "trip was announced after President Kassym-Jomart Tokayev hosted Chinese Foreign Minister Wang Yi in June.",
        null));
    assertEquals("CHN", v.actor1Country);
    assertEquals("PLANNED", v.status);
  }

  @Test
  void aCityWhoseNameStartsWithALeadersNameIsNoPerson() {
    EventRow v = only(visits("en", "", "Kazakh President Kassym-Jomart Tokayev paid a state visit to the Chinese "
        + "city of Xi'an, where he held talks with the Chinese leader.", LocalDate.of(2023, 5, 18)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
  }

  @Test
  void aDepartureTellsTheHostButNotTheVisitsDay() {
    EventRow v = only(visits("en", "", "Kazakh President Kassym-Jomart Tokayev flew from Tashkent on Wednesday after "
        + "talks with Uzbek President Shavkat Mirziyoyev.", LocalDate.of(2024, 5, 16)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    assertEquals(null, v.startDate);
  }

  @Test
  void aDateInFiguresIsAPageStampNotTheVisitsDay() {
    EventRow v = only(visits("en", "", "date 2023-06-26 Several deals marked Prime Minister Narendra Modi's state "
        + "visit to the United States last week.", LocalDate.of(2023, 6, 26)));
    assertEquals(null, v.startDate);
  }

  @Test
  void aRegionalDelegationsWorkingVisitIsNoLeadersVisit() {
    assertTrue(visits("ru", "", "В рамках рабочего визита делегации Костанайской области в Россию стороны обсудили "
        + "поставки зерна.", LocalDate.of(2024, 9, 3)).isEmpty());
  }
  @Test
  void nextLegTakenByHeKeepsTheTravellerAsGuest() {
    List<EventRow> vs = visits("en", "", "French President Emmanuel Macron landed in Nairobi on Monday. "
        + "He will then go to Ethiopia and Djibouti, which have both courted French investors.",
        LocalDate.of(2025, 3, 3));
    for (EventRow v : vs) assertEquals("FRA", v.actor1Country, vs.toString());
    assertTrue(vs.stream().anyMatch(v -> v.actor2Country.equals("ETH") && v.status.equals("PLANNED")), vs.toString());
  }

  @Test
  void aDayBeforeTheReportIsNotThePlannedVisitsDay() {
    EventRow v = only(visits("en", "", "On Tuesday the Elysee published the programme of the state visit German "
        + "Chancellor Olaf Scholz will pay to France next month.", LocalDate.of(2024, 6, 5)));
    assertEquals("PLANNED", v.status);
    assertEquals(null, v.startDate);
  }

  @Test
  void aQuotedPostsDateIsNotTheVisitsDay() {
    EventRow v = only(visits("en", "", "Indonesian President Joko Widodo's trip to Australia started on July 3. "
        + "He wrote afterwards that the visit had brought the neighbours closer. "
        + "Thank you, Canberra! — Joko Widodo (@jokowi) July 9, 2023", LocalDate.of(2023, 7, 10)));
    assertEquals("2023-07-03", String.valueOf(v.startDate));
    assertEquals(null, v.endDate, "the trip's start is not its end");
  }

  @Test
  void aCityDatelineSetOffByADashPlacesTheVisit() {
    EventRow v = only(visits("en", "", "Nairobi – A trade pact was signed with Kenya on Monday by Turkish President "
        + "Recep Tayyip Erdogan, who was greeted with a parade at the first stop of an African tour.",
        LocalDate.of(2024, 9, 2)));
    assertEquals("TUR", v.actor1Country);
    assertEquals("KEN", v.actor2Country);
  }

  @Test
  void aDeniedDestinationIsNotTheVisit() {
    EventRow v = only(visits("ru", "", "Канцлер Германии Олаф Шольц совершит свою первую с начала года зарубежную "
        + "поездку не во Францию, а в Польшу.", LocalDate.of(2024, 1, 10)));
    assertEquals("DEU", v.actor1Country);
    assertEquals("POL", v.actor2Country);
    assertEquals("PLANNED", v.status);
  }

  @Test
  void aRecentVisitRecalledInAGreetingIsNoEvent() {
    List<EventRow> vs = visits("ru", "", "Президент Казахстана Касым-Жомарт Токаев поздравил президента Индии. "
        + "Он напомнил, что недавний официальный визит премьер-министра Индии в Казахстан дал отношениям новый импульс.",
        LocalDate.of(2024, 8, 15));
    assertTrue(vs.isEmpty(), vs.toString());
  }

  @Test
  void foreignMinisterWhoSpeaksOfAPresidentsVisitIsNotItsHost() {
    EventRow v = only(visits("en", "", "French President Emmanuel Macron will visit Germany on 12 March, German "
        + "Foreign Minister Annalena Baerbock told reporters in Berlin on Tuesday.", LocalDate.of(2024, 3, 5)));
    assertEquals("FRA", v.actor1Country);
    assertEquals("DEU", v.actor2Country);
    assertEquals("Emmanuel Macron", v.actor1Person);
    assertEquals(null, v.actor2Person, "a foreign minister does not host a head of state");
  }

  @Test
  void foreignMinisterHostsAForeignMinister() {
    EventRow v = only(visits("en", "", "French Foreign Minister Stephane Sejourne will visit Germany on 12 March "
        + "for talks with German Foreign Minister Annalena Baerbock.", LocalDate.of(2024, 3, 5)));
    assertEquals("Annalena Baerbock", v.actor2Person);
  }
}
