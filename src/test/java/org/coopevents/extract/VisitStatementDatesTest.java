package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * A date in the clause of a verb of saying that follows the visit's word is the day of the
 * statement ("she told a press conference at her residence today"), unless another verb stands
 * between ("officials said the visit will take place on June 5"). The reports are written for
 * these tests.
 */
class VisitStatementDatesTest {
  private static EventRow visit(String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits("en", "", text, pub));
  }

  @Test
  void aPressConferenceAfterTheVisitDatesTheStatement() {
    EventRow v = visit("\"Our state visit to Japan opened a new chapter,\" President Ferdinand Marcos told a "
        + "press conference at Malacanang Palace today (13 February).", LocalDate.of(2023, 2, 13));
    assertEquals(null, v.startDate, v.toString());
    assertEquals(null, v.endDate, v.toString());
  }

  @Test
  void aVerbBetweenKeepsTheDateTheVisits() {
    EventRow v = visit("President Ferdinand Marcos's state visit to Japan, officials said, will begin on "
        + "February 8.", LocalDate.of(2023, 2, 1));
    assertEquals("2023-02-08", v.startDate, v.toString());
  }
}
