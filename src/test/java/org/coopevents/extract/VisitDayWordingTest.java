package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Days of a visit as wires and papers state them without a full date: an arrival "в ночь на
 * понедельник" (the night before the named day: the arrival takes that day), a day of the
 * month alone ("on the 4th", "on the 4th of this month", "4-го числа") whose month is the
 * report's, two stated days of one visit ("on June 3 and June 5"), a programme that names its
 * days and no visit word ("On Tuesday ... will hold talks ..., on Wednesday he will travel to
 * ..."), and two-part Russian datelines ("БОЧАРОВ РУЧЕЙ (Сочи), 22 ноября. /ТАСС/."). The
 * reports are written for these tests.
 */
class VisitDayWordingTest {
  private static EventRow visit(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits(lang, "", text, pub));
  }

  private static void days(EventRow v, String start, String end) {
    assertEquals(start, v.startDate, v.toString());
    assertEquals(end, v.endDate, v.toString());
  }

  @Test
  void anArrivalInTheNightBeforeAWeekdayTakesThatDay() {
    // Wednesday 5 June 2024: the Monday is the 3rd
    EventRow v = visit("ru", "Президент Белоруссии Александр Лукашенко прибыл в ночь на понедельник в Баку с "
        + "государственным визитом. Он провел переговоры с президентом Азербайджана Ильхамом Алиевым.",
        LocalDate.of(2024, 6, 5));
    assertEquals("2024-06-03", v.startDate, v.toString());
    v = visit("ru", "Премьер-министр Индии Нарендра Моди прибыл в Москву в ночь с понедельника на вторник. "
        + "Президент России Владимир Путин провел с ним переговоры.", LocalDate.of(2024, 7, 10));
    assertEquals("2024-07-09", v.startDate, v.toString());
    v = visit("ru", "Президент Белоруссии Александр Лукашенко прибыл в Баку в ночь с 3 на 4 июня с "
        + "государственным визитом.", LocalDate.of(2024, 6, 5));
    assertEquals("2024-06-04", v.startDate, v.toString());
  }

  @Test
  void aDayOfTheMonthAloneIsInTheReportsMonth() {
    days(visit("en", "Prime Minister Narendra Modi will travel to Colombo on the 4th on an official visit to Sri "
        + "Lanka, where he will hold talks with President Ranil Wickremesinghe.", LocalDate.of(2024, 6, 2)),
        "2024-06-04", null);
    days(visit("en", "Prime Minister Narendra Modi will pay an official visit to Sri Lanka on the 4th of this "
        + "month, holding talks with President Ranil Wickremesinghe in Colombo.", LocalDate.of(2024, 6, 2)),
        "2024-06-04", "2024-06-04");
    days(visit("ru", "Президент Узбекистана Шавкат Мирзиёев 4-го числа посетит Казахстан с официальным "
        + "визитом и проведет переговоры с Касым-Жомартом Токаевым.", LocalDate.of(2024, 6, 2)),
        "2024-06-04", "2024-06-04");
    // said of the future, a day before the report's own is next month's
    days(visit("en", "Prime Minister Narendra Modi will travel to Colombo on the 2nd on an official visit to Sri "
        + "Lanka, where he will hold talks with President Ranil Wickremesinghe.", LocalDate.of(2024, 6, 20)),
        "2024-07-02", null);
    // a day before the report's own, said of the past: this month still
    days(visit("en", "Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on the 3rd for a state visit "
        + "and held talks with President Shavkat Mirziyoyev.", LocalDate.of(2024, 6, 5)), "2024-06-03", null);
  }

  @Test
  void twoStatedDaysOfOneVisitAreItsFirstAndLast() {
    days(visit("en", "Kazakh President Kassym-Jomart Tokayev will pay a state visit to Uzbekistan on June 3 and "
        + "June 5, holding talks with President Shavkat Mirziyoyev in Tashkent.", LocalDate.of(2024, 5, 30)),
        "2024-06-03", "2024-06-05");
    days(visit("ru", "Госсекретарь США Майк Помпео посетит Украину 30 января и 1 февраля и проведет "
        + "переговоры с президентом Украины Владимиром Зеленским.", LocalDate.of(2020, 1, 29)),
        "2020-01-30", "2020-02-01");
  }

  @Test
  void aProgrammeInOneSentenceWithoutAVisitWord() {
    // Sunday 2 June 2024: Tuesday the 4th, Wednesday the 5th
    EventRow v = visit("en", "TASHKENT: On Tuesday Uzbek President Shavkat Mirziyoyev will hold talks with Kazakh "
        + "President Kassym-Jomart Tokayev in Tashkent, and on Wednesday the guest will travel to Samarkand.",
        LocalDate.of(2024, 6, 2));
    assertEquals("PLANNED", v.status);
    days(v, "2024-06-04", "2024-06-05");
    v = visit("ru", "ТАШКЕНТ, 2 июня. /ТАСС/. Во вторник президент Узбекистана Шавкат Мирзиёев проведет "
        + "переговоры с президентом Казахстана Касым-Жомартом Токаевым, а в среду гость посетит Самарканд.",
        LocalDate.of(2024, 6, 2));
    days(v, "2024-06-04", "2024-06-05");
  }

  @Test
  void aTwoPartRussianDateline() {
    EventRow v = visit("ru", "БОЧАРОВ РУЧЕЙ (Сочи), 22 ноября. /ТАСС/. Президент России Владимир Путин провел "
        + "переговоры с президентом Турции Реджепом Тайипом Эрдоганом, прибывшим в Россию с рабочим визитом.",
        LocalDate.of(2024, 11, 25));
    assertEquals("TUR", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("Sochi", v.locationCity);
    assertEquals("2024-11-22", v.startDate, v.toString());
    v = visit("ru", "НОВО-ОГАРЕВО (Московская область), 22 ноября. /ТАСС/. Президент России Владимир Путин "
        + "провел переговоры с президентом Турции Реджепом Тайипом Эрдоганом, прибывшим в Россию с рабочим визитом.",
        LocalDate.of(2024, 11, 25));
    assertEquals("2024-11-22", v.startDate, v.toString());
  }

  @Test
  void aDaySaidInWordsInAQuote() {
    days(visit("ru", "«Девятого октября состоится государственный визит в Таджикистан президента России», - "
        + "сообщил замминистра. Владимир Путин проведет переговоры с Эмомали Рахмоном.", LocalDate.of(2025, 9, 8)),
        "2025-10-09", "2025-10-09");
  }
}
