package org.coopevents.pipeline;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

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
    private transient ArticleExtractor extractor;

    @Setup
    public void setup() {
      extractor = ArticleExtraction.extractor();
    }

    @ProcessElement
    public void process(@Element Article a, MultiOutputReceiver out) {
      ArticleExtraction x = ArticleExtraction.of(extractor, a);
      x.extraction.events.forEach(out.get(EVENTS)::output);
      x.extraction.documents.forEach(out.get(DOCUMENTS)::output);
      x.extraction.mentions.forEach(out.get(MENTIONS)::output);
      out.get(ARTICLES).output(x.article);
    }
  }
}
