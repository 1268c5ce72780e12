package org.coopevents.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopevents.extract.YearlessDays;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/**
 * Merges the events of one block (one type, one country pair, one year: {@link BlockKeys})
 * into real-world events.
 *
 * <p>Rules. Events of different status never merge. Each event has a time interval: its own
 * dates when it has them (exact; a visit given only a start day is taken to last
 * {@link #OPEN_VISIT_DAYS} more days, as reports often date a visit by its first day); else,
 * for a SIGNING or COOPERATION held during a visit, the merged visit's dates (exact); else the
 * window of the three days up to its first report (inexact: what was reported on day R happened
 * on R−3..R; an announcement speaks of R−3..R+10). Two events merge (passes 1-3) when they were
 * held during the same merged visit, or when their exact intervals are at most one day apart,
 * or when an inexact window overlaps the other's interval and, for visits, the two sides do not
 * name different guests (a prime minister's and a president's visits of one week are two
 * visits; hosts are not compared here, as reports often name a minister who met the guest).
 * Two clusters never join when they hold events from the same article (one article reports one
 * event once), or when their exact date ranges are more than a day apart (an undated report
 * cannot bridge two dated events). Different parent visits do not keep two same-day signings
 * apart: a pair cannot sign twice on one day, while a report that swaps guest and host is
 * common.
 *
 * <p>Visit reports that fix no day of their own (all inside the block of guest, host and status,
 * which holds every year of the pair, so no step gathers more than one pair and direction):
 * <ul>
 *   <li>Pass 3b: an announcement with a publication date but no dates joins the one announced
 *       visit of the block that is dated within {@link #FULFIL_DAYS} after that publication and
 *       agrees with it; with several it stays apart.
 *   <li>Pass 4: a report with neither dates nor a publication date joins the dated visit of the
 *       block that does not contradict it (guest, host, city; kinds clash only two steps apart,
 *       see {@link #kindsAgree}; days it states without a year, {@link YearlessDays}, must fall
 *       within a day of the visit's dates, or of the {@link #RECAP_DAYS} before an undated
 *       visit's first report): the only one, else the one that confirms strictly more of what
 *       the report states than every other ({@link Facts#shared}); on a tie it stays a row of its
 *       own, as nothing tells the visits apart. When no dated visit fits, such reports join each
 *       other when they agree: nothing shows a second event. So a report of a second visit that
 *       carries no date at all joins the pair's one dated visit when nothing contradicts it: the
 *       price of merging pages that show no date.
 * </ul>
 * Events are taken in date order (then article and id), exact links first, so the result does
 * not depend on input order or runner.
 *
 * <p>Merged facts: see {@link EventFacts}. A PLANNED visit is linked to the OCCURRED visit of the
 * same guest and host that fulfilled it ({@code fulfilled_by_event_id}): the earliest one that
 * started on or after the announcement and, when the announcement gave dates, within a day of
 * them, else within {@link #FULFIL_DAYS} days of the announcement.
 */
public final class EventGroupMerger {
  /** How long after an undated announcement the visit it announced may start. */
  public static final int FULFIL_DAYS = 62;
  /** Days before its first report that an undated event may have happened. */
  public static final int REPORT_WINDOW = 3;
  /** A visit reported with a start date and no end is taken to last this many more days. */
  public static final int OPEN_VISIT_DAYS = 2;
  /** Days after its report that an undated announcement may speak of. */
  public static final int PLANNED_AHEAD = 10;
  /**
   * How long before its report a report without dates may tell of a visit, when the year-less
   * days another report states are compared with it (wider than {@link #REPORT_WINDOW}: that
   * window merges, this one only keeps apart).
   */
  static final int RECAP_DAYS = 14;
  /** Items further apart than this (by interval start) are never compared. */
  private static final int SWEEP_DAYS = 45;

  /** What merging one block gives. */
  public static final class Result {
    public final List<EventRow> events = new ArrayList<>();
    public final List<DocumentRow> documents = new ArrayList<>();
    public final List<MentionRow> mentions = new ArrayList<>();
    /** Raw event id → merged event. */
    public final Map<String, EventRow> mergedByRawId = new LinkedHashMap<>();
  }

  private EventGroupMerger() {}

