package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * State corporations and agencies sign for their states (knowledge/state_corporations.tsv):
 * "Rosatom and Uzbekistan's energy ministry", "Госкорпорация «Росатом» и Минэнерго
 * Узбекистана", "the Saudi Space Agency and NASA". Outlets name the body alone, without its
 * state, and call it a "state corporation", which otherwise marks a business deal. A
 * commercial company still does not sign for a state. The reports are written for these tests.
 */
class SigningStateCorporationTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 5, 28); // a Tuesday

  private static Extraction run(String lang, String text) {
    return EX.extract(new ArticleText("sc-" + Math.abs(text.hashCode()), "https://outlet.example/sc",
        "outlet.example", "", lang, PUB, text));
  }

  private static Set<String> pair(EventRow e) {
    return new TreeSet<>(List.of(e.actor1Country, e.actor2Country));
  }

  private static Set<String> types(Extraction x) {
    return x.documents.stream().map(d -> d.docType).collect(Collectors.toSet());
  }

  private static void signedBy(Extraction x, Set<String> pair, String type) {
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(pair, pair(s.get(0)));
    assertEquals(Set.of(type), types(x), x.documents.toString());
    for (DocumentRow d : x.documents) assertEquals(pair, new TreeSet<>(d.parties), d.toString());
  }

  @Test
  void rosatomNamedAloneSignsForRussia() {
    Extraction x = run("en", "BUDAPEST, May 28 - Rosatom signed a memorandum of understanding with "
        + "Hungary's Ministry of Foreign Affairs and Trade on cooperation in nuclear medicine on Tuesday.");
    signedBy(x, Set.of("HUN", "RUS"), "MEMORANDUM");
  }

  @Test
  void aStateCorporationIsNoBusinessDeal() {
    Extraction x = run("en", "CAIRO, May 28 - Russian state nuclear corporation Rosatom on Tuesday signed "
        + "a roadmap with the Egyptian Nuclear Power Plants Authority on the training of personnel for "
        + "the El Dabaa plant.");
    signedBy(x, Set.of("EGY", "RUS"), "ROADMAP");
  }

  @Test
  void goskorporatsiyaAndAMinistrySignInRussian() {
    Extraction x = run("ru", "ТАШКЕНТ, 28 мая. Госкорпорация «Росатом» и Министерство энергетики "
        + "Узбекистана во вторник подписали соглашение о сооружении атомной станции малой мощности "
        + "в Джизакской области.");
    signedBy(x, Set.of("RUS", "UZB"), "AGREEMENT");
  }

  @Test
  void theFullNameOfTheCorporationSignsToo() {
    Extraction x = run("ru", "Государственная корпорация по атомной энергии «Росатом» и Агентство по "
        + "атомной энергии Узбекистана во вторник подписали меморандум о подготовке кадров.");
    signedBy(x, Set.of("RUS", "UZB"), "MEMORANDUM");
  }

  @Test
  void aSpaceAgencyNamedByItsInitialsSignsForItsState() {
    Extraction x = run("en", "RIYADH, May 28 - The Saudi Space Agency and NASA signed an agreement on "
        + "cooperation in the exploration of space on Tuesday.");
    signedBy(x, Set.of("SAU", "USA"), "AGREEMENT");
  }

  @Test
  void aCommercialCompanyStillSignsNoStateDocument() {
    Extraction x = run("en", "CAIRO, May 28 - Rosatom's engineering arm and Egyptian construction "
        + "company Petrojet signed a memorandum of understanding on nuclear projects on Tuesday.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
  }
}
