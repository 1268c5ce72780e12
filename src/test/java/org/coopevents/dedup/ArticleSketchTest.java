package org.coopevents.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void emptyArticlesAreNotSketched() {
    assertTrue(ArticleSketch.sketchable(article(MinHashLshTest.WIRE, "")));
    assertFalse(ArticleSketch.sketchable(article(" \n ", "")));
    assertFalse(ArticleSketch.sketchable(article("Menu", Outcome.EMPTY.name())));
  }
}
