package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.coopevents.extract.ExtractionRows.docs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.text.PageFurnitureCleaner;
import org.junit.jupiter.api.Test;

/**
 * Signings as real outlets report them, beyond what the other signing tests cover: tables of
 * signed documents written with " | " between the cells (as text extractors render HTML tables),
 * leaders presiding over "a ceremony to sign" documents, hand-over ceremonies, joint statements
 * issued or adopted, counts in every case form, and signings told as background. The reports are
 * written for these tests; the facts are invented.
 */
class SigningRealReportTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 10, 9); // a Wednesday

  private static Extraction run(String lang, String title, String text) {
    return EX.extract(new ArticleText("r-" + Math.abs(text.hashCode()), "https://outlet.example/r",
        "outlet.example", title, lang, PUB, text));
  }

  private static Extraction run(String lang, String text) {
    return run(lang, "", text);
  }

  /** The text as the job reads it: page furniture removed first. */
  private static Extraction cleanedRun(String title, String page) {
    return run("en", title, PageFurnitureCleaner.clean(page, title));
  }

  private static Set<String> pair(EventRow e) {
    return new TreeSet<>(List.of(e.actor1Country, e.actor2Country));
  }

  private static final String TABLE_TITLE = "Documents signed during the State Visit of the President of Indonesia to India";
  private static final String TABLE = "The following documents were signed during the state visit of the President of "
      + "Indonesia to India in New Delhi on Tuesday:\n"
      + "| S.No. | Name of the document | Indian signatory | Indonesian signatory |\n"
      + "| 1 | Memorandum of Understanding on Cooperation in Traditional Medicine | Secretary, Ministry of AYUSH | Ambassador of Indonesia |\n"
      + "| 2 | Agreement on Maritime Security Cooperation | Foreign Secretary | Vice Minister of Foreign Affairs |\n"
      + "| 3 | Cultural Exchange Programme for 2025-2028 | Secretary, Ministry of Culture | Director General of Culture |\n";
  private static final Map<String, String> TABLE_DOCS = Map.of(
      "Memorandum of Understanding on Cooperation in Traditional Medicine", "MEMORANDUM",
      "Agreement on Maritime Security Cooperation", "AGREEMENT",
      "Cultural Exchange Programme for 2025-2028", "PROGRAMME");

  @Test
  void rowsOfATableWithBarsAreTheSignedDocuments() {
    Extraction x = run("en", TABLE_TITLE, TABLE);
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("IDN", "IND"), pair(s.get(0)));
    assertEquals(TABLE_DOCS, docs(x));
  }

  @Test
  void rowsOfATableWithBarsSurviveTheFurnitureCleaner() {
    Extraction x = cleanedRun(TABLE_TITLE, "Home | News | World\n" + TABLE_TITLE + "\n" + TABLE
        + "The two leaders also reviewed the progress of the bilateral partnership and agreed to meet again next year.\n");
    assertEquals(TABLE_DOCS, docs(x));
  }

  @Test
  void rowsWithoutOuterBarsAndWithoutNumbersAreRead() {
    Extraction x = run("en", "India and Indonesia signed two documents in New Delhi on Tuesday:\n"
        + "Memorandum of Understanding on Cooperation in Traditional Medicine | Ministry of AYUSH | Ministry of Health\n"
        + "Agreement on Maritime Security Cooperation | Ministry of External Affairs | Ministry of Foreign Affairs\n");
    assertEquals(Map.of("Memorandum of Understanding on Cooperation in Traditional Medicine", "MEMORANDUM",
        "Agreement on Maritime Security Cooperation", "AGREEMENT"), docs(x));
  }

  @Test
  void aMenuWithBarsStaysFurniture() {
    Extraction x = run("en", "Home | Politics | Agreements | World\n"
        + "India and Indonesia held talks in New Delhi on Tuesday.\n");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
  }

  @Test
  void leadersWhoPresidedOverACeremonyToSignDocumentsReportASigning() {
    Extraction x = run("en", "Presidents Ilham Aliyev of Azerbaijan and Shavkat Mirziyoyev of Uzbekistan presided "
        + "over a ceremony to sign cooperation documents in Baku on Tuesday, including an agreement on cooperation "
        + "in the field of energy.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("AZE", "UZB"), pair(s.get(0)));
    assertEquals("2024-10-08", s.get(0).startDate);
    assertEquals(Map.of("Agreement on cooperation in the field of energy", "AGREEMENT"), docs(x));
  }

  @Test
  void aCeremonyToSignStillAheadIsNoSigning() {
    Extraction x = run("en", "A ceremony to sign cooperation documents between Azerbaijan and Uzbekistan will be "
        + "held in Baku on Friday.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
  }

  @Test
  void aHandoverCeremonyOfDocumentsIsASigning() {
    Extraction x = run("en", "Prime Minister Pham Minh Chinh and Chinese Premier Li Qiang witnessed the handover "
        + "ceremony of 12 cooperation documents between Vietnam and China in Hanoi on Tuesday.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("CHN", "VNM"), pair(s.get(0)));
    assertEquals(12, s.get(0).documentCount);
  }

  @Test
  void signaturesPutUnderADocumentAndAnExecutedProtocolAreSignings() {
    Extraction x = run("en", "The presidents of Turkmenistan and Afghanistan put their signatures under the "
        + "Agreement on Strategic Cooperation in Ashgabat on Tuesday.");
    assertEquals(1, signings(x).size(), signings(x).toString());
    assertEquals(Map.of("Agreement on Strategic Cooperation", "AGREEMENT"), docs(x));
    Extraction y = run("en", "After the talks in Minsk on Tuesday, Belarus and Uzbekistan also executed a protocol "
        + "on amendments to the intergovernmental agreement on road transport.");
    assertEquals(1, signings(y).size(), signings(y).toString());
    assertEquals(Set.of("BLR", "UZB"), pair(signings(y).get(0)));
  }

  /**
   * The gold rules (eval/realistic/README.md): statements only "adopted" or "issued" are no new
   * signing (their documents are optional). Issued beside signed documents, the statement is one of
   * them.
   */
  @Test
  void aJointDeclarationOnlyIssuedIsNoSigningButJoinsSignedDocuments() {
    Extraction x = run("en", "China and Cambodia issued a joint declaration on building a community with a shared "
        + "future in Beijing on Tuesday.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
    Extraction y = run("en", "In a joint statement released after the talks in Colombo on Tuesday, Sri Lanka and "
        + "Pakistan said their relations had matured.");
    assertTrue(signings(y).isEmpty(), signings(y).toString());
    Extraction z = run("en", "China and Cambodia issued a joint declaration on building a community with a shared "
        + "future in Beijing on Tuesday. The two sides also signed an agreement on visa exemption.");
    List<EventRow> s = signings(z);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("CHN", "KHM"), pair(s.get(0)));
    assertEquals(Map.of("Joint declaration on building a community with a shared future", "DECLARATION",
        "Agreement on visa exemption", "AGREEMENT"), docs(z));
    Extraction r = run("ru", "Во вторник в Пекине Китай и Камбоджа приняли совместное заявление о строительстве "
        + "сообщества единой судьбы.");
    assertTrue(signings(r).isEmpty(), signings(r).toString());
  }

  @Test
  void aJointStatementStillToBeIssuedOrAStatementOfOneSideIsNoSigning() {
    assertTrue(signings(run("en", "India and France are to issue a joint statement after the talks in Paris "
        + "on Friday.")).isEmpty());
    assertTrue(signings(run("en", "A joint statement to be issued by India and France on Friday will set out "
        + "the roadmap.")).isEmpty());
    assertTrue(signings(run("en", "The foreign ministry of India issued a statement on France on Tuesday."))
        .isEmpty());
  }

  @Test
  void russianOutcomeThatWasTheSigningOfDocuments() {
    Extraction x = run("ru", "Итогом визита президента Узбекистана в Баку во вторник стало подписание 8 документов "
        + "между Азербайджаном и Узбекистаном.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("AZE", "UZB"), pair(s.get(0)));
    assertEquals(8, s.get(0).documentCount);
  }

  @Test
  void russianCountInTheInstrumentalCase() {
    Extraction x = run("ru", "Президенты Азербайджана и Узбекистана во вторник в Баку поставили подписи под тремя "
        + "совместными заявлениями.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(3, s.get(0).documentCount);
  }

  @Test
  void aTallyOfAgreementsAlreadySignedIsNoNewSigning() {
    Extraction x = run("en", "Ukraine has already signed 27 security agreements with its partners, an adviser said "
        + "in Kyiv on Tuesday, adding that a deal with Bulgaria was being negotiated.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
  }

  @Test
  void anotherWithoutATypeWordIsOneMoreDocumentOfTheSameType() {
    Extraction x = run("en", "Oman and Turkey signed six memoranda of understanding in Ankara on Tuesday. The ceremony "
        + "also witnessed the signing of a MoU in the diplomatic field and another in the field of political "
        + "consultations.");
    assertEquals(Map.of("MoU in the diplomatic field", "MEMORANDUM",
        "MoU in the field of political consultations", "MEMORANDUM"), docs(x));
    Extraction y = run("en", "India and Chile exchanged eight agreements in New Delhi on Tuesday. An MoU was signed "
        + "on mining, while another was exchanged on cooperation between the two foreign ministries.");
    assertEquals(Map.of("MoU on mining", "MEMORANDUM",
        "MoU on cooperation between the two foreign ministries", "MEMORANDUM"), docs(y));
  }

  @Test
  void theTermOfADocumentIsNoPartOfItsTitle() {
    Extraction x = run("ru", "Во вторник в Ереване Армения и Иран подписали меморандум о взаимопонимании по вопросам "
        + "энергетики сроком на пять лет.");
    assertEquals(Map.of("Меморандум о взаимопонимании по вопросам энергетики", "MEMORANDUM"), docs(x));
  }

  @Test
  void theOccasionAndAParticipialClauseAfterARussianTitleAreNoPartOfIt() {
    Extraction x = run("ru", "Президенты Армении и Ирана подписали совместное заявление о расширении партнёрства "
        + "по итогам переговоров, прошедших в Ереване во вторник.");
    assertEquals(Map.of("Совместное заявление о расширении партнёрства", "DECLARATION"), docs(x));
    Extraction y = run("ru", "Во вторник в присутствии президентов министры подписали Соглашение между Арменией и "
        + "Ираном о строительстве железной дороги, ожидавшее подписания шесть лет.");
    assertEquals(Map.of("Соглашение между Арменией и Ираном о строительстве железной дороги", "AGREEMENT"), docs(y));
    Extraction z = run("ru", "Во вторник Армения и Иран подписали меморандум о сотрудничестве в области "
        + "здравоохранения в ходе визита иранского министра в Ереван.");
    assertEquals(Map.of("Меморандум о сотрудничестве в области здравоохранения", "MEMORANDUM"), docs(z));
    // a participle of a noun inside the title, in that noun's case, is part of the title
    Extraction w = run("ru", "Во вторник Армения и Иран подписали Декларацию о развитии отношений, вступающих в "
        + "новый этап.");
    assertEquals(Map.of("Декларация о развитии отношений, вступающих в новый этап", "DECLARATION"), docs(w));
  }

  @Test
  void theDocumentSingledOutAmongThoseSignedIsOneOfThem() {
    Extraction x = run("ru", "В Ереване президенты Армении и Ирана провели переговоры, по итогам которых подписан пакет "
        + "двусторонних документов. Главным из них стал Договор о стратегическом партнёрстве между Арменией и Ираном.");
    assertEquals(Map.of("Договор о стратегическом партнёрстве между Арменией и Ираном", "TREATY"), docs(x));
    Extraction y = run("en", "The presidents of Kenya and Ghana held talks in Nairobi on Tuesday, after which several "
        + "agreements were signed. Chief among them was an agreement on visa exemption for diplomats.");
    assertEquals(Map.of("Agreement on visa exemption for diplomats", "AGREEMENT"), docs(y));
  }

  @Test
  void anAbbreviationInBracketsAfterACountedTypeIsNoDocumentOfItsOwn() {
    Extraction x = run("en", "India has signed 8 Memorandum of Understandings (MoUs) with the Mauritius government "
        + "during the talks in Port Louis on Tuesday, the foreign secretary said.");
    assertEquals(Map.of(), docs(x));
    assertEquals(1, signings(x).size(), signings(x).toString());
    assertEquals(8, signings(x).get(0).documentCount);
  }

  @Test
  void aJointStatementWhichWasIssuedAndSigningsThatFollowedTalks() {
    // issued, not signed: no new signing (the gold rules)
    Extraction x = run("en", "In the joint statement which was issued following the talks in New Delhi on Tuesday, "
        + "India and Argentina agreed to expand cooperation in lithium.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
    Extraction y = run("en", "The signing of the agreements between Armenia and Iran followed talks between the "
        + "presidents in Yerevan on Tuesday.");
    assertEquals(1, signings(y).size(), signings(y).toString());
    assertEquals("2024-10-08", signings(y).get(0).startDate);
  }

  @Test
  void lettersOfExchangeAreDocuments() {
    Extraction x = run("en", "Pakistan and China signed a letter of exchange on agricultural equipment in Islamabad "
        + "on Tuesday.");
    assertEquals(Map.of("Letter of exchange on agricultural equipment", "OTHER"), docs(x));
  }

  @Test
  void aTermOfYearsIsNoPartOfATitleAndAYearBeforeTheTypeNamesTheDocument() {
    Extraction x = run("en", "Egypt and Kuwait on Tuesday renewed the trade treaty for another seven years in Cairo.");
    assertEquals(Map.of("Trade treaty", "TREATY"), docs(x));
    Extraction y = run("en", "Egypt and Kuwait on Tuesday signed a protocol to amend the 2015 agreement on the "
        + "avoidance of double taxation in Cairo.");
    assertEquals(1, signings(y).size(), signings(y).toString());
    assertEquals("2024-10-08", signings(y).get(0).startDate);
    Extraction z = run("ru", "Россия и Белоруссия во вторник подписали в Минске программу сотрудничества на 2025 год.");
    assertEquals(Map.of("Программа сотрудничества на 2025 год", "PROGRAMME"), docs(z));
  }

  @Test
  void aStateNamedAsThePlaceIsNoParty() {
    Extraction x = run("en", "The agreements were signed by Egypt and Kuwait on the sidelines of the Arab League "
        + "summit in Bahrain on Tuesday.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("EGY", "KWT"), pair(s.get(0)));
  }

  @Test
  void aPeriodWithATwoDigitEndYear() {
    Extraction x = run("en", "India and Vietnam signed an Executive Programme for Cultural Exchanges (2025-27) in Hanoi "
        + "on Tuesday.");
    assertEquals(1, x.documents.size(), docs(x).toString());
    assertEquals(2025, x.documents.get(0).periodStartYear);
    assertEquals(2027, x.documents.get(0).periodEndYear);
  }

  @Test
  void thePartiesAfterAListOfTopicsAreNoTopic() {
    Extraction x = run("en", "Both leaders witnessed the exchange of MoUs on agriculture, health and digital payments "
        + "between India and Brunei in Bandar Seri Begawan on Tuesday.");
    assertEquals(Map.of("MoU on agriculture", "MEMORANDUM", "MoU on health", "MEMORANDUM",
        "MoU on digital payments", "MEMORANDUM"), docs(x));
  }

  @Test
  void countedDocumentsThatRelateToTopics() {
    Extraction x = run("en", "India and Brunei signed three MoUs on Tuesday. The MoUs relate to agriculture, health "
        + "and space.");
    assertEquals(3, x.documents.size(), docs(x).toString());
  }

  @Test
  void aRatificationStillAheadOfASigningLeavesTheSigning() {
    Extraction x = run("ru", "Россия и Монголия во вторник подписали в Улан-Баторе соглашение о поставках топлива. "
        + "Документ вступит в силу после ратификации.");
    assertEquals(1, signings(x).size(), signings(x).toString());
    Extraction y = run("en", "Azerbaijan and Uzbekistan on Tuesday signed an Agreement on Allied Relations in "
        + "Tashkent, which still needs to be ratified by the parliaments.");
    assertEquals(1, signings(y).size(), signings(y).toString());
  }

  @Test
  void aRatificationOrAnInitialledTextIsNoSigning() {
    assertTrue(signings(run("ru", "Президент Казахстана во вторник подписал закон о ратификации соглашения с Китаем "
        + "о безвизовом режиме.")).isEmpty());
    assertTrue(signings(run("en", "The parliament of Kazakhstan on Tuesday ratified an agreement with Kyrgyzstan on "
        + "the state border.")).isEmpty());
    assertTrue(signings(run("en", "The foreign ministers of Armenia and Georgia initialled an agreement on the state "
        + "border in Tbilisi on Tuesday.")).isEmpty());
  }

  @Test
  void aPostponedSigningIsNoSigning() {
    assertTrue(signings(run("en", "The signing of the agreement between Serbia and Hungary was postponed on Tuesday."))
        .isEmpty());
    assertTrue(signings(run("ru", "Подписание соглашения между Арменией и Грузией во вторник отложено.")).isEmpty());
  }

  @Test
  void agreementsSignedMonthsBackAreBackground() {
    Extraction x = run("en", "Officials from Kenya and Uganda said on Tuesday that the agreements signed by their "
        + "presidents in March had been implemented.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
    // the month before the report's is still news
    assertEquals(1, signings(run("en", "Kenya and Uganda signed five agreements in September, officials said in "
        + "Nairobi on Tuesday.")).size());
  }

  @Test
  void aFutureInARelativeClauseIsNotTheSigningsTense() {
    Extraction x = run("en", "Xi Jinping and Kassym-Jomart Tokayev witnessed the signing of cooperation documents in "
        + "Astana on Tuesday, which will boost trade between China and Kazakhstan.");
    assertEquals(1, signings(x).size(), signings(x).toString());
    Extraction y = run("en", "Xi Jinping and Kassym-Jomart Tokayev, who will meet again next year, witnessed the "
        + "signing of 12 cooperation documents in Astana on Tuesday.");
    assertEquals(1, signings(y).size(), signings(y).toString());
    assertEquals(12, signings(y).get(0).documentCount);
    assertTrue(signings(run("en", "The two leaders are expected to witness the signing of several agreements between "
        + "China and Kazakhstan in Beijing on Wednesday.")).isEmpty());
    assertTrue(signings(run("en", "China and Kazakhstan will sign documents that will boost trade in Beijing on "
        + "Wednesday.")).isEmpty());
  }

  @Test
  void anExtendedMemorandumIsSignedAgain() {
    Extraction x = run("en", "Egypt and India extended the memorandum of understanding on agriculture for three years "
        + "in Cairo on Tuesday.");
    assertEquals(Map.of("Memorandum of understanding on agriculture", "MEMORANDUM"), docs(x));
    assertTrue(signings(run("en", "Egypt extended an invitation to India to attend the forum in Cairo on Tuesday."))
        .isEmpty());
  }

  @Test
  void aSentenceOpeningWithAnotherNamesOneMoreDocument() {
    Extraction x = run("en", "India and the Maldives signed a memorandum of understanding on cooperation in hydrography "
        + "in Male on Tuesday. Another was on health.");
    assertEquals(Map.of("Memorandum of understanding on cooperation in hydrography", "MEMORANDUM",
        "Memorandum of understanding on health", "MEMORANDUM"), docs(x));
  }
}
