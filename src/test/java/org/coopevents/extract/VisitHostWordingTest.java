package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * How ministries and agencies announce a guest from the host's side and a stay ahead: "will
 * receive President X in Seoul on June 25", "is expected in Moscow on Monday", "paid a courtesy
 * call on the President in Seoul"; and what is no visit: a thing received ("will receive a
 * report"), an envoy posted to the host ("received the Chinese ambassador"). The reports are
 * written for these tests.
 */
class VisitHostWordingTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("en", "", text, pub);
  }

  @Test
  void aHostWhoWillReceiveAGuest() {
    EventRow v = VisitWordingTest.only(visits("South Korean President Yoon Suk Yeol will receive Kenyan President "
        + "William Ruto in Seoul on June 25.", LocalDate.of(2024, 6, 10)));
    assertEquals("KEN", v.actor1Country);
    assertEquals("KOR", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2024-06-25", v.startDate);
  }

  @Test
  void expectedInACapital() {
    // Saturday 9 March 2024; Monday is the 11th
    EventRow v = VisitWordingTest.only(visits("Chinese Foreign Minister Wang Yi is expected in Moscow on Monday for "
        + "talks with his Russian counterpart Sergei Lavrov.", LocalDate.of(2024, 3, 9)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("2024-03-11", v.startDate);
    assertTrue(visits("A decision by Chinese President Xi Jinping is expected in the coming weeks, Russian officials "
        + "said.", LocalDate.of(2024, 3, 9)).isEmpty());
  }

  @Test
  void aCourtesyCallInTheHostsCapital() {
    EventRow v = VisitWordingTest.only(visits("Kenyan Foreign Minister Musalia Mudavadi paid a courtesy call on "
        + "President Yoon Suk Yeol in Seoul on Tuesday.", LocalDate.of(2024, 6, 12)));
    assertEquals("KEN", v.actor1Country);
    assertEquals("KOR", v.actor2Country);
    assertEquals("2024-06-11", v.startDate);
  }

  @Test
  void thingsReceivedAndEnvoysAreNoVisits() {
    LocalDate pub = LocalDate.of(2024, 3, 9);
    assertTrue(visits("President William Ruto is expected to receive a report on Chinese investment in Kenya next "
        + "week.", pub).isEmpty());
    assertTrue(visits("Kenya will receive a loan of one billion dollars from China, President William Ruto said.",
        pub).isEmpty());
    assertTrue(visits("President William Ruto received the Chinese ambassador Zhou Pingjian at State House in "
        + "Nairobi on Friday.", pub).isEmpty());
    assertTrue(visits("Kenyan Foreign Minister Musalia Mudavadi received a courtesy call from the Chinese ambassador "
        + "in Nairobi on Tuesday.", pub).isEmpty());
    assertTrue(visits("Foreign Minister Musalia Mudavadi met Ambassador of China Zhou Pingjian in Nairobi on Friday "
        + "to discuss trade.", pub).isEmpty());
    // a minister received is a guest
    EventRow v = VisitWordingTest.only(visits("President William Ruto received Chinese Foreign Minister Wang Yi at "
        + "State House in Nairobi on Friday.", pub));
    assertEquals("CHN", v.actor1Country);
    assertEquals("KEN", v.actor2Country);
  }

  @Test
  void aGovernmentsReleaseNamesItsOwnLeaderByTitleAndTheGuestsSeat() {
    // a government's own release: "The Prime Minister" is its leader, the seat of power the host
    EventRow v = VisitWordingTest.only(visits("The Prime Minister hosted Indian Prime Minister Narendra Modi at "
        + "Downing Street on Thursday for talks on the trade deal.", LocalDate.of(2025, 7, 24)));
    assertEquals("IND", v.actor1Country);
    assertEquals("GBR", v.actor2Country);
    assertEquals("2025-07-24", v.startDate);
    // the title's holder on that day hosts the guest
    assertEquals("Keir Starmer", v.actor2Person);
    // but a thing welcomed there brings no guest
    assertTrue(visits("The Prime Minister welcomed the decision of Japan to join the partnership in London.",
        LocalDate.of(2024, 6, 27)).isEmpty());
  }
}
