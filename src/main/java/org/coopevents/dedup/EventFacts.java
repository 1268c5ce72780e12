package org.coopevents.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/**
 * The facts of a merged event, reconciled from its reports.
 *
 * <ul>
 *   <li>Dates of a visit: the span of its reports' days ({@link #visitSpan}): outlets tell a
 *       visit of several days on different days of it. Dates of a signing or cooperation: the
 *       dates the reports agree on: the start date most reports give (a tie goes to the
 *       earliest), then the end date most reports with that same start give (a tie goes to the
 *       latest). A report without dates neither supports nor contradicts. A signing or cooperation that its reports leave undated takes the dates of
 *       the visit it was held during (its parent), when that visit is dated.
 *   <li>Persons, city, location country, document count, parent visit: the value most reports
 *       give (ties: the smallest value, for document counts the largest).
 *   <li>Visit kind: the kind most reports give, a report that states none counting for
 *       UNSPECIFIED (a kind that one outlet of five names is that outlet's word, not what the
 *       reports say); a tie goes to the stated kind, the higher first (STATE, OFFICIAL, WORKING).
 *   <li>Stance: the commonest (ties: AGREED over PROPOSED over DISCUSSED), with the CAMEO code of
 *       a report of that stance. Sectors: the union.
 *   <li>{@code num_articles}/{@code num_sources}: distinct articles / outlets (their
 *       {@code source_domain}, counted by {@code SourceDomains.count}) among all mentions, copies included; {@code first_reported}: the earliest.
 *   <li>{@code confidence}: 1 − (1 − c)·0.6^(sources − 1), c the best single report's confidence,
 *       capped at 0.99: each independent outlet removes 40% of the remaining doubt.
 *   <li>{@code event_id}: a hash of type, actors, status and the reconciled dates; of an undated
 *       event also its parent visit or first report. Should two events of one block share these
 *       facts, the smaller article id of each joins its hash.
 * </ul>
 */
public final class EventFacts {
  private EventFacts() {}

  /** An order of clusters that depends only on their contents. */
  static String clusterOrder(List<RawEvent> c) {
    String min = null;
    for (RawEvent r : c) {
      String k = r.event.status + "|" + r.firstArticle() + "|" + r.event.eventId;
      if (min == null || k.compareTo(min) < 0) min = k;
    }
    return min;
  }

  public static EventRow merge(List<RawEvent> c, Set<String> usedIds) {
    List<EventRow> es = new ArrayList<>();
    for (RawEvent r : c) es.add(r.event);
    EventRow f = es.get(0);
    String start;
    String end = null;
    if (f.eventType.equals("VISIT")) {
      String[] span = visitSpan(es);
      start = span[0];
      end = span[1];
    } else {
      start = mode(es, e -> e.startDate, Comparator.naturalOrder());
      if (start != null) {
        List<EventRow> sameStart = new ArrayList<>();
        for (EventRow e : es) if (start.equals(e.startDate) && e.endDate != null && e.endDate.compareTo(start) >= 0) sameStart.add(e);
        end = mode(sameStart, e -> e.endDate, Comparator.reverseOrder());
      }
    }
    String kind = null;
    if (f.eventType.equals("VISIT")) {
      kind = mode(es, e -> e.visitKind == null ? "UNSPECIFIED" : e.visitKind, Comparator.comparing(EventFacts::kindRank));
    }
    String stance = mode(es, e -> e.stance, Comparator.comparing(EventFacts::stanceRank));
    String cameo = null;
    List<EventRow> ofStance = new ArrayList<>();
    for (EventRow e : es) if (java.util.Objects.equals(e.stance, stance)) ofStance.add(e);
    cameo = mode(ofStance, e -> e.cameoCode, Comparator.naturalOrder());
    if (cameo == null) cameo = f.cameoCode;
    Integer count = null;
    String countStr = mode(es, e -> e.documentCount == null ? null : String.format("%09d", e.documentCount),
        Comparator.reverseOrder());
    if (countStr != null) count = Integer.parseInt(countStr);
    String parent = mode(es, e -> e.parentEventId, Comparator.naturalOrder());
    Set<String> sectors = new TreeSet<>();
    for (EventRow e : es) sectors.addAll(e.sectors);
    for (RawEvent r : c) for (var d : r.documents) sectors.addAll(d.sectors);
    String first = null;
    double best = 0;
    for (EventRow e : es) {
      if (e.firstReported != null && (first == null || e.firstReported.compareTo(first) < 0)) first = e.firstReported;
      best = Math.max(best, e.confidence);
    }
    Set<String> articles = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    for (RawEvent r : c) {
      for (MentionRow m : r.mentions) {
        articles.add(m.articleId);
        sources.add(outlet(m));
      }
    }
    int numArticles = Math.max(1, articles.size());
    int numSources = Math.max(1, org.coopevents.text.SourceDomains.count(sources));
    double conf = Math.min(0.99, 1 - (1 - best) * Math.pow(0.6, numSources - 1));
    conf = Math.round(conf * 1000) / 1000.0;
    String anchor = start != null ? "" : parent != null ? parent : String.valueOf(first);
    String id = StableIds.of("ev-", f.eventType, f.actor1Country, f.actor2Country, f.status, start, end, anchor);
    if (!usedIds.add(id)) {
      id = StableIds.of("ev-", f.eventType, f.actor1Country, f.actor2Country, f.status, start, end, anchor,
          articles.isEmpty() ? f.eventId : articles.iterator().next());
      usedIds.add(id);
    }
    String endDate = start == null ? end : end != null ? end : f.eventType.equals("VISIT") ? null : start;
    if (start == null && parent != null && !f.eventType.equals("VISIT")) {
      // dataset.md: held during a dated visit and not dated by its own reports, it takes the
      // visit's dates (the event id keeps its own, undated, facts)
      List<String[]> visitDates = new ArrayList<>();
      for (RawEvent r : c) {
        if (parent.equals(r.event.parentEventId) && r.parentStart != null) {
          visitDates.add(new String[] {r.parentStart, r.parentEnd});
        }
      }
      if (!visitDates.isEmpty()) {
        String[] v = visitDates.get(0);
        for (String[] d : visitDates) if (d[0].compareTo(v[0]) < 0) v = d;
        start = v[0];
        endDate = v[1] != null && v[1].compareTo(v[0]) >= 0 ? v[1] : null;
      }
    }
    return new EventRow(id, f.eventType, f.actor1Country, f.actor2Country,
        mode(es, e -> e.actor1Person, Comparator.naturalOrder()),
        mode(es, e -> e.actor2Person, Comparator.naturalOrder()), f.status, kind, start,
        endDate,
        mode(es, e -> e.locationCountry, Comparator.naturalOrder()),
        mode(es, e -> e.locationCity, Comparator.naturalOrder()), new ArrayList<>(sectors), stance,
        count, parent, cameo, numArticles, numSources, first, conf, null);
  }

