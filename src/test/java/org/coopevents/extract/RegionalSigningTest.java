package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Documents of regions and cities signed on the trip of a governor, a mayor or an akim
 * (RegionalSigning, SUBNATIONAL cues): no signing of states. The reports are written for these
 * tests.
 */
class RegionalSigningTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static long signings(String lang, String text) {
    List<EventRow> es = EX.extract(new ArticleText("r-" + Math.abs(text.hashCode()), null, "wire.example", null, lang,
        LocalDate.of(2024, 6, 5), text)).events;
    return es.stream().filter(e -> e.eventType.equals("SIGNING")).count();
  }

  @Test
  void aSigningAfterAnAkimsTripIsTheRegions() {
    assertEquals(0, signings("ru", "Аким Алматы Ерболат Досаев прибыл в Ташкент, где встретился с хокимом Ташкента. "
        + "Стороны подписали дорожную карту сотрудничества на 2024-2025 годы."));
  }

  @Test
  void anAgreementBetweenACityAndARegionIsNoStatesSigning() {
    assertEquals(0, signings("ru", "Во время визита в Минск подписано соглашение о сотрудничестве между "
        + "Санкт-Петербургом и Минской областью на 2024-2026 годы."));
  }

  @Test
  void aSigningAfterALeadersTripStays() {
    assertEquals(1, signings("ru", "Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент с государственным "
        + "визитом. Стороны подписали дорожную карту сотрудничества на 2024-2025 годы."));
  }
}