  public static Result merge(List<RawEvent> block) {
    Result out = new Result();
    Map<String, List<RawEvent>> byStatus = new java.util.TreeMap<>();
    for (RawEvent r : block) {
      EventRow e = r.event;
      String k = e.eventType + "|" + e.actor1Country + "|" + e.actor2Country + "|" + e.status;
      byStatus.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
    }
    Set<String> usedIds = new HashSet<>();
    List<EventRow> occurred = new ArrayList<>();
    List<Integer> plannedIdx = new ArrayList<>();
    List<List<RawEvent>> allClusters = new ArrayList<>();
    for (List<RawEvent> items : byStatus.values()) allClusters.addAll(cluster(items));
    allClusters.sort(Comparator.comparing(c -> EventFacts.clusterOrder(c)));
    List<EventRow> mergedEvents = new ArrayList<>();
    for (List<RawEvent> c : allClusters) {
      EventRow e = EventFacts.merge(c, usedIds);
      mergedEvents.add(e);
      if (e.eventType.equals("VISIT") && e.status.equals("OCCURRED")) occurred.add(e);
      if (e.eventType.equals("VISIT") && e.status.equals("PLANNED")) plannedIdx.add(mergedEvents.size() - 1);
    }
    for (int i : plannedIdx) {
      EventRow p = mergedEvents.get(i);
      EventRow o = fulfilment(p, occurred);
      if (o != null) mergedEvents.set(i, EventFacts.withFulfilledBy(p, o.eventId));
    }
    for (int k = 0; k < allClusters.size(); k++) {
      EventRow e = mergedEvents.get(k);
      List<RawEvent> c = allClusters.get(k);
      out.events.add(e);
      for (RawEvent r : c) {
        out.mergedByRawId.put(r.event.eventId, e);
        for (MentionRow m : r.mentions) out.mentions.add(withOwnSectors(m, r).withEvent(e.eventId));
      }
      if (e.eventType.equals("SIGNING")) out.documents.addAll(DocumentMerger.merge(e, c));
    }
    return out;
  }

  /**
   * The mention with the sectors its own article gave the event: kept when extraction set
   * them, else the raw event's sectors and its documents' (what this one report said).
   */
  static MentionRow withOwnSectors(MentionRow m, RawEvent r) {
    if (m.sectors != null) return m;
    Set<String> own = new TreeSet<>(r.event.sectors);
    for (DocumentRow d : r.documents) own.addAll(d.sectors);
    return new MentionRow(m.eventId, m.articleId, m.url, m.source, m.evidence, m.evidenceStart,
        m.evidenceEnd, new ArrayList<>(own));
  }

  private static EventRow fulfilment(EventRow planned, List<EventRow> occurred) {
    Long announced = day(planned.firstReported);
    Long ps = day(planned.startDate);
    Long pe = day(planned.endDate);
    if (pe == null) pe = ps;
    EventRow best = null;
    long bestDay = Long.MAX_VALUE;
    for (EventRow o : occurred) {
      if (!o.actor1Country.equals(planned.actor1Country) || !o.actor2Country.equals(planned.actor2Country)) continue;
      Long os = day(o.startDate != null ? o.startDate : o.firstReported);
      if (os == null) continue;
      if (announced != null && os < announced) continue;
      boolean ok;
      if (ps != null) {
        Long oe = day(o.endDate);
        if (oe == null) oe = os;
        ok = Math.max(os, ps) - Math.min(oe, pe) <= 1;
      } else {
        ok = announced != null && os - announced <= FULFIL_DAYS;
      }
      if (ok && os < bestDay) {
        best = o;
        bestDay = os;
      }
    }
    return best;
  }

  /** One item of the sweep: a raw event with its interval. */
  private static final class Item {
    final RawEvent raw;
    final Long lo;
    final Long hi;
    final boolean exact;
    final String parent;
    final Set<String> articles = new HashSet<>();
    /** Days a report of an occurred visit, with no date and no publication date, states without a year. */
    final List<YearlessDays.Days> days = new ArrayList<>();

    Item(RawEvent r) {
      raw = r;
      EventRow e = r.event;
      parent = e.eventType.equals("VISIT") ? null : e.parentEventId;
      Long s = day(e.startDate);
      Long en = day(e.endDate);
      Long rep = day(e.firstReported);
      if (s != null) {
        lo = s;
        hi = en != null && en >= s ? en : e.eventType.equals("VISIT") ? s + OPEN_VISIT_DAYS : s;
        exact = true;
      } else if (day(r.parentStart) != null) {
        lo = day(r.parentStart);
        Long pe = day(r.parentEnd);
        hi = pe != null && pe >= lo ? pe : lo;
        exact = true;
      } else if (rep != null) {
        lo = rep - REPORT_WINDOW;
        hi = e.status.equals("PLANNED") ? rep + PLANNED_AHEAD : rep;
        exact = false;
      } else {
        lo = null;
        hi = null;
        exact = false;
      }
      for (MentionRow m : r.mentions) articles.add(m.articleId);
      if (articles.isEmpty()) articles.add("event:" + e.eventId);
      // only a report of a visit that took place: an announcement's days without a year are as
      // often those of something else (the last visit, the start of a war)
      if (lo == null && e.eventType.equals("VISIT") && e.status.equals("OCCURRED")) {
        for (MentionRow m : r.mentions) days.addAll(YearlessDays.of(m.evidence));
      }
    }
  }

