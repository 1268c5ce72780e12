package org.coopevents.dedup;

import java.util.ArrayList;
import java.util.List;
import org.coopevents.model.Article;
import org.coopevents.model.Outcome;

/**
 * What copy detection keeps of one article: its MinHash signature and the bucket keys it is
 * filed under (its LSH band keys and its exact-text key), from one pass over the text.
 */
public record ArticleSketch(int[] signature, List<String> buckets) {
  /** Whether an article is sketched at all: empty ones (no text left) are not. */
  public static boolean sketchable(Article a) {
    return !a.outcome.equals(Outcome.EMPTY.name()) && !a.text.isBlank();
  }

  public static ArticleSketch of(String text) {
    TextShingles.Shingled sketch = TextShingles.shingled(text);
    int[] sig = MinHasher.signature(sketch.shingles());
    List<String> buckets = new ArrayList<>(LshBands.BANDS + 1);
    buckets.addAll(LshBands.keys(sig));
    buckets.add(LshBands.exactKeyOfNormalised(sketch.normalised()));
    return new ArticleSketch(sig, buckets);
  }
}
