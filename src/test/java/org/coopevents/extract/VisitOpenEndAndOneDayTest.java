package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How outlets give (or leave out) a visit's last day: a day of departure that opens the visit
 * with no last day said, a visit called a one-day one ("a day's official visit", "однодневный
 * визит"), a Russian weekday after "до", a guest named by his title and state who stays until a
 * day, and a Russian recap ("завершив государственный визит") that names the kind. The reports are
 * written for these tests; the facts are real or plausible.
 */
class VisitOpenEndAndOneDayTest {
  private static EventRow only(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits(lang, "", text, pub));
  }

  @Test
  void aDayOfDepartureOpensTheVisitWithNoLastDay() {
    // 3 June 2024 was a Monday
    EventRow v = only("en", "ABUJA, June 3 (NAN) - President Bola Tinubu departs Abuja on Tuesday for an official visit "
        + "to South Africa. He is expected to hold talks with his host on trade and energy.",
        LocalDate.of(2024, 6, 3));
    assertEquals("2024-06-04", v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void aDaysOfficialVisitIsOneDay() {
    // 3 June 2024 was a Monday
    EventRow v = only("en", "DHAKA, June 3 (BSS) - Prime Minister Sheikh Hasina will leave for Bhutan on Wednesday on "
        + "a day's official visit, the foreign ministry said.", LocalDate.of(2024, 6, 3));
    assertEquals("2024-06-05", v.startDate);
    assertEquals("2024-06-05", v.endDate);
  }

  @Test
  void aOneDayVisitIsOneDay() {
    EventRow v = only("en", "ISLAMABAD, March 10 (APP) - Prime Minister Shehbaz Sharif will pay a one-day visit to "
        + "Qatar on March 12 at the invitation of the Emir.", LocalDate.of(2024, 3, 10));
    assertEquals("2024-03-12", v.startDate);
    assertEquals("2024-03-12", v.endDate);
  }

  @Test
  void aRussianOneDayVisitIsOneDay() {
    EventRow v = only("ru", "Президент Узбекистана Шавкат Мирзиёев 14 марта отправится с однодневным визитом в "
        + "Таджикистан, сообщили в его пресс-службе.", LocalDate.of(2024, 3, 12));
    assertEquals("2024-03-14", v.startDate);
    assertEquals("2024-03-14", v.endDate);
  }

  @Test
  void aRussianStayUntilAWeekday() {
    // 20 May 2024 was a Monday
    EventRow v = only("ru", "Президент Казахстана Касым-Жомарт Токаев в среду прибудет в Ханой с государственным "
        + "визитом. Он пробудет в стране до пятницы, сообщили в Акорде.", LocalDate.of(2024, 5, 20));
    assertEquals("2024-05-22", v.startDate);
    assertEquals("2024-05-24", v.endDate);
  }

  @Test
  void aGuestNamedByTitleAndStateStaysUntilAWeekday() {
    // 16 September 2024 was a Monday
    EventRow v = only("en", "HANOI, Sept 16 (VNA) - Cuban President Miguel Diaz-Canel arrives in Hanoi on Tuesday for a "
        + "state visit to Vietnam. The Cuban head of state will remain in Hanoi until Thursday.",
        LocalDate.of(2024, 9, 16));
    assertEquals("2024-09-17", v.startDate);
    assertEquals("2024-09-19", v.endDate);
  }

  @Test
  void someoneElseNamedWhoStaysIsNoLastDay() {
    // 16 September 2024 was a Monday
    EventRow v = only("en", "HANOI, Sept 16 (VNA) - Cuban President Miguel Diaz-Canel arrives in Hanoi on Tuesday for a "
        + "state visit to Vietnam. The Cuban trade exhibition will remain in Hanoi until Thursday.",
        LocalDate.of(2024, 9, 16));
    assertEquals("2024-09-17", v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void aRussianRecapNamesTheKind() {
    EventRow v = only("ru", "Председатель КНР Си Цзиньпин в пятницу покинул Москву, завершив государственный визит в "
        + "Россию. В ходе визита он провел переговоры с Владимиром Путиным.", LocalDate.of(2024, 5, 17));
    assertEquals("STATE", v.visitKind);
  }
}