  static EventRow withFulfilledBy(EventRow e, String fulfilledBy) {
    return new EventRow(e.eventId, e.eventType, e.actor1Country, e.actor2Country, e.actor1Person,
        e.actor2Person, e.status, e.visitKind, e.startDate, e.endDate, e.locationCountry,
        e.locationCity, e.sectors, e.stance, e.documentCount, e.parentEventId, e.cameoCode,
        e.numArticles, e.numSources, e.firstReported, e.confidence, fulfilledBy);
  }

  /** A copy of {@code e} pointing to another parent event. */
  public static EventRow withParent(EventRow e, String parent) {
    return new EventRow(e.eventId, e.eventType, e.actor1Country, e.actor2Country, e.actor1Person,
        e.actor2Person, e.status, e.visitKind, e.startDate, e.endDate, e.locationCountry,
        e.locationCity, e.sectors, e.stance, e.documentCount, parent, e.cameoCode,
        e.numArticles, e.numSources, e.firstReported, e.confidence, e.fulfilledByEventId);
  }

  /**
   * The outlet of a mention: its {@code source_domain} (the URL's registrable domain, else the
   * normalised source name; see {@link org.coopevents.text.SourceDomains}), else its article.
   */
  static String outlet(MentionRow m) {
    String d = org.coopevents.text.SourceDomains.of(m.url, m.source);
    return d != null ? d : "article:" + m.articleId;
  }

  /**
   * The days of a visit told by several reports. Its first day is the one most reports give (a
   * tie goes to the earliest), or an earlier day that a report gives as the first day alone, its
   * last day open ("arrived on the 20th", "starting on"): outlets report a visit of several days
   * on different days of it (the arrival, the talks), and a report of the talks does not deny an
   * arrival two days before. An earlier day that one report gives with an end of its own (a
   * range) against the others stays out: a misread range is commoner than a first day that all
   * other reports miss. Its last day is the latest day any report gives (its last day, else its
   * first), not before the first day; when no report gives a later day, the last day stays open
   * (null) unless a report closes it on that day. When no report gives a first day, the last
   * day is the one most reports give as the last ("the visit ended on 22 December"; a tie goes
   * to the latest), and the first stays open.
   */
  static String[] visitSpan(List<EventRow> es) {
    String lo = mode(es, e -> e.startDate, Comparator.naturalOrder());
    if (lo == null) return new String[] {null, mode(es, e -> e.endDate, Comparator.reverseOrder())};
    for (EventRow e : es) {
      if (e.startDate != null && e.endDate == null && e.startDate.compareTo(lo) < 0) lo = e.startDate;
    }
    String hi = lo;
    boolean closed = false;
    for (EventRow e : es) {
      if (e.startDate == null) continue;
      String last = e.endDate != null && e.endDate.compareTo(e.startDate) >= 0 ? e.endDate : e.startDate;
      if (last.compareTo(hi) > 0) hi = last;
      closed |= e.endDate != null && e.endDate.compareTo(lo) >= 0;
    }
    return new String[] {lo, hi.compareTo(lo) > 0 || closed ? hi : null};
  }

  private static int kindRank(String k) {
    switch (k) {
      case "STATE": return 0;
      case "OFFICIAL": return 1;
      case "WORKING": return 2;
      case "UNSPECIFIED": return 4;
      default: return 3;
    }
  }

  private static int stanceRank(String s) {
    return s.equals("AGREED") ? 0 : s.equals("PROPOSED") ? 1 : 2;
  }

  /** The commonest non-null value; ties go to the first in {@code tie} order. */
  static String mode(List<EventRow> es, Function<EventRow, String> f, Comparator<String> tie) {
    Map<String, Integer> n = new HashMap<>();
    for (EventRow e : es) {
      String v = f.apply(e);
      if (v != null) n.merge(v, 1, Integer::sum);
    }
    String best = null;
    int bestN = 0;
    for (Map.Entry<String, Integer> x : n.entrySet()) {
      if (x.getValue() > bestN || x.getValue() == bestN && tie.compare(x.getKey(), best) < 0) {
        best = x.getKey();
        bestN = x.getValue();
      }
    }
    return best;
  }
}
