package org.coopevents.pipeline;

import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.coopevents.text.ArticleCleaner;

/** Raw units → cleaned articles (main text, furniture removed, normalised, language). */
public final class CleanArticles extends PTransform<PCollection<RawArticle>, PCollection<Article>> {
  public CleanArticles() {
    super("CleanArticles");
  }

  @Override
  public PCollection<Article> expand(PCollection<RawArticle> raw) {
    return raw.apply("Clean", MapElements.into(TypeDescriptor.of(Article.class))
        .via(ArticleCleaner::clean));
  }
}
