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
 * Outcome lists with no signing verb, as outlets and foreign ministries print them: a heading
 * that names the outcomes ("Outcomes at a glance") or only the types ("MoUs/Agreements") over
 * numbered or bare lines, after the last paragraph of a report or alone on a page, and tables
 * read one cell a line whose columns name who exchanged each document. The text goes through
 * the furniture cleaner first, as in the job. The pages are written for these tests; the facts
 * are those of Sheikh Hasina's visit to India in June 2024 and Pushpa Kamal Dahal's in 2023.
 */
class SigningOutcomeHeadingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 6, 22);

  private static Extraction run(String title, String page) {
    String text = PageFurnitureCleaner.clean(page, title);
    return EX.extract(new ArticleText("oh-" + Math.abs(page.hashCode()), "https://outlet.example/oh",
        "outlet.example", title, "en", PUB, text));
  }

  private static final String LEAD = "External Affairs Minister S Jaishankar said on Saturday that the state "
      + "visit of Bangladesh Prime Minister Sheikh Hasina to India showed how deep the friendship of the two "
      + "neighbours runs.\n\nHe added that the documents of the visit covered the sea, space, rail and health.\n\n";

  @Test
  void numberedItemsUnderAnOutcomesHeadingAfterTheLastParagraph() {
    Extraction x = run("Hasina's visit shows depth of ties, says Jaishankar", LEAD
        + "Outcomes at a glance\n\n"
        + "1. Shared Vision for India-Bangladesh Digital Partnership\n\n"
        + "2. MoU on Maritime Cooperation and Blue Economy\n\n"
        + "3. MoU between Ministry of Railways, Government of India and Ministry of Railways, Government of "
        + "Bangladesh for railway connectivity\n\n"
        + "4. Renewal of MoU for cooperation in Health and Medicine\n");
    assertEquals(1, signings(x).size(), signings(x).toString());
    Map<String, String> d = docs(x);
    assertEquals(4, d.size(), d.toString());
    assertEquals("MEMORANDUM", d.get("MoU on Maritime Cooperation and Blue Economy"), d.toString());
    assertEquals("DECLARATION", d.get("Shared Vision for India-Bangladesh Digital Partnership"), d.toString());
  }

  @Test
  void bareLinesUnderAnOutcomesHeading() {
    Extraction x = run("Hasina's visit shows depth of ties", LEAD
        + "Outcomes in brief\n\n"
        + "Shared vision for India-Bangladesh digital partnership\n\n"
        + "MoU on maritime cooperation and blue economy\n\n"
        + "MoU on cooperation in the field of fisheries\n");
    assertEquals(1, signings(x).size(), signings(x).toString());
    Map<String, String> d = docs(x);
    assertEquals(3, d.size(), d.toString());
    assertTrue(d.containsKey("MoU on maritime cooperation and blue economy"), d.toString());
  }

  @Test
  void aTypesHeadingOnAnOutcomePageWithoutProse() {
    String title = "List of Outcomes: State Visit of Prime Minister of Bangladesh to India";
    Extraction x = run(title, title + " (June 21-22, 2024)\n\n"
        + "MoUs/Agreements\n\n"
        + "1. Memorandum of Understanding between India and Bangladesh on Maritime Cooperation and Blue Economy\n\n"
        + "2. MoU between the Ministry of Railways of India and the Ministry of Railways of Bangladesh on "
        + "Railway Connectivity\n\n"
        + "Announcements\n\n"
        + "1. Start of e-medical visa for nationals of Bangladesh\n");
    assertEquals(1, signings(x).size(), signings(x).toString());
    assertEquals(Map.of(
        "Memorandum of Understanding between India and Bangladesh on Maritime Cooperation and Blue Economy", "MEMORANDUM",
        "MoU between the Ministry of Railways of India and the Ministry of Railways of Bangladesh on Railway Connectivity",
        "MEMORANDUM"), docs(x));
  }

  @Test
  void aTableOneCellALineWithColumnsOfWhoExchangedEachDocument() {
    String title = "List of Outcomes: Visit of Prime Minister of Nepal to India";
    Extraction x = run(title, title + " (May 31 - June 3, 2023)\n\n"
        + "S.No.\n\nAgreements/MoUs\n\nExchanged by Indian side\n\nExchanged by Nepal side\n\n"
        + "1.\n\nRevised Treaty of Transit between the Government of India and the Government of Nepal\n\n"
        + "Shri Vinay Mohan Kwatra, Foreign Secretary\n\nShri Bharat Raj Paudyal, Acting Foreign Secretary\n\n"
        + "2.\n\nMoU between India and Nepal on cooperation in the field of Petroleum Infrastructure\n\n"
        + "Shri Pankaj Jain, Secretary\n\nShri Dinesh Kumar Ghimire, Secretary\n");
    assertEquals(1, signings(x).size(), signings(x).toString());
    assertEquals(Map.of(
        "Treaty of Transit between the Government of India and the Government of Nepal", "TREATY",
        "MoU between India and Nepal on cooperation in the field of Petroleum Infrastructure", "MEMORANDUM"), docs(x));
  }

  @Test
  void aTableOneCellALineWithADescriptionColumn() {
    // the description cells are sentences, the only prose of the page: the table is the article
    String title = "List of Outcomes: State Visit of Prime Minister of Bangladesh to India";
    Extraction x = run(title, title + " (June 21-22, 2024)\n\n"
        + "S.No.\n\nName of MoU/Agreement\n\nDescription\n\n"
        + "1.\n\nMemorandum of Understanding between India and Bangladesh on Maritime Cooperation and Blue "
        + "Economy\n\nProvides for joint work in shipping, fisheries and ocean research.\n\n"
        + "2.\n\nMoU between the Indian space agency and the Bangladesh ICT Division on a joint small satellite"
        + "\n\nCooperation on a satellite for Bangladesh.\n\n"
        + "3.\n\nMoU on cooperation in Health and Medicine\n\nRenews an earlier MoU.\n");
    assertEquals(1, signings(x).size(), signings(x).toString());
    assertEquals(Map.of(
        "Memorandum of Understanding between India and Bangladesh on Maritime Cooperation and Blue Economy",
        "MEMORANDUM",
        "MoU between the Indian space agency and the Bangladesh ICT Division on a joint small satellite", "MEMORANDUM",
        "MoU on cooperation in Health and Medicine", "MEMORANDUM"), docs(x));
  }

  @Test
  void anOutcomesHeadingOverNoDocumentsIsNoSigning() {
    Extraction x = run("Modi, Hasina hold talks", LEAD
        + "Key outcomes\n\n"
        + "1. Leaders agreed to start talks on a trade pact\n\n"
        + "2. India to open an assistant high commission in Rangpur\n");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
  }

  private static final String SEVEN = "India and Bangladesh on Tuesday signed seven MoUs covering water sharing, "
      + "railways, science and broadcasting at Hyderabad House in New Delhi.\n\n"
      + "List of 7 MoUs signed between India and Bangladesh\n\n";
  private static final Map<String, String> SEVEN_DOCS = Map.of(
      "MoU on interim water sharing of the Kushiyara river", "MEMORANDUM",
      "MoU between the National Judicial Academy, Bhopal, and the Supreme Court of Bangladesh on capacity building",
      "MEMORANDUM",
      "MoU between Bangladesh Television and Prasar Bharati on broadcasting", "MEMORANDUM");

  @Test
  void itemsNamedByTheParticipleSignedUnderAHeadingWithACount() {
    Extraction x = run("India, Bangladesh sign seven MoUs", SEVEN
        + "MoU on interim water sharing of the Kushiyara river\n\n"
        + "MoU signed between the National Judicial Academy, Bhopal, and the Supreme Court of Bangladesh on "
        + "capacity building\n\n"
        + "MoU signed between Bangladesh Television and Prasar Bharati on broadcasting\n");
    assertEquals(1, signings(x).size(), signings(x).toString());
    assertEquals(SEVEN_DOCS, docs(x));
  }

  @Test
  void aListRunIntoOneLineWithNothingBetweenItsItems() {
    Extraction x = run("India, Bangladesh sign seven MoUs", SEVEN
        + "MoU on interim water sharing of the Kushiyara river MoU signed between the National Judicial Academy, "
        + "Bhopal, and the Supreme Court of Bangladesh on capacity building MoU signed between Bangladesh "
        + "Television and Prasar Bharati on broadcasting\n");
    assertEquals(1, signings(x).size(), signings(x).toString());
    assertEquals(SEVEN_DOCS, docs(x));
  }
}
