package org.coopevents.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.coopevents.dedup.beam.Deduplicate;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.model.Article;
import org.coopevents.model.RejectRow;
import org.coopevents.pipeline.CoopeventsPipeline;
import org.coopevents.pipeline.ReadArticles;
import org.coopevents.pipeline.UniqueArticleIds;
import org.coopevents.sink.RunStats;
import org.coopevents.sink.ShardPlan;

/**
 * The job of an incremental run: the files of {@link IncrementalPlan#reread} are read and
 * cleaned as in {@link CoopeventsPipeline}, the reused files' units come back from the state
 * ({@link ReadState}); both are flattened, article ids are made unique over all of them,
 * each article is reused or extracted ({@link ExtractOrReuse}), and deduplication (over the
 * stored sketches of reused articles) and the tables follow as in a full run. What this run read goes into the new segment
 * ({@link WriteState}).
 */
public final class IncrementalPipeline {
  private IncrementalPipeline() {}

  /**
   * Adds the job to {@code p}: tables and statistics under {@code outputDir}, the new segment
   * under {@code state.segment(plan.newSegment)} in {@code stateShards} files.
   */
  public static void build(Pipeline p, IncrementalPlan plan, StateFolder state, String outputDir,
      ReadLimits limits, ShardPlan shards, int stateShards) {
    TreeMap<String, String> keys = new TreeMap<>(plan.freshKeys);
    PCollectionTuple read = p
        .apply("InputFiles", Create.of(new ArrayList<>(plan.reread.keySet()))
            .withCoder(StringUtf8Coder.of()))
        .apply(ReadArticles.cleaning(limits, CoopeventsPipeline.shuffleShards(p.getOptions())));

    List<String> stateFiles = new ArrayList<>();
    for (String seg : plan.segmentsToRead()) {
      for (String f : plan.segmentFiles(seg).keySet()) {
        stateFiles.add(state.segment(seg).resolve(f).toString());
      }
    }
    TupleTag<StoredUnit> storedArticles = new TupleTag<>("storedArticles") {};
    TupleTag<RejectRow> storedRejects = new TupleTag<>("storedRejects") {};
    TupleTag<KV<String, Long>> storedStats = new TupleTag<>("storedStats") {};
    TupleTag<StoredUnit> storedRewritten = new TupleTag<>("storedRewritten") {};
    PCollectionTuple stored = p
        .apply(new ReadState(stateFiles, plan.liveKeys()))
        .apply("SplitStored", ParDo.of(new SplitStoredFn(storedArticles, storedRejects, storedStats,
            storedRewritten, plan.rewriteKeys))
            .withOutputTags(storedArticles, TupleTagList.of(storedRejects).and(storedStats)
                .and(storedRewritten)));

    PCollection<StoredUnit> fresh = read.get(ReadArticles.ARTICLES)
        .apply("FreshUnits", ParDo.of(new FreshUnitFn(keys)))
        .setCoder(unitCoder(p));
    PCollection<StoredUnit> units = PCollectionList.of(fresh)
        .and(stored.get(storedArticles).setCoder(unitCoder(p)))
        .apply("AllArticles", Flatten.pCollections());
    PCollectionView<Map<String, String>> renames = UniqueArticleIds.renames(units
        .apply("IdAndLocation", ParDo.of(new IdLocationFn())));
    PCollectionTuple x = units.apply("ExtractOrReuse", ParDo.of(new ExtractOrReuse(renames,
        plan.rewriteKeys)).withSideInputs(renames)
        .withOutputTags(ExtractOrReuse.ARTICLES, TupleTagList.of(ExtractOrReuse.EVENTS)
            .and(ExtractOrReuse.DOCUMENTS).and(ExtractOrReuse.MENTIONS)
            .and(ExtractOrReuse.STATE).and(ExtractOrReuse.SKETCHES)));

    PCollection<RejectRow> rejects = PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(stored.get(storedRejects))
        .apply("AllRejects", Flatten.pCollections());
    PCollection<KV<String, Long>> stats = PCollectionList.of(read.get(ReadArticles.STATS))
        .and(stored.get(storedStats))
        .apply("AllReaderStats", Flatten.pCollections());

    PCollectionList.of(x.get(ExtractOrReuse.STATE).setCoder(unitCoder(p)))
        .and(read.get(ReadArticles.REJECTS).apply("FreshRejectUnits",
            ParDo.of(new RejectUnitFn(keys))).setCoder(unitCoder(p)))
        .and(read.get(ReadArticles.STATS).apply("FreshStatUnits",
            ParDo.of(new StatUnitFn(keys))).setCoder(unitCoder(p)))
        .and(stored.get(storedRewritten).setCoder(unitCoder(p)))
        .apply("NewStateUnits", Flatten.pCollections())
        .apply(new WriteState(state.segment(plan.newSegment).toString(), stateShards));

    PCollectionTuple deduped = PCollectionTuple
        .of(Deduplicate.ARTICLES, x.get(ExtractOrReuse.ARTICLES))
        .and(Deduplicate.EVENTS, x.get(ExtractOrReuse.EVENTS))
        .and(Deduplicate.DOCUMENTS, x.get(ExtractOrReuse.DOCUMENTS))
        .and(Deduplicate.MENTIONS, x.get(ExtractOrReuse.MENTIONS))
        .and(Deduplicate.SKETCHES, x.get(ExtractOrReuse.SKETCHES))
        .apply(new Deduplicate());
    CoopeventsPipeline.writeTables(deduped, rejects, stats, outputDir, shards);
  }

