package org.coopevents.pipeline;

import java.time.LocalDate;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.extract.ArticleText;
import org.coopevents.extract.Extraction;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.Outcome;

/**
 * Articles → events, documents and mentions, each article on its own (merging across
 * articles is a later stage). Articles that are EMPTY or in an unsupported language pass
 * through untouched; the others leave as CODED or NO_EVENT with their event count. Only the
 * cleaned text is read, so page furniture never yields events.
 */
public final class ExtractEvents extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  public static final TupleTag<EventRow> EVENTS = new TupleTag<>("events") {};
  public static final TupleTag<DocumentRow> DOCUMENTS = new TupleTag<>("documents") {};
  public static final TupleTag<MentionRow> MENTIONS = new TupleTag<>("mentions") {};

  public ExtractEvents() {
    super("ExtractEvents");
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply("Extract", ParDo.of(new ExtractFn())
        .withOutputTags(ARTICLES, TupleTagList.of(EVENTS).and(DOCUMENTS).and(MENTIONS)));
  }

  static final class ExtractFn extends DoFn<Article, Article> {
    /** One extractor per JVM: the knowledge bundle is large and read-only. */
    private static volatile ArticleExtractor shared;

    private final Counter events = Metrics.counter("coopevents", "events_extracted");
    private final Counter failures = Metrics.counter("coopevents", "extraction_failures");
    private final Counter nanos = Metrics.counter(CoopeventsPipeline.STAGE_METRICS, "extract_nanos");
    private transient ArticleExtractor extractor;

    @Setup
    public void setup() {
      ArticleExtractor e = shared;
      if (e == null) {
        synchronized (ExtractFn.class) {
          if (shared == null) shared = ArticleExtractor.create();
          e = shared;
        }
      }
      extractor = e;
    }

    @ProcessElement
    public void process(@Element Article a, MultiOutputReceiver out) {
      if (!a.outcome.isEmpty()) {
        out.get(ARTICLES).output(a);
        return;
      }
      Extraction x;
      long t0 = System.nanoTime();
      try {
        x = extractor.extract(new ArticleText(a.articleId, a.url, a.source, a.title, a.language,
            a.publishedDate == null ? null : LocalDate.parse(a.publishedDate), a.text));
      } catch (RuntimeException e) {
        // A bug on one article must not stop the job: the article is kept without events
        // and the failure is counted (coopevents/extraction_failures).
        failures.inc();
        nanos.inc(System.nanoTime() - t0);
        out.get(ARTICLES).output(a.withOutcome(Outcome.NO_EVENT.name(), 0, null));
        return;
      }
      nanos.inc(System.nanoTime() - t0);
      x.events.forEach(out.get(EVENTS)::output);
      x.documents.forEach(out.get(DOCUMENTS)::output);
      x.mentions.forEach(out.get(MENTIONS)::output);
      events.inc(x.events.size());
      Outcome outcome = x.events.isEmpty() ? Outcome.NO_EVENT : Outcome.CODED;
      out.get(ARTICLES).output(a.withOutcome(outcome.name(), x.events.size(), null));
    }
  }
}
