package org.coopevents.incremental;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.coopevents.dedup.ArticleSketch;
import org.coopevents.dedup.KeptCopy;
import org.coopevents.dedup.beam.FindDuplicateArticles;
import org.coopevents.model.Article;
import org.junit.Rule;
import org.junit.Test;

/**
 * Incremental runs keep each article's copy-detection sketch in the state: a reused unit gives
 * back the sketch it stored (its text is not sketched again), a unit read in this run is
 * sketched once and stores that sketch with its extraction, and an article with no text left
 * has none.
 */
public class ExtractOrReuseSketchTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final String TEXT_A = "The prime minister of Laos arrived in Hanoi on Tuesday for "
      + "a two-day official visit and held talks with his Vietnamese counterpart on rail links.";
  private static final String TEXT_B = "Farmers in the north reported an early harvest this year, "
      + "and grain prices at the regional market fell for the third week in a row.";

  private static Article article(String id, String text, String outcome) {
    return new Article(id, null, "example.org", "t", "en", "2024-05-02", "f.jsonl", "line 1",
        text, null, outcome, 0);
  }

  @Test
  public void reusedUnitsGiveBackTheirStoredSketchAndFreshOnesStoreTheOneTheyMake()
      throws NoSuchSchemaException {
    // the stored sketch is deliberately another text's: only reuse can give it back
    String storedForA = FindDuplicateArticles.stored(ArticleSketch.of(TEXT_B));
    StoredUnit reused = StoredUnit.cleaned("k1", article("a", TEXT_A, "NO_EVENT"))
        .extracted("a", "NO_EVENT", 0, List.of(), List.of(), List.of(), storedForA);
    StoredUnit fresh = StoredUnit.cleaned("k2", article("b", TEXT_B, "NO_EVENT"));
    StoredUnit empty = StoredUnit.cleaned("k3", article("c", "", "EMPTY"));

    PCollectionView<Map<String, String>> noRenames = p
        .apply("NoRenames", Create.empty(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(View.asMap());
    PCollectionTuple x = p
        .apply(Create.of(reused, fresh, empty)
            .withCoder(p.getSchemaRegistry().getSchemaCoder(StoredUnit.class)))
        .apply(ParDo.of(new ExtractOrReuse(noRenames, Set.of())).withSideInputs(noRenames)
            .withOutputTags(ExtractOrReuse.ARTICLES, TupleTagList.of(ExtractOrReuse.EVENTS)
                .and(ExtractOrReuse.DOCUMENTS).and(ExtractOrReuse.MENTIONS)
                .and(ExtractOrReuse.STATE).and(ExtractOrReuse.SKETCHES)));
    x.get(ExtractOrReuse.STATE)
        .setCoder(p.getSchemaRegistry().getSchemaCoder(StoredUnit.class));

    String sketchOfB = FindDuplicateArticles.stored(ArticleSketch.of(TEXT_B));
    PAssert.that(x.get(ExtractOrReuse.SKETCHES)).satisfies(kvs -> {
      Map<String, String> got = new TreeMap<>();
      for (KV<String, String> kv : kvs) got.put(kv.getKey(), kv.getValue());
      assertEquals(Map.of(KeptCopy.sortKey("2024-05-02", "a"), storedForA,
          KeptCopy.sortKey("2024-05-02", "b"), sketchOfB), got);
      return null;
    });
    PAssert.that(x.get(ExtractOrReuse.STATE)).satisfies(units -> {
      Map<String, String> got = new TreeMap<>();
      for (StoredUnit u : units) got.put(u.article.articleId, String.valueOf(u.sketch));
      assertEquals(Map.of("b", sketchOfB, "c", "null"), got);
      return null;
    });
    p.run().waitUntilFinish();
  }
}
