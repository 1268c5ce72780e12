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
 * Signings as outlets word them beyond "signed agreements": one deal, pact or accord on a
 * subject between states, leaders who "oversaw" the signing, and an exchange of notes
 * ("exchanged notes on grant aid", "обменялись нотами о ..."), named as the document it is.
 * Deals between firms stay business. The reports are written for these tests.
 */
class SigningOutletWordingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 10, 9); // a Wednesday

  private static Extraction run(String lang, String text) {
    return EX.extract(new ArticleText("o-" + Math.abs(text.hashCode()), "https://wire.example/o",
        "wire.example", "", lang, PUB, text));
  }

  private static Set<String> pair(EventRow e) {
    return new TreeSet<>(List.of(e.actor1Country, e.actor2Country));
  }

  private static Set<String> titles(Extraction x) {
    return x.documents.stream().map(d -> d.titleOriginal).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void oneDealOnASubjectBetweenStatesIsASigning() {
    List<EventRow> s = signings(run("en", "Indonesia and Australia signed a deal on defence cooperation "
        + "in Canberra on Tuesday."));
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("AUS", "IDN"), pair(s.get(0)));
    assertEquals("2024-10-08", s.get(0).startDate);
  }

  @Test
  void leadersWhoOversawTheSigningOfDeals() {
    List<EventRow> s = signings(run("en", "Prime Ministers Narendra Modi of India and Anwar Ibrahim of Malaysia "
        + "oversaw the signing of deals on digital technology and tourism on Tuesday."));
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("IND", "MYS"), pair(s.get(0)));
  }

  @Test
  void dealsOfFirmsAndAGreatDealOfTalkAreNoSigning() {
    assertTrue(signings(run("en", "Indian and Malaysian firms signed a deal on palm oil supplies on Tuesday."))
        .isEmpty());
    assertTrue(signings(run("en", "India and Malaysia discussed a great deal on Tuesday, but nothing was signed."))
        .isEmpty());
  }

  @Test
  void exchangedNotesIsASigningOfAnExchangeOfNotes() {
    Extraction x = run("en", "The foreign ministers of Japan and Vietnam exchanged notes on a yen loan for "
        + "a metro line on Tuesday.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("JPN", "VNM"), pair(s.get(0)));
    assertEquals(Set.of("Exchange of notes on a yen loan for a metro line"), titles(x));
  }

  @Test
  void russianExchangeOfNotesIsNamedAsTheDocument() {
    Extraction x = run("ru", "Главы МИД Узбекистана и Таджикистана во вторник обменялись нотами о безвизовом "
        + "режиме для граждан двух стран.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("TJK", "UZB"), pair(s.get(0)));
    assertEquals(Set.of("Обмен нотами о безвизовом режиме для граждан двух стран"), titles(x));
  }

  @Test
  void anExchangeOfViewsOrOfNotesAsRoutineIsNoSigning() {
    assertTrue(signings(run("en", "The ministers of India and Nepal exchanged views on trade on Tuesday."))
        .isEmpty());
    assertTrue(signings(run("ru", "Россия и Казахстан регулярно обмениваются нотами по консульским вопросам."))
        .isEmpty());
  }

  @Test
  void statesDescribedAsHavingSignedReportNoSigning() {
    // a perfect infinitive says what the states are, not what happened today
    Extraction x = run("en", "Oman and Kuwait, the only Gulf states to have signed treaties with "
        + "Iran - both on maritime borders - said on Tuesday that they regretted the decision.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
    assertTrue(x.documents.isEmpty(), titles(x).toString());
    // the same treaty signed today still is a signing
    assertEquals(1, signings(run("en", "Oman and Iran signed a treaty on maritime borders in "
        + "Muscat on Tuesday.")).size());
  }
}
