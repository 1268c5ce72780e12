package org.coopevents.pipeline;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.coopevents.text.ArticleCleaner;

/** Raw units → cleaned articles (main text, furniture removed, normalised, language). */
public final class CleanArticles extends PTransform<PCollection<RawArticle>, PCollection<Article>> {
  /** Nanoseconds spent cleaning, summed over threads (read by the benchmark). */
  static final Counter NANOS = Metrics.counter(CoopeventsPipeline.STAGE_METRICS, "clean_nanos");

  public CleanArticles() {
    super("CleanArticles");
  }

  @Override
  public PCollection<Article> expand(PCollection<RawArticle> raw) {
    return raw.apply("Clean", MapElements.into(TypeDescriptor.of(Article.class))
        .via(CleanArticles::timedClean));
  }

  /** {@link ArticleCleaner#clean}, its time added to {@code clean_nanos}. */
  static Article timedClean(RawArticle r) {
    long t0 = StageClock.now();
    Article a = ArticleCleaner.clean(r);
    NANOS.inc(StageClock.now() - t0);
    return a;
  }
}
