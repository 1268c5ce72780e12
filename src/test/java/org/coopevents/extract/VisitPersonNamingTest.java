package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How outlets name the people of a visit: a bare surname after the person's full name stands for
 * that person, whatever the date makes of the surname ("Prime Minister Nawaz Sharif ... Sharif");
 * a surname after another given name ("First Lady Jill Biden", "Finance Minister Basil
 * Rajapaksa") is another person than the leader; a patronymic is the leader's own. The reports
 * are written for these tests.
 */
class VisitPersonNamingTest {
  @Test
  void aBareSurnameIsThePersonNamedInFullInTheArticle() {
    // no page date: "Sharif" alone would be the prime minister in office now
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Sharif held talks with President "
        + "Maithripala Sirisena in Colombo. Pakistani Prime Minister Nawaz Sharif is on a three-day official visit "
        + "to Sri Lanka.", null));
    assertEquals("PAK", v.actor1Country);
    assertEquals("Nawaz Sharif", v.actor1Person);
  }

  @Test
  void aSurnameAfterAnotherGivenNameIsNotTheLeader() {
    // (a finance minister's trip is no visit of the gold rules, VisitGuestOfficeTest; none names the leaders)
    for (EventRow v : VisitWordingTest.visits("en", "", "Sri Lankan Finance Minister Basil "
        + "Rajapaksa arrived in New Delhi on Tuesday for talks with Indian Prime Minister Narendra Modi.",
        LocalDate.of(2021, 9, 10))) {
      assertNotEquals("Gotabaya Rajapaksa", v.actor1Person);
      assertNotEquals("Mahinda Rajapaksa", v.actor1Person);
    }
    for (EventRow e : VisitWordingTest.visits("en", "", "US First Lady Jill Biden arrived in Tokyo on Tuesday for "
        + "a three-day visit to Japan.", LocalDate.of(2023, 6, 5))) {
      assertNotEquals("Joe Biden", e.actor1Person);
    }
  }

  @Test
  void aPatronymicOrAHonorificIsTheLeadersOwn() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Russian President Vladimir Vladimirovich "
        + "Putin arrived in Beijing on Thursday for a state visit to China.", LocalDate.of(2024, 5, 16)));
    assertEquals("Vladimir Putin", v.actor1Person);
    v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "The Pakistani delegation led by Mian Sharif "
        + "arrived in Colombo on Monday for a three-day official visit to Sri Lanka.", LocalDate.of(2016, 1, 4)));
    assertEquals("Nawaz Sharif", v.actor1Person);
  }
}