  private static org.apache.beam.sdk.coders.Coder<StoredUnit> unitCoder(Pipeline p) {
    try {
      return p.getSchemaRegistry().getSchemaCoder(StoredUnit.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key of a file read in this run. */
  private static String keyOf(TreeMap<String, String> keys, String file) {
    return keys.getOrDefault(file, IncrementalPlan.UNKEYED);
  }

  /** A cleaned article read in this run → a unit not yet extracted. */
  static final class FreshUnitFn extends DoFn<Article, StoredUnit> {
    private final TreeMap<String, String> keys;

    FreshUnitFn(TreeMap<String, String> keys) {
      this.keys = keys;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<StoredUnit> out) {
      out.output(StoredUnit.cleaned(keyOf(keys, a.inputFile), a));
    }
  }

  /** A reject of this run → its state record. */
  static final class RejectUnitFn extends DoFn<RejectRow, StoredUnit> {
    private final TreeMap<String, String> keys;

    RejectUnitFn(TreeMap<String, String> keys) {
      this.keys = keys;
    }

    @ProcessElement
    public void process(@Element RejectRow r, OutputReceiver<StoredUnit> out) {
      out.output(StoredUnit.reject(keyOf(keys, r.inputFile), r));
    }
  }

  /** A reader count of this run (its key names the file) → its state record. */
  static final class StatUnitFn extends DoFn<KV<String, Long>, StoredUnit> {
    private final TreeMap<String, String> keys;

    StatUnitFn(TreeMap<String, String> keys) {
      this.keys = keys;
    }

    @ProcessElement
    public void process(@Element KV<String, Long> s, OutputReceiver<StoredUnit> out) {
      List<String> parts = RunStats.parts(s.getKey());
      String file = parts.size() > 1 && parts.get(0).equals(RunStats.FILE) ? parts.get(1) : "";
      out.output(StoredUnit.stat(keyOf(keys, file), s.getKey(), s.getValue()));
    }
  }

  /** A unit → its (id, location), for {@link UniqueArticleIds#renames}. */
  static final class IdLocationFn extends DoFn<StoredUnit, KV<String, String>> {
    @ProcessElement
    public void process(@Element StoredUnit u, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(u.article.articleId, UniqueArticleIds.location(u.article)));
    }
  }

  /**
   * Stored units → articles (main output), rejects and reader counts; rejects and counts of
   * files whose records move to the new segment also go to {@code rewritten}.
   */
  static final class SplitStoredFn extends DoFn<StoredUnit, StoredUnit> {
    private final TupleTag<StoredUnit> articles;
    private final TupleTag<RejectRow> rejects;
    private final TupleTag<KV<String, Long>> stats;
    private final TupleTag<StoredUnit> rewritten;
    private final TreeSet<String> rewriteKeys;

    SplitStoredFn(TupleTag<StoredUnit> articles, TupleTag<RejectRow> rejects, TupleTag<KV<String, Long>> stats,
        TupleTag<StoredUnit> rewritten, java.util.Set<String> rewriteKeys) {
      this.articles = articles;
      this.rejects = rejects;
      this.stats = stats;
      this.rewritten = rewritten;
      this.rewriteKeys = new TreeSet<>(rewriteKeys);
    }

    @ProcessElement
    public void process(@Element StoredUnit u, MultiOutputReceiver out) {
      if (u.article != null) {
        out.get(articles).output(u);
        return;
      }
      if (u.reject != null) out.get(rejects).output(u.reject);
      else out.get(stats).output(KV.of(u.statKey, u.statCount));
      if (rewriteKeys.contains(u.fileKey)) out.get(rewritten).output(u);
    }
  }
}
