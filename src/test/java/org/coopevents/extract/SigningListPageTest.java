package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
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
import org.junit.jupiter.api.Test;

/**
 * Signed documents as outcome pages of foreign ministries list them: a heading ("Exchange of
 * MoUs", "MoUs/Agreements exchanged") over a table read one row a line or one cell a line (with
 * the columns' names and the signatories), items that name only a subject under a heading that
 * names their type, a title line "List of Agreements/MoUs signed ..." over titles each followed
 * by what the document does. The pages are written for these tests.
 */
class SigningListPageTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 10, 9);

  private static Extraction run(String title, String text) {
    return EX.extract(new ArticleText("l-" + Math.abs(text.hashCode()), "https://ministry.example/l",
        "ministry.example", title, "en", PUB, text));
  }

  /** Each document's English title and its type. */
  private static Map<String, String> docs(Extraction x) {
    Map<String, String> m = new TreeMap<>();
    for (DocumentRow d : x.documents) m.put(d.title, d.docType);
    return m;
  }

  private static final String TITLE = "List of Outcomes: State Visit of the President of Ghana to India (October 7-9, 2024)";

  @Test
  void aHeadingOverATableOneRowALineIsASigningOfItsRows() {
    Extraction x = run(TITLE, TITLE + "\n"
        + "Exchange of MoUs\n"
        + "S.No.\tName of MoU/Agreement\tIndian signatory\tSignatory from the Ghanaian side\n"
        + "1.\tMemorandum of Understanding on Cooperation in Geology and Mineral Resources\tMr. A. Kumar, Secretary\tMs. B. Mensah, Minister\n"
        + "2.\tCultural Exchange Programme for the years 2024-2028\tMr. C. Rao, Ambassador\tMr. D. Owusu, Deputy Minister\n");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("GHA", "IND"), Set.of(s.get(0).actor1Country, s.get(0).actor2Country));
    assertEquals(Map.of("Memorandum of Understanding on Cooperation in Geology and Mineral Resources", "MEMORANDUM",
        "Cultural Exchange Programme for the years 2024-2028", "PROGRAMME"), docs(x));
  }

  @Test
  void aTableOneCellALinePassesOverItsNumbersAndSignatories() {
    Extraction x = run(TITLE, TITLE + "\n"
        + "Exchange of MoUs\n"
        + "S.No.\nName of MoU/Agreement\nIndian signatory\nSignatory from the Ghanaian side\n"
        + "1.\nMemorandum of Understanding on Cooperation in Geology and Mineral Resources\nMr. A. Kumar, Secretary\nMs. B. Mensah, Minister\n"
        + "2.\nMemorandum of Understanding on Traditional Medicine\nMr. C. Rao, Ambassador\nMr. D. Owusu, Deputy Minister\n"
        + "Announcements\n"
        + "3.\nLaunch of talks on a Bilateral Investment Treaty\n");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Map.of("Memorandum of Understanding on Cooperation in Geology and Mineral Resources", "MEMORANDUM",
        "Memorandum of Understanding on Traditional Medicine", "MEMORANDUM"), docs(x));
  }

  @Test
  void itemsThatNameOnlyASubjectTakeTheTypeOfTheHeading() {
    Extraction x = run("Outcomes of the visit of the Prime Minister of Vietnam to India",
        "Outcomes of the visit of the Prime Minister of Vietnam to India\n"
        + "MoUs/Agreements exchanged\n"
        + "- Customs Cooperation\n"
        + "- Radio and Television\n"
        + "- Traditional Medicine\n");
    assertEquals(1, signings(x).size(), x.events.toString());
    assertEquals(Map.of("MoU on Customs Cooperation", "MEMORANDUM", "MoU on Radio and Television", "MEMORANDUM",
        "MoU on Traditional Medicine", "MEMORANDUM"), docs(x));
    // the title as printed is the subject
    assertEquals(new TreeSet<>(Set.of("Customs Cooperation", "Radio and Television", "Traditional Medicine")),
        x.documents.stream().map(d -> d.titleOriginal).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void numberedSubjectsAfterASigningSentenceWithAColon() {
    Extraction x = run("India, Sri Lanka exchange MoUs", "New Delhi, Oct 8: India and Sri Lanka exchanged "
        + "two MoUs on Tuesday during the visit of the Sri Lankan President.\n"
        + "MoUs signed:\n"
        + "1. Fisheries Cooperation\n"
        + "2. Space Technology and Satellite Communication\n");
    assertEquals(Map.of("MoU on Fisheries Cooperation", "MEMORANDUM",
        "MoU on Space Technology and Satellite Communication", "MEMORANDUM"), docs(x));
  }

  @Test
  void aHeadingOfTypeWordsAloneHeadsTheSignedDocumentsOfAnOutcomePage() {
    Extraction x = run(TITLE, TITLE + "\n"
        + "MoUs/Agreements\n"
        + "1. Memorandum of Understanding on Traditional Medicine\n"
        + "2. Agreement on the Exemption of Visas for Diplomatic Passports\n");
    assertEquals(1, signings(x).size(), x.events.toString());
    assertEquals(Map.of("Memorandum of Understanding on Traditional Medicine", "MEMORANDUM",
        "Agreement on the Exemption of Visas for Diplomatic Passports", "AGREEMENT"), docs(x));
    // elsewhere such a heading may head documents still under talks
    String other = "Ghana and India review their ties";
    assertTrue(signings(run(other, other + "\n"
        + "MoUs/Agreements\n"
        + "1. Memorandum of Understanding on Traditional Medicine\n")).isEmpty());
  }

  @Test
  void romanNumbersAreBulletsToo() {
    Extraction x = run("India, Mauritius exchange MoUs", "India and Mauritius exchanged three MoUs on Tuesday "
        + "in the following areas:\n"
        + "i. Ocean Economy\n"
        + "ii. Traditional Medicine\n"
        + "(iii) Hydrography\n");
    assertEquals(Map.of("MoU on Ocean Economy", "MEMORANDUM", "MoU on Traditional Medicine", "MEMORANDUM",
        "MoU on Hydrography", "MEMORANDUM"), docs(x));
  }

  @Test
  void aListTitleLineOverTitlesEachFollowedByWhatItDoes() {
    String title = "List of Agreements/MoUs signed between India and Mauritius during the visit of the Prime Minister";
    Extraction x = run(title, title + "\n"
        + "Memorandum of Understanding between India and Mauritius in the field of Ocean Economy\n"
        + "The memorandum sets a frame for joint work on marine resources and research.\n"
        + "Programme for Cultural Cooperation between India and Mauritius for the years 2015-2018\n"
        + "The programme covers visits of artists and exhibitions.\n");
    assertEquals(1, signings(x).size(), x.events.toString());
    assertEquals(Set.of("Memorandum of Understanding between India and Mauritius in the field of Ocean Economy",
        "Programme for Cultural Cooperation between India and Mauritius for the years 2015-2018"), docs(x).keySet());
  }

  @Test
  void theOccasionAfterACommaEndsTheTopicsOfPluralDocuments() {
    Extraction x = run("Kenya, Tanzania sign deals", "Kenya and Tanzania on Tuesday signed agreements on trade "
        + "facilitation and on fisheries, at the end of the visit of President Samia Suluhu Hassan to Nairobi.");
    assertEquals(Map.of("Agreement on trade facilitation", "AGREEMENT", "Agreement on fisheries", "AGREEMENT"), docs(x));
  }

  @Test
  void aHeadingOfDocumentsToBeSignedOrWithoutAListIsNoSigning() {
    assertTrue(signings(run(TITLE, TITLE + "\n"
        + "MoUs to be signed\n"
        + "1. Memorandum of Understanding on Traditional Medicine\n"
        + "2. Memorandum of Understanding on Customs Cooperation\n")).isEmpty());
    assertTrue(signings(run(TITLE, TITLE + "\n"
        + "Exchange of MoUs\n"
        + "The two sides reviewed their cooperation in trade and in health and agreed to meet again next year.\n")).isEmpty());
    assertTrue(signings(run(TITLE, TITLE + "\n"
        + "Draft MoUs under discussion\n"
        + "1. Memorandum of Understanding on Traditional Medicine\n")).isEmpty());
  }

  @Test
  void subjectLinesNeedAHeadingThatNamesTheirType() {
    // a bulleted list after a signing sentence that names no type word is no list of documents
    Extraction x = run("Ghana, India hold talks", "Ghana and India signed documents on Tuesday. The leaders discussed:\n"
        + "- Trade and Investment\n"
        + "- Regional Security\n");
    assertTrue(x.documents.isEmpty(), x.documents.toString());
  }
}
