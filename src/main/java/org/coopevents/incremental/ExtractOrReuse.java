package org.coopevents.incremental;

import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.coopevents.dedup.ArticleSketch;
import org.coopevents.dedup.KeptCopy;
import org.coopevents.dedup.beam.Deduplicate;
import org.coopevents.dedup.beam.FindDuplicateArticles;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.pipeline.ArticleExtraction;
import org.coopevents.pipeline.UniqueArticleIds;

/**
 * One article unit → the article after extraction, its events, documents and mentions, as a
 * full run makes them. The article's unique id is its id unless the renames side input (from
 * {@link UniqueArticleIds#renames}, over every article of the run) gives it another. A stored
 * unit that was extracted under that same id gives back what it stored; any other unit (read
 * in this run, or stored under an id that has changed since) is extracted now. Units read in
 * this run, and reused units of files whose records move to the new segment, go to
 * {@link #STATE} with what extraction made of them. Each sketchable article's copy-detection
 * sketch goes to {@link #SKETCHES}: the stored one when the unit is reused, so a reused text is
 * not sketched again, else one made now and stored with the extraction.
 */
final class ExtractOrReuse extends DoFn<StoredUnit, Article> {
  static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  static final TupleTag<EventRow> EVENTS = new TupleTag<>("events") {};
  static final TupleTag<DocumentRow> DOCUMENTS = new TupleTag<>("documents") {};
  static final TupleTag<MentionRow> MENTIONS = new TupleTag<>("mentions") {};
  static final TupleTag<StoredUnit> STATE = new TupleTag<>("state") {};
  /** (sort key, stored sketch) of each sketchable article, for {@link Deduplicate#SKETCHES}. */
  static final TupleTag<KV<String, String>> SKETCHES = new TupleTag<>("sketches") {};

  private final PCollectionView<Map<String, String>> renames;
  private final TreeSet<String> rewriteKeys;
  private final Counter reusedArticles = Metrics.counter("coopevents", "articles_reused");
  private final Counter reextracted = Metrics.counter("coopevents", "articles_reextracted_new_id");
  private transient ArticleExtractor extractor;

  ExtractOrReuse(PCollectionView<Map<String, String>> renames, Set<String> rewriteKeys) {
    this.renames = renames;
    this.rewriteKeys = new TreeSet<>(rewriteKeys);
  }

  @Setup
  public void setup() {
    extractor = ArticleExtraction.extractor();
  }

  @ProcessElement
  public void process(@Element StoredUnit u, MultiOutputReceiver out, ProcessContext c) {
    Article cleaned = u.article;
    String id = c.sideInput(renames).getOrDefault(UniqueArticleIds.location(cleaned),
        cleaned.articleId);
    if (id.equals(u.extractedAs)) {
      reusedArticles.inc();
      Article a = cleaned.withArticleId(id).withOutcome(u.outcome, u.eventCount, null);
      out.get(ARTICLES).output(a);
      String sketch = u.sketch != null || !ArticleSketch.sketchable(a) ? u.sketch : sketchOf(a);
      if (sketch != null) out.get(SKETCHES).output(KV.of(sortKey(a), sketch));
      u.events.forEach(out.get(EVENTS)::output);
      u.documents.forEach(out.get(DOCUMENTS)::output);
      u.mentions.forEach(out.get(MENTIONS)::output);
      if (rewriteKeys.contains(u.fileKey)) out.get(STATE).output(u);
      return;
    }
    if (u.extractedAs != null) reextracted.inc();
    ArticleExtraction x = ArticleExtraction.of(extractor, cleaned.withArticleId(id));
    out.get(ARTICLES).output(x.article);
    String sketch = ArticleSketch.sketchable(x.article) ? sketchOf(x.article) : null;
    if (sketch != null) out.get(SKETCHES).output(KV.of(sortKey(x.article), sketch));
    x.extraction.events.forEach(out.get(EVENTS)::output);
    x.extraction.documents.forEach(out.get(DOCUMENTS)::output);
    x.extraction.mentions.forEach(out.get(MENTIONS)::output);
    if (u.extractedAs == null || rewriteKeys.contains(u.fileKey)) {
      out.get(STATE).output(u.extracted(id, x.article.outcome, x.article.eventCount,
          x.extraction.events, x.extraction.documents, x.extraction.mentions, sketch));
    }
  }

  private static String sketchOf(Article a) {
    return FindDuplicateArticles.stored(ArticleSketch.of(a.text));
  }

  private static String sortKey(Article a) {
    return KeptCopy.sortKey(a.publishedDate, a.articleId);
  }
}
