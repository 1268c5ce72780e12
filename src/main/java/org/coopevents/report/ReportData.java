package org.coopevents.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.coopevents.eval.OutputTables;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.RejectRow;

/**
 * Every figure of the run report, computed from the tables of one run (and its manifest for
 * the run's own facts). The page renders these and nothing else. Immutable.
 */
public final class ReportData {
  /** Event types in the order the page shows them. */
  public static final List<String> EVENT_TYPES = List.of("VISIT", "SIGNING", "COOPERATION");
  /** How many rows the "largest events" and "country pairs" lists keep. */
  public static final int TOP_EVENTS = 10;
  public static final int TOP_PAIRS = 15;
  public static final int MATRIX_COUNTRIES = 8;
  public static final int REJECT_EXAMPLES = 2;

  /** An unordered pair of countries and its events by type. */
  public static final class PairCount {
    public final String country1;
    public final String country2;
    public final Map<String, Long> eventsByType;
    public final long events;
    public final long documents;

    PairCount(String country1, String country2, Map<String, Long> eventsByType, long documents) {
      this.country1 = country1;
      this.country2 = country2;
      this.eventsByType = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
      this.events = eventsByType.values().stream().mapToLong(Long::longValue).sum();
      this.documents = documents;
    }
  }

  /** A sector: events that name it, documents that name it, and their share of all documents. */
  public static final class SectorCount {
    public final String sector;
    public final long events;
    public final long documents;
    /** documents / all documents, 0 when there are none. */
    public final double documentShare;

    SectorCount(String sector, long events, long documents, double documentShare) {
      this.sector = sector;
      this.events = events;
      this.documents = documents;
      this.documentShare = documentShare;
    }
  }

  /** One report of an event: outlet, language, link and the evidence sentence(s). */
  public static final class Source {
    public final String outlet;
    public final String language;
    public final String url;
    public final String evidence;

    Source(String outlet, String language, String url, String evidence) {
      this.outlet = outlet;
      this.language = language;
      this.url = url;
      this.evidence = evidence;
    }
  }

  /** An event with its documents and its sources. */
  public static final class TopEvent {
    public final EventRow event;
    public final List<DocumentRow> documents;
    public final List<Source> sources;

    TopEvent(EventRow event, List<DocumentRow> documents, List<Source> sources) {
      this.event = event;
      this.documents = List.copyOf(documents);
      this.sources = List.copyOf(sources);
    }
  }

  public final RunInfo run;
  public final long articles;
  public final long events;
  public final long documents;
  public final long mentions;
  public final long rejects;
  /** "yyyy-MM" → event type → events, by start_date, else first_reported. */
  public final SortedMap<String, Map<String, Long>> eventsByMonth;
  /** Events with neither start_date nor first_reported. */
  public final long eventsWithoutMonth;
  public final List<String> eventTypes;
  public final List<PairCount> topPairs;
  /** The countries of the matrix, most active first, and the events of each pair among them. */
  public final List<String> matrixCountries;
  public final Map<String, Long> matrix;
  public final List<SectorCount> sectors;
  public final Map<String, Long> docTypes;
  public final List<TopEvent> largestEvents;
  public final Map<String, Long> outcomes;
  public final Map<String, Long> languages;
  public final Map<String, Long> rejectsByReason;
  public final Map<String, List<RejectRow>> rejectExamples;
  public final long eventsWithStartDate;
  public final long eventsWithEndDate;
  public final SortedMap<Integer, Long> numSources;

