package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Trips of former leaders and of leaders out of office (FormerHolder): "Former US President
 * Barack Obama", "экс-президент США", "Brazil's former president", an opposition leader who
 * takes office only a year later. The person travels, not the state. The reports are written
 * for these tests.
 */
class VisitFormerLeaderTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("f-" + Math.abs(text.hashCode()), null, "wire.example", null,
        lang, pub, text));
    return x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
  }

  @Test
  void aFormerPresidentMakesNoVisitOfHisState() {
    LocalDate pub = LocalDate.of(2024, 3, 1);
    assertTrue(visits("en", "Former US President Barack Obama arrived in New Delhi on Thursday for a two-day "
        + "visit. Obama met Prime Minister Narendra Modi and spoke at a conference.", pub).isEmpty());
    assertTrue(visits("ru", "Экс-президент США Барак Обама прибыл в Нью-Дели, где встретился с премьер-министром "
        + "Индии Нарендрой Моди.", pub).isEmpty());
    assertTrue(visits("en", "Brazil's former president Jair Bolsonaro travelled to Washington on Monday to speak "
        + "at a conservative conference.", pub).isEmpty());
  }

  @Test
  void aLeaderLongBeforeTakingOfficeMakesNoVisit() {
    assertTrue(visits("en", "Keir Starmer travelled to Washington on Tuesday, where he met Secretary of State "
        + "Antony Blinken.", LocalDate.of(2023, 7, 5)).isEmpty());
  }

  @Test
  void aSittingLeaderStillVisits() {
    List<EventRow> vs = visits("en", "US President Joe Biden arrived in New Delhi on Friday for the talks with "
        + "Prime Minister Narendra Modi.", LocalDate.of(2023, 9, 8));
    assertEquals(1, vs.size(), vs.toString());
    vs = visits("en", "Russian President Vladimir Putin arrived in Tashkent, the capital of the former Soviet "
        + "republic, on a state visit on Sunday.", LocalDate.of(2024, 5, 26));
    assertEquals(1, vs.size(), vs.toString());
  }
}
