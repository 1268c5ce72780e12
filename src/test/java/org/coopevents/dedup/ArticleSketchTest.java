package org.coopevents.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coopevents.model.Article;
import org.coopevents.model.Outcome;
import org.junit.jupiter.api.Test;

class ArticleSketchTest {
  private static Article article(String text, String outcome) {
    return new Article("a1", null, null, null, "en", null, "f.jsonl", "line 1", text, null,
        outcome, 0);
  }

  @Test
  void aSketchIsTheSignatureWithTheBandKeysAndTheExactKey() {
    ArticleSketch s = ArticleSketch.of(MinHashLshTest.WIRE);
    assertArrayEquals(MinHasher.signature(MinHashLshTest.WIRE), s.signature());
    assertEquals(LshBands.BANDS + 1, s.buckets().size());
    assertEquals(LshBands.keys(s.signature()), s.buckets().subList(0, LshBands.BANDS));
    assertEquals(LshBands.exactKey(MinHashLshTest.WIRE), s.buckets().get(LshBands.BANDS));
  }

  @Test
  void repeatsInATextLeaveItsSignatureAsTheSignatureOfItsDistinctShingles() {
    // the article's sketch takes the shingles in text order with repeats; the minimum over
    // them is the minimum over the distinct set
    String boilerplate = "Subscribe to our channel for more news. ";
    for (String t : List.of(MinHashLshTest.WIRE + " " + MinHashLshTest.WIRE,
        boilerplate.repeat(5) + MinHashLshTest.EDITED + " " + boilerplate.repeat(3), "")) {
      assertArrayEquals(MinHasher.signature(TextShingles.of(t)), ArticleSketch.of(t).signature());
      assertEquals(LshBands.exactKey(t), ArticleSketch.of(t).buckets().get(LshBands.BANDS));
    }
  }

  @Test
  void emptyArticlesAreNotSketched() {
    assertTrue(ArticleSketch.sketchable(article(MinHashLshTest.WIRE, "")));
    assertFalse(ArticleSketch.sketchable(article(" \n ", "")));
    assertFalse(ArticleSketch.sketchable(article("Menu", Outcome.EMPTY.name())));
  }
}
