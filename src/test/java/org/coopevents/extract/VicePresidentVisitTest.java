package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits of a state's vice president, whom leaders.tsv does not list: outlets tell them as they
 * tell a president's ("U.S. Vice President Kamala Harris arrived in Ghana", "вице-президент США
 * прибыла в Гану"), often with no kind of visit and no host leader named in the sentence. The
 * reports are written for these tests.
 */
class VicePresidentVisitTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();


  @Test
  void aVicePresidentsArrivalIsAVisit() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "",
        "ACCRA, March 27 (Wire) - U.S. Vice President Kamala Harris arrived in Ghana on Sunday at the start of "
        + "a week-long trip to three African countries.", LocalDate.of(2023, 3, 27)));
    assertEquals("USA", v.actor1Country);
    assertEquals("GHA", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void aRussianReportOfAVicePresidentsArrival() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("ru", "",
        "Вице-президент США Камала Харрис в воскресенье прибыла в Гану. Это первая остановка ее поездки "
        + "по трем странам Африки.", LocalDate.of(2023, 3, 27)));
    assertEquals("USA", v.actor1Country);
    assertEquals("GHA", v.actor2Country);
  }

  @Test
  void anIndianReportNamesItsOwnVicePresidentWithNoState() {
    List<EventRow> vs = VisitWordingTest.visits("en", "",
        "Vice President Hamid Ansari reached Uganda on Tuesday after a three-day stay in Rwanda, the second "
        + "leg of his tour of East Africa. It is the first high-level visit from India to Uganda in twenty years.",
        LocalDate.of(2017, 2, 22));
    EventRow v = vs.stream().filter(e -> "UGA".equals(e.actor2Country)).findFirst().orElseThrow();
    assertEquals("IND", v.actor1Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void theTalksPartnerOfAnUnnamedStatesVicePresidentIsTheHost() {
    Extraction x = EX.extract(new ArticleText("vp-tour", null, "wire.example", "", "en", LocalDate.of(2017, 2, 20),
        "Vice President M. Hamid Ansari, who is on a visit to Rwanda and Uganda, held talks with President "
        + "Paul Kagame on Monday. India signed three agreements in Kigali."));
    List<EventRow> vs = x.events.stream().filter(e -> e.eventType.equals("VISIT")).toList();
    for (EventRow v : vs) assertEquals("IND", v.actor1Country, vs.toString());
    assertTrue(vs.stream().anyMatch(v -> "RWA".equals(v.actor2Country)), vs.toString());
    // the capital where the one named state signed is the other party
    List<EventRow> ss = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).toList();
    assertEquals(1, ss.size(), ss.toString());
    assertEquals("IND+RWA", ss.get(0).actor1Country + "+" + ss.get(0).actor2Country);
  }

  @Test
  void talksWithAHostOfALongNameAtAPlace() {
    EventRow v = VisitWordingTest.only(VisitWordingTest.visits("en", "",
        "Han Zheng, China's vice president, held talks with Brazilian President Luiz Inacio Lula da Silva in "
        + "Brasilia on Friday on trade and satellites.", LocalDate.of(2024, 6, 7)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("BRA", v.actor2Country);
    assertEquals("Brasília", v.locationCity);
  }

  @Test
  void aCompanysVicePresidentMakesNoVisit() {
    List<EventRow> vs = VisitWordingTest.visits("en", "",
        "Gazprom Vice President Vitaly Markelov arrived in Tashkent on Tuesday for talks on gas supplies to "
        + "Uzbekistan.", LocalDate.of(2023, 3, 28));
    assertTrue(vs.isEmpty(), vs.toString());
    vs = VisitWordingTest.visits("ru", "",
        "Вице-президент компании «Лукойл» прибыл в Ташкент для переговоров о поставках газа в Узбекистан.",
        LocalDate.of(2023, 3, 28));
    assertTrue(vs.isEmpty(), vs.toString());
  }
}
