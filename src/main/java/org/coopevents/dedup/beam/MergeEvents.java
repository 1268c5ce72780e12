package org.coopevents.dedup.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.coopevents.dedup.BlockKeys;
import org.coopevents.dedup.EventFacts;
import org.coopevents.dedup.EventGroupMerger;
import org.coopevents.dedup.RawEvent;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/**
 * Per-article events, documents and mentions → one row per real-world event, its documents, and
 * every mention re-pointed to it. Visits are merged first (blocks of guest, host and year); the
 * signings and cooperation held during a visit are then re-pointed to the merged visit (a join
 * on the visit's per-article id) and merged in blocks of pair and year. Memory per step: the
 * largest block.
 */
public final class MergeEvents extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<EventRow> EVENTS = new TupleTag<>("events") {};
  public static final TupleTag<DocumentRow> DOCUMENTS = new TupleTag<>("documents") {};
  public static final TupleTag<MentionRow> MENTIONS = new TupleTag<>("mentions") {};
  /** Per-article visit id → "merged id|start|end|first reported". */
  static final TupleTag<KV<String, String>> LINKS = new TupleTag<>("links") {};

  private final int shards;

  /** {@code shards}: keys each grouping step shuffles on (see {@link GroupInShards}). */
  public MergeEvents(int shards) {
    super("MergeEvents");
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    TupleTag<EventRow> ev = new TupleTag<>();
    TupleTag<DocumentRow> doc = new TupleTag<>();
    TupleTag<MentionRow> men = new TupleTag<>();
    PCollection<EventBundle> bundles = KeyedPCollectionTuple
        .of(ev, in.get(EVENTS).apply("EventById", ParDo.of(new DoFn<EventRow, KV<String, EventRow>>() {
          @ProcessElement
          public void process(@Element EventRow e, OutputReceiver<KV<String, EventRow>> out) {
            out.output(KV.of(e.eventId, e));
          }
        })))
        .and(doc, in.get(DOCUMENTS).apply("DocumentByEvent", ParDo.of(new DoFn<DocumentRow, KV<String, DocumentRow>>() {
          @ProcessElement
          public void process(@Element DocumentRow d, OutputReceiver<KV<String, DocumentRow>> out) {
            out.output(KV.of(d.eventId, d));
          }
        })))
        .and(men, in.get(MENTIONS).apply("MentionByEvent", ParDo.of(new DoFn<MentionRow, KV<String, MentionRow>>() {
          @ProcessElement
          public void process(@Element MentionRow m, OutputReceiver<KV<String, MentionRow>> out) {
            out.output(KV.of(m.eventId, m));
          }
        })))
        .apply("JoinByEvent", new CoGroupInShards(shards))
        .apply("Bundle", ParDo.of(new DoFn<KV<String, CoGbkResult>, EventBundle>() {
          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<EventBundle> out) {
            EventRow row = e.getValue().getOnly(ev, null);
            if (row == null) return; // documents or mentions of an unknown event: nothing to merge
            List<MentionRow> ms = new ArrayList<>();
            e.getValue().getAll(men).forEach(ms::add);
            List<DocumentRow> ds = new ArrayList<>();
            e.getValue().getAll(doc).forEach(ds::add);
            out.output(new EventBundle(row, ms, ds, null, null, null));
          }
        }));

    TupleTag<EventBundle> visitsTag = new TupleTag<>() {};
    TupleTag<EventBundle> othersTag = new TupleTag<>() {};
    PCollectionTuple split = bundles.apply("SplitVisits", ParDo.of(new DoFn<EventBundle, EventBundle>() {
      @ProcessElement
      public void process(@Element EventBundle b, MultiOutputReceiver out) {
        out.get(b.event.eventType.equals("VISIT") ? visitsTag : othersTag).output(b);
      }
    }).withOutputTags(visitsTag, TupleTagList.of(othersTag)));

    PCollectionTuple visits = split.get(visitsTag).apply("MergeVisits", new MergeBlocks(shards));

    // re-point signings and cooperation to the merged visit
    TupleTag<EventBundle> child = new TupleTag<>();
    TupleTag<String> link = new TupleTag<>();
    PCollection<KV<String, EventBundle>> byParent = split.get(othersTag)
        .apply("KeyByParent", ParDo.of(new DoFn<EventBundle, KV<String, EventBundle>>() {
          @ProcessElement
          public void process(@Element EventBundle b, OutputReceiver<KV<String, EventBundle>> out) {
            out.output(KV.of(b.event.parentEventId == null ? "" : b.event.parentEventId, b));
          }
        }));
    PCollection<EventBundle> repointed = KeyedPCollectionTuple.of(child, byParent)
        .and(link, visits.get(LINKS))
        .apply("JoinParentVisit", new CoGroupInShards(shards))
        .apply("Repoint", ParDo.of(new DoFn<KV<String, CoGbkResult>, EventBundle>() {
          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<EventBundle> out) {
            String l = e.getKey().isEmpty() ? null : e.getValue().getOnly(link, null);
            String[] p = l == null ? null : l.split("\\|", -1);
            for (EventBundle b : e.getValue().getAll(child)) {
              if (p == null) {
                out.output(b.event.parentEventId == null ? b
                    : new EventBundle(EventFacts.withParent(b.event, null), b.mentions, b.documents, null, null, null));
              } else {
                out.output(new EventBundle(EventFacts.withParent(b.event, p[0]), b.mentions, b.documents,
                    p[1].isEmpty() ? null : p[1], p[2].isEmpty() ? null : p[2], p[3].isEmpty() ? null : p[3]));
              }
            }
          }
        }));
    PCollectionTuple others = repointed.apply("MergeSigningsAndCooperation", new MergeBlocks(shards));

    return PCollectionTuple
        .of(EVENTS, PCollectionList.of(visits.get(EVENTS)).and(others.get(EVENTS))
            .apply("AllEvents", Flatten.pCollections()))
        .and(DOCUMENTS, others.get(DOCUMENTS))
        .and(MENTIONS, PCollectionList.of(visits.get(MENTIONS)).and(others.get(MENTIONS))
            .apply("AllMentions", Flatten.pCollections()));
  }

  /** Bundles → blocks → merged events, documents, mentions and visit links. */
  static final class MergeBlocks extends PTransform<PCollection<EventBundle>, PCollectionTuple> {
    private final int shards;

    MergeBlocks(int shards) {
      this.shards = shards;
    }

    @Override
    public PCollectionTuple expand(PCollection<EventBundle> bundles) {
      return bundles
          .apply("KeyByBlock", ParDo.of(new DoFn<EventBundle, KV<String, EventBundle>>() {
            @ProcessElement
            public void process(@Element EventBundle b, OutputReceiver<KV<String, EventBundle>> out) {
              out.output(KV.of(BlockKeys.of(b.raw()), b));
            }
          }))
          .apply("GroupBlocks", new GroupInShards<>(shards))
          .apply("MergeBlock", ParDo.of(new MergeBlockFn())
              .withOutputTags(EVENTS, TupleTagList.of(DOCUMENTS).and(MENTIONS).and(LINKS)));
    }
  }

  static final class MergeBlockFn extends DoFn<KV<String, Iterable<EventBundle>>, EventRow> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<EventBundle>> block, MultiOutputReceiver out) {
      List<RawEvent> raws = new ArrayList<>();
      for (EventBundle b : block.getValue()) raws.add(b.raw());
      EventGroupMerger.Result r = EventGroupMerger.merge(raws);
      r.events.forEach(out.get(EVENTS)::output);
      r.documents.forEach(out.get(DOCUMENTS)::output);
      r.mentions.forEach(out.get(MENTIONS)::output);
      for (Map.Entry<String, EventRow> e : r.mergedByRawId.entrySet()) {
        EventRow m = e.getValue();
        if (!m.eventType.equals("VISIT")) continue;
        out.get(LINKS).output(KV.of(e.getKey(), m.eventId + "|" + nz(m.startDate) + "|" + nz(m.endDate)
            + "|" + nz(m.firstReported)));
      }
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }
}
