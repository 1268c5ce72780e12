package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static PhraseMatcher<String> matcher(String... pairs) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (int i = 0; i < pairs.length; i += 2) b.add(pairs[i], pairs[i + 1]);
    return b.build();
  }

  @Test
  void upperCaseFormMatchesOnlyCapitalisedText() {
    PhraseMatcher<String> m = matcher("Chad", "TCD", "trade", "TRADE");
    assertEquals(1, m.findAll("Talks in Chad ended").size());
    assertTrue(m.findAll("a chad of paper").isEmpty());
    assertEquals(1, m.findAll("TRADE GREW IN CHAD").stream().filter(x -> x.values.contains("TCD")).count());
    // lower-case form: any capitalisation
    assertEquals(2, m.findAll("Trade and trade").size());
  }

  @Test
  void starIsAPrefixAndYoIsYe() {
    PhraseMatcher<String> m = matcher("туризм*", "TOURISM", "Мирзиёев", "UZB");
    assertEquals(List.of("TOURISM"), m.findAll("в сфере туризма и ТУРИЗМУ").get(0).values);
    assertEquals(2, m.findAll("в сфере туризма и ТУРИЗМУ").size());
    assertEquals(1, m.findAll("Шавкат Мирзиеев прибыл").size());
    assertTrue(m.findAll("туриз").isEmpty());
  }

  @Test
  void longestMatchWinsAndOffsetsPointIntoTheText() {
    PhraseMatcher<String> m = matcher("memorandum", "M", "memorandum of understanding", "MOU",
        "railway equipment", "MACHINERY", "railway equipment", "TRANSPORT");
    String text = "They signed a Memorandum of Understanding and bought railway equipment.";
    List<PhraseMatcher.Match<String>> found = m.findAll(text);
    assertEquals(2, found.size());
    assertEquals(List.of("MOU"), found.get(0).values);
    assertEquals("Memorandum of Understanding", text.substring(found.get(0).start, found.get(0).end));
    assertEquals(List.of("MACHINERY", "TRANSPORT"), found.get(1).values);
  }

  @Test
  void hyphenSplitsTokensAndWholeTokensOnly() {
    PhraseMatcher<String> m = matcher("Гвинея-Бисау", "GNB", "Belarus", "BLR", "oman", "OMN");
    assertEquals(1, m.findAll("визит в Гвинея-Бисау").size());
    assertEquals(List.of("BLR"), m.findAll("the Belarus-Azerbaijan talks").get(0).values);
    assertTrue(m.findAll("a romantic woman").isEmpty());
    Tokens t = Tokens.of("Belarus-Azerbaijan");
    assertEquals(2, t.size());
    assertNull(m.longestAt(t, 1, t.size()));
  }

  @Test
  void overlappingPhrasesTakeTheLongestLeftmostInEnglish() {
    PhraseMatcher<String> m = matcher("joint", "J", "joint statement", "STATEMENT",
        "statement on cooperation", "COOP", "joint statement on strategic partnership", "PARTNER",
        "strategic partnership", "SP");
    String text = "The joint statement on cooperation and a joint statement on strategic partnership.";
    List<PhraseMatcher.Match<String>> found = m.findAll(text);
    // leftmost first: "joint statement" starts before "statement on cooperation" and takes
    // "statement"; the second "joint" runs on to the longest phrase
    assertEquals(2, found.size());
    assertEquals(List.of("STATEMENT"), found.get(0).values);
    assertEquals("joint statement", text.substring(found.get(0).start, found.get(0).end));
    assertEquals(List.of("PARTNER"), found.get(1).values);
    assertEquals("joint statement on strategic partnership",
        text.substring(found.get(1).start, found.get(1).end));
    // from "statement" itself the overlapping phrase is there
    Tokens t = Tokens.of(text);
    assertEquals(List.of("COOP"), m.longestAt(t, 2, t.size()).values);
    assertNull(m.longestAt(t, 2, 4), "a phrase may not run past the limit");
  }

  @Test
  void overlappingPhrasesTakeTheLongestInRussianWithPrefixes() {
    PhraseMatcher<String> m = matcher("совместн* заявлени*", "STATEMENT",
        "совместн* заявлени* о стратегическом партнерстве", "PARTNER",
        "стратегическ* партнерств*", "SP", "Казахстан*", "KAZ");
    String text = "Стороны приняли Совместное заявление о стратегическом партнёрстве с Казахстаном, "
        + "а не совместные заявления и не казахстанские товары.";
    List<PhraseMatcher.Match<String>> found = m.findAll(text);
    assertEquals(List.of("PARTNER"), found.get(0).values);
    assertEquals("Совместное заявление о стратегическом партнёрстве",
        text.substring(found.get(0).start, found.get(0).end));
    assertEquals(List.of("KAZ"), found.get(1).values);
    assertEquals(List.of("STATEMENT"), found.get(2).values);
    // an upper-case prefix pattern needs a capitalised token
    assertEquals(3, found.size());
  }

  @Test
  void aPhraseStartsAtTheRootOnlyWhereOneOfItsFormsCanStart() {
    // many phrases, so the root's filters see collisions; every phrase is still found
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      b.add("w" + i + " x", "P" + i);
      b.add("Cap" + i, "C" + i);
      b.add("pre" + i + "z*", "R" + i);
      text.append("w").append(i).append(" x cap").append(i).append(" Cap").append(i)
          .append(" pre").append(i).append("ztail ");
    }
    PhraseMatcher<String> m = b.build();
    List<PhraseMatcher.Match<String>> found = m.findAll(text.toString());
    assertEquals(9000, found.size());
    for (int i = 0; i < 3000; i++) {
      assertEquals(List.of("P" + i), found.get(3 * i).values);
      assertEquals(List.of("C" + i), found.get(3 * i + 1).values);
      assertEquals(List.of("R" + i), found.get(3 * i + 2).values);
    }
  }

  @Test
  void tokenHashesAreTheHashesOfTheNormalisedTokens() {
    Tokens t = Tokens.of("Ёлка, ЁЖИК и Tbilisi-2024: ǅemal Ærø — Мирзиёев");
    for (int i = 0; i < t.size(); i++) {
      assertEquals(t.norm(i).hashCode(), t.hash(i), t.norm(i));
      assertEquals(Tokens.norm(t.raw(i)), t.norm(i));
    }
    assertEquals("елка", t.norm(0));
    assertTrue(t.upperFirst(0));
  }
}
