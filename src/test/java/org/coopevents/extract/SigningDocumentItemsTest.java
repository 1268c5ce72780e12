package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.coopevents.model.DocumentRow;
import org.junit.jupiter.api.Test;

/**
 * Documents that real reports tell one by one after the sentence that counts them: by ordinals
 * ("The first agreement concerns ..., and the second ..."), by "one ... the other ...", by "The
 * fifth MoU is on ...", or listed after a pronoun and a copula ("They are the MoU on ..."). The
 * reports are written for these tests.
 */
class SigningDocumentItemsTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 6, 5);

  private static Map<String, String> docs(String text) {
    Extraction x = EX.extract(new ArticleText("i-" + Math.abs(text.hashCode()), "https://outlet.example/i",
        "outlet.example", "", "en", PUB, text));
    Map<String, String> m = new TreeMap<>();
    for (DocumentRow d : x.documents) m.put(d.titleOriginal, d.docType + " " + String.join("+", d.parties));
    return m;
  }

  @Test
  void oneAndTheOtherAfterACount() {
    assertEquals(Map.of(
        "Agreement on visa exemption for holders of diplomatic passports", "AGREEMENT AZE+KAZ",
        "Agreement on cooperation in the field of transport and logistics", "AGREEMENT AZE+KAZ"),
        docs("BAKU, June 4. Kazakh President Kassym-Jomart Tokayev arrived in Baku on Tuesday on a state visit "
            + "and held talks with President Ilham Aliyev. Two agreements were signed after the talks. One concerns "
            + "visa exemption for holders of diplomatic passports; the other covers cooperation in the field of "
            + "transport and logistics."));
  }

  @Test
  void ordinalsWithTheirOwnTypeWord() {
    Map<String, String> d = docs("CAIRO, June 4. Greek Prime Minister Kyriakos Mitsotakis paid an official visit to "
        + "Egypt on Tuesday and held talks with President Abdel Fattah al-Sisi. The two leaders witnessed the signing "
        + "of several agreements during the visit. The first agreement concerns cooperation in renewable energy, and "
        + "the second agreement concerns agriculture.");
    assertEquals(Map.of("Agreement on cooperation in renewable energy", "AGREEMENT EGY+GRC",
        "Agreement on agriculture", "AGREEMENT EGY+GRC"), d);
  }

  @Test
  void anOrdinalSentenceAfterTheList() {
    Map<String, String> d = docs("NEW DELHI, Feb 18 (PTI) India and Argentina on Monday exchanged ten memoranda of "
        + "understanding and agreements during the state visit of Argentine President Mauricio Macri. An MoU was "
        + "also signed on tourism, while another was exchanged on cooperation in broadcasting. The fifth MoU is on "
        + "Antarctic cooperation between India's Ministry of Earth Sciences and Argentina's Ministry of Foreign "
        + "Affairs and Worship.");
    assertEquals("MEMORANDUM ARG+IND", d.get("MoU on Antarctic cooperation"), d.toString());
    assertEquals(3, d.size(), d.toString());
  }

  @Test
  void aPronounAndACopulaListTheDocuments() {
    Map<String, String> d = docs("JAKARTA, June 4 (Bernama) -- Malaysia and Indonesia signed four memoranda of "
        + "understanding during Prime Minister Anwar Ibrahim's working visit to Jakarta on Tuesday. The MoUs were "
        + "exchanged in the presence of Anwar and President Joko Widodo at the Bogor Palace. They are the MoU on the "
        + "employment and protection of Indonesian domestic workers, the MoU on cooperation in the field of tourism, "
        + "the MoU on halal products, and a letter of intent on defence industry cooperation.");
    assertEquals(4, d.size(), d.toString());
    assertEquals("MEMORANDUM IDN+MYS", d.get("MoU on halal products"), d.toString());
  }

  @Test
  void anOrdinalThatIsNoDocumentReadsNothing() {
    Map<String, String> d = docs("BAKU, June 4. Kazakh President Kassym-Jomart Tokayev arrived in Baku on Tuesday on a "
        + "state visit and held talks with President Ilham Aliyev. Two agreements were signed after the talks. The "
        + "first day of the visit ended with a concert; the second is reserved for a trip to Gabala.");
    assertEquals(Map.of(), d);
  }

  @Test
  void ordinalsThatNameTheirTypeAfterACopula() {
    assertEquals(Map.of(
        "Agreement on a loan from the Economic Development Cooperation Fund", "AGREEMENT KEN+KOR",
        "Memorandum of understanding on critical minerals", "MEMORANDUM KEN+KOR"),
        docs("SEOUL, June 4 (Yonhap) -- South Korea and Kenya signed two agreements on Tuesday as Kenyan President "
            + "William Ruto made a state visit to Seoul and held talks with President Yoon Suk Yeol. The first is an "
            + "agreement on a loan from the Economic Development Cooperation Fund, and the second is a memorandum of "
            + "understanding on critical minerals."));
  }

  @Test
  void theseAreAndTheOtherInstrumentsAreListTheDocuments() {
    Map<String, String> d = docs("Dhaka and New Delhi on Tuesday signed seven memorandums of understanding (MoUs) on "
        + "the second day of Prime Minister Sheikh Hasina's state visit to India.\n\nThe MoUs were handed over in the "
        + "presence of the two prime ministers.\n\nThese are: MoU on withdrawal of water from the Kushiyara River, "
        + "and MoU on Scientific Cooperation between CSIR of India and BCSIR of Bangladesh.\n\nThe other instruments "
        + "are: MoU between the National Judicial Academy, Bhopal and the Supreme Court of Bangladesh; MoU between "
        + "Prasar Bharati and Bangladesh Television; and MoU on cooperation in the areas of Space Technology.");
    assertEquals(5, d.size(), d.toString());
    assertEquals("MEMORANDUM BGD+IND", d.get("MoU between Prasar Bharati and Bangladesh Television"), d.toString());
    assertEquals("MEMORANDUM BGD+IND", d.get("MoU on withdrawal of water from the Kushiyara River"), d.toString());
  }

  @Test
  void aListLineKeepsItsTitleBeforeTheColonOfItsDescription() {
    Map<String, String> d = docs("New Delhi: India and Malaysia on Saturday signed seven pacts after talks between "
        + "Prime Minister Narendra Modi and Prime Minister Najib Razak, who is on a state visit to India.\n"
        + "Here is the list of the documents signed:\nAir Services Agreement between India and Malaysia.\n"
        + "MoU on Cooperation in the Field of Sports: the MoU provides for exchange of coaches and athletes.\n"
        + "MoU on Mutual Recognition of Educational Qualifications: The MoU sets up the recognition of degrees.");
    assertEquals(Map.of("Air Services Agreement between India and Malaysia", "AGREEMENT IND+MYS",
        "MoU on Cooperation in the Field of Sports", "MEMORANDUM IND+MYS",
        "MoU on Mutual Recognition of Educational Qualifications", "MEMORANDUM IND+MYS"), d);
  }

  @Test
  void aPurposeAfterThePassiveSignatoriesLeavesTheVerbOut() {
    Map<String, String> d = docs("Prime Minister Narendra Modi and Prime Minister Sheikh Hasina held talks in New Delhi "
        + "on Tuesday during Hasina's state visit to India. An agreement was signed between the National Judicial "
        + "Academy in Bhopal and the Supreme Court of Bangladesh to promote capacity building.");
    assertEquals(Map.of("Agreement between the National Judicial Academy in Bhopal and the Supreme Court of Bangladesh "
        + "on capacity building", "AGREEMENT BGD+IND"), d);
  }

  @Test
  void aSharedVisionIsADeclarationAndAColonOpensItsDescription() {
    Map<String, String> d = docs("NEW DELHI: Prime Minister Narendra Modi and Prime Minister Sheikh Hasina on Saturday "
        + "oversaw the exchange of a number of agreements at Hyderabad House, during Hasina's state visit to India.\n\n"
        + "The documents exchanged included a Shared Vision for India-Bangladesh Digital Partnership: the two foreign "
        + "secretaries handed over the papers.\n\nAn MoU was exchanged on Maritime Cooperation: it aims to deepen "
        + "work on maritime security.");
    assertEquals(Map.of("Shared Vision for India-Bangladesh Digital Partnership", "DECLARATION BGD+IND",
        "MoU on Maritime Cooperation", "MEMORANDUM BGD+IND"), d);
  }

  @Test
  void ordinalsInsideTheSentenceOfTheDocumentBefore() {
    Map<String, String> d = docs("King Mohammed VI, on a working visit to the United Arab Emirates at the invitation of "
        + "President Sheikh Mohamed bin Zayed Al Nahyan, chaired with him on Monday in Abu Dhabi a ceremony for the "
        + "exchange of several memoranda of understanding between Morocco and the UAE.\n\nThe second MoU, on "
        + "investment in the water sector, was exchanged between Suhail Al Mazrouei and Nizar Baraka, while the third, "
        + "on investment in development projects, was exchanged between Mohamed Al Suwaidi and Fouzi Lekjaa.\n\n"
        + "The sixth memorandum relates to partnership in agriculture and fisheries and was exchanged between the two "
        + "agriculture ministers.");
    assertEquals(Map.of("MoU on investment in the water sector", "MEMORANDUM ARE+MAR",
        "MoU on investment in development projects", "MEMORANDUM ARE+MAR",
        "Memorandum on partnership in agriculture and fisheries", "MEMORANDUM ARE+MAR"), d);
  }

  @Test
  void minutesOfAMeetingAndAStrayClosingQuoteInAList() {
    Map<String, String> d = docs("Baku / 31.10.17 / President Ilham Aliyev and Turkish President Recep Tayyip Erdogan met "
        + "in Baku on October 31 at the meeting of the High-Level Strategic Cooperation Council. Following the talks "
        + "between the presidents, three documents were signed:\n\n- Minutes of the Sixth Meeting of the High-Level "
        + "Strategic Cooperation Council \";\n\n- Agreement on cooperation in the field of education \";\n\n"
        + "- Agreement on cooperation in the defense industry;");
    assertEquals(Map.of("Minutes of the Sixth Meeting of the High-Level Strategic Cooperation Council", "PROTOCOL AZE+TUR",
        "Agreement on cooperation in the field of education", "AGREEMENT AZE+TUR",
        "Agreement on cooperation in the defense industry", "AGREEMENT AZE+TUR"), d);
  }

  @Test
  void theOccasionAfterATitleIsNoPartOfIt() {
    Map<String, String> d = docs("On Tuesday, the presidents of Kyrgyzstan and Azerbaijan, Sadyr Japarov and Ilham Aliyev, "
        + "signed a declaration on strategic partnership at their meeting in Baku. Japarov arrived in Azerbaijan on an "
        + "official visit on Monday.");
    assertEquals(Map.of("Declaration on strategic partnership", "DECLARATION AZE+KGZ"), d);
  }

  @Test
  void oneThatDealsWithIsOneMoreDocumentOfTheType() {
    String lead = "India and the United States signed three memorandums of understanding on Tuesday in New Delhi on the "
        + "second day of US President Donald Trump's first visit to India. ";
    Map<String, String> want = Map.of("Memorandum of understanding on mental health", "MEMORANDUM IND+USA",
        "Memorandum of understanding on the safety of medical products", "MEMORANDUM IND+USA");
    assertEquals(want, docs(lead + "Two of the agreements concluded during the visit are a memorandum of understanding "
        + "on mental health and one that deals with the safety of medical products."));
    assertEquals(want, docs(lead + "They signed a memorandum of understanding on mental health and one on the safety of "
        + "medical products."));
  }
}
