package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits and signings of a past year told as background (PastYear): "during his 2014 visit to
 * Tokyo", "In 2019, Xi paid a state visit", "В 2017 году ... посетил Россию", "в ходе визита 2019
 * года". The reports are written for these tests.
 */
class PastYearInPassingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> events(String lang, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("y-" + Math.abs(text.hashCode()), null, "wire.example", null,
        lang, pub, text));
    return x.events.stream().filter(e -> !e.eventType.equals("COOPERATION")).collect(Collectors.toList());
  }

  @Test
  void aVisitOfAYearNamedBeforeItIsBackground() {
    assertTrue(events("en", "India and Japan marked ten years of their special partnership on Tuesday. The "
        + "partnership dates from Prime Minister Narendra Modi's 2014 visit to Tokyo, when the two governments "
        + "signed a memorandum on defence cooperation.", LocalDate.of(2024, 9, 3)).isEmpty());
  }

  @Test
  void aSentenceOpeningWithAPastYearIsBackground() {
    LocalDate pub = LocalDate.of(2024, 6, 5);
    assertTrue(events("en", "In 2019, Chinese President Xi Jinping paid a state visit to Kyrgyzstan and "
        + "signed a joint declaration with Sooronbay Jeenbekov.", pub).isEmpty());
    assertTrue(events("ru", "В 2017 году президент Вьетнама Чан Дай Куанг посетил Россию с государственным "
        + "визитом.", pub).isEmpty());
    assertTrue(events("ru", "В ходе визита 2019 года президент Китая Си Цзиньпин и президент Киргизии "
        + "Сооронбай Жээнбеков подписали совместную декларацию.", pub).isEmpty());
  }

  @Test
  void aVisitOfThisYearOrSinceAPastYearIsNews() {
    List<EventRow> vs = events("en", "Chinese President Xi Jinping arrived in Bishkek on Tuesday for a state visit, "
        + "his first since 2019.", LocalDate.of(2024, 6, 4));
    assertEquals(1, vs.size(), vs.toString());
    vs = events("en", "Xi Jinping's 2024 visit to Kyrgyzstan began on Tuesday in Bishkek.", LocalDate.of(2024, 6, 4));
    assertEquals(1, vs.size(), vs.toString());
  }
}
