package org.coopevents.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.extract.ArticleText;
import org.coopevents.extract.Extraction;
import org.coopevents.model.Article;
import org.coopevents.model.Outcome;

/**
 * What extraction makes of one cleaned article: the article with its outcome and event count,
 * and its events, documents and mentions. Shared by {@link ExtractEvents} and the incremental
 * runs, so that both make exactly the same rows. Articles that are EMPTY or in an unsupported
 * language pass through untouched; a failure on one article keeps it as NO_EVENT without events
 * (counted in {@code coopevents/extraction_failures}).
 */
public final class ArticleExtraction {
  private static final Counter EVENTS = Metrics.counter("coopevents", "events_extracted");
  private static final Counter FAILURES = Metrics.counter("coopevents", "extraction_failures");
  private static final Counter NANOS = Metrics.counter(CoopeventsPipeline.STAGE_METRICS, "extract_nanos");
  private static final Extraction NONE = new Extraction(List.of(), List.of(), List.of());
  /** One extractor per JVM: the knowledge bundle is large and read-only. */
  private static volatile ArticleExtractor shared;

  public final Article article;
  public final Extraction extraction;

  private ArticleExtraction(Article article, Extraction extraction) {
    this.article = article;
    this.extraction = extraction;
  }

  /** The JVM's extractor, made on first use. */
  public static ArticleExtractor extractor() {
    ArticleExtractor e = shared;
    if (e == null) {
      synchronized (ArticleExtraction.class) {
        if (shared == null) shared = ArticleExtractor.create();
        e = shared;
      }
    }
    return e;
  }

  /** Extracts {@code a} (timed in {@code extract_nanos}). */
  public static ArticleExtraction of(ArticleExtractor extractor, Article a) {
    if (!a.outcome.isEmpty()) return new ArticleExtraction(a, NONE);
    long t0 = StageClock.now();
    Extraction x;
    try {
      x = extractor.extract(new ArticleText(a.articleId, a.url, a.source, a.title, a.language,
          a.publishedDate == null ? null : LocalDate.parse(a.publishedDate), a.text));
    } catch (RuntimeException e) {
      // A bug on one article must not stop the job: the article is kept without events.
      FAILURES.inc();
      NANOS.inc(StageClock.now() - t0);
      return new ArticleExtraction(a.withOutcome(Outcome.NO_EVENT.name(), 0, null), NONE);
    }
    NANOS.inc(StageClock.now() - t0);
    EVENTS.inc(x.events.size());
    Outcome outcome = x.events.isEmpty() ? Outcome.NO_EVENT : Outcome.CODED;
    return new ArticleExtraction(a.withOutcome(outcome.name(), x.events.size(), null), x);
  }
}
