package org.coopevents.pipeline;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.coopevents.model.Article;
import org.junit.Rule;
import org.junit.Test;

/**
 * Article ids are unique whatever the input ids are: a repeated id takes the next suffix that no
 * input id already holds (issue 16 item 1: an input with X, X and X~2 gave two articles X~2).
 */
public class UniqueArticleIdsPipelineTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static Article unit(String id, String file, int line) {
    return new Article(id, null, null, null, "en", null, file, "line " + line, "text of " + file
        + " " + line, null, "", 0);
  }

  /** File and line → the id the article leaves with. */
  private static void expectIds(PCollection<Article> out, Map<String, String> expected) {
    PAssert.that(out).satisfies(as -> {
      Map<String, String> got = new TreeMap<>();
      for (Article a : as) got.put(a.inputFile + ":" + a.inputLocation, a.articleId);
      assertEquals(expected, got);
      return null;
    });
  }

  @Test
  public void aRepeatedIdSkipsSuffixesThatInputIdsAlreadyHold() {
    PCollection<Article> out = p.apply(Create.of(List.of(
            unit("X", "a.jsonl", 1), unit("X", "b.jsonl", 1), unit("X~2", "a.jsonl", 2),
            unit("X", "c.jsonl", 1), unit("X~4", "c.jsonl", 2), unit("X~2", "d.jsonl", 1))))
        .apply(new UniqueArticleIds());
    Map<String, String> expected = new TreeMap<>();
    expected.put("a.jsonl:line 1", "X");
    expected.put("b.jsonl:line 1", "X~3");
    expected.put("a.jsonl:line 2", "X~2");
    expected.put("c.jsonl:line 1", "X~5");
    expected.put("c.jsonl:line 2", "X~4");
    // X~2 repeated: its own suffix series, X~2~2, which no input holds
    expected.put("d.jsonl:line 1", "X~2~2");
    expectIds(out, expected);
    p.run().waitUntilFinish();
  }

  @Test
  public void idsThatOnlyLookLikeSuffixesAreKeptAsGiven() {
    PCollection<Article> out = p.apply(Create.of(List.of(
            unit("Y", "a.jsonl", 1), unit("Y", "a.jsonl", 2), unit("Y~02", "a.jsonl", 3),
            unit("Y~1", "a.jsonl", 4), unit("Y~", "a.jsonl", 5), unit("~2", "a.jsonl", 6))))
        .apply(new UniqueArticleIds());
    Map<String, String> expected = new TreeMap<>();
    expected.put("a.jsonl:line 1", "Y");
    expected.put("a.jsonl:line 2", "Y~2");
    expected.put("a.jsonl:line 3", "Y~02");
    expected.put("a.jsonl:line 4", "Y~1");
    expected.put("a.jsonl:line 5", "Y~");
    expected.put("a.jsonl:line 6", "~2");
    expectIds(out, expected);
    p.run().waitUntilFinish();
  }

  @Test
  public void suffixIsReadOnlyFromCanonicalNumbersFromTwo() {
    assertEquals(2, UniqueArticleIds.suffix("X~2"));
    assertEquals(12, UniqueArticleIds.suffix("a~b~12"));
    assertEquals(0, UniqueArticleIds.suffix("X~1"));
    assertEquals(0, UniqueArticleIds.suffix("X~02"));
    assertEquals(0, UniqueArticleIds.suffix("X~"));
    assertEquals(0, UniqueArticleIds.suffix("X~2a"));
    assertEquals(0, UniqueArticleIds.suffix("X"));
    assertEquals(0, UniqueArticleIds.suffix("X~12345678901"));
  }
}
