package org.coopevents.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.coopevents.dedup.beam.GroupInShards;
import org.coopevents.model.Article;

/**
 * Makes every article id unique before extraction derives event ids from it. Two input units
 * can share an id: a record's {@code id} repeated in another file, or two byte-identical units
 * without id and URL (the same page saved twice), whose id is the hash of their content. The
 * unit first in (input file, location) order keeps the id; each further one gets
 * {@code id~2}, {@code id~3}, ... in that order. Both stay in the dataset (the dedup stage marks
 * identical texts as copies), so nothing read is lost and every later join sees one article
 * per id. Only (id, location) pairs are shuffled; the few renames reach the articles as a map
 * side input.
 */
public final class UniqueArticleIds extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final String SEP = "\u0001";
  private final int shards;
  private final transient PCollection<KV<String, String>> idLocations;

  /** Reads the articles' ids and locations from the articles. */
  public UniqueArticleIds(int shards) {
    this(shards, null);
  }

  /**
   * With each article's (id, {@link #location}) already at hand ({@link ReadArticles#IDS}), so
   * the articles are read once, by the renaming step.
   */
  public UniqueArticleIds(int shards, PCollection<KV<String, String>> idLocations) {
    super("UniqueArticleIds");
    this.shards = shards;
    this.idLocations = idLocations;
  }

  static String location(Article a) {
    return a.inputFile + SEP + a.inputLocation;
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    PCollection<KV<String, String>> ids = idLocations != null ? idLocations : articles
        .apply("IdAndLocation", ParDo.of(new DoFn<Article, KV<String, String>>() {
          @ProcessElement
          public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(a.articleId, location(a)));
          }
        }));
    PCollection<KV<String, String>> renames = ids
        .apply("GroupById", new GroupInShards<>(shards))
        .apply("Renames", ParDo.of(new DoFn<KV<String, Iterable<String>>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, Iterable<String>> e, OutputReceiver<KV<String, String>> out) {
            List<String> locations = new ArrayList<>();
            e.getValue().forEach(locations::add);
            if (locations.size() < 2) return;
            List<String> sorted = new ArrayList<>(new TreeSet<>(locations));
            for (int i = 1; i < sorted.size(); i++) {
              out.output(KV.of(sorted.get(i), e.getKey() + "~" + (i + 1)));
            }
          }
        }));
    PCollectionView<Map<String, String>> view = renames.apply("RenamesView", View.asMap());
    return articles.apply("Rename", ParDo.of(new DoFn<Article, Article>() {
      private final Counter renamed = Metrics.counter("coopevents", "article_ids_made_unique");

      @ProcessElement
      public void process(@Element Article a, OutputReceiver<Article> out, ProcessContext c) {
        String id = c.sideInput(view).get(location(a));
        if (id == null) {
          out.output(a);
        } else {
          renamed.inc();
          out.output(a.withArticleId(id));
        }
      }
    }).withSideInputs(view));
  }
}
