package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.coopevents.extract.ExtractionRows.docs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Documents signed during a visit as South Asian, African and Gulf outlets and ministry outcome
 * pages tell them: a document renewed (signed again) told in the passive, a document whose
 * signatories stand between commas before its topic ("An MoU, between A and B, on C"), an
 * outcome page that dates nothing in its text. The reports are written for these tests; names,
 * places and dates are real.
 */
class SigningVisitOutcomeTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2023, 10, 9); // a Monday

  private static Extraction run(String title, String text, LocalDate pub) {
    return EX.extract(new ArticleText("o-" + Math.abs(text.hashCode()), "https://outlet.example/o",
        "outlet.example", title, "en", pub, text));
  }

  private static final String LEAD = "NEW DELHI, Oct 9: India and Tanzania on Monday signed six memoranda of "
      + "understanding in the presence of Prime Minister Narendra Modi and visiting Tanzanian President Samia "
      + "Suluhu Hassan.\n";

  @Test
  void aDocumentRenewedInThePassiveIsSigned() {
    Extraction x = run("", LEAD + "Another MoU, on cooperation in sports, was renewed between the Sports Authority "
        + "of India and the National Sports Council of Tanzania.", PUB);
    assertEquals(Map.of("MoU on cooperation in sports", "MEMORANDUM"), docs(x));
    Extraction y = run("", "DHAKA, June 22 - Bangladesh and India signed seven new memoranda on Saturday. "
        + "The memorandum of understanding on health and medicine was also renewed for five years.",
        LocalDate.of(2024, 6, 22));
    assertEquals(Map.of("Memorandum of understanding on health and medicine", "MEMORANDUM"), docs(y));
  }

  @Test
  void aRenewalStillToComeIsNoSigning() {
    Extraction x = run("", "DHAKA, June 22 - The memorandum of understanding on health between Bangladesh and "
        + "India will be renewed next year, officials said.", LocalDate.of(2024, 6, 22));
    assertTrue(signings(x).isEmpty(), x.events.toString());
  }

  @Test
  void signatoriesBetweenCommasStayInTheTitleWithTheTopic() {
    Extraction x = run("", LEAD + "An MoU, between the Ministry of Electronics and IT and Tanzania's Ministry of "
        + "Information, on sharing digital solutions at population scale was signed first.", PUB);
    assertEquals(Map.of("MoU between the Ministry of Electronics and IT and Tanzania's Ministry of Information on "
        + "sharing digital solutions at population scale", "MEMORANDUM"), docs(x));
  }

  @Test
  void anOutcomePageThatDatesNothingIsDatedByItsPage() {
    String title = "List of Outcomes: Official visit of the President of Maldives to India";
    Extraction x = run(title, title + "\n"
        + "A. Agreements/MoUs Exchanged\n"
        + "1. MoU on Capacity Building of Local Councils between NIRDPR, India and Local Government Authority, Maldives\n"
        + "2. MoU for Cooperation in the area of Cyber Security between CERT-In, India and NCIT, Maldives\n"
        + "B. Announcements\n"
        + "1. Extension of a new Line of Credit of USD 100 million", LocalDate.of(2022, 8, 2));
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), x.events.toString());
    assertEquals("2022-08-02", s.get(0).startDate);
    for (DocumentRow d : x.documents) assertEquals("2022-08-02", d.signedDate);
  }

  @Test
  void aFirstPartyWhoseNameHoldsAndIsJoinedToTheSecond() {
    Extraction x = run("", LEAD + "A MoU between the Ministry of Electronics and IT and Tanzania's Ministry of "
        + "Information was signed to share digital solutions.", PUB);
    assertEquals(Map.of("MoU between the Ministry of Electronics and IT and Tanzania's Ministry of Information",
        "MEMORANDUM"), docs(x));
  }

  @Test
  void theFieldAfterAPassiveVerbIsTheTopic() {
    Extraction x = run("", LEAD + "An MoU was also signed in the field of maritime security.", PUB);
    assertEquals(Map.of("MoU in the field of maritime security", "MEMORANDUM"), docs(x));
  }

  @Test
  void documentsToldByTheFieldsTheyRelateToAreCooperationAgreed() {
    Extraction x = run("", "NAIROBI, Oct 9 (Reuters) - Kenya and Rwanda signed five agreements on Monday during a "
        + "visit by Rwandan President Paul Kagame to Nairobi. The MoUs related to commerce, culture and health, the "
        + "Kenyan presidency said.", PUB);
    EventRow co = x.events.stream().filter(e -> e.eventType.equals("COOPERATION")).findFirst().orElseThrow();
    assertEquals("AGREED", co.stance);
    assertEquals(java.util.Set.of("TRADE", "CULTURE", "HEALTHCARE"), new java.util.HashSet<>(co.sectors));
    assertTrue(x.documents.isEmpty(), x.documents.toString());
  }

  @Test
  void anUndatedHeadlineTellsTheSigningTheBodyDatesDaysBefore() {
    // the job's text opens with the headline (ArticleCleaner)
    Extraction x = run("Rwanda, Benin sign nine agreements", "Rwanda, Benin sign nine agreements\n\nKIGALI, April 18 - Rwanda and Benin signed nine "
        + "cooperation agreements on Monday in Cotonou during President Paul Kagame's state visit to Benin. Among the "
        + "agreements signed were those on avoidance of double taxation, agriculture, digital economy and tourism.\n"
        + "President Patrice Talon hosted Kagame at the Marina Palace.",
        LocalDate.of(2024, 4, 18));
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals("2024-04-15", s.get(0).startDate);
    assertEquals((Integer) 9, s.get(0).documentCount);
  }

  @Test
  void aSigningDatedByItsPageTakesTheDayALaterSentenceStates() {
    String title = "Bangladesh, India sign 10 MoUs to deepen ties";
    Extraction x = run(title, title + "\n\nDhaka and New Delhi have signed 10 memorandums of understanding during "
        + "Prime Minister Sheikh Hasina's two-day state visit to India.\n"
        + "The MoUs, seven new and three renewed, were signed on Saturday after delegation-level talks at Hyderabad "
        + "House.\n"
        + "The MoUs on health and medicine and on disaster management were renewed.", LocalDate.of(2024, 6, 24));
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals("2024-06-22", s.get(0).startDate);
    assertEquals(Map.of("MoU on health and medicine", "MEMORANDUM", "MoU on disaster management", "MEMORANDUM"),
        docs(x));
  }

  @Test
  void aNewDocumentsSignatoriesAfterItsPassiveVerbGoWithItsTitle() {
    Extraction x = run("", LEAD + "Another MoU was signed between the Bangladesh Oceanographic Research Institute and "
        + "India's Council of Scientific and Industrial Research for joint research on oceanography.", PUB);
    assertEquals(Map.of("MoU between the Bangladesh Oceanographic Research Institute and India's Council of Scientific "
        + "and Industrial Research for joint research on oceanography", "MEMORANDUM"), docs(x));
    // a document told before keeps its title: the signatories name no second one
    Extraction y = run("", "NEW DELHI, Oct 9: India and Tanzania on Monday signed an agreement on visa exemption. The "
        + "agreement was signed between the two foreign ministers.", PUB);
    assertEquals(Map.of("Agreement on visa exemption", "AGREEMENT"), docs(y));
  }

  @Test
  void aCountBeforeModifiersStillCountsTheDocumentsAgainstTheirAreas() {
    Extraction x = run("", "LISBON, Oct 9 (Lusa) - Portugal and Brazil signed 13 cooperation agreements in the areas of "
        + "education, justice, health and culture on Monday during the visit of President Luiz Inacio Lula da Silva.",
        PUB);
    assertTrue(x.documents.isEmpty(), x.documents.toString());
    EventRow co = x.events.stream().filter(e -> e.eventType.equals("COOPERATION")).findFirst().orElseThrow();
    assertEquals(java.util.Set.of("EDUCATION", "JUSTICE", "HEALTHCARE", "CULTURE"), new java.util.HashSet<>(co.sectors));
    Extraction y = run("", "LISBON, Oct 9 (Lusa) - Portugal and Brazil signed three new agreements in the areas of "
        + "education, justice and culture on Monday during the visit of President Luiz Inacio Lula da Silva.", PUB);
    assertEquals(3, y.documents.size(), y.documents.toString());
  }
}