  /** Union-find over items with per-cluster constraints. */
  private static final class Clusters {
    final int[] up;
    final List<Set<String>> articles = new ArrayList<>();
    final List<Set<String>> parents = new ArrayList<>();
    /** What the reports of each cluster say of the visit (read at its root). */
    final List<Facts> facts = new ArrayList<>();
    final long[] exactLo;
    final long[] exactHi;
    /** The days the dated reports of each cluster may speak of (inexact ones widened). */
    final long[] datedLo;
    final long[] datedHi;
    /** The year-less days its undated reports state. */
    final List<List<YearlessDays.Days>> days = new ArrayList<>();

    Clusters(List<Item> items) {
      int n = items.size();
      up = new int[n];
      exactLo = new long[n];
      exactHi = new long[n];
      datedLo = new long[n];
      datedHi = new long[n];
      for (int i = 0; i < n; i++) {
        Item it = items.get(i);
        up[i] = i;
        articles.add(new HashSet<>(it.articles));
        Set<String> p = new HashSet<>();
        if (it.parent != null) p.add(it.parent);
        parents.add(p);
        facts.add(Facts.of(it.raw.event));
        exactLo[i] = it.exact ? it.lo : Long.MAX_VALUE;
        exactHi[i] = it.exact ? it.hi : Long.MIN_VALUE;
        datedLo[i] = it.lo == null ? Long.MAX_VALUE : it.exact ? it.lo : it.lo - RECAP_DAYS;
        datedHi[i] = it.lo == null ? Long.MIN_VALUE : it.hi;
        days.add(new ArrayList<>(it.days));
      }
    }

    /**
     * Whether the year-less days stated by either cluster can be the days of the other: days
     * within a day of the other's dated reports, or of its own year-less days. A cluster that
     * states none agrees with everything.
     */
    boolean daysAgree(int x, int y) {
      return daysFit(days.get(x), y) && daysFit(days.get(y), x);
    }

    private boolean daysFit(List<YearlessDays.Days> stated, int other) {
      if (stated.isEmpty()) return true;
      boolean dated = datedLo[other] != Long.MAX_VALUE;
      if (!dated && days.get(other).isEmpty()) return true;
      for (YearlessDays.Days d : stated) {
        if (dated && d.fit(datedLo[other], datedHi[other])) return true;
        for (YearlessDays.Days o : days.get(other)) if (d.near(o)) return true;
      }
      return false;
    }

    /** What the reports of the cluster of item {@code i} say. */
    Facts factsOf(int i) {
      return facts.get(find(i));
    }

    /** Whether the cluster of item {@code i} holds an exactly dated report. */
    boolean exact(int i) {
      return exactLo[find(i)] != Long.MAX_VALUE;
    }

    int find(int i) {
      while (up[i] != i) {
        up[i] = up[up[i]];
        i = up[i];
      }
      return i;
    }

    boolean union(int a, int b) {
      int x = find(a);
      int y = find(b);
      if (x == y) return true;
      for (String s : articles.get(y)) if (articles.get(x).contains(s)) return false;
      if (exactLo[x] != Long.MAX_VALUE && exactLo[y] != Long.MAX_VALUE
          && Math.max(exactLo[x], exactLo[y]) - Math.min(exactHi[x], exactHi[y]) > 1) {
        return false;
      }
      if (!daysAgree(x, y)) return false;
      int root = Math.min(x, y);
      int other = Math.max(x, y);
      up[other] = root;
      articles.get(root).addAll(articles.get(other));
      parents.get(root).addAll(parents.get(other));
      facts.get(root).add(facts.get(other));
      exactLo[root] = Math.min(exactLo[root], exactLo[other]);
      exactHi[root] = Math.max(exactHi[root], exactHi[other]);
      datedLo[root] = Math.min(datedLo[root], datedLo[other]);
      datedHi[root] = Math.max(datedHi[root], datedHi[other]);
      days.get(root).addAll(days.get(other));
      return true;
    }
  }

