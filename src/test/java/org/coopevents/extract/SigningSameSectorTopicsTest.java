package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.docs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Agreements on A and B" where A and B are topics of one sector ("solar energy and nuclear
 * energy", "higher education and vocational training", "railways and civil aviation") are two
 * documents; a pair that names one field ("oil and gas", "science and technology", "nuclear and
 * renewable energy") stays one. The reports are written for these tests.
 */
class SigningSameSectorTopicsTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Map<String, String> signed(String lang, String what) {
    String text = lang.equals("ru")
        ? "АСТАНА, 8 октября. Казахстан и Узбекистан подписали " + what + " во вторник в ходе визита президента Узбекистана."
        : "NEW DELHI, Oct 8 - India and Malaysia signed " + what + " on Tuesday during the visit of Prime Minister Anwar Ibrahim.";
    return docs(EX.extract(new ArticleText("ss-" + Math.abs(text.hashCode()), "https://wire.example/ss", "wire.example",
        "", lang, LocalDate.of(2024, 10, 9), text)));
  }

  @Test
  void twoTopicsOfOneSectorAreTwoDocuments() {
    assertEquals(Map.of("Agreement on solar energy", "AGREEMENT", "Agreement on nuclear energy", "AGREEMENT"),
        signed("en", "agreements on solar energy and nuclear energy"));
    assertEquals(Map.of("MoU on higher education", "MEMORANDUM", "MoU on vocational training", "MEMORANDUM"),
        signed("en", "MoUs on higher education and vocational training"));
    assertEquals(Map.of("MoU on cultural exchanges", "MEMORANDUM", "MoU on heritage conservation", "MEMORANDUM"),
        signed("en", "MoUs on cultural exchanges and heritage conservation"));
  }

  @Test
  void aPluralNounBeforeALongerTopicIsATopicOfItsOwn() {
    assertEquals(Map.of("Agreement on railways", "AGREEMENT", "Agreement on civil aviation", "AGREEMENT"),
        signed("en", "agreements on railways and civil aviation"));
  }

  @Test
  void russianTopicsOfOneSectorAreTwoDocuments() {
    assertEquals(Map.of("Меморандум о высшем образовании", "MEMORANDUM",
        "Меморандум о профессиональной подготовке", "MEMORANDUM"),
        signed("ru", "меморандумы о высшем образовании и профессиональной подготовке"));
  }

  @Test
  void aPairThatNamesOneFieldIsOneDocument() {
    assertEquals(Map.of("Agreement on oil and gas", "AGREEMENT"), signed("en", "agreements on oil and gas"));
    assertEquals(Map.of("MoU on science and technology", "MEMORANDUM"), signed("en", "MoUs on science and technology"));
    assertEquals(Map.of("Agreement on nuclear and renewable energy", "AGREEMENT"),
        signed("en", "agreements on nuclear and renewable energy"));
    assertEquals(Map.of("MoU on trade and economic cooperation", "MEMORANDUM"),
        signed("en", "MoUs on trade and economic cooperation"));
  }

  @Test
  void aPairInOneFieldIsOneDocument() {
    assertEquals(Map.of("Меморандум о сотрудничестве в области изменения климата и низкоуглеродного развития", "MEMORANDUM"),
        signed("ru", "меморандумы о сотрудничестве в области изменения климата и низкоуглеродного развития"));
    assertEquals(Map.of("MoU on cooperation in the field of climate change and low-carbon development", "MEMORANDUM"),
        signed("en", "MoUs on cooperation in the field of climate change and low-carbon development"));
  }

  @Test
  void aSingularTypeWordIsOneDocument() {
    assertEquals(Map.of("Agreement on solar energy and nuclear energy", "AGREEMENT"),
        signed("en", "an agreement on solar energy and nuclear energy"));
  }
}
