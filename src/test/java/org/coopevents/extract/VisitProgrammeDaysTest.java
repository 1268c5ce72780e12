package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * A visit announced with its programme told day by day in lines that open with the day ("On
 * Tuesday, the president will lay a wreath ... On Wednesday, the two leaders will hold talks",
 * "Во вторник ... В среду ..."), while the statement of the visit itself names no day: the
 * programme's first and last days are the visit's. The reports are written for these tests.
 */
class VisitProgrammeDaysTest {
  // Monday 24 November 2025
  private static final LocalDate MONDAY = LocalDate.of(2025, 11, 24);

  @Test
  void englishProgrammeLines() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Russian President Vladimir Putin will "
        + "pay a state visit to Kyrgyzstan, the Kremlin said on Monday. On Tuesday, the president will lay a wreath "
        + "at the Eternal Flame in Bishkek. On Wednesday, Putin and Sadyr Japarov will hold talks and sign "
        + "documents.", MONDAY));
    assertEquals("PLANNED", v.status);
    assertEquals("2025-11-25", v.startDate);
    assertEquals("2025-11-26", v.endDate);
  }

  @Test
  void russianProgrammeLines() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("ru", "", "Президент России Владимир Путин посетит "
        + "Киргизию с государственным визитом, сообщил в понедельник помощник президента Юрий Ушаков. Во вторник "
        + "президент возложит венок к Вечному огню в Бишкеке. В среду Путин и Садыр Жапаров проведут "
        + "переговоры.", MONDAY));
    assertEquals("PLANNED", v.status);
    assertEquals("2025-11-25", v.startDate);
    assertEquals("2025-11-26", v.endDate);
  }

  @Test
  void aSingleProgrammeDayLeavesTheEndOpenAndReportsAreNoProgramme() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Russian President Vladimir Putin will "
        + "pay a state visit to Kyrgyzstan, the Kremlin said. On Wednesday, Putin and Sadyr Japarov will hold "
        + "talks.", MONDAY));
    assertEquals("2025-11-26", v.startDate);
    assertNull(v.endDate);
    // the day the visit was announced is no day of its programme
    v = VisitWordingTest.only(VisitWordingTest.visits("en", "", "Russian President Vladimir Putin will pay a "
        + "state visit to Kyrgyzstan. On Monday, the Kremlin announced the trip.", MONDAY));
    assertNull(v.startDate);
  }
}
