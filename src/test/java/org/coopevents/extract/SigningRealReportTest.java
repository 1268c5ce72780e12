package org.coopevents.extract;

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

  private static List<EventRow> signings(Extraction x) {
    return x.events.stream().filter(e -> e.eventType.equals("SIGNING")).collect(Collectors.toList());
  }

  private static Set<String> pair(EventRow e) {
    return new TreeSet<>(List.of(e.actor1Country, e.actor2Country));
  }

  /** Each document's original title and its type. */
  private static Map<String, String> docs(Extraction x) {
    Map<String, String> m = new TreeMap<>();
    for (DocumentRow d : x.documents) m.put(d.titleOriginal, d.docType);
    return m;
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
}
