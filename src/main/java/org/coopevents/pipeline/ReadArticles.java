package org.coopevents.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.Collection;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.coopevents.ingest.InputFiles;
import org.coopevents.ingest.InputFormat;
import org.coopevents.ingest.InputSource;
import org.coopevents.ingest.JsonLinesReader;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.ingest.HtmlPageReader;
import org.coopevents.ingest.TextPageReader;
import org.coopevents.ingest.UnitSink;
import org.coopevents.ingest.WarcFileReader;
import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectReason;
import org.coopevents.model.RejectRow;
import org.coopevents.sink.RunStats;

/**
 * Files → raw units. Each file (named as the user gave it) is read by the reader of its
 * format; the output holds the raw articles, the rejects, and the readers' counts per file
 * (units read, WARC records skipped by type). {@link #cleaning} cleans each unit as it is read
 * and outputs cleaned articles (and their ids) instead of raw ones: what the job uses.
 */
public final class ReadArticles extends PTransform<PCollection<String>, PCollectionTuple> {
  public static final TupleTag<RawArticle> RAW = new TupleTag<>("raw") {};
  public static final TupleTag<RejectRow> REJECTS = new TupleTag<>("rejects") {};
  public static final TupleTag<KV<String, Long>> STATS = new TupleTag<>("readerStats") {};
  /** Of {@link #cleaning}: the cleaned articles, in place of {@link #RAW}. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  /** Of {@link #cleaning}: each cleaned article's (id, location), for {@link UniqueArticleIds}. */
  public static final TupleTag<KV<String, String>> IDS = new TupleTag<>("articleIds") {};

  private final ReadLimits limits;
  private final int groups;
  private final boolean cleaning;

  /** One file per read task. */
  public ReadArticles(ReadLimits limits) {
    this(limits, Integer.MAX_VALUE);
  }

  /**
   * Files spread over at most {@code groups} read tasks (by a hash of the name), each reading
   * its files one after another: on the DirectRunner every task's output is one bundle all
   * the way to the dedup stage, whose grouping costs grow with the number of bundles.
   */
  public ReadArticles(ReadLimits limits, int groups) {
    this(limits, groups, false);
  }

  private ReadArticles(ReadLimits limits, int groups, boolean cleaning) {
    super("ReadArticles");
    this.limits = limits;
    this.groups = groups;
    this.cleaning = cleaning;
  }

  /**
   * As {@link #ReadArticles(ReadLimits, int)}, but each unit is cleaned as it is read: the
   * output holds {@link #ARTICLES} (as {@link CleanArticles} makes them) and {@link #IDS}
   * instead of {@link #RAW}. The raw pages then never leave the read step: a runner that
   * materialises a step's output (Spark caches every multi-output step) stores the cleaned
   * text, not the page, and nothing reads the articles a second time for their ids.
   */
  public static ReadArticles cleaning(ReadLimits limits, int groups) {
    return new ReadArticles(limits, groups, true);
  }

  @Override
  public PCollectionTuple expand(PCollection<String> files) {
    int n = groups;
    return files
        .apply("GroupKey", ParDo.of(new DoFn<String, KV<Integer, String>>() {
          @ProcessElement
          public void process(@Element String file, OutputReceiver<KV<Integer, String>> out) {
            out.output(KV.of(n == Integer.MAX_VALUE ? file.hashCode() : Math.floorMod(file.hashCode(), n), file));
          }
        }))
        .apply("SpreadFiles", GroupByKey.create())
        .apply("FilesOfGroup", ParDo.of(new DoFn<KV<Integer, Iterable<String>>, String>() {
          @ProcessElement
          public void process(@Element KV<Integer, Iterable<String>> g, OutputReceiver<String> out) {
            // sorted, so that a group's units come in the same order on every run
            new TreeSet<String>(asCollection(g.getValue())).forEach(out::output);
          }
        }))
        .apply("ReadFile", cleaning
            ? ParDo.of(new ReadCleanFn(limits))
                .withOutputTags(ARTICLES, TupleTagList.of(REJECTS).and(STATS).and(IDS))
            : ParDo.of(new ReadFileFn(limits))
                .withOutputTags(RAW, TupleTagList.of(REJECTS).and(STATS)));
  }

  private static Collection<String> asCollection(Iterable<String> files) {
    Collection<String> out = new ArrayList<>();
    files.forEach(out::add);
    return out;
  }

  /** Raw units out, as read. */
  static final class ReadFileFn extends ReadFn<RawArticle> {
    ReadFileFn(ReadLimits limits) {
      super(limits);
    }

