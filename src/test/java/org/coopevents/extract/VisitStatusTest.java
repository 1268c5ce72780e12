package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * The status (PLANNED / OCCURRED), the direction and the people of a visit as reports word
 * them before, on the day of and after a trip. The reports are written for these tests.
 */
class VisitStatusTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("s-" + Math.abs(text.hashCode()), null, "wire.example", "",
        lang, pub, text));
    return x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
  }

  private static EventRow only(List<EventRow> vs) {
    assertEquals(1, vs.size(), vs.toString());
    return vs.get(0);
  }

  private static void is(EventRow v, String guest, String host, String status) {
    assertEquals(guest + "->" + host + " " + status, v.actor1Country + "->" + v.actor2Country + " " + v.status, v.toString());
  }

  // ---------------------------------------------------------------- before the trip

  @Test
  void aVisitBeingPreparedIsPlannedWhateverTheTenseOfThePreparing() {
    // the past verb tells of the talk about the preparing, not of the visit
    is(only(visits("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу провел встречу с послом Китая. Стороны "
        + "обсудили ход подготовки визита президента Казахстана в Китай.", LocalDate.of(2024, 6, 4))),
        "KAZ", "CHN", "PLANNED");
    is(only(visits("en", "Indian and Egyptian officials met in Cairo on Monday and reviewed preparations for the visit "
        + "of Prime Minister Narendra Modi to Egypt.", LocalDate.of(2023, 6, 13))), "IND", "EGY", "PLANNED");
  }


  @Test
  void presentTenseStayWithDaysAfterTheReportIsPlanned() {
    is(only(visits("en", "Mozambican President Filipe Nyusi is paying a state visit to India from 5 to 7 May "
        + "at the invitation of Prime Minister Narendra Modi, the foreign ministry said.", LocalDate.of(2024, 5, 2))),
        "MOZ", "IND", "PLANNED");
  }

  @Test
  void presentTenseStayWithoutLaterDaysIsUnderWay() {
    is(only(visits("en", "Mozambican President Filipe Nyusi is on a state visit to India, where he will meet "
        + "Prime Minister Narendra Modi on Friday.", LocalDate.of(2024, 5, 6))), "MOZ", "IND", "OCCURRED");
  }

  @Test
  void onTheInvitationOfIsAnAcceptedInvitation() {
    EventRow v = only(visits("en", "Prime Minister Shehbaz Sharif of Pakistan will make a two-day official visit "
        + "to Turkey from 3 June on the invitation of President Recep Tayyip Erdogan, his office announced.",
        LocalDate.of(2024, 5, 30)));
    is(v, "PAK", "TUR", "PLANNED");
    assertEquals("OFFICIAL", v.visitKind);
  }

  @Test
  void wouldVisitIsAPlan() {
    is(only(visits("en", "Officials in Hanoi said that US President Joe Biden would visit Vietnam on 10 September "
        + "to upgrade ties.", LocalDate.of(2023, 8, 28))), "USA", "VNM", "PLANNED");
  }

  @Test
  void departureTowardsTheHostIsStillAPlan() {
    is(only(visits("ru", "Президент Узбекистана Шавкат Мирзиёев утром вылетел в Китай. Переговоры с "
        + "председателем КНР Си Цзиньпином пройдут 18 мая в Сиане.", LocalDate.of(2023, 5, 17))),
        "UZB", "CHN", "PLANNED");
  }

  @Test
  void pastTripsOfTheGuestAreBackgroundOfAPlan() {
    is(only(visits("en", "Indian Prime Minister Narendra Modi is to pay a state visit to the United States "
        + "from June 21. Modi has travelled to the United States several times since 2014, but never on a state "
        + "visit.", LocalDate.of(2023, 6, 15))), "IND", "USA", "PLANNED");
  }

  @Test
  void stayRecalledAsTheLastTimeIsBackgroundOfAPlan() {
    is(only(visits("ru", "Премьер-министр Японии Фумио Кисида собирается приехать в США в апреле. "
        + "В прошлый раз Кисида был в Вашингтоне в январе 2023 года.", LocalDate.of(2024, 2, 20))),
        "JPN", "USA", "PLANNED");
  }

  @Test
  void willBeInAPlaceOnLaterDaysIsAPlan() {
    is(only(visits("en", "Prime Minister Narendra Modi will be in Italy on June 13-14, the Ministry of External "
        + "Affairs said.", LocalDate.of(2024, 6, 10))), "IND", "ITA", "PLANNED");
    is(only(visits("ru", "20-22 февраля президент США Джо Байден будет в Польше.", LocalDate.of(2023, 2, 17))),
        "USA", "POL", "PLANNED");
  }

  @Test
  void presentArrivalDatedAfterTheReportIsTheSchedule() {
    is(only(visits("en", "Vietnamese Prime Minister Pham Minh Chinh will pay a state visit to India from July 30 "
        + "to August 1. He arrives in New Delhi on the evening of July 30.", LocalDate.of(2024, 7, 25))),
        "VNM", "IND", "PLANNED");
  }

  @Test
  void phoneCallThatAgreedTheDatesDoesNotHideThePlan() {
    is(only(visits("en", "Kazakh President Kassym-Jomart Tokayev will travel to Moscow for a state visit at the "
        + "invitation of President Vladimir Putin, the Kremlin said, adding that the dates were agreed in a phone "
        + "call.", LocalDate.of(2024, 11, 20))), "KAZ", "RUS", "PLANNED");
  }

  // ---------------------------------------------------------------- on the day

  @Test
  void futureStatementOnTheReportDayIsUnderWay() {
    // 2 May 2024 is a Thursday: the report is written on the visit's first day
    is(only(visits("en", "On Thursday, as a two-day state visit to France begins, President Emmanuel Macron "
        + "will greet German Chancellor Olaf Scholz in Paris.", LocalDate.of(2024, 5, 2))), "DEU", "FRA", "OCCURRED");
  }

  @Test
  void futureStatementOfALaterDayIsAPlan() {
    is(only(visits("en", "On Thursday, as a two-day state visit to France begins, President Emmanuel Macron "
        + "will greet German Chancellor Olaf Scholz in Paris.", LocalDate.of(2024, 4, 29))), "DEU", "FRA", "PLANNED");
  }

  @Test
  void futureTravelAtALaterHourOfTheReportDayIsAPlan() {
    // 18 June 2024 is a Tuesday: the report is written in the morning of the trip's first day
    is(only(visits("en", "SEOUL, June 18 (Wire): Russian President Vladimir Putin will travel to Pyongyang on Tuesday "
        + "night for a two-day state visit, his first trip to North Korea in 24 years, and hold talks with Kim Jong Un.",
        LocalDate.of(2024, 6, 18))), "RUS", "PRK", "PLANNED");
  }

  @Test
  void dayOfTheAnnouncementIsNotTheDayOfTheVisit() {
    is(only(visits("en", "South Korean President Yoon Suk Yeol will pay a state visit to Kazakhstan next week, "
        + "his office said on Friday.", LocalDate.of(2024, 6, 7))), "KOR", "KAZ", "PLANNED");
  }

  // ---------------------------------------------------------------- after the trip

  @Test
  void russianPluralPastTellsTheVisitTookPlace() {
    is(only(visits("ru", "Переговоры стали главным событием двухдневного визита премьер-министра России Михаила "
        + "Мишустина в Китай. Во второй день он побывает в Пекине.", LocalDate.of(2025, 11, 3))),
        "RUS", "CHN", "OCCURRED");
  }

  @Test
  void russianReflexivePastTellsTheVisitTookPlace() {
    is(only(visits("ru", "Официальный визит премьер-министра Индии Нарендры Моди в Россию продлился два дня.",
        LocalDate.of(2024, 7, 10))), "IND", "RUS", "OCCURRED");
  }

  @Test
  void pastEventInsideTheVisitTellsItTookPlace() {
    is(only(visits("en", "During his official visit to Washington, Japanese Prime Minister Fumio Kishida went to "
        + "the White House for a dinner with President Joe Biden.", LocalDate.of(2024, 4, 9))), "JPN", "USA", "OCCURRED");
  }

  @Test
  void aStayWithItsDaysIsAVisitOfItsOwn() {
    List<EventRow> vs = visits("ru", "Премьер Госсовета КНР Ли Цян прилетел в Россию 17 ноября. Российский премьер "
        + "Михаил Мишустин, в свою очередь, находился в Китае 3 и 4 ноября.", LocalDate.of(2025, 11, 17));
    assertEquals(2, vs.size(), vs.toString());
    EventRow back = vs.stream().filter(v -> v.actor1Country.equals("RUS")).findFirst().orElseThrow();
    is(back, "RUS", "CHN", "OCCURRED");
    assertEquals("2025-11-03", back.startDate);
  }

  @Test
  void homecomingIsNoVisitToTheHomeState() {
    is(only(visits("en", "Prime Minister Narendra Modi's state visit to the United States ended on Saturday. "
        + "Modi landed back in India on Monday together with President Joe Biden's best wishes.",
        LocalDate.of(2023, 6, 26))), "IND", "USA", "OCCURRED");
  }

  @Test
  void departureForTheNextStopIsNotTheArticlesVisit() {
    is(only(visits("en", "PUTRAJAYA, Feb 11 (Wire) - Turkish President Recep Tayyip Erdogan, who arrived on Monday "
        + "on an official visit, held talks with Prime Minister Anwar Ibrahim on Tuesday. Erdogan leaves for "
        + "Indonesia on Wednesday.", LocalDate.of(2025, 2, 11))), "TUR", "MYS", "OCCURRED");
  }

  // ---------------------------------------------------------------- direction and people

  @Test
  void seatOfPowerNamesTheHost() {
    is(only(visits("ru", "Визит президента Украины Владимира Зеленского, о котором не объявляли заранее, станет "
        + "его первой поездкой за рубеж с начала российского вторжения. Белый дом визит пока не комментирует. "
        + "Полиция Капитолия готовится к приезду Зеленского.", null)), "UKR", "USA", "PLANNED");
  }

  @Test
  void arrivalAtTheKremlinIsAVisitToRussia() {
    EventRow v = only(visits("ru", "Президент Казахстана Касым-Жомарт Токаев прибыл в Кремль на переговоры.",
        LocalDate.of(2024, 11, 27)));
    is(v, "KAZ", "RUS", "OCCURRED");
    assertEquals("Moscow", v.locationCity);
  }

  @Test
  void primeMinistersHostIsThePremier() {
    EventRow v = only(visits("en", "Russian Prime Minister Mikhail Mishustin arrived in China on Monday for talks "
        + "with President Xi Jinping and Premier Li Qiang.", LocalDate.of(2025, 11, 3)));
    is(v, "RUS", "CHN", "OCCURRED");
    assertEquals("Li Qiang", v.actor2Person);
  }

  @Test
  void presidentsHostIsTheLeaderTheVisitNames() {
    EventRow v = only(visits("en", "Turkish President Recep Tayyip Erdogan arrived in Islamabad on Wednesday and "
        + "held talks with Prime Minister Shehbaz Sharif. President Asif Ali Zardari will host a dinner.",
        LocalDate.of(2025, 2, 12)));
    is(v, "TUR", "PAK", "OCCURRED");
    assertTrue(v.actor2Person.equals("Shehbaz Sharif"), v.toString());
  }

  // ---------------------------------------------------------------- the word file

  @Test
  void grammarWordsReadPrefixesAndEndings() {
    assertTrue(VisitFinder.is(VisitFinder.Role.PAST_ENDING, "встретились"));
    assertTrue(VisitFinder.is(VisitFinder.Role.PAST_ENDING, "завершился"));
    assertTrue(!VisitFinder.is(VisitFinder.Role.PAST_ENDING, "цели"));
    assertTrue(!VisitFinder.is(VisitFinder.Role.PAST_ENDING, "находится"));
    assertTrue(VisitFinder.is(VisitFinder.Role.RELATIVE, "которого"));
    assertTrue(VisitFinder.is(VisitFinder.Role.DEPART, "вылетела"));
    assertTrue(VisitFinder.is(VisitFinder.Role.REPORTING, "сообщает"));
  }
}
