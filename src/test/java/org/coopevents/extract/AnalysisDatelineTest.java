package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.coopevents.knowledge.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dateline of a wire report: its state, where it ends, and its date. */
class AnalysisDatelineTest {
  private static Knowledge kb;

  @BeforeAll
  static void load() {
    kb = Knowledge.load();
  }

  private static Analysis analyse(String lang, LocalDate pub, String text) {
    return new Analysis(new ArticleText("t", null, null, "", lang, pub, text), kb, Cues.build());
  }

  @Test
  void russianWireDatelineWithShortMonth() {
    String body = "МОСКВА, 17 янв — РИА Новости. Президент Египта прибыл в Москву с рабочим визитом.";
    Analysis an = analyse("ru", LocalDate.of(2024, 1, 17), body);
    assertEquals("RUS", an.datelineIso3);
    assertEquals(LocalDate.of(2024, 1, 17), an.datelineDate);
    assertTrue(an.datelineEnd > body.indexOf("янв") && an.datelineEnd <= body.indexOf("РИА"), "end " + an.datelineEnd);
  }

  @Test
  void datelinesWhoseCityAndDateCloseWithFullStops() {
    // Interfax and Kazinform: "Москва. 5 июня. INTERFAX.RU - ", "АСТАНА. 5 июня. KAZINFORM – "
    String body = "Москва. 5 июня. INTERFAX.RU - Президент Узбекистана сегодня провел переговоры в Кремле.";
    Analysis an = analyse("ru", LocalDate.of(2024, 6, 6), body);
    assertEquals("RUS", an.datelineIso3);
    assertEquals(LocalDate.of(2024, 6, 5), an.datelineDate);
    assertTrue(an.datelineEnd > body.indexOf("INTERFAX") && an.datelineEnd <= body.indexOf("Президент"), "end " + an.datelineEnd);
    body = "Moscow. June 5. INTERFAX - The Uzbek president held talks in the Kremlin today.";
    an = analyse("en", LocalDate.of(2024, 6, 6), body);
    assertEquals(LocalDate.of(2024, 6, 5), an.datelineDate);
    assertTrue(an.datelineEnd > body.indexOf("INTERFAX") && an.datelineEnd <= body.indexOf("The"), "end " + an.datelineEnd);
  }

  @Test
  void englishWireDatelineWithAgency() {
    String body = "ASTANA, Nov 27 (Reuters) - The Egyptian president arrived in Kazakhstan on Monday for talks.";
    Analysis an = analyse("en", LocalDate.of(2023, 11, 27), body);
    assertEquals("KAZ", an.datelineIso3);
    assertEquals(LocalDate.of(2023, 11, 27), an.datelineDate);
    assertTrue(an.datelineEnd >= body.indexOf("- ") + 1 && an.datelineEnd <= body.indexOf("The"), "end " + an.datelineEnd);
  }

  @Test
  void datelineWithTheCountryBetweenCityAndDate() {
    String body = "TASHKENT, Uzbekistan, March 3. The Egyptian foreign minister held talks in the capital.";
    Analysis an = analyse("en", LocalDate.of(2023, 3, 3), body);
    assertEquals("UZB", an.datelineIso3);
    assertEquals(LocalDate.of(2023, 3, 3), an.datelineDate);
    assertTrue(an.datelineEnd >= body.indexOf("3.") + 1, "end " + an.datelineEnd);
  }

  @Test
  void aDateThatOpensTheSentenceAfterADashedDatelineIsTheSentencesNotTheDatelines() {
    // "CITY — 22 December the visit came to an end": the day is what the sentence tells of
    String body = "АСТАНА — 22 декабря завершился государственный визит президента Казахстана в Ташкент.";
    Analysis an = analyse("ru", LocalDate.of(2022, 12, 23), body);
    assertEquals("KAZ", an.datelineIso3);
    assertNull(an.datelineDate);
    assertTrue(an.datelineEnd <= body.indexOf("22"), "end " + an.datelineEnd);
    // a date the dateline closes with punctuation stays the dateline's
    String wire = "АСТАНА, 22 декабря — Казинформ. Президент Казахстана завершил визит в Ташкент.";
    Analysis w = analyse("ru", LocalDate.of(2022, 12, 22), wire);
    assertEquals(LocalDate.of(2022, 12, 22), w.datelineDate);
    assertTrue(w.datelineEnd > wire.indexOf("декабря"), "end " + w.datelineEnd);
  }

