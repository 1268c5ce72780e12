package org.coopevents.pipeline;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.coopevents.dedup.beam.Deduplicate;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.model.Article;
import org.coopevents.sink.ShardPlan;
import org.coopevents.sink.WriteTables;

/** Wires the stages of the job: read → clean → extract → deduplicate → write. */
public final class CoopeventsPipeline {
  private CoopeventsPipeline() {}

  /** Namespace of the per-stage counters of nanoseconds ({@code read_nanos}, ...). */
  public static final String STAGE_METRICS = "coopevents.stage";

  /**
   * Adds the job to {@code p}: reads {@code files}, writes the tables and statistics under
   * {@code outputDir} (the staging folder; publication is the caller's).
   */
  public static void build(Pipeline p, List<String> files, String outputDir, ReadLimits limits) {
    build(p, files, outputDir, limits, null);
  }

  /** As above, with the number of files per table chosen by {@code shards} (null: the runner's). */
  public static void build(Pipeline p, List<String> files, String outputDir, ReadLimits limits,
      ShardPlan shards) {
    PCollectionTuple read = p
        .apply("InputFiles", Create.of(files))
        .apply(new ReadArticles(limits));
    PCollection<Article> cleaned = read.get(ReadArticles.RAW).apply(new CleanArticles());
    PCollectionTuple extracted = cleaned.apply(new ExtractEvents());
    PCollectionTuple deduped = PCollectionTuple
        .of(Deduplicate.ARTICLES, extracted.get(ExtractEvents.ARTICLES))
        .and(Deduplicate.EVENTS, extracted.get(ExtractEvents.EVENTS))
        .and(Deduplicate.DOCUMENTS, extracted.get(ExtractEvents.DOCUMENTS))
        .and(Deduplicate.MENTIONS, extracted.get(ExtractEvents.MENTIONS))
        .apply(new Deduplicate());
    PCollectionTuple
        .of(WriteTables.ARTICLES, deduped.get(Deduplicate.ARTICLES))
        .and(WriteTables.EVENTS, deduped.get(Deduplicate.EVENTS))
        .and(WriteTables.DOCUMENTS, deduped.get(Deduplicate.DOCUMENTS))
        .and(WriteTables.MENTIONS, deduped.get(Deduplicate.MENTIONS))
        .and(WriteTables.REJECTS, read.get(ReadArticles.REJECTS))
        .and(WriteTables.READER_STATS, read.get(ReadArticles.STATS))
        .apply(new WriteTables(outputDir, shards));
  }
}
