package org.coopevents.dedup;

import java.util.ArrayList;
import java.util.List;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/** Per-article events as extraction would give them, for the tests. */
final class Reports {
  private Reports() {}

  static RawEvent visit(String article, String source, String reported, String guest, String host,
      String status, String start, String end) {
    String id = "raw-" + article + "-visit-" + guest + host;
    EventRow e = new EventRow(id, "VISIT", guest, host, null, null, status, "STATE", start, end,
        host, null, List.of(), null, null, null, "042", 1, 1, reported, 0.7);
    return new RawEvent(e, List.of(mention(id, article, source)), List.of());
  }

  static RawEvent signing(String article, String source, String reported, String a, String b,
      String date, String parent, DocumentRow... docs) {
    String id = "raw-" + article + "-signing-" + a + b;
    List<DocumentRow> ds = new ArrayList<>();
    for (DocumentRow d : docs) {
      ds.add(new DocumentRow("d-" + article + "-" + ds.size(), id, d.title, d.titleOriginal, d.docType,
          List.of(a, b), date, d.sectors, null, null, List.of(article), 1, 1));
    }
    EventRow e = new EventRow(id, "SIGNING", a, b, null, null, "OCCURRED", null, date, date, null,
        null, List.of(), null, docs.length == 0 ? null : docs.length, parent, "057", 1, 1, reported, 0.8);
    return new RawEvent(e, List.of(mention(id, article, source)), ds);
  }

  static RawEvent cooperation(String article, String source, String reported, String a, String b,
      String parent, String... sectors) {
    String id = "raw-" + article + "-coop-" + a + b;
    EventRow e = new EventRow(id, "COOPERATION", a, b, null, null, "OCCURRED", null, null, null,
        null, null, List.of(sectors), "AGREED", null, parent, "061", 1, 1, reported, 0.6);
    return new RawEvent(e, List.of(mention(id, article, source)), List.of());
  }

  static DocumentRow doc(String type, String title, String original, String... sectors) {
    return new DocumentRow("x", "x", title, original, type, List.of(), null, List.of(sectors),
        null, null, List.of(), 1, 1);
  }

  static MentionRow mention(String eventId, String article, String source) {
    return new MentionRow(eventId, article, "https://" + source + "/news/" + article, source,
        "Evidence sentence.", 0, 18);
  }

  /** Merges like the pipeline: visits first, then the others re-pointed to the merged visits. */
  static List<EventGroupMerger.Result> mergeAll(List<RawEvent> raws) {
    java.util.Map<String, List<RawEvent>> blocks = new java.util.TreeMap<>();
    List<RawEvent> others = new ArrayList<>();
    for (RawEvent r : raws) {
      if (r.event.eventType.equals("VISIT")) blocks.computeIfAbsent(BlockKeys.of(r.event), k -> new ArrayList<>()).add(r);
      else others.add(r);
    }
    List<EventGroupMerger.Result> out = new ArrayList<>();
    java.util.Map<String, EventRow> visitOf = new java.util.HashMap<>();
    for (List<RawEvent> b : blocks.values()) {
      EventGroupMerger.Result res = EventGroupMerger.merge(b);
      visitOf.putAll(res.mergedByRawId);
      out.add(res);
    }
    blocks.clear();
    for (RawEvent r : others) {
      EventRow v = r.event.parentEventId == null ? null : visitOf.get(r.event.parentEventId);
      RawEvent x = v == null ? r : new RawEvent(EventFacts.withParent(r.event, v.eventId), r.mentions,
          r.documents, v.startDate, v.endDate, v.firstReported);
      blocks.computeIfAbsent(BlockKeys.of(x), k -> new ArrayList<>()).add(x);
    }
    for (List<RawEvent> b : blocks.values()) out.add(EventGroupMerger.merge(b));
    return out;
  }

  static List<EventRow> events(List<EventGroupMerger.Result> rs) {
    List<EventRow> out = new ArrayList<>();
    for (EventGroupMerger.Result r : rs) out.addAll(r.events);
    return out;
  }
}