  /**
   * Clusters events of one status: the same parent visit, then intervals that meet, then dated
   * announcements, then reports with no dates ({@link #joinSameParent}, {@link #joinIntervals},
   * {@link #joinAnnouncements}, {@link #joinUndated}).
   */
  static List<List<RawEvent>> cluster(List<RawEvent> raws) {
    List<Item> items = new ArrayList<>();
    for (RawEvent r : raws) items.add(new Item(r));
    items.sort(Comparator.comparing((Item i) -> i.lo == null ? Long.MAX_VALUE : i.lo)
        .thenComparing(i -> i.raw.firstArticle()).thenComparing(i -> i.raw.event.eventId));
    Clusters cs = new Clusters(items);
    joinSameParent(items, cs);
    joinIntervals(items, cs, 2);
    joinIntervals(items, cs, 3);
    joinAnnouncements(items, cs);
    joinUndated(items, cs);
    Map<Integer, List<RawEvent>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) byRoot.computeIfAbsent(cs.find(i), k -> new ArrayList<>()).add(items.get(i).raw);
    return new ArrayList<>(byRoot.values());
  }

  /** Pass 1: the same parent visit. */
  private static void joinSameParent(List<Item> items, Clusters cs) {
    Map<String, Integer> firstWithParent = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String p = items.get(i).parent;
      if (p == null) continue;
      Integer j = firstWithParent.putIfAbsent(p, i);
      if (j != null) cs.union(j, i);
    }
  }

  /**
   * Pass 2: exact intervals at most a day apart; pass 3: inexact windows that overlap, when the
   * two sides do not name different guests.
   */
  private static void joinIntervals(List<Item> items, Clusters cs, int pass) {
    for (int i = 0; i < items.size(); i++) {
      Item a = items.get(i);
      if (a.lo == null) continue;
      for (int j = i - 1; j >= 0; j--) {
        Item b = items.get(j);
        if (a.lo - b.lo > SWEEP_DAYS) break;
        boolean bothExact = a.exact && b.exact;
        if (pass == 2 && !bothExact || pass == 3 && bothExact) continue;
        long gap = Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi);
        if (gap > (bothExact ? 1 : 0)) continue;
        if (pass == 3 && a.raw.event.eventType.equals("VISIT") && cs.find(i) != cs.find(j)
            && !Facts.share(cs.factsOf(i).guests, cs.factsOf(j).guests)) {
          continue;
        }
        cs.union(j, i);
      }
    }
  }

  /**
   * Pass 3b: an announcement without dates joins the one announced visit of its guest and host
   * that is dated within FULFIL_DAYS after the announcement was published and agrees with it.
   */
  private static void joinAnnouncements(List<Item> items, Clusters cs) {
    int n = items.size();
    for (int i = 0; i < n; i++) {
      Item a = items.get(i);
      if (a.exact || a.lo == null || !a.raw.event.status.equals("PLANNED")
          || !a.raw.event.eventType.equals("VISIT") || cs.exact(i)) {
        continue;
      }
      long published = a.lo + REPORT_WINDOW;
      Set<Integer> roots = new TreeSet<>();
      for (int j = i + 1; j < n; j++) {
        Item b = items.get(j);
        if (b.lo == null || b.lo - published > FULFIL_DAYS) break;
        if (b.exact && b.lo >= published) roots.add(cs.find(j));
      }
      Facts own = cs.factsOf(i);
      roots.removeIf(r -> !own.agrees(cs.factsOf(r)));
      if (roots.size() == 1) cs.union(roots.iterator().next(), i);
    }
  }

  /**
   * Pass 4: a visit report with neither dates nor a publication date joins the visit of its
   * guest, host and status in the block (all years of the pair) whose leaders, kind and city do
   * not contradict it: the only one, else the one that confirms more of them than every other (a
   * tie leaves it a row of its own); with none, such reports join each other when they agree
   * (nothing shows a second event).
   */
  private static void joinUndated(List<Item> items, Clusters cs) {
    int n = items.size();
    Map<Integer, Facts> dated = new TreeMap<>();
    for (int i = 0; i < n; i++) if (items.get(i).lo != null) dated.computeIfAbsent(cs.find(i), r -> cs.facts.get(r).copy());
    List<Integer> loose = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Item it = items.get(i);
      if (it.lo != null || !it.raw.event.eventType.equals("VISIT")) continue;
      Integer best = bestDated(Facts.of(it.raw.event), i, dated, cs);
      if (best == null) loose.add(i);
      else if (best >= 0) cs.union(best, i);
    }
    List<Integer> looseRoots = new ArrayList<>();
    for (int i : loose) {
      boolean joined = false;
      for (int r : looseRoots) {
        if (cs.factsOf(i).agrees(cs.factsOf(r)) && cs.union(r, i)) {
          joined = true;
          break;
        }
      }
      if (!joined) looseRoots.add(i);
    }
  }

  /**
   * The dated cluster an undated report {@code i} joins: the compatible one that shares the most
   * facts with it; -1 on a tie, null when none is compatible.
   */
  private static Integer bestDated(Facts own, int i, Map<Integer, Facts> dated, Clusters cs) {
    Integer best = null;
    int bestShared = -1;
    boolean tie = false;
    for (Map.Entry<Integer, Facts> c : dated.entrySet()) {
      if (!own.agrees(c.getValue()) || !cs.daysAgree(cs.find(i), cs.find(c.getKey()))) continue;
      int shared = own.shared(c.getValue());
      if (shared > bestShared) {
        best = c.getKey();
        bestShared = shared;
        tie = false;
      } else if (shared == bestShared) {
        tie = true;
      }
    }
    return best != null && tie ? Integer.valueOf(-1) : best;
  }

  /**
   * What a group of visit reports says of the visit: the guest and host leaders, cities and
   * kinds they state. Two groups can tell of one visit when each of these, where both state
   * it, has a value in common; kinds are compared by {@link #kindsAgree}.
   */
  static final class Facts {
    final Set<String> guests = new TreeSet<>();
    final Set<String> hosts = new TreeSet<>();
    final Set<String> cities = new TreeSet<>();
    /** Bit r set: a report states the kind of rank r ({@link #kindRank}). */
    int kinds;

    static Facts of(EventRow e) {
      Facts f = new Facts();
      if (e.actor1Person != null) f.guests.add(e.actor1Person);
      if (e.actor2Person != null) f.hosts.add(e.actor2Person);
      if (e.locationCity != null) f.cities.add(e.locationCity);
      int k = kindRank(e.visitKind);
      if (k >= 0) f.kinds |= 1 << k;
      return f;
    }

    void add(Facts o) {
      guests.addAll(o.guests);
      hosts.addAll(o.hosts);
      cities.addAll(o.cities);
      kinds |= o.kinds;
    }

    Facts copy() {
      Facts f = new Facts();
      f.add(this);
      return f;
    }

    boolean agrees(Facts o) {
      return share(guests, o.guests) && share(hosts, o.hosts) && share(cities, o.cities)
          && kindsAgree(kinds, o.kinds);
    }

    /** How many of guest, host, city and kind both state alike (what confirms a match). */
    int shared(Facts o) {
      int n = 0;
      if (!Collections.disjoint(guests, o.guests)) n++;
      if (!Collections.disjoint(hosts, o.hosts)) n++;
      if (!Collections.disjoint(cities, o.cities)) n++;
      if ((kinds & o.kinds) != 0) n++;
      return n;
    }

    static boolean share(Set<String> a, Set<String> b) {
      if (a.isEmpty() || b.isEmpty()) return true;
      for (String x : a) if (b.contains(x)) return true;
      return false;
    }
  }

  /**
   * Whether two sets of stated kinds (bit masks of {@link #kindRank}) can be of one visit.
   * Outlets call one visit by neighbouring names (a state visit "official", an official one
   * "working"), so kinds clash only two steps apart on STATE > OFFICIAL > WORKING: a STATE and
   * a WORKING visit are two visits. UNSPECIFIED states nothing.
   */
  static boolean kindsAgree(int a, int b) {
    if (a == 0 || b == 0) return true;
    // some kind of a within one step of some kind of b
    int near = b | b << 1 | b >> 1;
    return (a & near) != 0;
  }

  static int kindRank(String kind) {
    if (kind == null) return -1;
    switch (kind) {
      case "STATE": return 2;
      case "OFFICIAL": return 1;
      case "WORKING": return 0;
      default: return -1;
    }
  }

  static Long day(String iso) {
    if (iso == null || iso.isEmpty()) return null;
    try {
      return LocalDate.parse(iso).toEpochDay();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Set<String> sortedSet(List<String> xs) {
    return new TreeSet<>(xs);
  }
}
