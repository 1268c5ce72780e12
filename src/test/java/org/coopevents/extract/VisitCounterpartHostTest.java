package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * A head of government or a minister visiting a state whose president and premier (or minister)
 * a report both names is hosted by the counterpart of the guest's office wherever the report
 * names him, not by whoever it names first: one report names the president first ("will meet
 * President Putin and Prime Minister Mishustin"), another the premier, and the host must be the
 * same for dedup to see one visit. The reports are written for these tests; names and dates are real.
 */
class VisitCounterpartHostTest {
  private static EventRow visit(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits(lang, "", text, pub));
  }

  @Test
  void aPremiersHostIsThePremierNamedOutsideTheVisitSentence() {
    EventRow ru = visit("ru", "Премьер Госсовета КНР Ли Цян прилетел в Москву.\nВ аэропорту его встретил заместитель "
        + "министра иностранных дел.\nВ столице гость проведет переговоры с президентом Владимиром Путиным и с "
        + "главой правительства Михаилом Мишустиным.", LocalDate.of(2024, 8, 21));
    assertEquals("Li Qiang", ru.actor1Person);
    assertEquals("Mikhail Mishustin", ru.actor2Person);
    EventRow en = visit("en", "Chinese Premier Li Qiang arrived in Moscow on Tuesday.\nDuring his stay he is "
        + "expected to meet President Vladimir Putin, and he will co-chair the regular meeting of heads of "
        + "government with Prime Minister Mikhail Mishustin.", LocalDate.of(2024, 8, 20));
    assertEquals("Mikhail Mishustin", en.actor2Person);
  }

  @Test
  void aHeadOfStateKeepsTheFirstNamedLeader() {
    EventRow v = visit("en", "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit.\nHe will "
        + "hold talks with President Vladimir Putin and meet Prime Minister Mikhail Mishustin.",
        LocalDate.of(2023, 3, 20));
    assertEquals("Vladimir Putin", v.actor2Person);
  }
}
