package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Signings as wire and agency reports word them: documents renewed for a new term, a package
 * whose topics include "law enforcement" (no law signed), a joint statement named by a quoted
 * phrase before its type word. The reports are written for these tests.
 */
class SigningReportWordingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 10, 9); // a Wednesday

  private static Extraction run(String lang, String text) {
    return EX.extract(new ArticleText("w-" + Math.abs(text.hashCode()), "https://agency.example/w",
        "agency.example", "", lang, PUB, text));
  }

  private static Set<String> titles(Extraction x) {
    return x.documents.stream().map(d -> d.title).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void renewedDocumentsAreSignedAgain() {
    Extraction x = run("en", "India and Bangladesh on Tuesday renewed their memoranda of understanding on health "
        + "and on disaster management during the Bangladeshi Prime Minister's visit to New Delhi.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals("2024-10-08", s.get(0).startDate);
    assertEquals(Set.of("Memorandum of understanding on health", "Memorandum of understanding on disaster management"),
        titles(x));
  }

  @Test
  void russianDocumentProlongedIsSignedAgain() {
    Extraction x = run("ru", "Во вторник Россия и Белоруссия продлили соглашение о совместной охране внешней границы.");
    assertEquals(1, signings(x).size(), x.events.toString());
  }

  @Test
  void renewedCallsAndPlannedRenewalsAreNoSigning() {
    assertTrue(signings(run("en", "India and Bangladesh on Tuesday renewed calls for a water-sharing agreement "
        + "on the Teesta river.")).isEmpty());
    assertTrue(signings(run("en", "India and Bangladesh will renew their memorandum of understanding on health "
        + "next year, officials said on Tuesday.")).isEmpty());
    assertTrue(signings(run("en", "India and Bangladesh renewed their memorandum of understanding on health in 2019; "
        + "on Tuesday the health ministers met in Dhaka.")).isEmpty());
  }

  @Test
  void lawEnforcementAmongTheTopicsIsNoLaw() {
    List<EventRow> s = signings(run("en", "Xi Jinping and Paul Kagame on Tuesday witnessed the signing of 15 "
        + "cooperation documents covering investment, e-commerce and law enforcement in Kigali."));
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("CHN", "RWA"), Set.of(s.get(0).actor1Country, s.get(0).actor2Country));
    assertEquals(15, s.get(0).documentCount);
    // a law signed is still no signing of an agreement between states
    assertTrue(signings(run("en", "The president of Rwanda on Tuesday signed a law on investment.")).isEmpty());
  }

  @Test
  void aQuotedNameBeforeTheTypeWordIsPartOfTheTitle() {
    Extraction x = run("en", "Vietnam and Malaysia on Tuesday signed a \"Comprehensive Strategic Partnership\" "
        + "joint statement in Kuala Lumpur.");
    assertEquals(Set.of("\"Comprehensive Strategic Partnership\" joint statement"), titles(x));
  }
}
