package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Trips to summits of many states, the way wires and agencies report leaders arriving for them:
 * no bilateral visit to the summit's host, unless the text calls the trip a state, official or
 * working visit, and a bilateral summit stays a visit. The reports are written for these tests.
 */
class SummitTripTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return EX.extract(new ArticleText("t-" + Math.abs(text.hashCode()), null, "wire.example", "", lang, pub, text))
        .events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
  }

  @Test
  void anArrivalToAttendAnOrganisationsSummitIsNoVisit() {
    assertTrue(visits("en", "ASTANA, July 3 (Wire) - Russian President Vladimir Putin flew into Astana on Wednesday to "
        + "take part in the summit of the Shanghai Cooperation Organisation. He is expected to see Chinese President "
        + "Xi Jinping on the margins of the gathering.", LocalDate.of(2024, 7, 3)).isEmpty());
  }

  @Test
  void aRussianArrivalWhereTheSummitIsHeldIsNoVisit() {
    assertTrue(visits("ru", "КАЗАНЬ, 22 октября. Председатель КНР Си Цзиньпин во вторник прилетел в Казань, где "
        + "проходит саммит БРИКС. У трапа самолета его встречал вице-премьер Дмитрий Чернышенко.",
        LocalDate.of(2024, 10, 22)).isEmpty());
  }

  @Test
  void aSummitOfAStateWithAContinentIsOneOfMany() {
    assertTrue(visits("ru", "СОЧИ, 23 октября. Президент Египта Абдель Фаттах ас-Сиси прибыл в Сочи для участия в "
        + "саммите Россия - Африка. В аэропорту его встречал вице-премьер Юрий Борисов.",
        LocalDate.of(2019, 10, 23)).isEmpty());
  }

  @Test
  void theSummitNamedOnceAndThenOnlyAsTheSummit() {
    // the second sentence says only "the summit": the first named it as the Group of Seven's
    assertTrue(visits("en", "HIROSHIMA, May 18 (Wire) - Leaders of the Group of Seven began gathering in Hiroshima "
        + "for their annual summit. US President Joe Biden landed in Hiroshima on Thursday to attend the summit "
        + "hosted by Japanese Prime Minister Fumio Kishida.", LocalDate.of(2023, 5, 18)).isEmpty());
  }

  @Test
  void aStateVisitJoinedToASummitStaysAVisit() {
    EventRow v = VisitWordingTest.only(visits("en", "ASTANA, July 2 (Wire) - Chinese President Xi Jinping arrived in "
        + "Astana on Tuesday for a state visit to Kazakhstan and to attend the summit of the Shanghai Cooperation "
        + "Organisation.", LocalDate.of(2024, 7, 2)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("STATE", v.visitKind);
  }

  @Test
  void aBilateralSummitStaysAVisit() {
    EventRow v = VisitWordingTest.only(visits("en", "WASHINGTON, April 10 (Wire) - Japanese Prime Minister Fumio "
        + "Kishida arrived in Washington on Monday for a summit with President Joe Biden at the White House.",
        LocalDate.of(2024, 4, 10)));
    assertEquals("JPN", v.actor1Country);
    assertEquals("USA", v.actor2Country);
  }

  @Test
  void theGroupNamedAndTheSummitInTheNextSentence() {
    // "the meeting of the Group of Twenty", then "The two-day summit": together they name a gathering of many
    assertTrue(visits("en", "ROME, Oct 30 (Wire) - Indian Prime Minister Narendra Modi flew into Rome on Friday for "
        + "the meeting of the Group of Twenty. The two-day summit is to discuss vaccines and climate finance, and "
        + "Modi goes on to Glasgow afterwards.", LocalDate.of(2021, 10, 30)).isEmpty());
  }

  @Test
  void aGroupInLowerCaseBeforeABilateralSummitStaysAVisit() {
    // "a group of business leaders" is no organisation: the summit of the next sentence is the pair's own
    EventRow v = VisitWordingTest.only(visits("en", "WASHINGTON, April 9 (Wire) - Japanese Prime Minister Fumio "
        + "Kishida arrived in Washington on Tuesday with a group of business leaders. The summit with President Joe "
        + "Biden at the White House is set for Wednesday.", LocalDate.of(2024, 4, 9)));
    assertEquals("JPN", v.actor1Country);
    assertEquals("USA", v.actor2Country);
  }
}