  private ReportData(RunInfo run, OutputTables t, List<RejectRow> rejectRows) {
    this.run = run;
    this.articles = t.articles().size();
    this.events = t.events().size();
    this.documents = t.documents().size();
    this.mentions = t.mentions().size();
    this.rejects = rejectRows.size();

    SortedMap<String, Map<String, Long>> byMonth = new TreeMap<>();
    Set<String> types = new LinkedHashSet<>(EVENT_TYPES);
    long noMonth = 0;
    long withStart = 0;
    long withEnd = 0;
    SortedMap<Integer, Long> sourcesHist = new TreeMap<>();
    Map<String, Long> sectorEvents = new HashMap<>();
    for (EventRow e : t.events()) {
      types.add(e.eventType);
      String date = e.startDate != null ? e.startDate : e.firstReported;
      if (date == null || date.length() < 7) {
        noMonth++;
      } else {
        byMonth.computeIfAbsent(date.substring(0, 7), k -> new TreeMap<>())
            .merge(e.eventType, 1L, Long::sum);
      }
      if (e.startDate != null) withStart++;
      if (e.endDate != null) withEnd++;
      sourcesHist.merge(e.numSources, 1L, Long::sum);
      for (String s : new LinkedHashSet<>(e.sectors)) sectorEvents.merge(s, 1L, Long::sum);
    }
    this.eventTypes = List.copyOf(types);
    this.eventsByMonth = Collections.unmodifiableSortedMap(byMonth);
    this.eventsWithoutMonth = noMonth;
    this.eventsWithStartDate = withStart;
    this.eventsWithEndDate = withEnd;
    this.numSources = Collections.unmodifiableSortedMap(sourcesHist);

    // country pairs
    Map<String, EventRow> eventById = new HashMap<>();
    for (EventRow e : t.events()) eventById.put(e.eventId, e);
    Map<String, Map<String, Long>> pairTypes = new HashMap<>();
    Map<String, Long> pairDocs = new HashMap<>();
    Map<String, Long> countryEvents = new HashMap<>();
    for (EventRow e : t.events()) {
      String k = pairKey(e.actor1Country, e.actor2Country);
      pairTypes.computeIfAbsent(k, x -> new TreeMap<>()).merge(e.eventType, 1L, Long::sum);
      countryEvents.merge(nz(e.actor1Country), 1L, Long::sum);
      if (!nz(e.actor2Country).equals(nz(e.actor1Country))) {
        countryEvents.merge(nz(e.actor2Country), 1L, Long::sum);
      }
    }
    Map<String, Long> sectorDocs = new HashMap<>();
    Map<String, Long> docTypeCounts = new HashMap<>();
    Map<String, List<DocumentRow>> docsByEvent = new HashMap<>();
    for (DocumentRow d : t.documents()) {
      EventRow e = eventById.get(d.eventId);
      if (e != null) pairDocs.merge(pairKey(e.actor1Country, e.actor2Country), 1L, Long::sum);
      for (String s : new LinkedHashSet<>(d.sectors)) sectorDocs.merge(s, 1L, Long::sum);
      docTypeCounts.merge(nz(d.docType), 1L, Long::sum);
      docsByEvent.computeIfAbsent(d.eventId, x -> new ArrayList<>()).add(d);
    }
    List<PairCount> pairs = new ArrayList<>();
    pairTypes.forEach((k, v) -> {
      String[] c = k.split("\t", -1);
      pairs.add(new PairCount(c[0], c[1], v, pairDocs.getOrDefault(k, 0L)));
    });
    pairs.sort(Comparator.comparingLong((PairCount p) -> -p.events)
        .thenComparingLong(p -> -p.documents).thenComparing(p -> p.country1)
        .thenComparing(p -> p.country2));
    this.topPairs = List.copyOf(pairs.subList(0, Math.min(TOP_PAIRS, pairs.size())));

    List<String> countries = new ArrayList<>(countryEvents.keySet());
    countries.sort(Comparator.comparingLong((String c) -> -countryEvents.get(c))
        .thenComparing(c -> c));
    this.matrixCountries = List.copyOf(countries.subList(0,
        Math.min(MATRIX_COUNTRIES, countries.size())));
    Map<String, Long> m = new TreeMap<>();
    for (PairCount p : pairs) {
      if (matrixCountries.contains(p.country1) && matrixCountries.contains(p.country2)) {
        m.put(pairKey(p.country1, p.country2), p.events);
      }
    }
    this.matrix = Collections.unmodifiableMap(m);

    // sectors and document types
    Set<String> sectorNames = new LinkedHashSet<>(sectorEvents.keySet());
    sectorNames.addAll(sectorDocs.keySet());
    List<SectorCount> sc = new ArrayList<>();
    for (String s : sectorNames) {
      long d = sectorDocs.getOrDefault(s, 0L);
      sc.add(new SectorCount(s, sectorEvents.getOrDefault(s, 0L), d,
          documents == 0 ? 0.0 : (double) d / documents));
    }
    sc.sort(Comparator.comparingLong((SectorCount s) -> -s.events)
        .thenComparingLong(s -> -s.documents).thenComparing(s -> s.sector));
    this.sectors = List.copyOf(sc);
    this.docTypes = byCountDesc(docTypeCounts);

    // largest events: most outlets, then most articles, then most documents
    Map<String, Article> articleById = new HashMap<>();
    for (Article a : t.articles()) articleById.put(a.articleId, a);
    Map<String, List<MentionRow>> mentionsByEvent = new HashMap<>();
    for (MentionRow mr : t.mentions()) {
      mentionsByEvent.computeIfAbsent(mr.eventId, x -> new ArrayList<>()).add(mr);
    }
    List<EventRow> ranked = new ArrayList<>(t.events());
    ranked.sort(Comparator.comparingInt((EventRow e) -> -e.numSources)
        .thenComparingInt(e -> -e.numArticles)
        .thenComparingInt(e -> -docsByEvent.getOrDefault(e.eventId, List.of()).size())
        .thenComparing(e -> e.eventId));
    List<TopEvent> top = new ArrayList<>();
    for (EventRow e : ranked.subList(0, Math.min(TOP_EVENTS, ranked.size()))) {
      List<Source> src = new ArrayList<>();
      for (MentionRow mr : mentionsByEvent.getOrDefault(e.eventId, List.of())) {
        Article a = articleById.get(mr.articleId);
        String outlet = mr.source != null ? mr.source : a != null ? nz(a.source) : "";
        String url = mr.url != null ? mr.url : a != null ? nz(a.url) : "";
        src.add(new Source(outlet, a == null ? "" : nz(a.language), url, mr.evidence));
      }
      top.add(new TopEvent(e, docsByEvent.getOrDefault(e.eventId, List.of()), src));
    }
    this.largestEvents = List.copyOf(top);

    // data quality
    Map<String, Long> oc = new HashMap<>();
    Map<String, Long> lang = new HashMap<>();
    for (Article a : t.articles()) {
      oc.merge(a.outcome, 1L, Long::sum);
      lang.merge(a.language == null || a.language.isEmpty() ? "unknown" : a.language, 1L,
          Long::sum);
    }
    this.outcomes = byCountDesc(oc);
    this.languages = byCountDesc(lang);
    Map<String, Long> rr = new HashMap<>();
    Map<String, List<RejectRow>> ex = new TreeMap<>();
    for (RejectRow r : rejectRows) {
      rr.merge(r.reason, 1L, Long::sum);
      List<RejectRow> l = ex.computeIfAbsent(r.reason, x -> new ArrayList<>());
      if (l.size() < REJECT_EXAMPLES) l.add(r);
    }
    this.rejectsByReason = byCountDesc(rr);
    Map<String, List<RejectRow>> exCopy = new LinkedHashMap<>();
    for (String reason : rejectsByReason.keySet()) exCopy.put(reason, List.copyOf(ex.get(reason)));
    this.rejectExamples = Collections.unmodifiableMap(exCopy);
  }

  /** Computes the report of one run. */
  public static ReportData compute(RunInfo run, OutputTables tables, List<RejectRow> rejects) {
    return new ReportData(run, tables, rejects);
  }

  /** The key of an unordered country pair: the two codes, sorted, joined by a tab. */
  public static String pairKey(String a, String b) {
    String x = nz(a);
    String y = nz(b);
    return x.compareTo(y) <= 0 ? x + "\t" + y : y + "\t" + x;
  }

  /** Share of events with a start_date, 0..1 (0 when there are no events). */
  public double startDateShare() {
    return events == 0 ? 0.0 : (double) eventsWithStartDate / events;
  }

  /** The events of a month by type, 0 for a type with none. */
  public long eventsIn(String month, String type) {
    return eventsByMonth.getOrDefault(month, Map.of()).getOrDefault(type, 0L);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Largest count first, ties by key. */
  private static Map<String, Long> byCountDesc(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> l = new ArrayList<>(counts.entrySet());
    l.sort(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : l) out.put(e.getKey(), e.getValue());
    return Collections.unmodifiableMap(out);
  }
}
