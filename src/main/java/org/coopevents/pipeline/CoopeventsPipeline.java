package org.coopevents.pipeline;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.coopevents.dedup.beam.Deduplicate;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.model.Article;
import org.coopevents.model.RejectRow;
import org.coopevents.sink.ShardPlan;
import org.coopevents.sink.WriteTables;

/** Wires the stages of the job: read → clean → extract → deduplicate → write. */
public final class CoopeventsPipeline {
  private CoopeventsPipeline() {}

  /** Namespace of the per-stage counters of nanoseconds ({@code read_nanos}, ...). */
  public static final String STAGE_METRICS = "coopevents.stage";

  /** Whether the job runs on Beam's DirectRunner (by name: other runners' jars may be absent). */
  public static boolean onDirectRunner(PipelineOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner");
  }

  /** Read tasks the input files are spread over off the DirectRunner (see {@link #shuffleShards}). */
  public static final int DEFAULT_READ_GROUPS = 256;

  /**
   * The groups the input files are read in ({@code --shuffleShards}, 0 = automatic): on the
   * DirectRunner 2 x its worker threads, since each read task's output travels as one bundle
   * and every bundle costs the DirectRunner's GroupByKeys; elsewhere {@link #DEFAULT_READ_GROUPS}.
   * Grouping steps use Beam's GroupByKey and CoGroupByKey on their own keys.
   */
  public static int shuffleShards(PipelineOptions options) {
    int given = options.as(CoopeventsOptions.class).getShuffleShards();
    if (given > 0) return given;
    if (!onDirectRunner(options)) return DEFAULT_READ_GROUPS;
    int threads = options.as(DirectOptions.class).getTargetParallelism();
    return 2 * Math.max(1, threads);
  }

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
    int shuffle = shuffleShards(p.getOptions());
    // units are cleaned as they are read (ReadArticles.cleaning = ReadArticles + CleanArticles)
    PCollectionTuple read = p
        .apply("InputFiles", Create.of(files))
        .apply(ReadArticles.cleaning(limits, shuffle));
    PCollection<Article> cleaned = read.get(ReadArticles.ARTICLES)
        .apply(new UniqueArticleIds(read.get(ReadArticles.IDS)));
    PCollectionTuple extracted = cleaned.apply(new ExtractEvents());
    PCollectionTuple deduped = PCollectionTuple
        .of(Deduplicate.ARTICLES, extracted.get(ExtractEvents.ARTICLES))
        .and(Deduplicate.EVENTS, extracted.get(ExtractEvents.EVENTS))
        .and(Deduplicate.DOCUMENTS, extracted.get(ExtractEvents.DOCUMENTS))
        .and(Deduplicate.MENTIONS, extracted.get(ExtractEvents.MENTIONS))
        .apply(new Deduplicate());
    writeTables(deduped, read.get(ReadArticles.REJECTS), read.get(ReadArticles.STATS), outputDir,
        shards);
  }

  /**
   * Writes the tables from the output of {@link Deduplicate} with the reader's rejects and
   * counts: the end that full and incremental runs share.
   */
  public static void writeTables(PCollectionTuple deduped, PCollection<RejectRow> rejects,
      PCollection<KV<String, Long>> readerStats, String outputDir, ShardPlan shards) {
    PCollectionTuple
        .of(WriteTables.ARTICLES, deduped.get(Deduplicate.ARTICLES))
        .and(WriteTables.EVENTS, deduped.get(Deduplicate.EVENTS))
        .and(WriteTables.DOCUMENTS, deduped.get(Deduplicate.DOCUMENTS))
        .and(WriteTables.MENTIONS, deduped.get(Deduplicate.MENTIONS))
        .and(WriteTables.REJECTS, rejects)
        .and(WriteTables.READER_STATS, readerStats)
        .apply(new WriteTables(outputDir, shards));
  }
}
