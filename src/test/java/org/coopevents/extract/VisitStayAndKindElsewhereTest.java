package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How agencies of Asia, Africa and the Gulf (Bernama, VNA, PNA, BSS, UNB, Xinhua) close and recap
 * a visit in a sentence of its own: the last day with the guest as a pronoun ("He will stay in the
 * country until Friday", "Он пробудет в стране до 24 мая"), "the trip will conclude on ...", "the
 * visit is expected to last two days", and
 * the kind named only in a later possessive ("her recent state visit to India"). The reports are
 * written for these tests; the facts are real or plausible.
 */
class VisitStayAndKindElsewhereTest {
  private static EventRow only(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits(lang, "", text, pub));
  }

  @Test
  void aPronounThatStaysUntilAWeekdayGivesTheLastDay() {
    // 6 May 2024 was a Monday
    EventRow v = only("en", "KUALA LUMPUR, May 6 (Bernama) -- Prime Minister Anwar Ibrahim will undertake an official "
        + "visit to Vietnam beginning Wednesday. He will stay in the country until Friday, Wisma Putra said in a "
        + "statement.", LocalDate.of(2024, 5, 6));
    assertEquals("PLANNED", v.status);
    assertEquals("OFFICIAL", v.visitKind);
    assertEquals("2024-05-08", v.startDate);
    assertEquals("2024-05-10", v.endDate);
  }

  @Test
  void aPronounThatRemainsThereUntilADate() {
    EventRow v = only("en", "MANILA, Feb 5 (PNA) -- President Ferdinand Marcos Jr. will arrive in Hanoi on January "
        + "29 for a state visit to Vietnam. She said he remains there till January 30 before flying home.",
        LocalDate.of(2024, 1, 25));
    assertEquals("2024-01-29", v.startDate);
    assertEquals("2024-01-30", v.endDate);
  }

  @Test
  void aRussianPronounThatStaysUntilADate() {
    // 20 May 2024 was a Monday
    EventRow v = only("ru", "Президент Казахстана Касым-Жомарт Токаев в среду прибудет в Ханой с государственным "
        + "визитом. Он пробудет в стране до 24 мая, сообщили в Акорде.", LocalDate.of(2024, 5, 20));
    assertEquals("2024-05-22", v.startDate);
    assertEquals("2024-05-24", v.endDate);
  }

  @Test
  void aGuestAndSpouseWhoStayUntilADate() {
    // the guest with the first lady: a plural pronoun and a plural verb of staying
    EventRow v = only("ru", "Президент Украины Владимир Зеленский вместе с супругой в понедельник, 13 февраля, "
        + "прилетел в Объединенные Арабские Эмираты с официальным визитом. Они пробудут в Эмиратах до 15 февраля, "
        + "сообщил его офис.", LocalDate.of(2023, 2, 13));
    assertEquals("2023-02-13", v.startDate);
    assertEquals("2023-02-15", v.endDate);
    EventRow e = only("en", "ABU DHABI, Feb 13 (Wire) - Ukrainian President Volodymyr Zelensky and the first lady "
        + "arrived in the United Arab Emirates on Monday for an official visit. They will be staying in the country "
        + "until Wednesday, his office said.", LocalDate.of(2023, 2, 13));
    assertEquals("2023-02-13", e.startDate);
    assertEquals("2023-02-15", e.endDate);
  }

  @Test
  void aStayWithoutAPronounSubjectIsNoLastDay() {
    // the delegation, not the guest, stays on
    EventRow v = only("en", "KUALA LUMPUR, May 6 (Bernama) -- Prime Minister Anwar Ibrahim will undertake an official "
        + "visit to Vietnam beginning Wednesday. A trade delegation will stay in the country until May 20.",
        LocalDate.of(2024, 5, 6));
    assertEquals("2024-05-08", v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void theTripWillConcludeOnADate() {
    EventRow v = only("en", "NEW DELHI, Nov 20 (PTI) -- Prime Minister Narendra Modi arrived in Georgetown on "
        + "Wednesday for a state visit to Guyana. The trip will conclude on November 22.", LocalDate.of(2024, 11, 20));
    assertEquals("2024-11-20", v.startDate);
    assertEquals("2024-11-22", v.endDate);
  }

  @Test
  void aLaterPossessiveNamesTheKind() {
    EventRow v = only("en", "DHAKA, June 25 (BSS) - Prime Minister Sheikh Hasina on Tuesday told reporters that her "
        + "two-day visit to India had been short but fruitful. Speaking at Ganabhaban about the outcome of her recent "
        + "state visit to India, she said ten instruments had been signed with New Delhi.", LocalDate.of(2024, 6, 25));
    assertEquals("BGD", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("STATE", v.visitKind);
  }

  @Test
  void aPossessiveKindOfAnotherYearIsAnotherVisit() {
    EventRow v = only("en", "DHAKA, June 25 (BSS) - Prime Minister Sheikh Hasina on Tuesday told reporters that her "
        + "two-day visit to India had been short but fruitful. She recalled her first state visit to India in 2017.",
        LocalDate.of(2024, 6, 25));
    assertEquals("UNSPECIFIED", v.visitKind);
  }

  @Test
  void aPossessiveKindOfAVisitToAnotherHostIsNotThisOne() {
    EventRow v = VisitWordingTest.visits("en", "", "HANOI, April 14 (VNA) -- Chinese President Xi Jinping arrived "
        + "in Hanoi on Monday for a visit to Vietnam. Next he will travel on to Malaysia, where his state visit to "
        + "Malaysia begins on Tuesday.", LocalDate.of(2025, 4, 14)).stream()
        .filter(e -> e.actor2Country.equals("VNM")).findFirst().orElseThrow();
    assertEquals("UNSPECIFIED", v.visitKind);
  }

  @Test
  void aVisitExpectedToLastSomeDaysEndsThatManyDaysOn() {
    EventRow v = only("en", "ASTANA, June 4 (Kazinform) - President Kassym-Jomart Tokayev will pay a state visit to "
        + "Azerbaijan on June 6. The visit is expected to last two days.", LocalDate.of(2024, 6, 4));
    assertEquals("2024-06-06", v.startDate);
    assertEquals("2024-06-07", v.endDate);
  }

  @Test
  void theTitledGuestStaysUntilAWeekdayAfterADepartureDay() {
    // 3 June 2024 was a Monday
    EventRow v = only("en", "ABUJA, June 3 (NAN) - President Bola Tinubu departs Abuja on Tuesday for an official visit "
        + "to South Africa. The President will stay in Pretoria until Friday, his spokesman said.",
        LocalDate.of(2024, 6, 3));
    assertEquals("2024-06-04", v.startDate);
    assertEquals("2024-06-07", v.endDate);
  }
}
