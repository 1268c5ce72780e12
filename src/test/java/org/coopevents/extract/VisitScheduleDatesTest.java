package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How outlets print a visit's days when they announce or sum it up: a range that names each
 * end's weekday ("from Monday 3rd June to Wednesday 5th June", "с понедельника 3 июня по среду 5
 * июня"), "between June 5 and June 7", the days in a sentence of their own that names no state
 * ("The visit will take place June 3-5."), a present-tense departure dated by a weekday ("leaves
 * on Tuesday for a three-day visit"), a start and an end in one statement ("which began on
 * Tuesday, ended on Wednesday") and a Russian "продлится до четверга". The reports are written
 * for these tests.
 */
class VisitScheduleDatesTest {
  private static EventRow visit(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits(lang, "", text, pub));
  }

  private static void days(EventRow v, String start, String end) {
    assertEquals(start, v.startDate, v.toString());
    assertEquals(end, v.endDate, v.toString());
  }

  @Test
  void aRangeThatNamesTheWeekdayOfEachEnd() {
    days(visit("en", "King Charles III will pay a state visit to Italy from Monday 7th April to Thursday "
        + "10th April, the palace confirmed. He will meet President Sergio Mattarella in Rome.", LocalDate.of(2025, 3, 20)),
        "2025-04-07", "2025-04-10");
    days(visit("en", "Japanese Prime Minister Shigeru Ishiba will visit Vietnam April 27 through Tuesday, "
        + "April 29, for talks with Prime Minister Pham Minh Chinh in Hanoi.", LocalDate.of(2025, 4, 24)),
        "2025-04-27", "2025-04-29");
    days(visit("ru", "Король Великобритании Карл III посетит Италию с государственным визитом с понедельника "
        + "7 апреля по четверг 10 апреля.", LocalDate.of(2025, 3, 20)), "2025-04-07", "2025-04-10");
    days(visit("en", "Indonesian President Prabowo Subianto will pay a state visit to Russia between June 18 "
        + "and June 20, the Kremlin said.", LocalDate.of(2025, 6, 10)), "2025-06-18", "2025-06-20");
  }

  @Test
  void theDaysInASentenceOfTheirOwn() {
    days(visit("en", "French President Emmanuel Macron will pay a state visit to Vietnam at the invitation of "
        + "President Luong Cuong. The visit will take place from 25-27 May.", LocalDate.of(2025, 5, 20)),
        "2025-05-25", "2025-05-27");
    days(visit("ru", "Президент Франции Эммануэль Макрон посетит Вьетнам с государственным визитом. "
        + "Визит пройдет 25-27 мая.", LocalDate.of(2025, 5, 20)), "2025-05-25", "2025-05-27");
  }

  @Test
  void aPresentDepartureDatedByAWeekdayLiesAhead() {
    // Monday 24 March 2025: the Tuesday is the 25th
    EventRow v = visit("en", "Brazilian President Luiz Inacio Lula da Silva leaves on Tuesday for a three-day "
        + "state visit to Japan at the invitation of Prime Minister Shigeru Ishiba.", LocalDate.of(2025, 3, 24));
    assertEquals("PLANNED", v.status);
    days(v, "2025-03-25", "2025-03-27");
  }

  @Test
  void aStartAndAnEndInOneStatement() {
    // Friday 28 March 2025
    days(visit("en", "The state visit of Brazilian President Luiz Inacio Lula da Silva to Japan, which began on "
        + "Monday, ended on Thursday.", LocalDate.of(2025, 3, 28)), "2025-03-24", "2025-03-27");
    // Saturday 22 March 2025: Tuesday the 25th to Thursday the 27th ("Лула" is a name, not a past verb in "-ла")
    days(visit("ru", "Во вторник президент Бразилии Луис Инасиу Лула да Силва прибудет в Токио с "
        + "государственным визитом, который продлится до четверга.", LocalDate.of(2025, 3, 22)),
        "2025-03-25", "2025-03-27");
  }

  @Test
  void theDayTheGuestLeftTheHostIsTheLastDay() {
    // Wednesday 21 May 2025
    LocalDate wed = LocalDate.of(2025, 5, 21);
    days(visit("en", "Indonesian President Prabowo Subianto left Tokyo on Wednesday after a three-day official "
        + "visit to Japan.", wed), "2025-05-19", "2025-05-21");
    days(visit("ru", "Президент Индонезии Прабово Субианто в среду покинул Токио после трехдневного официального "
        + "визита в Японию.", wed), "2025-05-19", "2025-05-21");
    days(visit("ru", "Президент Индонезии Прабово Субианто вылетел из Токио в среду, завершив трехдневный "
        + "официальный визит в Японию.", wed), "2025-05-19", "2025-05-21");
    // leaving home for the visit: the first day
    days(visit("en", "Indonesian President Prabowo Subianto left Jakarta on Monday, heading for a three-day "
        + "official visit to Japan.", LocalDate.of(2025, 5, 19)), "2025-05-19", "2025-05-21");
  }

  @Test
  void eachStopOfATourTakesTheDaysPrintedAfterItsName() {
    // Monday 30 June 2025
    java.util.List<EventRow> vs = VisitWordingTest.visits("en", "", "Indian Prime Minister Narendra Modi will set "
        + "out on a tour of Ghana, Brazil and Namibia on Wednesday. He will be in Ghana on July 2-3, in Brazil on "
        + "July 5-8 and in Namibia on July 9.", LocalDate.of(2025, 6, 30));
    for (String[] want : new String[][] {{"GHA", "2025-07-02", "2025-07-03"}, {"BRA", "2025-07-05", "2025-07-08"},
        {"NAM", "2025-07-09", "2025-07-09"}}) {
      EventRow v = vs.stream().filter(e -> e.actor2Country.equals(want[0])).findFirst()
          .orElseThrow(() -> new AssertionError("no visit to " + want[0] + " in " + vs));
      assertEquals("PLANNED", v.status, v.toString());
      days(v, want[1], want[2]);
    }
  }

  @Test
  void aSigningOnTheFirstDayOfTheVisitIsDatedByIt() {
    // Saturday 24 May 2025: the visit ran Thursday 22 to Friday 23
    String en = "Indonesian President Prabowo Subianto on Friday concluded a two-day official visit to Japan. On the "
        + "first day of the visit, Prabowo and Prime Minister Shigeru Ishiba signed a memorandum of understanding on "
        + "cooperation in energy.";
    String ru = "Президент Индонезии Прабово Субианто в пятницу завершил двухдневный официальный визит в Японию. В "
        + "первый день визита Прабово и премьер-министр Сигэру Исиба подписали меморандум о сотрудничестве в "
        + "области энергетики.";
    for (String[] t : new String[][] {{"en", en}, {"ru", ru}}) {
      Extraction x = ArticleExtractor.create().extract(new ArticleText("d-" + t[0], null, "wire.example", "", t[0],
          LocalDate.of(2025, 5, 24), t[1]));
      EventRow sg = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).findFirst()
          .orElseThrow(() -> new AssertionError("no signing in " + x.events));
      assertEquals("2025-05-22", sg.startDate, sg.toString());
    }
  }

  @Test
  void aSigningOnTheFirstDayOfTheStayIsDatedByIt() {
    // Tuesday 18 May 2010: Medvedev came to Kyiv on the 17th for two days
    String ru = "17 мая с двухдневным визитом в Украину прибыл президент России Дмитрий Медведев. В первый день "
        + "пребывания Медведева в Киеве стороны подписали соглашение о демаркации сухопутной границы.";
    String en = "Russian President Dmitry Medvedev arrived in Ukraine on May 17 for a two-day visit. On the first day "
        + "of his stay in Kyiv the sides signed an agreement on the demarcation of the land border.";
    for (String[] t : new String[][] {{"ru", ru}, {"en", en}}) {
      Extraction x = ArticleExtractor.create().extract(new ArticleText("m-" + t[0], null, "wire.example", "", t[0],
          LocalDate.of(2010, 5, 18), t[1]));
      EventRow sg = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).findFirst()
          .orElseThrow(() -> new AssertionError("no signing in " + x.events));
      assertEquals("2010-05-17", sg.startDate, sg.toString());
    }
  }

  @Test
  void aVisitThatBeganOnADayRunsOnAsItsReportSays() {
    // Wednesday 21 May 2025
    LocalDate wed = LocalDate.of(2025, 5, 21);
    // "began a visit ... on Tuesday": a first day, the last one is told apart
    days(visit("en", "Indonesian President Prabowo Subianto began an official visit to Japan on Tuesday. The visit "
        + "runs through Thursday.", wed), "2025-05-20", "2025-05-22");
    days(visit("en", "Indonesian President Prabowo Subianto began an official visit to Japan on Tuesday.", wed),
        "2025-05-20", null);
    // "начинается" opens the visit; "продлится два дня" gives its length
    days(visit("ru", "Сегодня начинается официальный визит президента Индонезии Прабово Субианто в Японию. "
        + "Визит продлится два дня.", wed), "2025-05-21", "2025-05-22");
  }

  @Test
  void theDayOfLeavingForTheHostGivesWayToTheProgrammeAfterIt() {
    // Tuesday 20 May 2025: on the way on Tuesday, the talks on Wednesday and Thursday
    EventRow v = visit("ru", "Президент Индонезии Прабово Субианто во вторник, 20 мая, вылетел в Японию. 21-22 мая "
        + "в Токио запланированы переговоры с премьер-министром Сигэру Исибой.", LocalDate.of(2025, 5, 20));
    days(v, "2025-05-21", "2025-05-22");
  }

  @Test
  void aVisitSummedUpAsMadeOverTheWeekend() {
    // Wednesday 28 June 2023: the weekend before is 24-25 June
    days(visit("en", "Indian Prime Minister Narendra Modi paid a state visit to Egypt over the weekend, holding "
        + "talks with President Abdel Fattah el-Sisi in Cairo.", LocalDate.of(2023, 6, 28)), "2023-06-24", "2023-06-25");
    days(visit("ru", "Премьер-министр Индии Нарендра Моди в минувшие выходные посетил Египет с государственным "
        + "визитом.", LocalDate.of(2023, 6, 28)), "2023-06-24", "2023-06-25");
  }
}
