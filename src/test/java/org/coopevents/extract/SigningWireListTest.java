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
import org.coopevents.text.PageFurnitureCleaner;
import org.junit.jupiter.api.Test;

/**
 * Signed documents as English wires and foreign-ministry pages of many regions name them: titles
 * with "between A and B" of ministries whose own names hold "and", list items of outcome pages
 * under lettered sections, documents re-mentioned with the occasion of their signing. The
 * reports are written for these tests; names, places and dates are real.
 */
class SigningWireListTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 10, 9); // a Wednesday

  private static Extraction run(String title, String text) {
    return EX.extract(new ArticleText("w-" + Math.abs(text.hashCode()), "https://wire.example/w",
        "wire.example", title, "en", PUB, text));
  }

  @Test
  void theSecondPartyOfBetweenBelongsToTheTitle() {
    Extraction x = run("", "ISLAMABAD, Oct 9 - Pakistan and Azerbaijan signed 15 MoUs and agreements on Wednesday.\n"
        + "The Preferential Trade Agreement between the government of Azerbaijan and the government of Pakistan "
        + "was signed by Commerce Minister Jam Kamal Khan.\n"
        + "The Cultural Exchange Programme between Pakistan and Azerbaijan for 2024-2029 was signed by Culture "
        + "Minister Attaullah Tarar.");
    assertEquals(Map.of(
        "Preferential Trade Agreement between the government of Azerbaijan and the government of Pakistan", "AGREEMENT",
        "Cultural Exchange Programme between Pakistan and Azerbaijan for 2024-2029", "PROGRAMME"), docs(x));
    DocumentRow programme = x.documents.stream().filter(d -> d.docType.equals("PROGRAMME")).findFirst().orElseThrow();
    assertEquals((Integer) 2024, programme.periodStartYear);
    assertEquals((Integer) 2029, programme.periodEndYear);
  }

  @Test
  void aMinistryNamedWithAndStaysInTheTitle() {
    Extraction x = run("", "HANOI, October 9 - The prime ministers of Vietnam and Singapore witnessed the signing of "
        + "two documents in Hanoi on Wednesday.\n"
        + "The documents signed are as follows:\n"
        + "- A Memorandum of Understanding between the Vietnamese Ministry of Planning and Investment and the "
        + "Singaporean Ministry of Trade and Industry on an innovation talent exchange programme\n"
        + "- A MoU on cooperation in education between the two education ministries");
    assertEquals(Map.of(
        "Memorandum of Understanding between the Vietnamese Ministry of Planning and Investment and the Singaporean "
            + "Ministry of Trade and Industry on an innovation talent exchange programme", "MEMORANDUM",
        "MoU on cooperation in education between the two education ministries", "MEMORANDUM"), docs(x));
  }

  @Test
  void aDocumentSignedOnTheMarginsIsNoSecondDocument() {
    Extraction x = run("", "MALE, Oct 9 - The Maldives and Egypt today signed a Memorandum of Understanding on "
        + "Cooperation in the Field of Diplomatic Training. The MoU was signed on the margins of the second round of "
        + "bilateral political consultations by Ahmed Khaleel and Ayman Kamel.");
    assertEquals(Map.of("Memorandum of Understanding on Cooperation in the Field of Diplomatic Training", "MEMORANDUM"),
        docs(x));
    Extraction y = run("", "The MoU on tourism between India and Malaysia was signed on behalf of India by the "
        + "tourism secretary in Kuala Lumpur on Tuesday.");
    assertEquals(Map.of("MoU on tourism between India and Malaysia", "MEMORANDUM"), docs(y));
  }

  private static final String OUTCOMES_TITLE = "List of Outcomes: Official visit of President of Maldives to India";
  private static final String OUTCOMES = "A. Review of Projects\n\n"
      + "1. Pouring of the first concrete of the Greater Male Connectivity Project\n\n"
      + "2. Review of the social housing units in Hulhumale\n\n"
      + "B. Agreements/MoUs Exchanged\n\n"
      + "1. MoU on Capacity Building and Training of Members of Local Councils of Maldives between NIRDPR, India and "
      + "Local Government Authority, Maldives\n\n"
      + "2. MoU for Cooperation in the area of Cyber Security between CERT-In, India and NCIT, Maldives\n\n"
      + "3. Letter of Intent between Exim Bank of India and Ministry of Finance, Maldives on Buyer's Credit funding "
      + "approval for 2,000 additional social housing units to be built in Hulhumale\n\n"
      + "C. Announcements\n\n"
      + "1. A new Line of Credit of USD 100 million for infrastructure projects in Maldives";

  @Test
  void anOutcomePageOfListsUnderLetteredSectionsKeepsAllItsItems() {
    Extraction x = run(OUTCOMES_TITLE, PageFurnitureCleaner.clean(OUTCOMES, OUTCOMES_TITLE));
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    Map<String, String> d = docs(x);
    assertEquals(3, d.size(), d.toString());
    assertEquals("MEMORANDUM", d.get("MoU for Cooperation in the area of Cyber Security between CERT-In, India and "
        + "NCIT, Maldives"));
    assertTrue(d.keySet().stream().noneMatch(t -> t.contains("/")), d.toString());
  }

  @Test
  void theNamesOfThePartiesMakeNoRewordingTheOfficialName() {
    Extraction x = run("", "RIYADH, Oct 9 - Crown Prince Mohammed bin Salman and President Donald Trump signed a "
        + "strategic economic partnership agreement in Riyadh on Wednesday. The strategic economic agreement between "
        + "the United States and Saudi Arabia was signed after talks at the Royal Court.");
    assertEquals(Map.of("Strategic economic partnership agreement", "AGREEMENT"), docs(x));
    // two states that close a title are its parties
    Extraction y = run("", "A strategic economic agreement between the US and Saudi Arabia was signed on Tuesday by "
        + "President Donald Trump in Riyadh.");
    assertEquals(Map.of("Strategic economic agreement", "AGREEMENT"), docs(y));
    Extraction z = run("", "The Agreement between India and Mauritius was signed by the two foreign ministers in "
        + "Port Louis on Tuesday.");
    assertEquals(Map.of("Agreement between India and Mauritius", "AGREEMENT"), docs(z));
    Extraction w = run("", "The Treaty on the State Border between the Kyrgyz Republic and the Republic of Tajikistan "
        + "was signed by the two presidents in Bishkek on Tuesday.");
    assertEquals(Map.of("Treaty on the State Border between the Kyrgyz Republic and the Republic of Tajikistan",
        "TREATY"), docs(w));
  }

  @Test
  void aCentralBankAndItsGovernorSignForTheirState() {
    Extraction x = run("", "NEW DELHI, Oct 9 (PTI) - India and the Maldives exchanged five memoranda of understanding on "
        + "Wednesday during the state visit of Maldivian President Mohamed Muizzu.\n"
        + "The Currency Swap Agreement was signed by Ahmed Munawar, Governor of the Maldives Monetary Authority, and "
        + "Ajay Seth, Secretary of the Department of Economic Affairs.");
    assertEquals(Map.of("Currency Swap Agreement", "AGREEMENT"), docs(x));
    Extraction y = run("", "The central bank governors of India and the UAE signed an agreement on a local currency "
        + "settlement system in Abu Dhabi on Tuesday.");
    assertEquals(1, signings(y).size(), signings(y).toString());
    // a commercial bank and a regional governor still sign no state document
    Extraction z = run("", "The governor of Kerala and the governor of the Emirate's Ras Al Khaimah region signed an "
        + "agreement on tourism in Thiruvananthapuram on Tuesday.");
    assertTrue(signings(z).isEmpty(), signings(z).toString());
    Extraction w = run("", "India's HDFC Bank and the UAE's Emirates NBD bank signed an agreement on trade finance in "
        + "Dubai on Tuesday.");
    assertTrue(signings(w).isEmpty(), signings(w).toString());
  }

  @Test
  void thePluralTypeWordAsSubjectIntroducesTheDocumentsIncluded() {
    Extraction x = run("", "NOUAKCHOTT, Oct 9 - India and Mauritania signed several MoUs on Wednesday in the presence of "
        + "President Droupadi Murmu and President Mohamed Ould Ghazouani.\n"
        + "The MoUs include an agreement on consultations between the foreign ministries of the two countries.");
    assertEquals(Map.of("Agreement on consultations between the foreign ministries of the two countries", "AGREEMENT"),
        docs(x));
  }
}
