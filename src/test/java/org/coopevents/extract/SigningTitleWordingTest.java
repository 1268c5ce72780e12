package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.coopevents.model.DocumentRow;
import org.junit.jupiter.api.Test;

/**
 * Titles as printed by real reports, kept whole: an official title with verbs joined by "and"
 * ("for Enhancing and Deepening ..."), a topic joined by "and" ("Maritime Cooperation and Blue
 * Economy"), a purpose clause of two verbs ("to enhance and deepen"), and the decisions of a
 * Supreme Interstate Council signed by two presidents. The reports are written for these tests.
 */
class SigningTitleWordingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Map<String, String> docs(String lang, String text) {
    Extraction x = EX.extract(new ArticleText("tw-" + Math.abs(text.hashCode()), null, "wire.example", "", lang,
        LocalDate.of(2024, 6, 22), text));
    Map<String, String> m = new TreeMap<>();
    for (DocumentRow d : x.documents) m.put(d.titleOriginal, d.docType);
    return m;
  }

  @Test
  void anOfficialTitleWithTwoVerbsStaysWhole() {
    Map<String, String> d = docs("en", "BISHKEK, June 22 - Uzbekistan and Kyrgyzstan signed 22 documents during the "
        + "visit. They include the Plan of Practical Measures for Enhancing and Deepening Industrial Cooperation, "
        + "which provides for some 50 joint projects, and the Agreement on the Establishment of the Uzbek-Kyrgyz "
        + "Investment Fund.");
    assertEquals("ACTION_PLAN", d.get("Plan of Practical Measures for Enhancing and Deepening Industrial Cooperation"),
        d.toString());
    assertEquals(2, d.size(), d.toString());
  }

  @Test
  void aTopicJoinedByAndStaysOneDocument() {
    Map<String, String> d = docs("en", "NEW DELHI, June 22 - India and Bangladesh on Saturday signed a Memorandum "
        + "of Understanding on Maritime Cooperation and Blue Economy.");
    assertEquals(Map.of("Memorandum of Understanding on Maritime Cooperation and Blue Economy", "MEMORANDUM"), d);
  }

  @Test
  void twoVerbsOfPurposeGiveWayToTheirTopic() {
    Map<String, String> d = docs("en", "ACCRA, June 22 - India and Ghana on Saturday signed an agreement aimed at "
        + "strengthening and expanding trade in pharmaceuticals.");
    assertEquals(Map.of("Agreement on trade in pharmaceuticals", "AGREEMENT"), d);
    Map<String, String> e = docs("en", "NAIROBI, June 22 - India and Kenya on Saturday signed an MoU to enhance and "
        + "deepen cooperation in maritime security.");
    assertEquals(Map.of("MoU on cooperation in maritime security", "MEMORANDUM"), e);
  }

  @Test
  void decisionsOfASupremeInterstateCouncilAreSignedDocuments() {
    Map<String, String> d = docs("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев подписали следующие документы:\n"
        + "1. Решение Высшего межгосударственного совета о создании Совета глав регионов Казахстана и Узбекистана;\n"
        + "2. Решение Высшего межгосударственного совета о создании рабочей группы по геологии.\n");
    assertEquals(2, d.size(), d.toString());
    assertTrue(d.values().stream().allMatch("OTHER"::equals), d.toString());
  }

  @Test
  void thePlaceOfTheSigningAfterAtIsNoTitle() {
    Map<String, String> d = docs("en", "NEW DELHI, June 22 - India and Bangladesh on Saturday signed MoUs at "
        + "Hyderabad House.");
    assertTrue(d.isEmpty(), d.toString());
  }

  @Test
  void aProtocolOfIntentKeepsItsSecondParty() {
    // "о намерениях" names the document (a protocol or declaration of intent); it is no verb of a plan
    Map<String, String> d = docs("ru", "Бишкек, 22 июня. Россия и Кыргызстан подписали шесть документов: "
        + "соглашение между правительствами об условиях работы Славянского университета, протокол о намерениях "
        + "между Министерством образования Кыргызстана и МГУ имени Ломоносова, а также декларацию о намерениях "
        + "по проведению перекрестного года культуры.");
    assertEquals("PROTOCOL", d.get("Протокол о намерениях между Министерством образования Кыргызстана и МГУ имени "
        + "Ломоносова"), d.toString());
    assertEquals(3, d.size(), d.toString());
  }

  @Test
  void thePlaceOfTheSigningAfterTheTitleIsNoPartOfIt() {
    assertEquals(Map.of("Agreement on nuclear energy", "AGREEMENT"), docs("en", "MOSCOW, June 22 - Russia and "
        + "Uzbekistan on Saturday signed an agreement on nuclear energy at the Kremlin."));
    assertEquals(Map.of("Memorandum of Understanding on Cooperation in Diplomatic Training", "MEMORANDUM",
        "Agreement on visa exemption for official passports", "AGREEMENT"), docs("en", "MALE, June 22 - The "
        + "Maldives and Egypt signed a Memorandum of Understanding on Cooperation in Diplomatic Training at the "
        + "Ministry of Foreign Affairs on Saturday. An agreement on visa exemption for official passports was "
        + "also signed at the foreign ministry."));
    assertEquals(Map.of("Соглашение о сотрудничестве в области энергетики", "AGREEMENT"), docs("ru", "Ташкент, "
        + "22 июня. Россия и Узбекистан подписали соглашение о сотрудничестве в области энергетики в резиденции "
        + "президента."));
    // a place that the title itself names stays
    assertEquals(Map.of("MoU on setting up an India Chair at the University of the West Indies", "MEMORANDUM"),
        docs("en", "KINGSTON, June 22 - India and Jamaica signed an MoU on setting up an India Chair at the "
            + "University of the West Indies."));
  }

  @Test
  void theSidelinesOfASummitAreTheOccasionNotTheTitle() {
    assertEquals(Map.of("Bilateral security agreement", "AGREEMENT"), docs("en", "BARI, June 13 - The United States "
        + "and Ukraine signed a bilateral security agreement on the sidelines of the G7 summit in Italy on Thursday."));
    assertEquals(Map.of("Bilateral security agreement", "AGREEMENT"), docs("en", "BARI, June 13 - The United States "
        + "and Ukraine signed a 10-year bilateral security agreement on Thursday."));
    assertEquals(Map.of("Programme of cultural exchanges", "PROGRAMME"), docs("en", "HANOI, June 13 - Vietnam and "
        + "Laos signed a five-year programme of cultural exchanges on Thursday."));
    // "on" before a topic stays in the title
    assertEquals(Map.of("Memorandum on the forum of regions", "MEMORANDUM"), docs("en", "ASTANA, June 13 - "
        + "Kazakhstan and Russia signed a memorandum on the forum of regions on Thursday."));
  }
}
