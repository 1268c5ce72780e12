package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lists of signed documents as wires and agencies lay them out after a counting sentence: a short
 * line "Among the key documents:" that opens the list, items followed by a description after a
 * dash ("MoU on A – It lets ..."). The reports are written for these tests; names, places and
 * dates are real (Mikhail Mishustin's visit to China in August 2024, Najib Razak's to India in
 * April 2017).
 */
class SigningListIntroTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String lang, LocalDate pub, String text) {
    return EX.extract(new ArticleText("li-" + Math.abs(text.hashCode()), "https://wire.example/li",
        "wire.example", "", lang, pub, text));
  }

  @Test
  void aRussianLineAmongTheKeyDocumentsOpensTheList() {
    Extraction x = run("ru", LocalDate.of(2024, 8, 22), "Россия и Китай по итогам визита председателя "
        + "правительства Михаила Мишустина в Пекин 21 августа подписали 15 совместных документов.\n"
        + "Среди ключевых документов:\n"
        + "- Меморандум о взаимопонимании между Минсельхозом России и Минсельхозом КНР о совместной борьбе "
        + "с саранчой.\n"
        + "- Протокол между Россельхознадзором и Главным таможенным управлением КНР о требованиях к "
        + "поставляемой в Китай говядине.\n");
    assertEquals(1, ExtractionRows.signings(x).size(), x.events.toString());
    Map<String, String> d = ExtractionRows.docs(x);
    assertEquals(2, d.size(), d.toString());
    assertEquals("PROTOCOL", d.get("Протокол между Россельхознадзором и Главным таможенным управлением КНР о "
        + "требованиях к поставляемой в Китай говядине"), d.toString());
  }

  @Test
  void anEnglishLineAmongTheMainAgreementsOpensTheList() {
    Extraction x = run("en", LocalDate.of(2024, 8, 22), "BEIJING, Aug 21 - Russia and China signed 15 "
        + "documents on Wednesday during Prime Minister Mikhail Mishustin's visit.\n"
        + "Among the main agreements:\n"
        + "- A memorandum of understanding on joint locust control\n"
        + "- A protocol on requirements for Russian beef exported to China\n");
    Map<String, String> d = ExtractionRows.docs(x);
    assertEquals(2, d.size(), d.toString());
    assertEquals("MEMORANDUM", d.get("Memorandum of understanding on joint locust control"), d.toString());
  }

  @Test
  void aDescriptionAfterADashIsNoPartOfTheItem() {
    Extraction x = run("en", LocalDate.of(2017, 4, 1), "New Delhi: India and Malaysia on Saturday signed "
        + "seven pacts after talks between Prime Minister Narendra Modi and Malaysian Prime Minister Najib "
        + "Razak.\n"
        + "Below is the list of the pacts signed:\n"
        + "Air Services Agreement between India and Malaysia.\n"
        + "MoU on mutual recognition of educational qualifications – It lets degrees of one country count in "
        + "the other.\n"
        + "MoU on cooperation in building a urea plant in Malaysia – The MoU envisages a Malaysian consortium "
        + "putting up the plant.\n"
        + "MoU on Cooperation in the Field of Sports\n");
    Map<String, String> d = ExtractionRows.docs(x);
    assertEquals(Map.of(
        "Air Services Agreement between India and Malaysia", "AGREEMENT",
        "MoU on mutual recognition of educational qualifications", "MEMORANDUM",
        "MoU on cooperation in building a urea plant in Malaysia", "MEMORANDUM",
        "MoU on Cooperation in the Field of Sports", "MEMORANDUM"), d);
  }

  @Test
  void anItemsTitleGoesOnOnTheNextLine() {
    Extraction x = run("en", LocalDate.of(2023, 11, 29), "Abu Dhabi, November 29, 2023 /MONTSAME/. President "
        + "of Mongolia Khurelsukh Ukhnaa, on a working visit to the United Arab Emirates, held talks with UAE "
        + "President Sheikh Mohamed bin Zayed Al Nahyan on November 28.\n"
        + "After the talks the sides concluded the documents below. They include:\n"
        + "-Memorandum of Understanding\n"
        + "between the Governments on mutual visa exemption for holders of diplomatic and ordinary passports;\n"
        + "-Memorandum of Understanding\n"
        + "between the Cabinet Secretariat of Mongolia and the UAE Ministry of Cabinet Affairs on sharing "
        + "experience in government modernisation;\n"
        + "-Agreement on cooperation\n"
        + "in the field of renewable energy.\n"
        + "The President also toured the Louvre Abu Dhabi.\n");
    Map<String, String> d = ExtractionRows.docs(x);
    assertEquals(Map.of(
        "Memorandum of Understanding between the Governments on mutual visa exemption for holders of diplomatic "
            + "and ordinary passports", "MEMORANDUM",
        "Memorandum of Understanding between the Cabinet Secretariat of Mongolia and the UAE Ministry of Cabinet "
            + "Affairs on sharing experience in government modernisation", "MEMORANDUM",
        "Agreement on cooperation in the field of renewable energy", "AGREEMENT"), d);
  }

  @Test
  void aRussianTitleBrokenAfterItsFirstPartyGoesOn() {
    Extraction x = run("ru", LocalDate.of(2024, 5, 27), "Ташкент, 27 мая. По итогам переговоров президентов "
        + "Узбекистана и России подписаны следующие документы:\n"
        + "1. Соглашение между Правительством Республики Узбекистан\n"
        + "и Правительством Российской Федерации о сотрудничестве в области атомной энергетики;\n"
        + "2. Программа экономического сотрудничества\n"
        + "на 2024-2026 годы;\n"
        + "3. Меморандум о взаимопонимании в сфере цифровизации.\n");
    Map<String, String> d = ExtractionRows.docs(x);
    assertEquals(Map.of(
        "Соглашение между Правительством Республики Узбекистан и Правительством Российской Федерации о "
            + "сотрудничестве в области атомной энергетики", "AGREEMENT",
        "Программа экономического сотрудничества на 2024-2026 годы", "PROGRAMME",
        "Меморандум о взаимопонимании в сфере цифровизации", "MEMORANDUM"), d);
  }
}
