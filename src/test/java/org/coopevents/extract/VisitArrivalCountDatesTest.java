package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Arrivals that wire reports date by counting back from the day of the talks: "met Modi on
 * Wednesday, a day after arriving in New Delhi", "a day after Solih arrived for a three-day state
 * visit", "на следующий день после прибытия". The arrival is the first day of the visit. The
 * reports are written for these tests.
 */
class VisitArrivalCountDatesTest {
  private static EventRow visit(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits(lang, "", text, pub));
  }

  private static void days(EventRow v, String start, String end) {
    assertEquals(start, v.startDate, v.toString());
    assertEquals(end, v.endDate, v.toString());
  }

  // Wednesday 5 June 2019
  private static final LocalDate JUNE_5 = LocalDate.of(2019, 6, 5);

  @Test
  void aDayAfterArrivingIsTheDayBeforeTheTalks() {
    days(visit("en", "NEW DELHI, June 5 (Reuters) - Maldives President Ibrahim Solih met Indian Prime Minister "
        + "Narendra Modi on Wednesday, a day after arriving in New Delhi.", JUNE_5), "2019-06-04", null);
    days(visit("en", "NEW DELHI, June 5 (Reuters) - Indian Prime Minister Narendra Modi held talks with visiting "
        + "Maldives President Ibrahim Solih on Wednesday, a day after Solih arrived in the Indian capital for a "
        + "three-day state visit.", JUNE_5), "2019-06-04", "2019-06-06");
  }

  @Test
  void theCountMayComeFirst() {
    days(visit("en", "A day after his arrival in New Delhi, Maldives President Ibrahim Solih held talks with "
        + "Indian Prime Minister Narendra Modi on Wednesday.", JUNE_5), "2019-06-04", null);
    days(visit("en", "Maldives President Ibrahim Solih held talks with Indian Prime Minister Narendra Modi on "
        + "Wednesday, two days after he arrived in India for a four-day state visit.", JUNE_5), "2019-06-03", "2019-06-06");
  }

  @Test
  void russianNextDayAfterArrival() {
    days(visit("ru", "Президент Мальдив Ибрагим Солих в среду провел переговоры с премьер-министром Индии "
        + "Нарендрой Моди на следующий день после прибытия в Нью-Дели с трехдневным государственным визитом.",
        JUNE_5), "2019-06-04", "2019-06-06");
  }
}
