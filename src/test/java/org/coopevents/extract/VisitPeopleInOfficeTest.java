package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * The guest and host of a visit are persons in office on its day: reports of visits name founders
 * and predecessors (a wreath at a former president's grave, a former leader at the head of a
 * delegation), and a leader who was not in office then leads or hosts no visit. The reports are
 * written for these tests.
 */
class VisitPeopleInOfficeTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static EventRow visit(String lang, String text, LocalDate pub) {
    List<EventRow> vs = EX.extract(new ArticleText("p-" + Math.abs(text.hashCode()), null, "wire.example", "", lang,
        pub, text)).events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
    assertEquals(1, vs.size(), vs.toString());
    return vs.get(0);
  }

  @Test
  void aFormerPresidentsGraveNamesNoHost() {
    EventRow v = visit("ru", "Президент России Владимир Путин в воскресенье прилетел в Баку с государственным визитом. "
        + "В понедельник он возложит венок к могиле Гейдара Алиева.", LocalDate.of(2019, 8, 18));
    assertEquals("RUS->AZE", v.actor1Country + "->" + v.actor2Country);
    assertEquals("Vladimir Putin", v.actor1Person);
    assertNull(v.actor2Person, v.toString());
  }

  @Test
  void theHostInOfficeIsFoundPastHisPredecessor() {
    EventRow v = visit("ru", "Президент России Владимир Путин в воскресенье прилетел в Баку с государственным визитом. "
        + "В понедельник он возложит венок к могиле Гейдара Алиева, затем пройдут переговоры с Ильхамом Алиевым.",
        LocalDate.of(2019, 8, 18));
    assertEquals("Ilham Aliyev", v.actor2Person, v.toString());
  }

  @Test
  void aFormerPresidentLeadsNoVisitOfHisState() {
    // the delegation of a former president is no visit of his state (FormerHolder, VisitFormerLeaderTest)
    String text = "BAKU, April 11 - President Ilham Aliyev on Tuesday received a delegation led by former "
        + "Turkish President Abdullah Gul, who is visiting Azerbaijan.";
    List<EventRow> vs = EX.extract(new ArticleText("p-gul", null, "wire.example", "", "en", LocalDate.of(2017, 4, 11),
        text)).events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
    assertTrue(vs.isEmpty(), vs.toString());
  }
}
