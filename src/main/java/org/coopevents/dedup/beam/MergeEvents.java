package org.coopevents.dedup.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
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
 * on the visit's per-article id; those without a parent visit skip the join) and merged in
 * blocks of pair and year. Memory per step: the largest block. Beam's GroupByKey and
 * CoGroupByKey throughout; the visit links travel as {@link VisitLink} (a Beam schema).
 */
public final class MergeEvents extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<EventRow> EVENTS = new TupleTag<>("events") {};
  public static final TupleTag<DocumentRow> DOCUMENTS = new TupleTag<>("documents") {};
  public static final TupleTag<MentionRow> MENTIONS = new TupleTag<>("mentions") {};
  /** Per-article visit id → the merged visit it became. */
  static final TupleTag<KV<String, VisitLink>> LINKS = new TupleTag<>("links") {};

  public MergeEvents() {
    super("MergeEvents");
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    TupleTag<EventRow> ev = new TupleTag<>("event");
    TupleTag<DocumentRow> doc = new TupleTag<>("documents");
    TupleTag<MentionRow> men = new TupleTag<>("mentions");
    PCollection<EventBundle> bundles = KeyedPCollectionTuple
        .of(ev, in.get(EVENTS).apply("EventById", ParDo.of(new EventByIdFn())))
        .and(doc, in.get(DOCUMENTS).apply("DocumentByEvent", ParDo.of(new DocumentByEventFn())))
        .and(men, in.get(MENTIONS).apply("MentionByEvent", ParDo.of(new MentionByEventFn())))
        .apply("JoinByEvent", CoGroupByKey.create())
        .apply("Bundle", ParDo.of(new BundleFn(ev, doc, men)));

    TupleTag<EventBundle> visitsTag = new TupleTag<>("visits") {};
    TupleTag<KV<String, EventBundle>> childrenTag = new TupleTag<>("children") {};
    TupleTag<EventBundle> orphansTag = new TupleTag<>("withoutParent") {};
    PCollectionTuple split = bundles.apply("SplitVisits", ParDo.of(new SplitFn(visitsTag, childrenTag, orphansTag))
        .withOutputTags(visitsTag, TupleTagList.of(childrenTag).and(orphansTag)));

    split.get(childrenTag).setCoder(Coders.keyed(in.getPipeline(), EventBundle.class));
    PCollectionTuple visits = split.get(visitsTag).apply("MergeVisits", new MergeBlocks());

    // re-point the signings and cooperation held during a visit to the merged visit
    TupleTag<EventBundle> child = new TupleTag<>("child");
    TupleTag<VisitLink> link = new TupleTag<>("link");
    PCollection<EventBundle> repointed = KeyedPCollectionTuple.of(child, split.get(childrenTag))
        .and(link, visits.get(LINKS))
        .apply("JoinParentVisit", CoGroupByKey.create())
        .apply("Repoint", ParDo.of(new RepointFn(child, link)));
    PCollectionTuple others = PCollectionList.of(repointed).and(split.get(orphansTag))
        .apply("SigningsAndCooperation", Flatten.pCollections())
        .apply("MergeSigningsAndCooperation", new MergeBlocks());

    return PCollectionTuple
        .of(EVENTS, PCollectionList.of(visits.get(EVENTS)).and(others.get(EVENTS))
            .apply("AllEvents", Flatten.pCollections()))
        .and(DOCUMENTS, others.get(DOCUMENTS))
        .and(MENTIONS, PCollectionList.of(visits.get(MENTIONS)).and(others.get(MENTIONS))
            .apply("AllMentions", Flatten.pCollections()));
  }

  static final class EventByIdFn extends DoFn<EventRow, KV<String, EventRow>> {
    @ProcessElement
    public void process(@Element EventRow e, OutputReceiver<KV<String, EventRow>> out) {
      out.output(KV.of(e.eventId, e));
    }
  }

  static final class DocumentByEventFn extends DoFn<DocumentRow, KV<String, DocumentRow>> {
    @ProcessElement
    public void process(@Element DocumentRow d, OutputReceiver<KV<String, DocumentRow>> out) {
      out.output(KV.of(d.eventId, d));
    }
  }

  static final class MentionByEventFn extends DoFn<MentionRow, KV<String, MentionRow>> {
    @ProcessElement
    public void process(@Element MentionRow m, OutputReceiver<KV<String, MentionRow>> out) {
      out.output(KV.of(m.eventId, m));
    }
  }

  /** A per-article event with its documents and mentions. */
  static final class BundleFn extends DoFn<KV<String, CoGbkResult>, EventBundle> {
    private final TupleTag<EventRow> ev;
    private final TupleTag<DocumentRow> doc;
    private final TupleTag<MentionRow> men;

    BundleFn(TupleTag<EventRow> ev, TupleTag<DocumentRow> doc, TupleTag<MentionRow> men) {
      this.ev = ev;
      this.doc = doc;
      this.men = men;
    }

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
  }

  /**
   * Visits; signings and cooperation held during a visit, keyed by that visit's per-article id;
   * and those held during none, which have nothing to join.
   */
  static final class SplitFn extends DoFn<EventBundle, EventBundle> {
    private final TupleTag<EventBundle> visits;
    private final TupleTag<KV<String, EventBundle>> children;
    private final TupleTag<EventBundle> orphans;

    SplitFn(TupleTag<EventBundle> visits, TupleTag<KV<String, EventBundle>> children,
        TupleTag<EventBundle> orphans) {
      this.visits = visits;
      this.children = children;
      this.orphans = orphans;
    }

    @ProcessElement
    public void process(@Element EventBundle b, MultiOutputReceiver out) {
      if (b.event.eventType.equals("VISIT")) {
        out.get(visits).output(b);
      } else if (b.event.parentEventId == null) {
        out.get(orphans).output(b);
      } else {
        out.get(children).output(KV.of(b.event.parentEventId, b));
      }
    }
  }

  /** The events held during one per-article visit → re-pointed to the merged visit, if any. */
  static final class RepointFn extends DoFn<KV<String, CoGbkResult>, EventBundle> {
    private final TupleTag<EventBundle> child;
    private final TupleTag<VisitLink> link;

    RepointFn(TupleTag<EventBundle> child, TupleTag<VisitLink> link) {
      this.child = child;
      this.link = link;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<EventBundle> out) {
      VisitLink l = e.getValue().getOnly(link, null);
      for (EventBundle b : e.getValue().getAll(child)) {
        if (l == null) {
          out.output(new EventBundle(EventFacts.withParent(b.event, null), b.mentions, b.documents,
              null, null, null));
        } else {
          out.output(new EventBundle(EventFacts.withParent(b.event, l.mergedId), b.mentions,
              b.documents, l.startDate, l.endDate, l.firstReported));
        }
      }
    }
  }

  /** Bundles → blocks → merged events, documents, mentions and visit links. */
  static final class MergeBlocks extends PTransform<PCollection<EventBundle>, PCollectionTuple> {
    @Override
    public PCollectionTuple expand(PCollection<EventBundle> bundles) {
      PCollectionTuple merged = bundles
          .apply("KeyByBlock", ParDo.of(new KeyByBlockFn()))
          .setCoder(Coders.keyed(bundles.getPipeline(), EventBundle.class))
          .apply("GroupBlocks", GroupByKey.create())
          .apply("MergeBlock", ParDo.of(new MergeBlockFn())
              .withOutputTags(EVENTS, TupleTagList.of(DOCUMENTS).and(MENTIONS).and(LINKS)));
      merged.get(LINKS).setCoder(Coders.keyed(bundles.getPipeline(), VisitLink.class));
      return merged;
    }
  }

  static final class KeyByBlockFn extends DoFn<EventBundle, KV<String, EventBundle>> {
    @ProcessElement
    public void process(@Element EventBundle b, OutputReceiver<KV<String, EventBundle>> out) {
      out.output(KV.of(BlockKeys.of(b.raw()), b));
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
        if (m.eventType.equals("VISIT")) out.get(LINKS).output(KV.of(e.getKey(), VisitLink.of(m)));
      }
    }
  }
}
