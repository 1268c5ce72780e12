package org.coopevents.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Gold events (gold-format.md) of what a generated article says. */
final class GoldEvents {
  private GoldEvents() {}

  /** A report published after the visit: the visit, its signing (if any) and the cooperation. */
  static ArrayNode report(Facts.Visit v, boolean english) {
    ArrayNode a = CorpusFiles.array();
    a.add(visit(v, "OCCURRED", v.visitKey()));
    if (!v.docs().isEmpty()) {
      ObjectNode s = a.addObject();
      s.put("key", v.signingKey());
      s.put("type", "SIGNING");
      parties(s, v.guest().iso3(), v.host().iso3());
      s.put("signed_date", v.signed().toString());
      if (v.count() == null) s.putNull("count");
      else s.put("count", v.count());
      ArrayNode docs = s.putArray("documents");
      for (Facts.Doc d : v.docs()) {
        ObjectNode o = docs.addObject();
        o.put("title", d.titleEn());
        o.put("doc_type", d.type());
        ArrayNode sec = o.putArray("sectors");
        d.sectors().forEach(sec::add);
      }
    }
    a.add(coop(v.coopKey(), v.guest().iso3(), v.host().iso3(), "AGREED", v.coop()));
    return a;
  }

  static ArrayNode planned(Facts.Visit v) {
    ArrayNode a = CorpusFiles.array();
    a.add(visit(v, "PLANNED", v.plannedKey()));
    return a;
  }

  static ArrayNode call(Facts.Call c) {
    ArrayNode a = CorpusFiles.array();
    a.add(coop(c.coopKey(), c.a().iso3(), c.b().iso3(), "DISCUSSED", c.sectors()));
    return a;
  }

  private static ObjectNode visit(Facts.Visit v, String status, String key) {
    ObjectNode o = CorpusFiles.object();
    o.put("key", key);
    o.put("type", "VISIT");
    o.put("actor1", v.guest().iso3());
    o.put("actor2", v.host().iso3());
    o.put("guest_person", v.guestLeader().nameEn());
    o.put("host_person", v.hostLeader().nameEn());
    o.put("status", status);
    o.put("visit_kind", v.kind());
    o.put("location_city", v.host().capitalEn());
    o.put("start_date", v.start().toString());
    o.put("end_date", v.end().toString());
    return o;
  }

  private static ObjectNode coop(String key, String a, String b, String stance,
      List<Facts.Sector> sectors) {
    ObjectNode o = CorpusFiles.object();
    o.put("key", key);
    o.put("type", "COOPERATION");
    parties(o, a, b);
    o.put("stance", stance);
    ArrayNode s = o.putArray("sectors");
    sectors.forEach(x -> s.add(x.code()));
    return o;
  }

  private static void parties(ObjectNode o, String a, String b) {
    ArrayNode p = o.putArray("parties");
    if (a.compareTo(b) < 0) {
      p.add(a);
      p.add(b);
    } else {
      p.add(b);
      p.add(a);
    }
  }
}
