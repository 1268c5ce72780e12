package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lists of signed documents as wires and agencies lay them out after a counting sentence: a short
 * line "Among the key documents:" that opens the list, items followed by a description after a
 * dash ("MoU on A – It lets ..."). The reports are written for these tests; names, places and
 * dates are real (Mikhail Mishustin's visit to China in August 2024, Najib Razak's to India in
 * April 2017).
 */
class SigningListIntroTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String lang, LocalDate pub, String text) {
    return EX.extract(new ArticleText("li-" + Math.abs(text.hashCode()), "https://wire.example/li",
        "wire.example", "", lang, pub, text));
  }

  @Test
  void aRussianLineAmongTheKeyDocumentsOpensTheList() {
    Extraction x = run("ru", LocalDate.of(2024, 8, 22), "Россия и Китай по итогам визита председателя "
        + "правительства Михаила Мишустина в Пекин 21 августа подписали 15 совместных документов.\n"
        + "Среди ключевых документов:\n"
        + "- Меморандум о взаимопонимании между Минсельхозом России и Минсельхозом КНР о совместной борьбе "
        + "с саранчой.\n"
        + "- Протокол между Россельхознадзором и Главным таможенным управлением КНР о требованиях к "
        + "поставляемой в Китай говядине.\n");
    assertEquals(1, SigningWireListTest.signings(x).size(), x.events.toString());
    Map<String, String> d = SigningWireListTest.docs(x);
    assertEquals(2, d.size(), d.toString());
    assertEquals("PROTOCOL", d.get("Протокол между Россельхознадзором и Главным таможенным управлением КНР о "
        + "требованиях к поставляемой в Китай говядине"), d.toString());
  }

  @Test
  void anEnglishLineAmongTheMainAgreementsOpensTheList() {
    Extraction x = run("en", LocalDate.of(2024, 8, 22), "BEIJING, Aug 21 - Russia and China signed 15 "
        + "documents on Wednesday during Prime Minister Mikhail Mishustin's visit.\n"
        + "Among the main agreements:\n"
        + "- A memorandum of understanding on joint locust control\n"
        + "- A protocol on requirements for Russian beef exported to China\n");
    Map<String, String> d = SigningWireListTest.docs(x);
    assertEquals(2, d.size(), d.toString());
    assertEquals("MEMORANDUM", d.get("Memorandum of understanding on joint locust control"), d.toString());
  }

  @Test
  void aDescriptionAfterADashIsNoPartOfTheItem() {
    Extraction x = run("en", LocalDate.of(2017, 4, 1), "New Delhi: India and Malaysia on Saturday signed "
        + "seven pacts after talks between Prime Minister Narendra Modi and Malaysian Prime Minister Najib "
        + "Razak.\n"
        + "Below is the list of the pacts signed:\n"
        + "Air Services Agreement between India and Malaysia.\n"
        + "MoU on mutual recognition of educational qualifications – It lets degrees of one country count in "
        + "the other.\n"
        + "MoU on cooperation in building a urea plant in Malaysia – The MoU envisages a Malaysian consortium "
        + "putting up the plant.\n"
        + "MoU on Cooperation in the Field of Sports\n");
    Map<String, String> d = SigningWireListTest.docs(x);
    assertEquals(Map.of(
        "Air Services Agreement between India and Malaysia", "AGREEMENT",
        "MoU on mutual recognition of educational qualifications", "MEMORANDUM",
        "MoU on cooperation in building a urea plant in Malaysia", "MEMORANDUM",
        "MoU on Cooperation in the Field of Sports", "MEMORANDUM"), d);
  }
}
