package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.docs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signatories named with "between" after a document's title, without initials ("an agreement on A
 * between Haluk Gorgun and Mohamed Khaled Nordin", "между Сергеем Кравцовым и министром ...") are
 * no part of the title; bodies named the same way are. The reports are written for these tests;
 * names and posts are real.
 */
class SigningSignatoryPairTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String lang, String text) {
    return EX.extract(new ArticleText("sp-" + Math.abs(text.hashCode()), "https://wire.example/sp", "wire.example", "",
        lang, LocalDate.of(2024, 10, 9), text));
  }

  @Test
  void twoBareNamesAreTheSignatories() {
    Extraction x = run("en", "ANKARA, Oct 8 - Turkey and Malaysia signed an agreement on defence industry cooperation "
        + "between Haluk Gorgun and Mohamed Khaled Nordin on Tuesday during the visit of Prime Minister Anwar Ibrahim.");
    assertEquals(Map.of("Agreement on defence industry cooperation", "AGREEMENT"), docs(x));
  }

  @Test
  void namesAfterTheirPostsAreTheSignatories() {
    Extraction x = run("en", "ANKARA, Oct 8 - Turkey and Malaysia signed a memorandum on defence industry cooperation "
        + "between Defence Industry Agency head Haluk Gorgun and Defence Minister Mohamed Khaled Nordin on Tuesday.");
    assertEquals(Map.of("Memorandum on defence industry cooperation", "MEMORANDUM"), docs(x));
  }

  @Test
  void russianNamesInTheInstrumentalAreTheSignatories() {
    Extraction x = run("ru", "МОСКВА, 8 октября. Россия и Вьетнам подписали во вторник соглашение о сотрудничестве в "
        + "области образования между Сергеем Кравцовым и министром образования Вьетнама Нгуен Ким Шоном в ходе визита "
        + "премьер-министра Вьетнама.");
    assertEquals(Map.of("Соглашение о сотрудничестве в области образования", "AGREEMENT"), docs(x));
  }

  @Test
  void theCounterpartWithWhomADocumentIsExchangedIsNoPartOfItsTitle() {
    Extraction x = run("en", "HANOI, Oct 8 - Prime Minister Anwar Ibrahim and his Vietnamese counterpart Pham Minh Chinh "
        + "witnessed exchanges of documents on Tuesday. Foreign Minister Mohamad Hasan exchanged a letter of intent on "
        + "cooperation in diplomatic training with his Vietnamese counterpart Bui Thanh Son.");
    assertEquals(Map.of("Letter of intent on cooperation in diplomatic training", "OTHER"), docs(x));
    Extraction y = run("en", "HANOI, Oct 8 - Attorney General Tan Sri Idrus Harun exchanged a memorandum on cooperation "
        + "in legal matters with Vietnam's Law Minister Le Thanh Long on Tuesday during the visit of Prime Minister "
        + "Anwar Ibrahim to Vietnam.");
    assertEquals(Map.of("Memorandum on cooperation in legal matters", "MEMORANDUM"), docs(y));
  }

  @Test
  void aBodyWithWhichADocumentIsSignedStaysInItsTitle() {
    Extraction x = run("en", "ASTANA, Oct 8 - Kazakhstan and China signed a memorandum of cooperation with China "
        + "Development Bank on Tuesday during the state visit of President Xi Jinping.");
    assertEquals(Map.of("Memorandum of cooperation with China Development Bank", "MEMORANDUM"), docs(x));
  }

  @Test
  void signatoriesNamedAloneAtTheEndOfATableRowAreCutOff() {
    Extraction x = EX.extract(new ArticleText("sp-row", "https://wire.example/sp", "wire.example",
        "List of Outcomes: State Visit of the President of Maldives to India", "en", LocalDate.of(2024, 10, 9),
        "The following documents were exchanged during the State Visit of President Mohamed Muizzu of Maldives to "
            + "India in New Delhi on 7 October 2024.\n"
            + "S.No. Name of the document Signatory from Indian side Signatory from Maldivian side\n"
            + "1. Memorandum of Understanding on cooperation in the field of health Jagat Prakash Nadda Abdulla Nazim "
            + "Ibrahim\n"
            + "2. Agreement on currency swap Shaktikanta Das Ahmed Munawar\n"
            + "3. MoU on Digital Public Infrastructure Transformation Solutions\n"
            + "4. MoU between Indian Council for Cultural Relations and Jawaharlal Nehru University\n"));
    assertEquals(Map.of(
        "Memorandum of Understanding on cooperation in the field of health", "MEMORANDUM",
        "Agreement on currency swap", "AGREEMENT",
        "MoU on Digital Public Infrastructure Transformation Solutions", "MEMORANDUM",
        "MoU between Indian Council for Cultural Relations and Jawaharlal Nehru University", "MEMORANDUM"), docs(x));
  }

  @Test
  void bodiesBetweenWhichADocumentIsSignedStayInItsTitle() {
    Extraction x = run("en", "DHAKA, Oct 8 - India and Bangladesh signed an MoU between Prasar Bharati and Bangladesh "
        + "Television on Tuesday during the visit of Prime Minister Narendra Modi.");
    assertEquals(Map.of("MoU between Prasar Bharati and Bangladesh Television", "MEMORANDUM"), docs(x));
    Extraction y = run("en", "TASHKENT, Oct 8 - Uzbekistan and Turkey signed an MoU between Uzbekistan Airways and "
        + "Turkish Airlines and an agreement between Tashkent State University and Ankara University on Tuesday.");
    assertEquals(Map.of("MoU between Uzbekistan Airways and Turkish Airlines", "MEMORANDUM",
        "Agreement between Tashkent State University and Ankara University", "AGREEMENT"), docs(y));
  }

  @Test
  void governmentsBetweenWhichAnAgreementIsSignedStayInItsTitle() {
    Extraction x = run("ru", "АСТАНА, 8 октября. Подписано соглашение между Правительством Республики Казахстан и "
        + "Правительством Китайской Народной Республики о взаимном учреждении культурных центров в ходе визита "
        + "Си Цзиньпина.");
    assertEquals(Map.of("Соглашение между Правительством Республики Казахстан и Правительством Китайской Народной "
        + "Республики о взаимном учреждении культурных центров", "AGREEMENT"), docs(x));
  }

  @Test
  void signatoriesNamedAloneAfterATitleInTitleCaseAreCutOff() {
    Extraction x = EX.extract(new ArticleText("sp-tc", "https://wire.example/sp", "wire.example",
        "Documents signed during the visit of the President of Azerbaijan to Kazakhstan", "en", LocalDate.of(2024, 10, 9),
        "The following documents were signed during the state visit of President Ilham Aliyev to Kazakhstan on "
            + "8 October 2024:\n"
            + "Document Signed by\n"
            + "Agreement on Cooperation in the Field of Energy Almasadam Satkaliyev, Parviz Shahbazov\n"
            + "Memorandum of Understanding on Cooperation in Tourism Yerbol Myrzabosynov Fuad Naghiyev\n"
            + "Memorandum of Understanding on Maritime Cooperation Nurlan Baibazarov Mikayil Jabbarov\n"
            + "Memorandum of Understanding on Cooperation Between Foreign Service Institutes\n"));
    assertEquals(Map.of(
        "Agreement on Cooperation in the Field of Energy", "AGREEMENT",
        "Memorandum of Understanding on Cooperation in Tourism", "MEMORANDUM",
        "Memorandum of Understanding on Maritime Cooperation", "MEMORANDUM",
        "Memorandum of Understanding on Cooperation Between Foreign Service Institutes", "MEMORANDUM"), docs(x));
  }

  @Test
  void aSecondPairOfPartiesEndsTheTitleBeforeIt() {
    Extraction x = EX.extract(new ArticleText("sp-2p", "https://wire.example/sp", "wire.example", "", "en",
        LocalDate.of(2024, 10, 9), "HANOI, Oct 8 - Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay "
            + "Siphandone witnessed the signing of an agreement on road transport between the two transport "
            + "ministries, and between the news agencies VNA and KPL."));
    assertEquals(Map.of("Agreement on road transport between the two transport ministries", "AGREEMENT"), docs(x));
  }

  @Test
  void theAndOfAPairOfPartiesPartsNoTopicsOfAPluralHead() {
    Extraction x = EX.extract(new ArticleText("sp-2q", "https://wire.example/sp", "wire.example", "", "en",
        LocalDate.of(2024, 10, 9), "HANOI, Oct 8 - Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay "
            + "Siphandone witnessed the exchange of documents after talks in Hanoi. They included memoranda of "
            + "understanding on education between the Vietnamese Ministry of Education and Training and the Lao "
            + "Ministry of Education and Sports, and between the State Bank of Vietnam and the Bank of the Lao PDR."));
    // one document per pair of parties (PartyPairs), each whole: no topic split off at an "and"
    // inside a party's name
    assertEquals(Map.of(
        "Memorandum of understanding on education between the Vietnamese Ministry of Education and Training and the "
            + "Lao Ministry of Education and Sports", "MEMORANDUM",
        "Memorandum of understanding on education between the State Bank of Vietnam and the Bank of the Lao PDR",
        "MEMORANDUM"), docs(x));
  }
}
