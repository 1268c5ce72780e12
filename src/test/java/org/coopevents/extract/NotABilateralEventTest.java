package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Reports that look like a bilateral visit or signing and are not: documents of a summit of many
 * states, a private stay, an invitation told in a headline, a visit of a month long past. The
 * reports are written for these tests.
 */
class NotABilateralEventTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> events(String lang, String title, String text, LocalDate pub) {
    return EX.extract(new ArticleText("m-" + Math.abs(text.hashCode()), null, "wire.example", title, lang, pub,
        (title == null ? "" : title + "\n") + text)).events;
  }

  private static long count(List<EventRow> es, String type) {
    return es.stream().filter(e -> e.eventType.equals(type)).count();
  }

  @Test
  void theDocumentsOfASummitOfManyAreNoPairsSigning() {
    List<EventRow> es = events("en", null, "Leaders of the BRICS group met in Kazan on Wednesday for their annual summit. "
        + "Chinese President Xi Jinping, Indian Prime Minister Narendra Modi and Brazilian President Lula joined "
        + "the host, Vladimir Putin. The leaders adopted the Kazan Declaration.", LocalDate.of(2024, 10, 23));
    assertEquals(0, count(es, "SIGNING"), es.toString());
    es = events("ru", null, "Президент Казахстана Касым-Жомарт Токаев прибыл в Душанбе для участия в заседании "
        + "Совета глав государств СНГ. По итогам саммита главы государств подписали ряд документов.",
        LocalDate.of(2024, 10, 8));
    assertEquals(0, count(es, "SIGNING"), es.toString());
  }

  @Test
  void aPairSigningOnTheSidelinesOfASummitStays() {
    List<EventRow> es = events("en", null, "Leaders of the SCO met in Astana for their summit on Thursday. On the "
        + "sidelines, Kazakhstan and China signed an agreement on trade.", LocalDate.of(2024, 7, 4));
    assertEquals(1, count(es, "SIGNING"), es.toString());
  }

  @Test
  void aPrivateStayIsNoVisit() {
    assertTrue(events("en", null, "Britain's King Charles arrived in Romania on Friday for his annual private stay "
        + "in Transylvania.", LocalDate.of(2024, 6, 7)).isEmpty());
    assertTrue(events("ru", null, "Король Великобритании Карл III прибыл в Румынию с частным визитом.",
        LocalDate.of(2024, 6, 7)).isEmpty());
  }

  @Test
  void anInvitationInAHeadlineIsNoVisit() {
    assertEquals(0, count(events("en", "Xi invites Putin to visit China", "Chinese President Xi Jinping has asked "
        + "Russian President Vladimir Putin to come next year, state media said.", LocalDate.of(2024, 6, 5)),
        "VISIT"));
  }

  @Test
  void aVisitOfAMonthLongPastIsBackground() {
    List<EventRow> es = events("ru", null, "Год назад, в мае 2023 года, председатель КНР Си Цзиньпин посетил "
        + "Казахстан с государственным визитом.", LocalDate.of(2024, 5, 18));
    assertEquals(0, count(es, "VISIT"), es.toString());
    es = events("en", null, "Kazakhstan's Senate ratified the border agreement with Uzbekistan on Thursday; it was "
        + "signed in Tashkent in December 2022 during President Tokayev's state visit.", LocalDate.of(2023, 5, 18));
    assertEquals(0, count(es, "VISIT"), es.toString());
  }

  @Test
  void talksOnTheSidelinesOfASummitAreNoVisitThoughTheHeadlineOmitsTheSummit() {
    List<EventRow> es = events("en", "Xi, Modi hold talks in Kazan", "KAZAN, Oct 23 -- Chinese President Xi Jinping and "
        + "Indian Prime Minister Narendra Modi met on the sidelines of the BRICS summit in the Russian city of Kazan on "
        + "Wednesday, their first formal talks in five years.", LocalDate.of(2024, 10, 23));
    assertEquals(0, count(es, "VISIT"), es.toString());
  }

  @Test
  void agreementsWithBodiesOfSeveralStatesAreNoPairsSigning() {
    List<EventRow> es = events("en", null, "GUANGZHOU, Dec. 2 -- A Chinese news agency signed agreements on Saturday "
        + "with broadcasters from a number of countries, including Argentina, the Philippines and Russia, on sharing "
        + "news and training staff.", LocalDate.of(2023, 12, 2));
    assertEquals(0, count(es, "SIGNING"), es.toString());
  }

  @Test
  void aTrilateralMemorandumGivesNoPairEither() {
    List<EventRow> es = events("en", null, "BAKU, June 5 -- The foreign ministers of Azerbaijan, Georgia and Turkey "
        + "signed a trilateral memorandum on transport cooperation in Baku on Wednesday, after their regular meeting. "
        + "It deals with freight trains on the railway from Baku through Tbilisi to Kars.", LocalDate.of(2024, 6, 5));
    assertTrue(es.isEmpty(), es.toString());
  }
}
