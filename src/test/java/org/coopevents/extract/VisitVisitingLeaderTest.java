package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * "Visiting Pakistani President Zardari met President Rajapaksa", "held talks with visiting Sri
 * Lankan President Wickremesinghe": the attribute "visiting" before a leader of a state makes that
 * leader the guest of the other state's leader met in the sentence. The reports are written for
 * these tests.
 */
class VisitVisitingLeaderTest {
  @Test
  void theVisitingLeaderMeetsTheHost() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Visiting Pakistani President Asif Ali "
        + "Zardari met President Mahinda Rajapaksa at the Presidential Secretariat on Sunday for official talks.",
        LocalDate.of(2010, 11, 28)));
    assertEquals("PAK", v.actor1Country);
    assertEquals("LKA", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void theHostHoldsTalksWithTheVisitingLeader() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Indian Prime Minister Narendra Modi held "
        + "talks with visiting Sri Lankan President Ranil Wickremesinghe on Friday.", LocalDate.of(2023, 7, 21)));
    assertEquals("LKA", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void theVisitingLeaderIsTheGuestThoughTheSubjectHoldsTalks() {
    // the subject holds the talks, yet "visiting" tells that he came to the leader he meets
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Visiting Maldives President Mohamed Muizzu "
        + "held talks with Prime Minister Narendra Modi on Monday on a currency swap and new housing projects.",
        LocalDate.of(2024, 10, 7)));
    assertEquals("MDV", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void visitingLeadersWitnessASigning() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Visiting Indian President Ram Nath Kovind "
        + "and President Rodrigo Duterte witnessed the signing of four agreements on Friday at Malacanang Palace in "
        + "Manila.", LocalDate.of(2019, 10, 18)));
    assertEquals("IND", v.actor1Country);
    assertEquals("PHL", v.actor2Country);
    assertEquals("Manila", v.locationCity);
  }

  @Test
  void visitorsWhoAreNoLeaders() {
    assertTrue(VisitWordingTest.visits("en", "", "Visiting Chinese tourists met President Rodrigo Duterte's "
        + "spokesman on Friday.", LocalDate.of(2019, 10, 18)).isEmpty());
  }
}
