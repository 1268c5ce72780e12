package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.coopevents.extract.ExtractionRows.docs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Lists of outcomes as foreign ministries, presidential sites and wires publish them: tables of
 * documents and their signatories flattened into one line per row by text extractors, counts
 * told roughly or in words beside sub-counts, single-year periods. The reports are written for
 * these tests after the layout of real ones; names and posts are real, the rows are ours.
 */
class SigningOutcomeListTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 10, 9); // a Wednesday

  private static Extraction run(String lang, String title, String text) {
    return EX.extract(new ArticleText("o-" + Math.abs(text.hashCode()), "https://outlet.example/o",
        "outlet.example", title, lang, PUB, text));
  }

  @Test
  void signatoryCellsRunOnAfterTheTitleAreCutOff() {
    Extraction x = run("en", "List of Outcomes: State Visit of the President of Maldives to India",
        "The following documents were exchanged during the State Visit of President Mohamed Muizzu of Maldives "
            + "to India in New Delhi on 7 October 2024.\n"
            + "S.No. Name of the document Signatory from Indian side Signatory from Maldivian side\n"
            + "1. Memorandum of Understanding on cooperation in the field of health Minister of Health J.P. Nadda "
            + "Minister of Health Abdulla Nazim Ibrahim\n"
            + "2. Agreement on currency swap between the Reserve Bank of India and the Maldives Monetary Authority "
            + "Governor Shaktikanta Das Governor Ahmed Munawar\n"
            + "3. MoU on Cooperation in Sports and Youth Affairs High Commissioner Munu Mahawar Minister of Youth "
            + "Ibrahim Hassan\n"
            + "4. Agreement on Maritime Security Cooperation Shri Vikram Misri, Foreign Secretary Dr. Abdulla "
            + "Khaleel, Foreign Minister\n"
            + "5. Cultural Exchange Programme for 2025-2028 Secretary, Ministry of Culture Ambassador of Maldives\n");
    assertEquals(Map.of(
        "Memorandum of Understanding on cooperation in the field of health", "MEMORANDUM",
        "Agreement on currency swap between the Reserve Bank of India and the Maldives Monetary Authority", "AGREEMENT",
        "MoU on Cooperation in Sports and Youth Affairs", "MEMORANDUM",
        "Agreement on Maritime Security Cooperation", "AGREEMENT",
        "Cultural Exchange Programme for 2025-2028", "PROGRAMME"), docs(x));
  }

  @Test
  void russianSignatoryCellsRunOnAfterTheTitleAreCutOff() {
    Extraction x = run("ru", "Документы, подписанные в ходе визита",
        "В Ташкенте 9 октября в ходе государственного визита Президента России подписаны следующие документы:\n"
            + "1. Соглашение о сотрудничестве в области здравоохранения Министр здравоохранения Российской "
            + "Федерации М.А. Мурашко Министр здравоохранения Республики Узбекистан А.А. Худаяров\n"
            + "2. Меморандум о взаимопонимании между Министерством энергетики Российской Федерации и Министерством "
            + "энергетики Республики Узбекистан Заместитель Министра энергетики\n");
    assertEquals(Map.of("Соглашение о сотрудничестве в области здравоохранения", "AGREEMENT",
        "Меморандум о взаимопонимании между Министерством энергетики Российской Федерации и Министерством "
            + "энергетики Республики Узбекистан", "MEMORANDUM"), docs(x));
  }

  @Test
  void postsInsideATitleStayInIt() {
    Extraction x = run("en", "", "India and Maldives signed an Agreement between the Prime Minister's Office of "
        + "India and the President's Office of Maldives in New Delhi on Monday, and a Joint Declaration by the "
        + "Foreign Ministers on maritime cooperation.");
    assertTrue(docs(x).containsKey("Agreement between the Prime Minister's Office of India and the President's "
        + "Office of Maldives"), docs(x).toString());
  }

  private static Integer count(String lang, String text) {
    List<EventRow> s = signings(run(lang, "", text));
    assertEquals(1, s.size(), s.toString());
    return s.get(0).documentCount;
  }

  @Test
  void groupWordsCountDocuments() {
    assertEquals(12, count("en", "Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev held talks in "
        + "Astana on Tuesday and witnessed the signing of a dozen cooperation documents covering trade and culture."));
    assertEquals(24, count("en", "Vietnam and Laos signed two dozen documents in Hanoi on Tuesday."));
    assertEquals(20, count("ru", "Во вторник в Москве Россия и Вьетнам подписали два десятка документов."));
    assertEquals(10, count("ru", "Россия и Вьетнам во вторник в Ханое подписали десяток документов."));
  }

  @Test
  void roughCountsGiveNoNumber() {
    assertEquals(null, count("en", "India and Brunei signed more than a dozen agreements in Bandar Seri Begawan on Tuesday."));
    assertEquals(null, count("en", "India and Brunei signed dozens of agreements in Bandar Seri Begawan on Tuesday."));
    assertEquals(null, count("ru", "По итогам переговоров в Москве во вторник Россия и Аргентина подписали более двух "
        + "десятков документов."));
    // a count with a bound is no number of documents signed (dataset.md: the number the reports say)
    assertEquals(null, count("en", "China and Brazil signed more than 20 cooperation documents in Beijing on Tuesday."));
    assertEquals(null, count("ru", "Во вторник в Пекине Китай и Бразилия подписали более 20 документов о сотрудничестве."));
    assertEquals(null, count("en", "China and Brazil signed over 20 cooperation documents in Beijing on Tuesday."));
    assertEquals(null, count("ru", "Во вторник в Пекине Китай и Бразилия подписали свыше 20 документов о сотрудничестве."));
    assertEquals(null, count("ru", "Во вторник в Пекине Китай и Бразилия подписали около 20 документов о сотрудничестве."));
  }

  @Test
  void theCountIsOfAllTheDocumentsSignedNotOfSomeOfThem() {
    assertEquals(12, count("en", "India and Brunei signed 12 documents, including 3 intergovernmental agreements, in "
        + "Bandar Seri Begawan on Tuesday."));
    assertEquals(12, count("en", "Three intergovernmental agreements were among the 12 documents India and Brunei "
        + "signed in Bandar Seri Begawan on Tuesday."));
    assertEquals(11, count("en", "Russia and Vietnam signed four intergovernmental agreements and seven other documents "
        + "in Hanoi on Tuesday."));
    assertEquals(12, count("ru", "В присутствии президентов России и Узбекистана во вторник в Ташкенте были подписаны "
        + "три межправительственных соглашения и девять межведомственных документов."));
    assertEquals(15, count("ru", "Во вторник в Ташкенте Россия и Узбекистан подписали 15 документов, из них три "
        + "межправительственных соглашения."));
  }

  /** Each document's original title and its period, "start-end" or "-". */
  private static Map<String, String> periods(Extraction x) {
    Map<String, String> m = new TreeMap<>();
    for (DocumentRow d : x.documents) {
      m.put(d.titleOriginal, d.periodStartYear == null ? "-" : d.periodStartYear + "-" + d.periodEndYear);
    }
    return m;
  }

  @Test
  void aProgrammeForOneYearHasThatYearAsItsPeriod() {
    Extraction x = run("en", "", "India and Sri Lanka signed an Agreement on Defence Cooperation and a Programme of "
        + "Cultural Exchanges for the year 2025 in Colombo on Saturday. The Work Plan for 2026 between the health "
        + "ministries was also signed.");
    assertEquals(Map.of("Agreement on Defence Cooperation", "-", "Programme of Cultural Exchanges for the year 2025",
        "2025-2025", "Work Plan for 2026 between the health ministries", "2026-2026"), periods(x));
    Extraction y = run("ru", "", "Во вторник в Ташкенте Россия и Узбекистан подписали программу сотрудничества в "
        + "области культуры на 2025 год и план консультаций между министерствами иностранных дел на 2025-2026 годы.");
    assertEquals(Map.of("Программа сотрудничества в области культуры на 2025 год", "2025-2025",
        "План консультаций между министерствами иностранных дел на 2025-2026 годы", "2025-2026"), periods(y));
    assertTrue(y.documents.stream().anyMatch(d -> "Programme of Cooperation in the field of culture for the year 2025"
        .equals(d.title)), y.documents.toString());
  }

  @Test
  void furtherDocumentsAfterNamedOnesCountThemToo() {
    assertEquals(7, count("en", "China and Chile signed a treaty on mutual legal assistance in criminal matters and six "
        + "other cooperation documents in Beijing on Tuesday."));
    assertEquals(7, count("en", "India and Maldives signed an agreement on currency swap, a treaty on extradition and "
        + "five more documents on Monday in Male."));
    assertEquals(15, count("ru", "Во вторник в Москве Россия и Вьетнам подписали соглашение о сотрудничестве в области "
        + "образования и еще 14 документов."));
  }

  /** The gold rules: "Protocols on A and B" is two documents; a semicolon parts a plural's topics too. */
  @Test
  void aPluralsTopicsAfterASemicolonAreDocumentsOfTheirOwn() {
    Extraction x = run("en", "", "India and Maldives signed the following documents in New Delhi on Monday:\n"
        + "- Agreements on air services; and on maritime transport\n"
        + "- MoU on health and medicine\n");
    assertEquals(Map.of("Agreement on air services", "AGREEMENT", "Agreement on maritime transport", "AGREEMENT",
        "MoU on health and medicine", "MEMORANDUM"), docs(x));
    Extraction y = run("ru", "", "В понедельник в Москве Россия и Узбекистан подписали следующие документы:\n"
        + "- протоколы о сотрудничестве в области туризма; и в области спорта;\n"
        + "- соглашение о сотрудничестве в области энергетики и транспорта.\n");
    assertEquals(Map.of("Протокол о сотрудничестве в области туризма", "PROTOCOL",
        "Протокол о сотрудничестве в области спорта", "PROTOCOL",
        "Соглашение о сотрудничестве в области энергетики и транспорта", "AGREEMENT"), docs(y));
  }

  private static final Map<String, String> OUTCOME_ROWS = Map.of(
      "Memorandum of Understanding on cooperation in the field of health", "MEMORANDUM",
      "MoU on Cooperation in Sports and Youth Affairs", "MEMORANDUM");

  /** An MEA outcome page: the title names the visit, the text is only the table (its header "S.No." first). */
  @Test
  void anOutcomePageWhoseTextIsOnlyItsTable() {
    String title = "List of Outcomes: State Visit of the President of Maldives to India (October 6-9, 2024)";
    String rows = "1. Memorandum of Understanding on cooperation in the field of health Minister of Health J.P. "
        + "Nadda Minister of Health Abdulla Nazim Ibrahim\n"
        + "2. MoU on Cooperation in Sports and Youth Affairs High Commissioner Munu Mahawar Minister of Youth "
        + "Ibrahim Hassan\n";
    for (String text : List.of(
        "S.No. Name of MoU/Agreement Indian Signatory Maldivian Signatory\n" + rows,
        "S.No. | Name of MoU/Agreement | Indian Signatory | Maldivian Signatory\n" + rows,
        "MoUs/Agreements\n" + rows + "Announcements\n1. Launch of RuPay card in Maldives\n",
        title + "\nS.No. Name of MoU/Agreement Indian Signatory Maldivian Signatory\n" + rows)) {
      Extraction x = run("en", title, text);
      List<EventRow> s = signings(x);
      assertEquals(1, s.size(), text + s);
      assertEquals(java.util.Set.of("IND", "MDV"), java.util.Set.of(s.get(0).actor1Country, s.get(0).actor2Country));
      assertEquals(OUTCOME_ROWS, docs(x), text);
    }
  }

  /** A Kremlin page "Документы, подписанные в ходе визита ...": the text is the list alone. */
  @Test
  void aPageTitledAsTheSignedDocumentsWhoseTextIsTheList() {
    Extraction x = run("ru", "Документы, подписанные в ходе государственного визита Президента России в Узбекистан",
        "Соглашение между Правительством Российской Федерации и Правительством Республики Узбекистан о "
            + "сотрудничестве в области здравоохранения\n"
            + "Программа сотрудничества между министерствами иностранных дел на 2025–2026 годы\n"
            + "Меморандум о взаимопонимании в сфере энергетики\n");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(java.util.Set.of("RUS", "UZB"), java.util.Set.of(s.get(0).actor1Country, s.get(0).actor2Country));
    assertEquals(3, x.documents.size(), docs(x).toString());
    Extraction y = run("ru", "Путин провел переговоры в Ташкенте",
        "Соглашение о сотрудничестве в области здравоохранения обсуждается три года.\n");
    assertTrue(signings(y).isEmpty(), signings(y).toString());
  }

  @Test
  void aCountedPluralsTopicsSetOffByACommaAreItsDocuments() {
    Extraction x = run("en", "", "India and Egypt also inked three MoUs, on agriculture, archaeology and competition law, "
        + "in Cairo on Sunday.");
    assertEquals(Map.of("MoU on agriculture", "MEMORANDUM", "MoU on archaeology", "MEMORANDUM",
        "MoU on competition law", "MEMORANDUM"), docs(x));
    Extraction y = run("en", "", "India and Maldives signed two MoUs, on health and on education, in New Delhi on Monday.");
    assertEquals(Map.of("MoU on health", "MEMORANDUM", "MoU on education", "MEMORANDUM"), docs(y));
  }

  /** A sentence after the signing that lists its documents, one of them a "programme of cultural exchange". */
  @Test
  void aSigningNounInsideATitleDoesNotEndTheDocumentsAfterTheSigning() {
    Extraction x = run("en", "", "Russia and Vietnam signed eleven documents in Hanoi on Tuesday. Among them are an "
        + "agreement on cooperation in education, a memorandum on energy, and a programme of cultural exchange for 2025.");
    assertEquals(Map.of("Agreement on cooperation in education", "AGREEMENT", "Memorandum on energy", "MEMORANDUM",
        "Programme of cultural exchange for 2025", "PROGRAMME"), docs(x));
  }

  /** "подписали заявление об ...": a bare statement signed, with its topic, is a declaration. */
  @Test
  void aBareStatementSignedIsADeclaration() {
    Extraction x = run("ru", "", "По итогам переговоров в Москве во вторник Россия и Аргентина подписали более двух десятков "
        + "документов. В частности, президенты подписали заявление об установлении всеобъемлющего стратегического "
        + "партнерства.");
    assertEquals(Map.of("Заявление об установлении всеобъемлющего стратегического партнерства", "DECLARATION"), docs(x));
    Extraction y = run("en", "", "Russia and Argentina signed an agreement on visa exemption in Moscow on Tuesday, a "
        + "statement from the Kremlin said.");
    assertEquals(Map.of("Agreement on visa exemption", "AGREEMENT"), docs(y));
  }

  /** Kremlin-style rows: the signatories' posts in the nominative, "Генеральный директор" capitalised on its first word. */
  @Test
  void russianPostsOfHeadsAndChiefsEndTheTitle() {
    Extraction x = run("ru", "Документы, подписанные в ходе визита",
        "В Ташкенте 9 октября в ходе государственного визита Президента России подписаны следующие документы:\n"
            + "1. Совместное заявление о дальнейшем углублении стратегического партнерства Президент Российской "
            + "Федерации В.В. Путин Президент Республики Узбекистан Ш.М. Мирзиёев\n"
            + "2. Соглашение о сотрудничестве в области атомной энергии Генеральный директор Госкорпорации "
            + "«Росатом» А.Е. Лихачев\n"
            + "3. Соглашение о сотрудничестве между Администрацией Президента Российской Федерации и "
            + "Администрацией Президента Республики Узбекистан\n");
    assertEquals(Map.of("Совместное заявление о дальнейшем углублении стратегического партнерства", "DECLARATION",
        "Соглашение о сотрудничестве в области атомной энергии", "AGREEMENT",
        "Соглашение о сотрудничестве между Администрацией Президента Российской Федерации и Администрацией "
            + "Президента Республики Узбекистан", "AGREEMENT"), docs(x));
  }

  /** A cell that names the signatory before the post: "J.P. Nadda, Minister of Health". */
  @Test
  void aSignatorysNameWithInitialsBeforeThePostIsCutToo() {
    Extraction x = run("en", "List of Outcomes", "The following documents were exchanged during the State Visit of "
        + "President Mohamed Muizzu of Maldives to India in New Delhi on 7 October 2024.\n"
        + "1. Memorandum of Understanding on cooperation in the field of health J.P. Nadda, Minister of Health "
        + "Abdulla Nazim Ibrahim, Minister of Health\n"
        + "2. Agreement on Maritime Security Cooperation S. Jaishankar, External Affairs Minister Moosa Zameer, "
        + "Foreign Minister\n"
        + "3. Agreement between India and the U.S. Trade Representative Office\n");
    assertEquals(Map.of("Memorandum of Understanding on cooperation in the field of health", "MEMORANDUM",
        "Agreement on Maritime Security Cooperation", "AGREEMENT",
        "Agreement between India and the U.S. Trade Representative Office", "AGREEMENT"), docs(x));
  }
}
