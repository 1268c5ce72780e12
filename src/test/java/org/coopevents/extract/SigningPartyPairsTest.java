package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.docs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One plural type word and several pairs of signing bodies ("Memoranda of understanding were
 * signed between A and B; between C and D; and between E and F", "меморандумы между A и B, между
 * C и D, а также между E и F"): one document per pair. The reports are written for these tests;
 * the bodies are real.
 */
class SigningPartyPairsTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String lang, String text) {
    return EX.extract(new ArticleText("pp-" + Math.abs(text.hashCode()), "https://wire.example/pp", "wire.example", "",
        lang, LocalDate.of(2024, 10, 9), text));
  }

  @Test
  void pairsAfterAPassiveVerbAndSemicolons() {
    Extraction x = run("en", "HANOI, Oct 8 - After their talks, Prime Minister Pham Minh Chinh and Lao Prime Minister "
        + "Sonexay Siphandone witnessed the signing of several documents. Memoranda of understanding were signed "
        + "between the Ministry of Finance of Vietnam and the Ministry of Finance of Laos; between the Ministry of "
        + "Health of Vietnam and the Lao Ministry of Health; and between the State Bank of Vietnam and the Bank of the Lao PDR.");
    assertEquals(Map.of(
        "Memorandum of understanding between the Ministry of Finance of Vietnam and the Ministry of Finance of Laos", "MEMORANDUM",
        "Memorandum of understanding between the Ministry of Health of Vietnam and the Lao Ministry of Health", "MEMORANDUM",
        "Memorandum of understanding between the State Bank of Vietnam and the Bank of the Lao PDR", "MEMORANDUM"), docs(x));
  }

  @Test
  void pairsAfterATopicAndCommas() {
    Extraction x = run("en", "HANOI, Oct 8 - Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone "
        + "witnessed the signing of memoranda of understanding on cooperation between the Ministry of Finance of Vietnam "
        + "and the Lao Ministry of Finance, between the Vietnamese Ministry of Health and the Lao Ministry of Health, "
        + "and between the State Bank of Vietnam and the Bank of the Lao PDR.");
    assertEquals(Map.of(
        "Memorandum of understanding on cooperation between the Ministry of Finance of Vietnam and the Lao Ministry of Finance", "MEMORANDUM",
        "Memorandum of understanding on cooperation between the Vietnamese Ministry of Health and the Lao Ministry of Health", "MEMORANDUM",
        "Memorandum of understanding on cooperation between the State Bank of Vietnam and the Bank of the Lao PDR", "MEMORANDUM"), docs(x));
  }

  @Test
  void russianPairsJoinedByAТакже() {
    Extraction x = run("ru", "ХАНОЙ, 8 октября. По итогам переговоров премьер-министр Вьетнама Фам Минь Тинь и "
        + "премьер-министр Лаоса Сонсай Сипхандон присутствовали при подписании документов. Были подписаны меморандумы "
        + "о взаимопонимании между Министерством финансов Вьетнама и Министерством финансов Лаоса, между Министерством "
        + "здравоохранения Вьетнама и Министерством здравоохранения Лаоса, а также между Государственным банком Вьетнама "
        + "и Банком Лаоса.");
    assertEquals(Map.of(
        "Меморандум о взаимопонимании между Министерством финансов Вьетнама и Министерством финансов Лаоса", "MEMORANDUM",
        "Меморандум о взаимопонимании между Министерством здравоохранения Вьетнама и Министерством здравоохранения Лаоса", "MEMORANDUM",
        "Меморандум о взаимопонимании между Государственным банком Вьетнама и Банком Лаоса", "MEMORANDUM"), docs(x));
  }

  @Test
  void pairsOfPersonsAreLeftAsBefore() {
    Extraction x = run("en", "HANOI, Oct 8 - Prime Minister Pham Minh Chinh and his Singaporean counterpart witnessed "
        + "the signing of memoranda of understanding on education between Education Minister Nguyen Kim Son and "
        + "Education Minister Chan Chun Sing, and between Health Minister Dao Hong Lan and Health Minister Ong Ye Kung.");
    assertEquals(1, docs(x).size(), docs(x).toString());
  }
}
