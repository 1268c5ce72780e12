package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private static final LocalDate PUB = LocalDate.of(2024, 5, 17); // a Friday

  private static DateFinder.DateMention one(String s, LocalDate anchor, boolean future) {
    List<DateFinder.DateMention> ds = DateFinder.find(s, 0, s.length(), anchor, future);
    assertEquals(1, ds.size(), s + " -> " + ds);
    return ds.get(0);
  }

  @Test
  void absoluteDatesInBothLanguages() {
    assertEquals(LocalDate.of(2024, 5, 16), one("signed on 16 May 2024 in Baku", null, false).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("on May 16, 2024, the sides", null, false).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("подписан 16 мая 2024 года", null, false).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("дата: 16.05.2024", null, false).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("published 2024-05-16", null, false).from());
  }

  @Test
  void rangesInBothLanguages() {
    DateFinder.DateMention r = one("a state visit on May 15-17", PUB, false);
    assertEquals(LocalDate.of(2024, 5, 15), r.from());
    assertEquals(LocalDate.of(2024, 5, 17), r.to());
    r = one("с государственным визитом 15–17 мая", PUB, false);
    assertEquals(LocalDate.of(2024, 5, 17), r.to());
    r = one("находится с визитом с 12 по 14 июня 2019 года", null, false);
    assertEquals(LocalDate.of(2019, 6, 12), r.from());
    assertEquals(LocalDate.of(2019, 6, 14), r.to());
    r = one("from 30 May to 2 June 2023", null, false);
    assertTrue(r.isRange());
    r = one("с 28 февраля по 2 марта", LocalDate.of(2023, 3, 1), false);
    assertEquals(LocalDate.of(2023, 2, 28), r.from());
    assertEquals(LocalDate.of(2023, 3, 2), r.to());
  }

  @Test
  void yearLessAndRelativeDatesNeedThePublicationDate() {
    assertEquals(LocalDate.of(2024, 5, 16), one("talks on May 16", PUB, false).from());
    assertFalse(one("talks on May 16", null, false).resolved());
    assertEquals(LocalDate.of(2024, 5, 15), one("held talks on Wednesday", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 22), one("will arrive on Wednesday", PUB, true).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("arrived yesterday", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("прибыл накануне", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 15), one("переговоры в среду", PUB, false).from());
    assertEquals(PUB, one("сегодня подписаны", PUB, false).from());
    assertNull(one("сегодня подписаны", null, false).from());
    // late December read in early January belongs to the previous year
    assertEquals(LocalDate.of(2023, 12, 28), one("on December 28", LocalDate.of(2024, 1, 3), false).from());
  }

  @Test
  void numbersThatAreNotDates() {
    String s = "a package of 14 documents for 2024-2025";
    assertTrue(DateFinder.find(s, 0, s.length(), PUB, false).isEmpty());
  }
}
