package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopevents.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * Reading signings, documents and sectors is linear in the article's length (issue 16 item 7:
 * one large article took superlinear time, 1 MB 17 s, 2 MB 31 s, 4 MB 82 s). Measured without a
 * clock: {@link Analysis#lookups} counts the entries and binary-search steps of every lookup by
 * position, so a step that scans the article's cues, document types or sentences once per
 * sentence makes the count grow with the square of the length. An article twice as long must
 * cost at most 2.5 times the lookups (2 plus the logarithm of the binary searches), in both
 * shapes of large page: a paragraph per line, and everything on one line.
 */
class LinearWorkTest {
  private static final Knowledge KB = Knowledge.load();
  private static final LocalDate PUB = LocalDate.of(2024, 5, 16);

  private static final String[] EN = {
      "BAKU, May 16 (Wire) - President Ilham Aliyev of Azerbaijan held talks with President"
          + " Kassym-Jomart Tokayev of Kazakhstan in Baku on Thursday.",
      "After the talks the presidents signed a package of 12 documents, including an Agreement on"
          + " road transport, a Memorandum of understanding on cooperation in energy and a Protocol"
          + " on veterinary control.",
      "The documents signed include the following:",
      "- Programme of cultural cooperation for 2024-2026;",
      "- Roadmap for trade;",
      "Another memorandum concerns joint work in tourism.",
      "The two countries agreed to deepen cooperation in transport and investment.",
      "They talked about security, and Kazakhstan will buy air defence systems, ministers said.",
      "Earlier, Azerbaijan and Turkey discussed oil and the sides agreed on health care.",
  };

  private static final String[] RU = {
      "БАКУ, 16 мая. Президент Азербайджана Ильхам Алиев провел переговоры с президентом Казахстана"
          + " Касым-Жомартом Токаевым.",
      "По итогам переговоров подписаны 12 документов, в том числе Соглашение о международных"
          + " автомобильных перевозках и Меморандум о сотрудничестве в области энергетики.",
      "Также подписаны следующие документы: Программа культурного сотрудничества на 2024-2026"
          + " годы; Дорожная карта по торговле.",
      "Еще один меморандум касается сотрудничества в сфере туризма.",
      "Стороны договорились развивать сотрудничество в области транспорта и инвестиций.",
      "Ранее Азербайджан и Турция обсудили поставки нефти.",
  };

  private static ArticleText article(String[] paragraphs, String lang, boolean oneLine, int repeats) {
    List<String> parts = new ArrayList<>();
    for (int r = 0; r < repeats; r++) for (String p : paragraphs) parts.add(p);
    String title = lang.equals("ru") ? "Азербайджан и Казахстан подписали документы"
        : "Azerbaijan and Kazakhstan sign documents";
    return new ArticleText("linear-" + lang + "-" + repeats, null, "test", title, lang, PUB,
        String.join(oneLine ? " " : "\n", parts));
  }

  /** The lookups of reading the article's signings, documents and sectors. */
  private static long work(ArticleText a) {
    Analysis an = new Analysis(a, KB, Cues.build());
    List<SigningFinder.Signing> signings = SigningFinder.find(an);
    assertTrue(!signings.isEmpty() && !signings.get(0).docs.isEmpty(), "the article reports a signing with documents");
    SectorSupport support = SectorSupport.of(an);
    List<String[]> pairs = List.of(new String[] {"AZE", "KAZ"}, new String[] {"AZE", "TUR"});
    for (String[] p : pairs) CooperationFinder.find(an, support, p[0], p[1], true, false, pairs);
    return an.lookups;
  }

  private static void assertLinear(String[] paragraphs, String lang, boolean oneLine) {
    long small = work(article(paragraphs, lang, oneLine, 60));
    long large = work(article(paragraphs, lang, oneLine, 120));
    double ratio = (double) large / small;
    assertTrue(small > 0, "lookups are counted");
    assertTrue(ratio < 2.5, lang + (oneLine ? " on one line" : " by lines") + ": twice the text took "
        + String.format("%.2f", ratio) + " times the lookups (" + small + " -> " + large + ")");
  }

  @Test
  void aParagraphPerLine() {
    assertLinear(EN, "en", false);
    assertLinear(RU, "ru", false);
  }

  @Test
  void everythingOnOneLine() {
    assertLinear(EN, "en", true);
    assertLinear(RU, "ru", true);
  }

  @Test
  void aSigningHoldsAtMostTheBoundOfDocuments() {
    StringBuilder b = new StringBuilder("Azerbaijan and Kazakhstan signed the following documents:");
    // three-digit numbers: titles that differ only in a number of one or two digits are one
    for (int i = 100; i < 100 + SigningFinder.MAX_DOCS + 50; i++) {
      b.append("\n- Protocol on the section ").append(i).append(" of the border;");
    }
    Analysis an = new Analysis(new ArticleText("bound", null, "test", "", "en", PUB, b.toString()),
        KB, Cues.build());
    List<SigningFinder.Signing> signings = SigningFinder.find(an);
    assertEquals(1, signings.size());
    assertEquals(SigningFinder.MAX_DOCS, signings.get(0).docs.size());
  }

  @Test
  void theColonOfASentenceIsLookedForInTheSentenceOnly() {
    String t = "Note: talks. They signed an agreement on trade";
    int from = t.indexOf("They");
    assertEquals(-1, SigningFinder.lastColon(t, from, t.length()));
    assertEquals(4, SigningFinder.lastColon(t, 0, t.length()));
  }

  @Test
  void nextLineSkipsTheSentencesOfALine() {
    Analysis an = new Analysis(new ArticleText("lines", null, "test", "", "en", PUB,
        "One. Two. Three.\nFour. Five.\nSix."), KB, Cues.build());
    assertEquals(3, DocumentListReader.nextLine(an, 0));
    assertEquals(3, DocumentListReader.nextLine(an, 2));
    assertEquals(5, DocumentListReader.nextLine(an, 3));
    assertEquals(6, DocumentListReader.nextLine(an, 5));
  }
}
