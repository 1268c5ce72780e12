package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SourceDomainsTest {
  @Test
  void theUrlsRegistrableDomainComesFirst() {
    assertEquals("tass.ru", SourceDomains.of("https://www.tass.ru/politika/1", "TASS"));
    assertEquals("tass.ru", SourceDomains.of("https://news.tass.ru/x", null));
    assertEquals("bbc.co.uk", SourceDomains.of("https://www.bbc.co.uk/news/world-1", "BBC"));
    assertEquals("belta.by", SourceDomains.of("http://BELTA.BY/politics/view/2", null));
    assertEquals("eurasia-today.example", SourceDomains.of("https://www.eurasia-today.example/a", "Eurasia Today"));
  }

  @Test
  void withoutAUrlTheSourceNameIsNormalised() {
    assertEquals("eurasia-today", SourceDomains.of(null, "Eurasia Today"));
    assertEquals("eurasia-today", SourceDomains.of("", "  eurasia-today "));
    assertEquals("eurasia-today", SourceDomains.of("not a url", "EURASIA  TODAY"));
    assertEquals("евразия-пресс", SourceDomains.of(null, "Евразия-Пресс"));
    assertEquals("kaspiy-inform.example", SourceDomains.of(null, "www.kaspiy-inform.example"));
    assertEquals("tass.ru", SourceDomains.of(null, "TASS.ru"));
    assertNull(SourceDomains.of(null, "  "));
  }

  @Test
  void aNameCountsAsTheDomainItNamesButOtherDomainsStayApart() {
    assertEquals(1, SourceDomains.count(Arrays.asList("eurasia-today", "eurasia-today.example", null)));
    assertEquals(1, SourceDomains.count(Arrays.asList("eurasiatoday.com", "eurasia-today")));
    assertEquals(2, SourceDomains.count(Arrays.asList("tass.ru", "tass.com")));
    assertEquals(2, SourceDomains.count(Arrays.asList("president.gov.by", "president.gov.uz")));
    assertEquals(2, SourceDomains.count(Arrays.asList("eurasia-today", "steppe-daily")));
  }
}
