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
}
