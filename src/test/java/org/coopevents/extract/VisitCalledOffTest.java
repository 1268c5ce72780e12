package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits called off, put off or denied (CalledOffVisit): a cancelled or postponed trip, a visit
 * "not planned", a leader who "will not travel", are no visits to code. A trip put off to a new
 * date is still a visit ahead. The reports are written for these tests.
 */
class VisitCalledOffTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> visits(String lang, String title, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("c-" + Math.abs(text.hashCode()), null, "wire.example", title,
        lang, pub, (title == null ? "" : title + "\n") + text));
    return x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
  }

  @Test
  void aCancelledTripIsNoVisit() {
    LocalDate pub = LocalDate.of(2018, 11, 2);
    assertTrue(visits("en", "Trump scraps trip to Colombia", "US President Donald Trump has cancelled his "
        + "planned visit to Colombia, the White House said on Friday. The stop in Bogota, set for December 2, "
        + "was called off because of the president's schedule.", pub).isEmpty());
    assertTrue(visits("en", null, "The White House called off President Donald Trump's visit to Colombia on Friday.",
        pub).isEmpty());
  }

  @Test
  void aPostponedVisitWithNoNewDateIsNoVisit() {
    assertTrue(visits("en", "Erdogan's Baghdad trip put off", "A visit by Turkish President Recep Tayyip Erdogan "
        + "to Iraq that had been planned for next week has been postponed, officials in Baghdad said.",
        LocalDate.of(2024, 3, 20)).isEmpty());
  }

  @Test
  void aRussianVisitCalledOffIsNoVisit() {
    LocalDate pub = LocalDate.of(2024, 6, 5);
    assertTrue(visits("ru", "Визит Эрдогана в Россию отменён", "Намеченный на август визит президента Турции "
        + "Реджепа Тайипа Эрдогана в Россию отменён, сообщил журналистам Дмитрий Песков.", pub).isEmpty());
    assertTrue(visits("ru", null, "Президент Турции Реджеп Тайип Эрдоган отложил свою поездку в Москву, "
        + "сообщил его офис.", pub).isEmpty());
  }

  @Test
  void aVisitDeniedIsNoVisit() {
    LocalDate pub = LocalDate.of(2024, 6, 5);
    assertTrue(visits("en", "No plans for Putin to go to Turkey, Kremlin says", "President Vladimir Putin has no "
        + "plans to visit Turkey in the coming weeks, Kremlin spokesman Dmitry Peskov said on Monday.", pub).isEmpty());
    assertTrue(visits("ru", "Песков: Путин пока не планирует визит в Турцию", "Владимир Путин в ближайшее время "
        + "не посетит Турцию, заявил пресс-секретарь президента России.", pub).isEmpty());
    assertTrue(visits("en", null, "Chinese President Xi Jinping will not travel to India for the summit, his "
        + "ministry said.", pub).isEmpty());
  }

  @Test
  void aVisitPutOffToANewDateIsStillAhead() {
    List<EventRow> vs = visits("en", null, "The visit of Turkish President Recep Tayyip Erdogan to Iraq has been "
        + "postponed until next month, officials said.", LocalDate.of(2024, 3, 20));
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("PLANNED", vs.get(0).status);
  }

  @Test
  void aVisitOnceDelayedThatBeganIsAVisit() {
    List<EventRow> vs = visits("en", null, "Turkish President Recep Tayyip Erdogan, whose trip had been postponed "
        + "twice, arrived in Baghdad on Monday for a two-day visit.", LocalDate.of(2024, 4, 22));
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("OCCURRED", vs.get(0).status);
  }

  @Test
  void aTripSkippedOrAPlanOfThePastIsNoVisit() {
    LocalDate pub = LocalDate.of(2023, 7, 19);
    assertTrue(visits("en", "Putin skips trip to South Africa", "Russian President Vladimir Putin will not go to the "
        + "BRICS summit. He had been expected to visit Johannesburg in August.", pub).isEmpty());
    assertTrue(visits("en", null, "Turkish President Recep Tayyip Erdogan has dropped plans to visit Iraq this "
        + "month, an aide said.", pub).isEmpty());
  }

  @Test
  void aVisitThatWillNotTakePlaceIsNoVisit() {
    assertTrue(visits("ru", null, "Визит президента Ирана в Москву, который планировался на следующей неделе, не "
        + "состоится, сообщили в посольстве.", LocalDate.of(2024, 6, 5)).isEmpty());
    assertTrue(visits("en", null, "The Iranian president's visit to Moscow will not take place next week, the "
        + "embassy said.", LocalDate.of(2024, 6, 5)).isEmpty());
  }
}
