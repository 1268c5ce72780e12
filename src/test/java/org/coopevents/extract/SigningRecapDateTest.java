package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * A signing told in a report that looks back on a visit (a press briefing days later, a follow-up
 * "last week", "по итогам визита ... на прошлой неделе", "о недавнем визите") takes the visit's
 * stated day, or no day when the visit's day is not told: never the page's date, which is the day
 * of the briefing. Words: VisitDates roles RECENT, PAST_WEEK, WEEK, EARLIER. The reports are
 * written for these tests; names, places and dates are real.
 */
class SigningRecapDateTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String lang, String title, String text, LocalDate pub) {
    return EX.extract(new ArticleText("rc-" + Math.abs(text.hashCode()), "https://outlet.example/rc",
        "outlet.example", title, lang, pub, text));
  }

  private static EventRow onlySigning(Extraction x) {
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), x.toString());
    return s.get(0);
  }

  private static EventRow onlyVisit(Extraction x) {
    List<EventRow> v = x.events.stream().filter(e -> e.eventType.equals("VISIT")).toList();
    assertEquals(1, v.size(), x.toString());
    return v.get(0);
  }

  @Test
  void aBriefingOnARecentVisitDoesNotDateItsSigning() {
    // a Thursday briefing in Dhaka on a visit to Tokyo that it does not date
    Extraction x = run("en", "Prime Minister sums up Japan trip", "DHAKA, March 14 - Prime Minister Sheikh Hasina "
        + "on Thursday told reporters at her office what her recent official visit to Japan had brought.\n"
        + "She said the talks with Japanese Prime Minister Fumio Kishida in Tokyo were warm and frank.\n"
        + "After the talks the two countries signed four memorandums of understanding on energy, ports and training.",
        LocalDate.of(2024, 3, 14));
    EventRow s = onlySigning(x);
    assertNull(s.startDate, s.toString());
  }

  @Test
  void aVisitOfLastWeekDatesNeitherItselfNorItsSigningByThePage() {
    Extraction x = run("en", "Tashkent sets up working group", "Kazakh President Kassym-Jomart Tokayev paid a "
        + "state visit to Uzbekistan last week.\nDuring the visit, the two presidents held talks in Tashkent and the "
        + "sides signed 12 agreements on trade, water and transport.\nOn Thursday, the Uzbek cabinet set up a "
        + "working group to carry them out.", LocalDate.of(2024, 3, 14));
    assertNull(onlySigning(x).startDate);
    assertNull(onlyVisit(x).startDate);
  }

  @Test
  void russianSummingUpOfLastWeek() {
    Extraction x = run("ru", "Рабочая группа", "По итогам государственного визита президента Казахстана "
        + "Касым-Жомарта Токаева в Узбекистан на прошлой неделе стороны подписали 12 соглашений.\n"
        + "В четверг правительство Узбекистана создало рабочую группу по их выполнению.", LocalDate.of(2024, 3, 14));
    assertNull(onlySigning(x).startDate);
    assertNull(onlyVisit(x).startDate);
    Extraction y = run("ru", "Рабочая группа", "На минувшей неделе президент Казахстана Касым-Жомарт Токаев "
        + "посетил Узбекистан с государственным визитом.\nВ ходе визита стороны подписали 12 соглашений.",
        LocalDate.of(2024, 3, 14));
    assertNull(onlySigning(y).startDate);
  }

  @Test
  void russianBriefingOnARecentVisit() {
    Extraction x = run("ru", "Брифинг МИД", "Министр иностранных дел Бангладеш во вторник рассказал журналистам "
        + "о недавнем визите премьер-министра Шейх Хасины в Индию.\nПо итогам переговоров с премьер-министром "
        + "Индии Нарендрой Моди стороны подписали десять меморандумов о взаимопонимании.", LocalDate.of(2024, 6, 25));
    assertNull(onlySigning(x).startDate);
  }

  @Test
  void theVisitsStatedDaysStillDateItsSigning() {
    // one stated day: the signing's; two: which of them is not told
    Extraction one = run("en", "Minister sums up visit", "Foreign Minister Hasan Mahmud on Tuesday briefed "
        + "diplomats on Prime Minister Sheikh Hasina's visit to India on June 22.\nDuring the visit, Hasina held "
        + "talks with Indian Prime Minister Narendra Modi in New Delhi, and the two sides signed ten memorandums "
        + "of understanding.", LocalDate.of(2024, 6, 25));
    assertEquals("2024-06-22", onlySigning(one).startDate);
    Extraction two = run("en", "Minister sums up visit", "Foreign Minister Hasan Mahmud on Tuesday briefed "
        + "diplomats on Prime Minister Sheikh Hasina's state visit to India on June 21-22.\nIn the course of the "
        + "visit, Hasina held talks with Indian Prime Minister Narendra Modi in New Delhi, and the two sides signed "
        + "ten memorandums of understanding.", LocalDate.of(2024, 6, 25));
    assertNull(onlySigning(two).startDate);
    Extraction ru = run("ru", "Брифинг МИД", "Министр иностранных дел Бангладеш рассказал во вторник о "
        + "результатах визита премьер-министра Шейх Хасины в Индию.\nВ ходе визита 21-22 июня Хасина провела "
        + "переговоры с премьер-министром Индии Нарендрой Моди в Нью-Дели, стороны подписали десять меморандумов.",
        LocalDate.of(2024, 6, 25));
    EventRow s = onlySigning(ru);
    assertEquals("2024-06-21", s.startDate);
    assertEquals("2024-06-22", s.endDate);
  }

  @Test
  void aSigningOfTheReportsDayKeepsIt() {
    // the previous visit is another one: today's talks and signing are the news of the day
    Extraction x = run("en", "", "TOKYO, March 14 - Prime Minister Sheikh Hasina held talks with Japanese Prime "
        + "Minister Fumio Kishida in Tokyo on the second day of her official visit, five years after her previous "
        + "visit.\nAfter the talks the two countries signed four memorandums of understanding.",
        LocalDate.of(2024, 3, 14));
    assertEquals("2024-03-14", onlySigning(x).startDate);
  }
}
