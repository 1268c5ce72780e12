package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits wires tell only through what happened during them: documents signed after the talks of
 * two presidents under a dated dateline, a host receiving the guest or a signing the leaders witness on
 * the dateline's day, and a farewell at the airport. The reports are written for these tests; the facts are real or
 * plausible.
 */
class WireVisitGapsTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  @Test
  void documentsSignedAfterPresidentsTalksUnderADatelinePlaceAVisit() {
    EventRow v = VisitWordingTest.only(visits("ru", "УЛАН-БАТОР, 3 августа. /Казинформ/. Казахстан и Монголия подписали "
        + "15 документов по итогам переговоров президентов. Среди них соглашение о воздушном сообщении.",
        LocalDate.of(2024, 8, 3)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("MNG", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("2024-08-03", v.startDate);
    assertEquals("Ulaanbaatar", v.locationCity);
    v = VisitWordingTest.only(visits("en", "ULAANBAATAR, Aug 3 (Kazinform) - Kazakhstan and Mongolia signed 15 documents "
        + "following talks between the presidents.", LocalDate.of(2024, 8, 3)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("MNG", v.actor2Country);
    // the dateline of a third state places nobody; a commission's meeting is no leaders' talks
    assertTrue(visits("ru", "МОСКВА, 3 августа. /ТАСС/. Казахстан и Монголия подписали 15 документов по итогам "
        + "переговоров президентов.", LocalDate.of(2024, 8, 3)).isEmpty());
    assertTrue(visits("ru", "УЛАН-БАТОР, 3 августа. /Казинформ/. Казахстан и Монголия подписали 15 документов по "
        + "итогам заседания межправительственной комиссии.", LocalDate.of(2024, 8, 3)).isEmpty());
  }

  @Test
  void hostReceivingUnderADatelineIsOnItsDay() {
    EventRow v = VisitWordingTest.only(visits("ru", "МОСКВА, 9 мая. /ТАСС/. Владимир Путин принял в Кремле президента "
        + "Лаоса Тонглуна Сисулита. Стороны обсудили торговлю.", LocalDate.of(2024, 5, 9)));
    assertEquals("LAO", v.actor1Country);
    assertEquals("2024-05-09", v.startDate);
    v = VisitWordingTest.only(visits("en", "MOSCOW, May 9 (Reuters) - Russian President Vladimir Putin received Lao "
        + "President Thongloun Sisoulith in the Kremlin. The two discussed trade.", LocalDate.of(2024, 5, 9)));
    assertEquals("LAO", v.actor1Country);
    assertEquals("2024-05-09", v.startDate);
    // a day of its own wins over the dateline's
    v = VisitWordingTest.only(visits("ru", "МОСКВА, 10 мая. /ТАСС/. Владимир Путин 8 мая принял в Кремле президента "
        + "Лаоса Тонглуна Сисулита.", LocalDate.of(2024, 5, 10)));
    assertEquals("2024-05-08", v.startDate);
  }

  @Test
  void aSigningTheLeadersWitnessUnderADatelineIsOnItsDay() {
    EventRow v = VisitWordingTest.only(visits("ru", "АСТАНА, 4 июля. /ТАСС/. В присутствии президентов Казахстана и "
        + "Китая Касым-Жомарта Токаева и Си Цзиньпина стороны подписали соглашение о сотрудничестве в области "
        + "энергетики.", LocalDate.of(2024, 7, 4)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("2024-07-04", v.startDate);
    // a signing still ahead dates nothing
    v = VisitWordingTest.only(visits("ru", "АСТАНА, 4 июля. /ТАСС/. В присутствии президентов Казахстана и "
        + "Китая Касым-Жомарта Токаева и Си Цзиньпина стороны подпишут соглашение о сотрудничестве в области "
        + "энергетики.", LocalDate.of(2024, 7, 4)));
    assertEquals(null, v.startDate);
  }

  @Test
  void aFarewellEndsTheVisit() {
    for (EventRow v : List.of(
        VisitWordingTest.only(visits("ru", "БИШКЕК, 13 октября. /ТАСС/. Президент России Владимир Путин покинул Бишкек. "
            + "В аэропорту его проводил президент Киргизии Садыр Жапаров.", LocalDate.of(2023, 10, 13))),
        VisitWordingTest.only(visits("en", "Russian President Vladimir Putin left Bishkek on Friday and was seen off at "
            + "the airport by Kyrgyz President Sadyr Japarov.", LocalDate.of(2023, 10, 14))))) {
      assertEquals("RUS", v.actor1Country);
      assertEquals("KGZ", v.actor2Country);
      assertEquals("OCCURRED", v.status);
      assertEquals("2023-10-13", v.endDate);
      assertEquals(null, v.startDate);
      assertEquals("Bishkek", v.locationCity);
    }
    // leaving home, or leaving with no farewell, ends no visit
    assertTrue(visits("ru", "Президент России Владимир Путин покинул Москву. В аэропорту его проводил премьер-министр "
        + "России Михаил Мишустин.", LocalDate.of(2023, 10, 13)).isEmpty());
    assertTrue(visits("en", "Russian President Vladimir Putin left Bishkek on Friday.", LocalDate.of(2023, 10, 13))
        .isEmpty());
  }
}
