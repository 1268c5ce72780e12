package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Reports that look back on a visit: the day of the return home ("returned home on Sunday after
 * state visits to", "вернулся в Астану после визитов") and the day of a summing up ("подвели
 * итоги визита", "the results of the visit") are not the visit's days (VisitDates roles RETURN
 * and RECAP). The reports are written for these tests.
 */
class VisitRecapDatesTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  private static EventRow to(List<EventRow> vs, String host) {
    return vs.stream().filter(v -> v.actor2Country.equals(host)).findFirst()
        .orElseThrow(() -> new AssertionError("no visit to " + host + " in " + vs));
  }

  @Test
  void theDayOfTheReturnHomeIsNoDayOfTheVisits() {
    // Monday 14 July 2025; the Sunday of the return is the 13th
    List<EventRow> vs = visits("en", "NEW DELHI, July 14 - Prime Minister Narendra Modi returned home on Sunday "
        + "after state visits to Ghana and Namibia.", LocalDate.of(2025, 7, 14));
    assertEquals(2, vs.size(), vs.toString());
    for (EventRow v : vs) {
      assertEquals("OCCURRED", v.status);
      assertNull(v.startDate, v.toString());
    }
    EventRow one = VisitWordingTest.only(visits("en", "President Ferdinand Marcos Jr. was back in Manila after "
        + "he returned to the country on Sunday from his official visit to the United States.", LocalDate.of(2023, 5, 8)));
    assertNull(one.startDate, one.toString());
  }

  @Test
  void theVisitKeepsTheDaysItsOwnStatementsGive() {
    // Wednesday 2 July 2025
    List<EventRow> vs = visits("en", "Prime Minister Narendra Modi returned home on Sunday after state visits to "
        + "Ghana and Namibia. In Accra, where he landed on Wednesday, July 2, for a two-day visit, he held talks "
        + "with President John Mahama.", LocalDate.of(2025, 7, 7));
    EventRow gha = to(vs, "GHA");
    assertEquals("2025-07-02", gha.startDate);
    assertEquals("2025-07-03", gha.endDate);
  }

  @Test
  void russianReturnHome() {
    List<EventRow> vs = visits("ru", "Президент Казахстана Касым-Жомарт Токаев в пятницу вернулся в Астану после "
        + "визитов в Китай и Монголию.", LocalDate.of(2025, 11, 29));
    assertEquals(2, vs.size(), vs.toString());
    for (EventRow v : vs) assertNull(v.startDate, v.toString());
  }

  @Test
  void theEndOfTheVisitStillDatesItsLastDay() {
    // Thursday 27 November 2025: the visit ended that day, whatever followed
    EventRow v = VisitWordingTest.only(visits("ru", "Президент России Владимир Путин в четверг завершил "
        + "государственный визит в Киргизию и вернулся в Москву.", LocalDate.of(2025, 11, 28)));
    assertEquals("2025-11-27", v.endDate);
  }

  @Test
  void theDayOfASummingUpIsNoDayOfTheVisit() {
    EventRow ru = VisitWordingTest.only(visits("ru", "В понедельник правительство подвело итоги визита президента "
        + "Узбекистана Шавката Мирзиёева в Казахстан.", LocalDate.of(2024, 5, 20)));
    assertNull(ru.startDate, ru.toString());
    EventRow en = VisitWordingTest.only(visits("en", "On Monday the cabinet reviewed the results of Uzbek President "
        + "Shavkat Mirziyoyev's visit to Kazakhstan.", LocalDate.of(2024, 5, 20)));
    assertNull(en.startDate, en.toString());
    // a range in the summing up is the visit's
    EventRow range = VisitWordingTest.only(visits("ru", "По итогам визита президента Узбекистана Шавката Мирзиёева "
        + "в Казахстан 16-17 мая правительство утвердило план действий.", LocalDate.of(2024, 5, 20)));
    assertEquals("2024-05-16", range.startDate);
    assertEquals("2024-05-17", range.endDate);
  }
}
