package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * The day a guest sets off for a visit, and days that are not the visit's: "on Monday left Beijing
 * for Astana on a state visit" (the day before the verb of leaving opens the visit, its last day
 * untold, the guest on the way), "set off for Astana" (a departure only with its particle), "talks
 * set on Tuesday ahead of the state visit" (a scheduled day before the visit, no day of it). The
 * reports are written for these tests.
 */
class VisitSettingOffDayTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 8, 4);

  private static EventRow en(String text) {
    return VisitWordingTest.only(VisitWordingTest.visits("en", "", text, MONDAY));
  }

  @Test
  void theDayBeforeTheVerbOfLeavingOpensTheVisit() {
    EventRow v = en("ASTANA, Aug 4 - Chinese President Xi Jinping on Monday left Beijing for Astana on a state visit "
        + "to Kazakhstan at the invitation of President Kassym-Jomart Tokayev.");
    assertEquals("CHN", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2025-08-04", v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void aRussianDayBeforeTheVerbOfLeaving() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("ru", "", "Председатель КНР Си Цзиньпин в понедельник "
        + "вылетел в Астану, где проведет переговоры в рамках государственного визита в Казахстан.", MONDAY));
    assertEquals("CHN", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("2025-08-04", v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void aDepartureWithNoDayLeavesOnTheDatelinesDay() {
    EventRow v = en("ACCRA, Aug 4 (Wire) - Ghanaian President John Mahama has left Ghana for Nigeria on a two-day "
        + "state visit at the invitation of President Bola Tinubu.");
    assertEquals("GHA", v.actor1Country);
    assertEquals("NGA", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2025-08-04", v.startDate);
  }

  @Test
  void aRussianDepartureWithNoDayLeavesOnTheDatelinesDay() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("ru", "", "АСТАНА, 4 августа. /Корр./. Президент Монголии "
        + "Ухнаагийн Хурэлсух вылетел в Казахстан с государственным визитом.", MONDAY));
    assertEquals("MNG", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("2025-08-04", v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void aDepartureWithNoDayAndNoDatelineHasNoDay() {
    EventRow v = en("Ghanaian President John Mahama has left Ghana for Nigeria on a state visit.");
    assertNull(v.startDate);
  }

  @Test
  void setOffWithItsParticleIsADeparture() {
    EventRow v = en("Chinese President Xi Jinping set off for Astana on Monday on a state visit to Kazakhstan.");
    assertEquals("PLANNED", v.status);
    assertEquals("2025-08-04", v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void talksSetOnADayAheadOfTheVisitGiveNoDayOfIt() {
    EventRow v = en("Talks of the two foreign ministries are set on Tuesday ahead of the state visit of Chinese "
        + "President Xi Jinping to Kazakhstan.");
    assertEquals("CHN", v.actor1Country);
    assertEquals("PLANNED", v.status);
    assertNull(v.startDate);
    assertNull(v.endDate);
  }

  @Test
  void aRussianDayOnTheEveOfTheVisitIsNotItsDay() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("ru", "", "Министры иностранных дел двух стран встретятся "
        + "во вторник накануне государственного визита Председателя КНР Си Цзиньпина в Казахстан.", MONDAY));
    assertEquals("CHN", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertNotEquals("2025-08-05", v.startDate);
  }

  @Test
  void aVisitDatedBeforeASummitKeepsItsDay() {
    EventRow v = en("Chinese President Xi Jinping will arrive in Astana on Tuesday ahead of the SCO summit for a state visit.");
    assertEquals("2025-08-05", v.startDate);
  }

  @Test
  void aStayTillADayOfAGuestNamedBySurname() {
    EventRow v = en("Kazakh President Kassym-Jomart Tokayev arrived in Vietnam on Sunday for a state visit. Tokayev "
        + "will stay in Hanoi until Tuesday.");
    assertEquals("KAZ", v.actor1Country);
    assertEquals("VNM", v.actor2Country);
    assertEquals("2025-08-03", v.startDate);
    assertEquals("2025-08-05", v.endDate);
  }
}
