package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * The days of a visit as reports state them (VisitDates), in English and Russian: a last day
 * ("until", "завершился"), a first day ("starting on"), a length stated elsewhere, a programme
 * over several sentences, announcement days and page stamps that are not the visit's. The
 * reports are written for these tests.
 */
class VisitDatesTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static EventRow visit(String lang, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("d-" + Math.abs(text.hashCode()), null, "wire.example", null,
        lang, pub, text));
    List<EventRow> vs = x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
    assertEquals(1, vs.size(), vs.toString());
    return vs.get(0);
  }

  private static String days(EventRow v) {
    return v.startDate + ".." + v.endDate;
  }

  @Test
  void untilGivesTheLastDayAndTheDayBeforeItTheFirst() {
    // Monday 20 March 2023
    EventRow v = visit("en", "Turkish President Recep Tayyip Erdogan arrived in Baku on Monday for a state visit "
        + "that will go on until Wednesday, at the invitation of President Ilham Aliyev.", LocalDate.of(2023, 3, 20));
    assertEquals("2023-03-20..2023-03-22", days(v));
  }

  @Test
  void russianVisitEndedTodayWithItsLengthCountsBackTheFirstDay() {
    EventRow v = visit("ru", "Сегодня завершился трехдневный государственный визит президента Казахстана "
        + "Касым-Жомарта Токаева в Узбекистан. Стороны подписали ряд соглашений.", LocalDate.of(2022, 12, 22));
    assertEquals("2022-12-20..2022-12-22", days(v));
  }

  @Test
  void englishWrappedUpOnAWeekdayIsTheLastDay() {
    // Saturday 13 May 2023: "on Friday" is 12 May
    EventRow v = visit("en", "Uzbek President Shavkat Mirziyoyev wrapped up a two-day official visit to Kazakhstan "
        + "on Friday after talks with Kassym-Jomart Tokayev.", LocalDate.of(2023, 5, 13));
    assertEquals("2023-05-11..2023-05-12", days(v));
  }

  @Test
  void aLengthStatedInAnotherSentenceGivesTheLastDay() {
    // Tuesday 18 January 2022
    EventRow v = visit("en", "Iranian President Ebrahim Raisi will travel to Moscow on Wednesday at the invitation of "
        + "Vladimir Putin.\nThe agenda of the two-day trip includes an address to the Duma.", LocalDate.of(2022, 1, 18));
    assertEquals("PLANNED", v.status);
    assertEquals("2022-01-19..2022-01-20", days(v));
  }

  @Test
  void aVerbOfEndingRightBeforeTheDateMakesItTheLastDay() {
    // Thursday 12 October 2023: "on Wednesday" is 11 October
    EventRow v = visit("en", "The three-day state visit of Kyrgyz President Sadyr Japarov to Hungary, which ended on "
        + "Wednesday, brought a dozen agreements with Prime Minister Viktor Orban's government.", LocalDate.of(2023, 10, 12));
    assertEquals("2023-10-09..2023-10-11", days(v));
  }

  @Test
  void aVisitToldAsEndedWithNoDayEndedOnTheDayOfTheReport() {
    EventRow v = visit("en", "The official visit of Kazakh President Kassym-Jomart Tokayev to Mongolia has come to an "
        + "end, his press office said.\nIn Ulaanbaatar he held talks with President Ukhnaagiin Khurelsukh.",
        LocalDate.of(2024, 8, 9));
    assertEquals("OCCURRED", v.status);
    // its first day is not known: the report dates only the end
    assertEquals("null..2024-08-09", days(v));
    EventRow ru = visit("ru", "Официальный визит президента Казахстана Касым-Жомарта Токаева в Монголию завершился. "
        + "В Улан-Баторе он провел переговоры с президентом Ухнаагийном Хурэлсухом.", LocalDate.of(2024, 8, 9));
    assertEquals("null..2024-08-09", days(ru));
  }

  @Test
  void startingOnGivesAFirstDayAndLeavesTheLastOpen() {
    EventRow v = visit("en", "Indian Prime Minister Narendra Modi is to pay an official visit to the United States "
        + "starting on June 21, at the invitation of President Joe Biden.", LocalDate.of(2023, 6, 10));
    assertEquals("2023-06-21..null", days(v));
  }

  @Test
  void theDayOfAnAnnouncementIsNotTheDayOfThePlannedVisit() {
    // Thursday 2 May 2024
    EventRow v = visit("en", "The German presidential office said on Thursday that French President Emmanuel Macron "
        + "will travel to Germany for a state visit later this month.\nFrank-Walter Steinmeier will welcome "
        + "Macron when he reaches Berlin on May 26.\nMacron's visit then takes him to Dresden and Muenster on May 27 and 28.",
        LocalDate.of(2024, 5, 2));
    assertEquals("PLANNED", v.status);
    assertEquals("2024-05-26..2024-05-28", days(v));
  }

  @Test
  void aDayInAnotherSentenceOfTheVisitDatesAnUndatedStatement() {
    // Sunday 26 May 2024
    EventRow v = visit("en", "French President Emmanuel Macron is in Germany on a state visit.\n"
        + "Macron reached Germany on Sunday at the start of a three-day state visit, welcomed by Frank-Walter "
        + "Steinmeier.", LocalDate.of(2024, 5, 26));
    assertEquals("2024-05-26", v.startDate);
  }

  @Test
  void aPostsSignatureDateIsNoVisitDay() {
    EventRow v = visit("en", "Modi's trip to the United States started on June 20, at the invitation of Joe Biden.\n"
        + "What we achieved on my recent visit to the United States will bring us closer. — Narendra Modi "
        + "(@narendramodi) June 25, 2023", LocalDate.of(2023, 6, 26));
    assertEquals("2023-06-20", v.startDate);
  }

  @Test
  void theWordListLoadsEveryRole() {
    assertTrue(VisitDates.is(VisitDates.Role.UNTIL, "until"));
    assertTrue(VisitDates.is(VisitDates.Role.END, "завершился"));
    assertTrue(VisitDates.is(VisitDates.Role.START, "starting"));
    assertTrue(VisitDates.is(VisitDates.Role.REPORT, "сообщила"));
    assertFalse(VisitDates.is(VisitDates.Role.REPORT, "visit"));
  }

  @Test
  void aOneDayRangeFromAndToTheSameDayIsThatDay() {
    EventRow v = visit("en", "Portuguese President Marcelo Rebelo de Sousa is paying an official visit to Angola "
        + "from May 14 to May 14, his office said.", LocalDate.of(2019, 5, 14));
    assertEquals("2019-05-14..2019-05-14", days(v));
  }

  @Test
  void fromASingleLaterDayLeavesTheLastDayOpen() {
    EventRow v = visit("en", "Pakistani Prime Minister Shehbaz Sharif will pay an official visit to Russia from June 4, "
        + "the Foreign Office said on Tuesday.", LocalDate.of(2024, 5, 28));
    assertEquals("2024-06-04..null", days(v));
  }

  @Test
  void fromAWeekdayFixesTheFirstDayOnly() {
    // Friday 7 February 2025
    EventRow v = visit("en", "Greek Prime Minister Kyriakos Mitsotakis will visit Egypt from Monday for talks "
        + "on gas and migration.", LocalDate.of(2025, 2, 7));
    assertEquals("2025-02-10..null", days(v));
    v = visit("en", "Greek Prime Minister Kyriakos Mitsotakis will pay a two-day visit to Egypt starting Monday.",
        LocalDate.of(2025, 2, 7));
    assertEquals("2025-02-10..2025-02-11", days(v));
  }

  @Test
  void anArrivalOnTheDayBeforeTheReport() {
    EventRow v = visit("en", "Lao Foreign Minister Saleumxay Kommasith arrived in Hanoi the previous day for a "
        + "three-day official visit, Vietnamese state media reported on Wednesday.", LocalDate.of(2024, 3, 13));
    assertEquals("2024-03-12..2024-03-14", days(v));
  }

  @Test
  void aPresentMoveWithALaterWeekdayIsTheScheduleAhead() {
    // Friday 20 September 2024
    EventRow v = visit("en", "Kyrgyz President Sadyr Japarov heads to Astana on Monday for a state visit.",
        LocalDate.of(2024, 9, 20));
    assertEquals("PLANNED", v.status);
    assertEquals("2024-09-23", v.startDate);
    v = visit("en", "Kyrgyz President Sadyr Japarov is due in Astana on Monday.", LocalDate.of(2024, 9, 20));
    assertEquals("PLANNED", v.status);
    assertEquals("2024-09-23", v.startDate);
    v = visit("en", "Kyrgyz President Sadyr Japarov heads to Astana today for a state visit.", LocalDate.of(2024, 9, 20));
    assertEquals("2024-09-20", v.startDate);
  }
}
