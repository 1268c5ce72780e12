package org.coopevents.sink;

import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.RejectRow;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Map;

/**
 * Writes the five tables and the two lookup tables ({@link LookupTables}) as Parquet folders under the (staging) output folder, and the run
 * statistics (rows per table, articles by outcome and language, per-file accepted and
 * rejected counts, plus the readers' own counts) as {@code _stats/*.tsv} for the manifest.
 */
public final class WriteTables extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  public static final TupleTag<EventRow> EVENTS = new TupleTag<>("events") {};
  public static final TupleTag<DocumentRow> DOCUMENTS = new TupleTag<>("documents") {};
  public static final TupleTag<MentionRow> MENTIONS = new TupleTag<>("mentions") {};
  public static final TupleTag<RejectRow> REJECTS = new TupleTag<>("rejects") {};
  /** Counts from the readers: units read and records skipped per file. */
  public static final TupleTag<KV<String, Long>> READER_STATS = new TupleTag<>("readerStats") {};


  private final String outputDir;
  /** Files per table; null (or 0 for a table) leaves it to the runner (one file per bundle). */
  private final ShardPlan shards;

  public WriteTables(String outputDir) {
    this(outputDir, null);
  }

  public WriteTables(String outputDir, ShardPlan shards) {
    super("WriteTables");
    this.outputDir = outputDir;
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollectionTuple in) {
    PCollection<Article> articles = in.get(ARTICLES);
    PCollection<EventRow> events = in.get(EVENTS);
    PCollection<DocumentRow> documents = in.get(DOCUMENTS);
    PCollection<MentionRow> mentions = in.get(MENTIONS);
    PCollection<RejectRow> rejects = in.get(REJECTS);

    write(events, "events", TableSchemas.EVENTS.toString(), RowRecords::event);
    write(documents, "documents", TableSchemas.DOCUMENTS.toString(), RowRecords::document);
    write(mentions, "mentions", TableSchemas.MENTIONS.toString(), RowRecords::mention);
    write(articles, "articles", TableSchemas.ARTICLES.toString(), RowRecords::article);
    write(rejects, "rejects", TableSchemas.REJECTS.toString(), RowRecords::reject);
    // the lookup tables are a few hundred constant rows: each is written as one file by one
    // step, without the shuffle and temporary files of a sharded FileIO write
    PCollection<KV<String, Long>> lookupStats = in.getPipeline()
        .apply("LookupTables", Create.of(TableSchemas.LOOKUPS).withCoder(StringUtf8Coder.of()))
        .apply("WriteLookupTables", ParDo.of(new WriteLookupFn(outputDir)));

    PCollection<KV<String, Long>> articleStats = articles.apply("CountArticles",
        FlatMapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((Article a) -> List.of(
                KV.of(RunStats.key(RunStats.TABLE, "articles"), 1L),
                KV.of(RunStats.key(RunStats.OUTCOME, a.outcome), 1L),
                KV.of(RunStats.key(RunStats.LANGUAGE, a.language == null ? "und" : a.language), 1L),
                KV.of(RunStats.key(RunStats.FILE, a.inputFile, RunStats.ACCEPTED), 1L))));
    PCollection<KV<String, Long>> rejectStats = rejects.apply("CountRejects",
        FlatMapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((RejectRow r) -> List.of(
                KV.of(RunStats.key(RunStats.TABLE, "rejects"), 1L),
                KV.of(RunStats.key(RunStats.REJECT, r.reason), 1L),
                KV.of(RunStats.key(RunStats.FILE, r.inputFile, RunStats.REJECTED, r.reason), 1L))));
    PCollection<KV<String, Long>> stats = PCollectionList.of(in.get(READER_STATS))
        .and(articleStats)
        .and(rejectStats)
        .and(countRows(events, "events"))
        .and(countRows(documents, "documents"))
        .and(countRows(mentions, "mentions"))
        .and(lookupStats)
        .apply("FlattenStats", Flatten.pCollections());
    stats.apply(new SumStats())
        .apply("WriteStats", TextIO.write()
            .to(outputDir + "/" + RunStats.FOLDER + "/stats").withSuffix(".tsv").withNumShards(1));
    return PDone.in(in.getPipeline());
  }

  private static <T> PCollection<KV<String, Long>> countRows(PCollection<T> rows, String table) {
    String key = RunStats.key(RunStats.TABLE, table);
    return rows.apply("Count" + table, MapElements
        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
        .via((T row) -> KV.of(key, 1L)));
  }

  private <T> void write(PCollection<T> rows, String table, String schemaJson,
      SerializableFunction<T, GenericRecord> toRecord) {
    FileIO.Write<Void, T> write = FileIO.<T>write()
        .via(Contextful.fn(toRecord),
            ParquetIO.sink(new org.apache.avro.Schema.Parser().parse(schemaJson))
                .withCompressionCodec(CompressionCodecName.SNAPPY))
        .to(outputDir + "/" + table)
        .withPrefix("part")
        .withSuffix(".parquet");
    if (shards != null && shards.shards(table) > 0) write = write.withNumShards(shards.shards(table));
    rows.apply("Write" + table, write);
  }

  /**
   * Writes the lookup table named by the element as {@code TABLE/part-00000-of-00001.parquet}
   * (the name a one-shard FileIO write gives) and outputs its row count for the statistics.
   */
  static final class WriteLookupFn extends DoFn<String, KV<String, Long>> {
    private final String outputDir;

    WriteLookupFn(String outputDir) {
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element String table, OutputReceiver<KV<String, Long>> out) throws IOException {
      List<GenericRecord> rows = LookupTables.records(table);
      ResourceId file = FileSystems.matchNewResource(outputDir, true)
          .resolve(table, ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY)
          .resolve("part-00000-of-00001.parquet", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      ParquetIO.Sink sink = ParquetIO.sink(rows.get(0).getSchema())
          .withCompressionCodec(CompressionCodecName.SNAPPY);
      try (WritableByteChannel ch = FileSystems.create(file, "application/octet-stream")) {
        sink.open(ch);
        for (GenericRecord r : rows) sink.write(r);
        sink.flush();
      }
      out.output(KV.of(RunStats.key(RunStats.TABLE, table), (long) rows.size()));
    }
  }
}
