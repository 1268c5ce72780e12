package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Phone calls and meetings end with an agreement to keep talking ("agreed to stay in touch",
 * "договорились поддерживать контакты"): that agreement gives the fields the leaders discussed no
 * AGREED stance, while an agreement on a field still does. The reports are written for these tests.
 */
class CooperationContactsTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static EventRow cooperation(String lang, String text) {
    List<EventRow> cs = EX.extract(new ArticleText("c-" + Math.abs(text.hashCode()), null, "wire.example", "", lang,
        LocalDate.of(2024, 3, 12), text)).events.stream().filter(e -> e.eventType.equals("COOPERATION"))
        .collect(Collectors.toList());
    assertEquals(1, cs.size(), cs.toString());
    return cs.get(0);
  }

  @Test
  void anAgreementToStayInTouchIsNoAgreementOnTheFields() {
    assertEquals("DISCUSSED", cooperation("en", "Prime Minister Narendra Modi spoke with Russian President Vladimir "
        + "Putin by phone on Tuesday. The two leaders reviewed energy and defence cooperation and agreed to remain "
        + "in close contact.").stance);
    assertEquals("DISCUSSED", cooperation("ru", "Президент России Владимир Путин провел телефонный разговор с "
        + "президентом Казахстана Касым-Жомартом Токаевым. Стороны обсудили сотрудничество в энергетике и "
        + "договорились поддерживать контакты.").stance);
  }

  @Test
  void anAgreementOnAFieldBeforeTheContactsStillCounts() {
    assertEquals("AGREED", cooperation("en", "Prime Minister Narendra Modi spoke with Russian President Vladimir "
        + "Putin by phone on Tuesday. The two leaders agreed to expand energy cooperation and to stay in touch.")
        .stance);
  }
}
