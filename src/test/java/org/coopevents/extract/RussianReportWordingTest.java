package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as Russian-language official outlets and agencies word them (press services of Central
 * Asian presidents, БелТА, Казинформ, Дунё, ТАСС): the word "город" between the preposition and
 * the capital ("прибыл в город Душанбе", "в г. Ташкент"), and what must stay no visit (a phone
 * call, a videoconference, an invitation). The reports are written for these tests.
 */
class RussianReportWordingTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("ru", "", text, pub);
  }

  private static EventRow only(List<EventRow> vs) {
    return VisitWordingTest.only(vs);
  }

  @Test
  void theWordCityBeforeTheCapitalStillLeadsToIt() {
    EventRow v = only(visits("Президент Узбекистана Шавкат Мирзиёев прибыл в город Душанбе с государственным визитом.",
        LocalDate.of(2024, 4, 18)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("TJK", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("Dushanbe", v.locationCity);
    v = only(visits("Президент Республики Узбекистан Шавкат Мирзиёев 8 мая прибыл с рабочим визитом в город Москву.",
        LocalDate.of(2024, 5, 8)));
    assertEquals("RUS", v.actor2Country);
    assertEquals("WORKING", v.visitKind);
    assertEquals("2024-05-08", v.startDate);
  }

  @Test
  void theShortFormOfCityToo() {
    EventRow v = only(visits("Эмомали Рахмон прибыл в г. Ташкент с государственным визитом.", LocalDate.of(2024, 5, 8)));
    assertEquals("TJK", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
  }

  @Test
  void aPhoneCallAVideoconferenceAndAnInvitationAreNoVisits() {
    assertTrue(visits("ТАШКЕНТ, 28 мая – Дунё. Президент Узбекистана Шавкат Мирзиёев во вторник провел телефонный "
        + "разговор с Президентом Казахстана Касым-Жомартом Токаевым.", LocalDate.of(2024, 5, 28)).isEmpty());
    assertTrue(visits("Александр Лукашенко и Владимир Путин провели переговоры по видеосвязи.",
        LocalDate.of(2024, 5, 28)).isEmpty());
    assertTrue(visits("Касым-Жомарт Токаев пригласил Эммануэля Макрона посетить Казахстан с официальным визитом.",
        LocalDate.of(2024, 5, 28)).isEmpty());
  }
}
