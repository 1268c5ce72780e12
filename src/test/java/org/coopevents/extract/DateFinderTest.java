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
    // "who arrived here last night", "late last evening": the evening before the report
    assertEquals(LocalDate.of(2024, 5, 16), one("who arrived here last night", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("landed late last\nevening", PUB, false).from());
    assertEquals(PUB, one("arrived this morning", PUB, false).from());
    // the weekend: Saturday and Sunday, before the report in the past, after it in the future
    DateFinder.DateMention past = one("paid a state visit to Egypt over the weekend", PUB, false);
    assertEquals(LocalDate.of(2024, 5, 11), past.from());
    assertEquals(LocalDate.of(2024, 5, 12), past.to());
    assertEquals(LocalDate.of(2024, 5, 18), one("will visit Egypt this weekend", PUB, true).from());
    assertEquals(LocalDate.of(2024, 5, 11), one("в минувшие выходные посетил Египет", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 19), one("посетит Египет на ближайших выходных", PUB, true).to());
    // "the previous day", "a day earlier": the day before the report (not "a day earlier than planned")
    assertEquals(LocalDate.of(2024, 5, 16), one("arrived in the capital the previous day", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 16), one("landed a day earlier, state media said", PUB, false).from());
    assertTrue(DateFinder.find("came a day earlier than planned", 0, 31, PUB, false).isEmpty());
    assertEquals(LocalDate.of(2024, 5, 15), one("переговоры в среду", PUB, false).from());
    assertEquals(PUB, one("сегодня подписаны", PUB, false).from());
    assertNull(one("сегодня подписаны", null, false).from());
    // late December read in early January belongs to the previous year
    assertEquals(LocalDate.of(2023, 12, 28), one("on December 28", LocalDate.of(2024, 1, 3), false).from());
  }

  @Test
  void aWeekdayOfTheWeekBefore() {
    // PUB is Friday 17 May 2024: its week began on Monday 13 May
    assertEquals(LocalDate.of(2024, 5, 6), one("arrived on Monday last week", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 6), one("arrived Monday last week", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 6), one("прибыл в понедельник на прошлой неделе", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 13), one("arrived on Monday this week", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 21), one("will arrive on Tuesday next week", PUB, true).from());
    assertEquals(LocalDate.of(2024, 5, 13), one("arrived on Monday", PUB, false).from());
  }

  @Test
  void russianDaysWrittenAsOrdinals() {
    // "4-го июня", "с 3-го по 5-е июня": the day's number with its case ending
    assertEquals(LocalDate.of(2024, 5, 16), one("переговоры состоялись 16-го мая", PUB, false).from());
    DateFinder.DateMention r = one("находился с визитом с 14-го по 16-е мая", PUB, false);
    assertEquals(LocalDate.of(2024, 5, 14), r.from());
    assertEquals(LocalDate.of(2024, 5, 16), r.to());
    r = one("визит 14-го мая — 16-го мая 2024 года", PUB, false);
    assertEquals(LocalDate.of(2024, 5, 16), r.to());
  }

  @Test
  void numbersThatAreNotDates() {
    String s = "a package of 14 documents for 2024-2025";
    assertTrue(DateFinder.find(s, 0, s.length(), PUB, false).isEmpty());
  }

  private static List<DateFinder.DateMention> all(String s, LocalDate anchor, boolean future) {
    return DateFinder.find(s, 0, s.length(), anchor, future);
  }

  @Test
  void wireDatelinesWithShortMonths() {
    LocalDate pub = LocalDate.of(2024, 1, 17);
    assertEquals(LocalDate.of(2024, 1, 17), one("МОСКВА, 17 янв — РИА Новости.", pub, false).from());
    assertEquals(LocalDate.of(2024, 6, 24), one("МИНСК, 24 июн – Sputnik.", LocalDate.of(2024, 6, 24), false).from());
    assertEquals(LocalDate.of(2023, 11, 27), one("ASTANA, Nov 27 (Reuters) -", LocalDate.of(2023, 11, 28), false).from());
    assertEquals(LocalDate.of(2023, 2, 20), one("КИЕВ, 20 февраля. /ТАСС/.", LocalDate.of(2023, 2, 21), false).from());
    // without a publication date the day and month are found but stay unresolved
    assertFalse(one("МОСКВА, 17 янв — РИА Новости.", null, false).resolved());
    // a short month is a whole word: "мартовский" or "марш" are not months
    assertTrue(all("прошел 3 марш протеста", pub, false).isEmpty());
  }

  @Test
  void weekdaysLookBackInThePastAndForwardInTheFuture() {
    LocalDate tue = LocalDate.of(2022, 1, 18); // a Tuesday
    // the tense of the clause decides, whatever the caller says
    assertEquals(LocalDate.of(2022, 1, 19), one("The president will fly to Cairo on Wednesday", tue, false).from());
    assertEquals(LocalDate.of(2022, 1, 12), one("The president flew to Cairo on Wednesday", tue, true).from());
    assertEquals(LocalDate.of(2022, 1, 21), one("Премьер посетит Каир в пятницу", tue, false).from());
    assertEquals(LocalDate.of(2022, 1, 14), one("Премьер прилетел в Каир в пятницу", tue, true).from());
    // two clauses, two tenses
    List<DateFinder.DateMention> ds = all("The envoy will arrive on Friday, the ministry said on Monday.", tue, false);
    assertEquals(LocalDate.of(2022, 1, 21), ds.get(0).from());
    assertEquals(LocalDate.of(2022, 1, 17), ds.get(1).from());
    // no tense word: the caller's
    assertEquals(LocalDate.of(2022, 1, 24), one("On Monday the two leaders go to the port", tue, true).from());
    assertEquals(LocalDate.of(2022, 1, 17), one("On Monday the two leaders go to the port", tue, false).from());
    // "next" and "last" are not the tense's to decide
    assertEquals(LocalDate.of(2022, 1, 25), one("talks next Tuesday", tue, false).from());
    assertEquals(LocalDate.of(2022, 1, 11), one("talks last Tuesday", tue, true).from());
    assertEquals(LocalDate.of(2022, 1, 12), one("Переговоры в минувшую среду", tue, true).from());
    assertEquals(LocalDate.of(2022, 1, 24), one("Встреча в следующий понедельник", tue, false).from());
    // "from", "until" and the like look forward unless a past verb is near
    assertEquals(LocalDate.of(2022, 1, 19), one("The guest is in Cairo for four days from Wednesday", tue, false).from());
    assertEquals(LocalDate.of(2022, 1, 12), one("The guest stayed in Cairo until Wednesday", tue, false).from());
    assertEquals(LocalDate.of(2022, 1, 20), one("The programme should include a Thursday dinner", tue, false).from());
    // a bare weekday as agencies write it
    assertEquals(LocalDate.of(2022, 1, 17), one("The guest landed Monday in the capital", tue, false).from());
  }

  @Test
  void weekdayRanges() {
    LocalDate fri = LocalDate.of(2022, 1, 21);
    DateFinder.DateMention r = one("The prime minister stayed in Delhi on Wednesday and Thursday", fri, false);
    assertEquals(LocalDate.of(2022, 1, 19), r.from());
    assertEquals(LocalDate.of(2022, 1, 20), r.to());
    assertTrue(r.isRange());
    r = one("The fair will run from Monday to Wednesday", fri, false);
    assertEquals(LocalDate.of(2022, 1, 24), r.from());
    assertEquals(LocalDate.of(2022, 1, 26), r.to());
    r = one("Переговоры прошли в среду и четверг", fri, false);
    assertEquals(LocalDate.of(2022, 1, 19), r.from());
    assertEquals(LocalDate.of(2022, 1, 20), r.to());
    r = one("Делегация работала в Ташкенте со среды по пятницу", fri, false);
    assertEquals(LocalDate.of(2022, 1, 19), r.from());
    assertEquals(LocalDate.of(2022, 1, 21), r.to());
    assertFalse(one("Переговоры прошли в среду и четверг", null, false).resolved());
  }

  @Test
  void aWeekdayBesideADateIsThatDate() {
    LocalDate pub = LocalDate.of(2023, 5, 10);
    // a weekday that the stated date falls on is that date, not the one before publication
    List<DateFinder.DateMention> ds = all("On April 24, 2023, the guest reached the capital on Monday", pub, false);
    assertEquals(LocalDate.of(2023, 4, 24), ds.get(1).from());
    ds = all("В понедельник, 20 февраля, гость прибыл в столицу", LocalDate.of(2023, 2, 22), false);
    assertEquals(LocalDate.of(2023, 2, 20), ds.get(0).from());
    // "tomorrow (Wednesday)": the weekday names the day just given
    ds = all("The leader travels to the capital tomorrow (Wednesday), his office said", LocalDate.of(2022, 1, 18), false);
    assertEquals(2, ds.size());
    assertEquals(LocalDate.of(2022, 1, 19), ds.get(1).from());
  }

  @Test
  void daysCountedFromAnotherDateOfTheSentence() {
    LocalDate wed = LocalDate.of(2023, 3, 22);
    List<DateFinder.DateMention> ds =
        all("В понедельник лидеры встретились за ужином, а на следующий день подписали заявление", wed, false);
    assertEquals(LocalDate.of(2023, 3, 20), ds.get(0).from());
    assertEquals(LocalDate.of(2023, 3, 21), ds.get(1).from());
    ds = all("The delegation arrived on 3 May and the talks opened the following day", wed, false);
    assertEquals(LocalDate.of(2023, 5, 4), ds.get(1).from());
    // without an earlier date in the sentence "the next day" is left unresolved, not guessed
    assertFalse(one("The next day the ministers met again", wed, false).resolved());
    // "накануне" alone is the day before publication; "накануне визита" is the eve of a visit
    assertEquals(LocalDate.of(2023, 3, 21), one("Накануне министр прибыл в Баку", wed, false).from());
    assertEquals(LocalDate.of(2023, 3, 21), one("Министр накануне прибыл в Баку", wed, false).from());
    assertFalse(one("Форум пройдет накануне визита президента", wed, false).resolved());
    assertFalse(one("talks held the day before the summit", wed, false).resolved());
    assertEquals(LocalDate.of(2023, 3, 21), one("вчера в Кремле", wed, false).from());
    assertEquals(LocalDate.of(2023, 3, 23), one("завтра в Кремле", wed, false).from());
  }

  @Test
  void yearLessDatesTakeTheNearestYear() {
    // the year that puts the day nearest to publication, within half a year either way
    assertEquals(LocalDate.of(2024, 1, 5), one("talks on 5 January", LocalDate.of(2023, 12, 20), false).from());
    assertEquals(LocalDate.of(2023, 7, 1), one("встреча 1 июля", LocalDate.of(2023, 12, 20), false).from());
    DateFinder.DateMention r = one("с 30 декабря по 2 января", LocalDate.of(2023, 12, 28), false);
    assertEquals(LocalDate.of(2023, 12, 30), r.from());
    assertEquals(LocalDate.of(2024, 1, 2), r.to());
    r = one("visits on 20-22 March", LocalDate.of(2023, 3, 1), false);
    assertEquals(LocalDate.of(2023, 3, 20), r.from());
    assertEquals(LocalDate.of(2023, 3, 22), r.to());
    r = one("from 12 to 13 March", LocalDate.of(2023, 3, 1), false);
    assertEquals(LocalDate.of(2023, 3, 13), r.to());
    r = one("визит 20-22 марта", LocalDate.of(2023, 3, 1), false);
    assertEquals(LocalDate.of(2023, 3, 22), r.to());
  }

  @Test
  void rangesThatNameTheWeekdayOfAnEndOrJoinWithBetween() {
    LocalDate pub = LocalDate.of(2025, 3, 20);
    DateFinder.DateMention r = one("from 7th April to Thursday 10th April", pub, false);
    assertEquals(LocalDate.of(2025, 4, 7), r.from());
    assertEquals(LocalDate.of(2025, 4, 10), r.to());
    r = one("on April 27 through Tuesday, April 29", pub, false);
    assertEquals(LocalDate.of(2025, 4, 29), r.to());
    r = one("с понедельника 7 апреля по четверг 10 апреля", pub, false);
    assertEquals(LocalDate.of(2025, 4, 7), r.from());
    assertEquals(LocalDate.of(2025, 4, 10), r.to());
    r = one("between June 18 and June 20", pub, false);
    assertEquals(LocalDate.of(2025, 6, 18), r.from());
    assertEquals(LocalDate.of(2025, 6, 20), r.to());
    // "до четверга", said on Saturday 22 March: the next Thursday when the clause speaks of the future
    assertEquals(LocalDate.of(2025, 3, 27), one("визит продлится до четверга", LocalDate.of(2025, 3, 22), true).from());
  }

  @Test
  void aDayOfTheMonthAloneTakesTheReportsMonth() {
    DateFinder.DateMention d = one("will travel to Colombo on the 4th on an official visit", PUB, true);
    assertEquals(LocalDate.of(2024, 6, 4), d.from()); // said of the future, before the 17th: June
    assertEquals(LocalDate.of(2024, 5, 4), one("arrived on the 4th of this month", PUB, false).from());
    assertEquals(LocalDate.of(2024, 5, 14), one("прибыл 14-го числа", PUB, false).from());
    d = one("визит пройдет 20-22 числа", PUB, true);
    assertEquals(LocalDate.of(2024, 5, 20), d.from());
    assertEquals(LocalDate.of(2024, 5, 22), d.to());
    assertEquals(LocalDate.of(2024, 6, 2), one("прибудет 2-го числа следующего месяца", PUB, true).from());
    assertNull(one("will arrive on the 4th.", null, true).from());
    // an ordinal before a noun is no day
    String ordinals = "on the 21st century and on the 4th summit";
    assertTrue(DateFinder.find(ordinals, 0, ordinals.length(), PUB, false).isEmpty());
  }

  @Test
  void daysJoinedByAndAreOneStretchOnlyWhenClose() {
    DateFinder.DateMention r = one("will visit Uzbekistan on June 3 and June 5", PUB, true);
    assertEquals(LocalDate.of(2024, 6, 3), r.from());
    assertEquals(LocalDate.of(2024, 6, 5), r.to());
    r = one("пробудет в Киеве 30 января и 1 февраля 2020 года", null, true);
    assertEquals(LocalDate.of(2020, 1, 30), r.from());
    assertEquals(LocalDate.of(2020, 2, 1), r.to());
    r = one("a state visit on June 3, 4 and 5", PUB, true);
    assertEquals(LocalDate.of(2024, 6, 3), r.from());
    assertEquals(LocalDate.of(2024, 6, 5), r.to());
    r = one("посетит Узбекистан 3, 4 и 5 июня", PUB, true);
    assertEquals(LocalDate.of(2024, 6, 3), r.from());
    assertEquals(LocalDate.of(2024, 6, 5), r.to());
    assertEquals(LocalDate.of(2024, 6, 6), one("on the 2nd, 4th and 6th of June", PUB, true).to());
    r = one("совершит визит в воскресенье - понедельник", PUB, true); // a Friday: the 19th and 20th
    assertEquals(LocalDate.of(2024, 5, 19), r.from());
    assertEquals(LocalDate.of(2024, 5, 20), r.to());
    r = one("will visit Russia from the 3rd to the 5th of June", PUB, true);
    assertEquals(LocalDate.of(2024, 6, 3), r.from());
    assertEquals(LocalDate.of(2024, 6, 5), r.to());
    r = one("arrived on the night of May 15-16", PUB, false); // the arrival takes the later day
    assertEquals(LocalDate.of(2024, 5, 16), r.from());
    assertEquals(LocalDate.of(2024, 5, 16), r.to());
    String apart = "signed on May 9 and June 12";
    assertEquals(2, DateFinder.find(apart, 0, apart.length(), PUB, false).size());
  }

  @Test
  void russianDaysSaidInWords() {
    assertEquals(LocalDate.of(2024, 10, 9), one("«Девятого октября состоится государственный визит»", PUB, true).from());
    DateFinder.DateMention r = one("визит пройдет с двадцать пятого по двадцать седьмое мая", PUB, true);
    assertEquals(LocalDate.of(2024, 5, 25), r.from());
    assertEquals(LocalDate.of(2024, 5, 27), r.to());
    assertEquals(LocalDate.of(2024, 5, 31), one("тридцать первого мая 2024 года", null, false).from());
    assertTrue(DateFinder.find("первого заместителя министра", 0, 28, PUB, false).isEmpty());
  }

  @Test
  void monthNamesInEveryCaseBothLanguagesAndStems() {
    String[] en = {"January", "feb", "MARCH", "April", "May", "june", "Jul", "August", "Sept", "October", "nov",
        "December"};
    String[][] ru = {{"январь", "января", "январе"}, {"февраля"}, {"марте"}, {"апреля"}, {"май", "мая", "мае"},
        {"июне"}, {"июля"}, {"августе"}, {"сентября"}, {"Октябре"}, {"ноября"}, {"декабре"}};
    for (int i = 0; i < 12; i++) {
      assertEquals(i + 1, DateFinder.month(en[i]), en[i]);
      for (String w : ru[i]) assertEquals(i + 1, DateFinder.month(w), w);
    }
    assertEquals(-1, DateFinder.month("мэр"));
    assertEquals(-1, DateFinder.month("signed"));
  }
}