    @Override
    void article(RawArticle a, MultiOutputReceiver out) {
      out.get(RAW).output(a);
    }
  }

  /** Cleaned articles and their (id, location) out. */
  static final class ReadCleanFn extends ReadFn<Article> {
    ReadCleanFn(ReadLimits limits) {
      super(limits);
    }

    @Override
    void article(RawArticle raw, MultiOutputReceiver out) {
      Article a = CleanArticles.timedClean(raw);
      out.get(ARTICLES).output(a);
      out.get(IDS).output(KV.of(a.articleId, UniqueArticleIds.location(a)));
    }
  }

  /** Reads a file with the reader of its format; what becomes of each unit is the subclass's. */
  abstract static class ReadFn<T> extends DoFn<String, T> {
    private final ReadLimits limits;
    private final Counter articles = Metrics.counter("coopevents", "articles_read");
    private final Counter rejects = Metrics.counter("coopevents", "units_rejected");
    private final Counter nanos = Metrics.counter(CoopeventsPipeline.STAGE_METRICS, "read_nanos");
    private transient JsonLinesReader jsonl;
    private transient TextPageReader txt;
    private transient WarcFileReader warc;
    private transient HtmlPageReader html;

    ReadFn(ReadLimits limits) {
      this.limits = limits;
    }

    abstract void article(RawArticle a, MultiOutputReceiver out);

    /** Nanoseconds of the current file spent on its units after they were read (not read_nanos). */
    private long elsewhere;

    @Setup
    public void setup() {
      jsonl = new JsonLinesReader(limits);
      txt = new TextPageReader(limits);
      warc = new WarcFileReader(limits);
      html = new HtmlPageReader(limits);
    }

    @ProcessElement
    public void process(@Element String file, MultiOutputReceiver out) {
      Map<String, Long> skipped = new TreeMap<>();
      UnitSink sink = new UnitSink() {
        @Override
        public void article(RawArticle a) {
          articles.inc();
          long t = StageClock.now();
          ReadFn.this.article(a, out);
          elsewhere += StageClock.now() - t;
        }

        @Override
        public void reject(RejectRow r) {
          rejects.inc();
          out.get(REJECTS).output(r);
        }

        @Override
        public void skipped(String type) {
          skipped.merge(type, 1L, Long::sum);
        }
      };
      long read;
      elsewhere = 0;
      long t0 = StageClock.now();
      InputFormat format = InputFormat.of(file).orElse(null);
      java.util.Optional<String> special = InputFiles.notRegular(file);
      if (special.isPresent()) {
        // never opened: a pipe or a device would block the worker or never end
        sink.reject(RejectRow.of(file, "file", InputFiles.isDanglingLink(file)
            ? RejectReason.UNREADABLE_FILE : RejectReason.NOT_A_REGULAR_FILE,
            "the input is " + special.get() + "; it is not opened", ""));
        read = 1;
      } else if (format == null) {
        sink.reject(RejectRow.of(file, "file", RejectReason.UNREADABLE_FILE,
            "not a supported input file (" + InputFormat.SUPPORTED + ")", ""));
        read = 1;
      } else {
        InputSource source = new BeamFileSource(file);
        switch (format) {
          case JSONL -> read = jsonl.read(source, sink);
          case TXT -> read = txt.read(source, sink);
          case HTML -> read = html.read(source, sink);
          case WARC -> read = warc.read(source, sink);
          default -> throw new IllegalStateException("no reader for " + format);
        }
      }
      nanos.inc(StageClock.now() - t0 - elsewhere);
      out.get(STATS).output(KV.of(RunStats.key(RunStats.FILE, file, RunStats.READ), read));
      skipped.forEach((type, n) ->
          out.get(STATS).output(KV.of(RunStats.key(RunStats.FILE, file, RunStats.SKIPPED, type), n)));
    }
  }

  /** An input file opened through Beam's file systems (local, gs://, s3://, ...). */
  static final class BeamFileSource implements InputSource {
    private final String name;

    BeamFileSource(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    private ReadableByteChannel open() throws IOException {
      MatchResult.Metadata m = FileSystems.matchSingleFileSpec(name);
      return FileSystems.open(m.resourceId());
    }

    @Override
    public InputStream openStream() throws IOException {
      return Channels.newInputStream(open());
    }

    @Override
    public SeekableByteChannel openSeekable() throws IOException {
      ReadableByteChannel ch = open();
      if (ch instanceof SeekableByteChannel) return (SeekableByteChannel) ch;
      ch.close();
      return null;
    }
  }
}
