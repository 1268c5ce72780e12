package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits told only as background of other news (VisitBackground): a visit that dates a
 * ratified treaty's signing, a "recent" visit recalled in a greeting. The reports are written
 * for these tests.
 */
class VisitBackgroundTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("b-" + Math.abs(text.hashCode()), null, "wire.example", null,
        lang, pub, text));
    return x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
  }

  @Test
  void aVisitThatDatesAnOldTreatyInAnUndatedReportIsBackground() {
    List<EventRow> vs = visits("ru", "Касым-Жомарт Токаев подписал закон о ратификации договора с Узбекистаном.\n"
        + "Договор был подписан в Ташкенте 22 декабря 2022 года, когда президент Казахстана находился в "
        + "Узбекистане с государственным визитом.", null);
    assertTrue(vs.isEmpty(), vs.toString());
  }

  @Test
  void aRecentVisitRecalledInAGreetingIsBackground() {
    List<EventRow> vs = visits("ru", "Шавкат Мирзиёев поздравил Си Цзиньпина с годовщиной основания КНР.\n"
        + "По словам президента Узбекистана, недавний государственный визит Си Цзиньпина в Узбекистан поднял "
        + "отношения на новый уровень.", LocalDate.of(2022, 10, 1));
    assertTrue(vs.isEmpty(), vs.toString());
  }

  @Test
  void aVisitOfTheDaysOfTheReportIsNews() {
    // the same sentence in a report of the following day: the visit is today's news
    List<EventRow> vs = visits("ru", "Договор был подписан в Ташкенте 22 декабря 2022 года, когда президент "
        + "Казахстана Касым-Жомарт Токаев находился в Узбекистане с государственным визитом.",
        LocalDate.of(2022, 12, 23));
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("KAZ", vs.get(0).actor1Country);
  }

  @Test
  void theWordListLoads() {
    assertTrue(VisitBackground.is(VisitBackground.Role.WHEN, "когда"));
    assertTrue(VisitBackground.is(VisitBackground.Role.EARLIER, "недавний"));
  }

  @Test
  void aVisitDatedByAMonthBeforeTheReportIsBackground() {
    assertTrue(visits("en", "Spanish Prime Minister Pedro Sanchez, who visited Beijing in March, said on Thursday "
        + "that Europe should avoid a trade war.", LocalDate.of(2024, 9, 12)).isEmpty());
    assertTrue(visits("en", "Spanish Prime Minister Pedro Sanchez said on Thursday that Europe should avoid a trade "
        + "war. He raised the matter during his visit to China in March.", LocalDate.of(2024, 9, 12)).isEmpty());
  }

  @Test
  void aMonthAheadOrOfTheReportKeepsTheVisit() {
    EventRow v = VisitWordingTest.only(visits("en", "Spanish Prime Minister Pedro Sanchez will visit China in "
        + "November, his office said on Thursday.", LocalDate.of(2024, 9, 12)));
    assertEquals("PLANNED", v.status);
    // a report of January: "in December" of a planned visit is the coming one
    assertEquals(1, visits("en", "Spanish Prime Minister Pedro Sanchez will travel to China in December, "
        + "his office said.", LocalDate.of(2024, 1, 12)).size());
    assertEquals(1, visits("en", "Spanish Prime Minister Pedro Sanchez visited China in September, meeting "
        + "President Xi Jinping.", LocalDate.of(2024, 9, 12)).size());
  }

  @Test
  void theNewsVisitStaysBesideAPastOne() {
    List<EventRow> vs = visits("en", "Spanish Prime Minister Pedro Sanchez arrived in Beijing on Monday for a "
        + "four-day official visit. Sanchez also visited China in March 2023.", LocalDate.of(2024, 9, 9));
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("2024-09-09", v.startDate);
  }
}
