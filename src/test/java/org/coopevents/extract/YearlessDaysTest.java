package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearlessDaysTest {

  private static YearlessDays.Days days(int m1, int d1, int m2, int d2) {
    return new YearlessDays.Days(MonthDay.of(m1, d1), MonthDay.of(m2, d2));
  }

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void readsDaysAndRangesWithoutAYearInBothLanguages() {
    assertEquals(List.of(days(11, 14, 11, 15)),
        YearlessDays.of("Токаев 14–15 ноября находился в Узбекистане с государственным визитом."));
    assertEquals(List.of(days(12, 21, 12, 22)),
        YearlessDays.of("С 21 по 22 декабря президент находится в Ташкенте."));
    assertEquals(List.of(days(5, 30, 6, 2), days(6, 5, 6, 5)),
        YearlessDays.of("The visit from May 30 to June 2 was followed by talks on June 5."));
  }

  @Test
  void daysWithAYearAndRelativeDaysAreNotRead() {
    assertEquals(List.of(), YearlessDays.of("He arrived on 16 May 2024 and left on Friday."));
    assertEquals(List.of(), YearlessDays.of("Вчера президент прибыл в Ташкент."));
    assertEquals(List.of(), YearlessDays.of(""));
  }

  @Test
  void daysFitDatesWithinADayInAnyYearNearThem() {
    YearlessDays.Days dec = days(12, 21, 12, 22);
    assertTrue(dec.fit(day("2022-12-20"), day("2022-12-23")));
    assertTrue(dec.fit(day("2022-12-23"), day("2022-12-25")), "a day apart");
    assertFalse(dec.fit(day("2022-12-24"), day("2022-12-26")));
    assertFalse(dec.fit(day("2022-11-14"), day("2022-11-15")));
    // a range over the new year, against dates of either year
    YearlessDays.Days newYear = days(12, 30, 1, 2);
    assertTrue(newYear.fit(day("2024-01-02"), day("2024-01-02")));
    assertTrue(newYear.fit(day("2023-12-29"), day("2023-12-29")));
    assertFalse(newYear.fit(day("2024-01-05"), day("2024-01-06")));
  }

  @Test
  void daysAreNearWhenTheyCanBeTheSameDaysOfOneYear() {
    assertTrue(days(12, 21, 12, 22).near(days(12, 22, 12, 22)));
    assertTrue(days(12, 31, 12, 31).near(days(1, 1, 1, 1)), "over the new year");
    assertFalse(days(12, 21, 12, 22).near(days(11, 14, 11, 15)));
    assertTrue(days(2, 29, 2, 29).near(days(2, 28, 3, 1)));
  }
}