  @Test
  void datelineWithoutYearOrPublicationDateHasNoDate() {
    String body = "МИНСК, 24 июн – Sputnik. Глава МИД Египта прилетел в Минск.";
    Analysis an = analyse("ru", null, body);
    assertEquals("BLR", an.datelineIso3);
    assertNull(an.datelineDate);
    // and its date is never taken for a date of the body
    assertTrue(an.datelineEnd > body.indexOf("июн"));
  }

  @Test
  void aDatelineDaysAwayFromPublicationGivesNoDate() {
    // a stale dateline ("3 Mar" over a report published on 21 March) is still a dateline
    String body = "MOSCOW, 3 Mar (Wire) -- The two presidents held talks in the Kremlin on 21 March.";
    Analysis an = analyse("en", LocalDate.of(2023, 3, 21), body);
    assertEquals("RUS", an.datelineIso3);
    assertNull(an.datelineDate);
    assertTrue(an.datelineEnd > body.indexOf("Mar"));
  }

  @Test
  void relativeDaysAndUndatedSigningsCountFromTheDatelinesDay() {
    // a wire dated the 12th, published on the 13th: "вчера" is the 11th, the talks' signing the 12th
    String body = "АСТАНА, 12 мая. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев вчера прибыл в Казахстан "
        + "с государственным визитом. По итогам переговоров стороны подписали соглашение о сотрудничестве "
        + "в области энергетики.";
    LocalDate pub = LocalDate.of(2025, 5, 13);
    assertEquals(LocalDate.of(2025, 5, 12), analyse("ru", pub, body).dayOfReport());
    Extraction x = ArticleExtractor.create(kb).extract(new ArticleText("t", null, null, "", "ru", pub, body));
    String visit = null;
    String signing = null;
    for (org.coopevents.model.EventRow e : x.events) {
      if (e.eventType.equals("VISIT")) visit = e.startDate;
      if (e.eventType.equals("SIGNING")) signing = e.startDate;
    }
    assertEquals("2025-05-11", visit);
    assertEquals("2025-05-12", signing);
    // with no dated dateline the publication date stays the day of the report
    assertEquals(pub, analyse("ru", pub, "Президент Узбекистана вчера прибыл в Астану.").dayOfReport());
  }

  @Test
  void signingDuringAVisitThatEndedBeforeTheReportIsNotDatedToTheReport() {
    // told on the 6th of a visit on the 3rd-4th: the signing "в ходе визита" was not on the 6th
    String body = "Президент Узбекистана Шавкат Мирзиёев 3-4 июня находился в Казахстане с государственным визитом. "
        + "В ходе визита подписан Договор о союзнических отношениях.";
    Extraction x = ArticleExtractor.create(kb).extract(
        new ArticleText("t", null, null, "", "ru", LocalDate.of(2025, 6, 6), body));
    for (org.coopevents.model.EventRow e : x.events) {
      if (e.eventType.equals("SIGNING")) assertNull(e.startDate);
      if (e.eventType.equals("VISIT")) assertEquals("2025-06-03", e.startDate);
    }
    assertEquals(2, x.events.size());
  }

  @Test
  void datelinesOfCisAgencies() {
    // БЕЛТА opens with the date and closes the city with its correspondent in slashes
    String body = "15 мая, Минск /Корр. БЕЛТА/. Начался официальный визит министра.";
    Analysis an = analyse("ru", LocalDate.of(2025, 5, 15), body);
    assertEquals("BLR", an.datelineIso3);
    assertEquals(LocalDate.of(2025, 5, 15), an.datelineDate);
    assertEquals(body.indexOf("Начался"), an.datelineEnd);
    // Trend: the city and the agency in slashes, no date
    body = "БАКУ /Trend/ - Министр иностранных дел прибыл в Ташкент.";
    an = analyse("ru", LocalDate.of(2025, 5, 15), body);
    assertEquals("AZE", an.datelineIso3);
    assertEquals(body.indexOf("Министр"), an.datelineEnd);
    // ARMENPRESS in English capitals
    an = analyse("en", LocalDate.of(2025, 4, 8), "YEREVAN, APRIL 8, ARMENPRESS. The minister arrived.");
    assertEquals("ARM", an.datelineIso3);
    assertEquals(LocalDate.of(2025, 4, 8), an.datelineDate);
  }
}
