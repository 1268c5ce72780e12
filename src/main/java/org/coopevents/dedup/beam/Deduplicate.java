package org.coopevents.dedup.beam;

import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.Outcome;

/**
 * The dedup stage: articles, per-article events, documents and mentions in; the same tables out
 * with copies marked ({@code duplicate_of}, outcome DUPLICATE) and one event row per real-world
 * event. Copies were extracted like any article: their mentions stay, so their outlets count
 * as sources of the merged events, and their {@code event_count} is what extraction found.
 */
public final class Deduplicate extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  public static final TupleTag<EventRow> EVENTS = MergeEvents.EVENTS;
  public static final TupleTag<DocumentRow> DOCUMENTS = MergeEvents.DOCUMENTS;
  public static final TupleTag<MentionRow> MENTIONS = MergeEvents.MENTIONS;
  /**
   * Optional: (sort key, stored sketch) of every sketchable article
   * ({@link FindDuplicateArticles#stored}), when the caller has them already; without it each
   * article's text is sketched here.
   */
  public static final TupleTag<KV<String, String>> SKETCHES = new TupleTag<>("sketches") {};

  public Deduplicate() {
    super("Deduplicate");
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    PCollection<Article> articles = in.get(ARTICLES);
    PCollection<KV<String, String>> copies = in.has(SKETCHES)
        ? in.get(SKETCHES).apply(new FindDuplicateArticles.FromSketches())
        : articles.apply(new FindDuplicateArticles());
    // copies are few: a map side input marks them without shuffling the articles' texts
    PCollectionView<Map<String, String>> keptOf = copies.apply("CopiesView", View.asMap());
    PCollection<Article> marked = articles.apply("MarkCopies",
        ParDo.of(new MarkCopiesFn(keptOf)).withSideInputs(keptOf));
    PCollectionTuple merged = PCollectionTuple.of(MergeEvents.EVENTS, in.get(EVENTS))
        .and(MergeEvents.DOCUMENTS, in.get(DOCUMENTS))
        .and(MergeEvents.MENTIONS, in.get(MENTIONS))
        .apply(new MergeEvents());
    return PCollectionTuple.of(ARTICLES, marked)
        .and(EVENTS, merged.get(MergeEvents.EVENTS))
        .and(DOCUMENTS, merged.get(MergeEvents.DOCUMENTS))
        .and(MENTIONS, merged.get(MergeEvents.MENTIONS));
  }

  /** Marks an article that copies another (from the side input copy → kept copy). */
  static final class MarkCopiesFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> keptOf;

    MarkCopiesFn(PCollectionView<Map<String, String>> keptOf) {
      this.keptOf = keptOf;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<Article> out, ProcessContext c) {
      String k = c.sideInput(keptOf).get(a.articleId);
      out.output(k == null ? a : a.withOutcome(Outcome.DUPLICATE.name(), a.eventCount, k));
    }
  }
}
