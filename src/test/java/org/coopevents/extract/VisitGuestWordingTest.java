package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Who travels, as wire services and Gulf and North African agencies put it: an apposition
 * between the guest and his verb ("Lukashenko, a close ally of Russia's Vladimir Putin, arrived
 * on Sunday"), and a host who "received" a leader "on the occasion of his official visit" (the
 * possessive is the received leader's). The reports are written for these tests.
 */
class VisitGuestWordingTest {
  private static EventRow only(String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits("en", "", text, pub));
  }

  @Test
  void aStateInsideAnAppositionIsNotTheGuests() {
    // Monday 13 March 2023: he arrived on Sunday the 12th for two days
    EventRow v = only("DUBAI, March 13 (Reuters) - Iran and Belarus signed a cooperation roadmap on Monday as "
        + "Belarusian President Alexander Lukashenko held talks in Tehran with his Iranian counterpart Ebrahim Raisi. "
        + "Lukashenko, a close ally of Russia's Vladimir Putin, arrived on Sunday for a two-day visit, Iranian "
        + "state media said.", LocalDate.of(2023, 3, 13));
    assertEquals("BLR", v.actor1Country);
    assertEquals("IRN", v.actor2Country);
    assertEquals("2023-03-12", v.startDate);
    assertEquals("2023-03-13", v.endDate);
  }

  @Test
  void theOneReceivedOnTheOccasionOfHisVisitIsTheGuest() {
    EventRow v = only("His Highness the Amir Sheikh Tamim bin Hamad Al Thani received at the Amiri Diwan office "
        + "this morning President of the Republic of Kenya William Ruto, on the occasion of his official visit to "
        + "the country.", LocalDate.of(2024, 2, 5));
    assertEquals("KEN", v.actor1Country);
    assertEquals("QAT", v.actor2Country);
    assertEquals("OFFICIAL", v.visitKind);
    // passive: the subject is the one received, and his visit is his own
    EventRow p = only("Kenyan President William Ruto was received by the Amir of Qatar Sheikh Tamim bin Hamad Al "
        + "Thani at the Amiri Diwan on the first day of his official visit.", LocalDate.of(2024, 2, 5));
    assertEquals("KEN", p.actor1Country);
    assertEquals("QAT", p.actor2Country);
  }
}
