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
}
