package org.coopevents.eval;

import org.coopevents.knowledge.TitleWords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;

/**
 * Scores output tables against gold articles as gold-format.md (v2) says.
 *
 * <p>Each gold article is paired with an output article ({@link ArticleMatcher}); its
 * predicted events are those {@code mentions} links to it, its predicted documents those whose
 * {@code article_ids} name it (or, with no {@code article_ids}, whose event is linked). Within
 * an article, visits, signings and documents are each matched one-to-one by
 * {@link Assignment}: required gold items first, then optional items absorb what is left (an
 * absorbed prediction is neither a hit nor a false positive). Among admissible pairs the
 * assignment prefers closer ones (exact dates, primary rather than {@code _alt} values, the
 * same persons, higher title overlap), which only decides between equally many matches.
 * Stateless: one instance may score from many threads.
 */
public final class Scorer {
  public Scorer() {}

  /** Scores one gold file (a list of gold articles) against the output. */
  public Scores score(List<GoldArticle> gold, OutputTables output) {
    return scoreFiles(List.of(gold), output);
  }

  /** Scores several gold files; each inner list is the content of one gold file. */
  public Scores scoreFiles(List<List<GoldArticle>> goldFiles, OutputTables output) {
    Run run = new Run(output);
    List<ArticleMatcher.Pairing> pairings = new ArticleMatcher(output.articles()).pair(goldFiles);
    Map<ArticleMatcher.How, Integer> by = new EnumMap<>(ArticleMatcher.How.class);
    Map<String, String> seen = new LinkedHashMap<>();
    for (ArticleMatcher.Pairing p : pairings) {
      by.merge(p.how(), 1, Integer::sum);
      if (p.how() == ArticleMatcher.How.SINGLE) {
        run.notes.add("paired the single gold article " + p.gold().name() + " of "
            + p.gold().file() + " with the single output article " + p.output().articleId
            + " (" + p.output().inputFile + "): no id, url or file name matched");
      }
      if (p.output() != null) {
        String before = seen.putIfAbsent(p.output().articleId, p.gold().name());
        if (before != null) {
          run.notes.add("gold articles " + before + " and " + p.gold().name()
              + " both pair with output article " + p.output().articleId
              + "; its predictions are scored against each");
        }
      }
      run.article(p.gold(), p.output());
    }
    if (output.events().isEmpty() && !pairings.isEmpty()) {
      run.notes.add("the output's events table is empty: every required gold item is a miss");
    }
    return run.finish(goldFiles.stream().mapToInt(List::size).sum(), by);
  }

  /** The mutable tallies of one call to {@link #scoreFiles}; never shared. */
  private static final class Run {
    final OutputTables output;
    final List<String> notes = new ArrayList<>();
    final List<Scores.Finding> misses = new ArrayList<>();
    final List<Scores.Finding> fps = new ArrayList<>();
    int[] visits = new int[4];
    int[] signings = new int[4];
    int[] documents = new int[4];
    int[] documentsV1 = new int[4];
    int[] sectors = new int[4];
    int[] sectorsOfEvents = new int[4];
    int[] visitDates = new int[2];
    int[] signingDates = new int[2];
    int[] visitKind = new int[2];
    int[] visitCity = new int[2];
    int[] visitPeople = new int[2];
    int negArticles;
    int negEvents;
    /** Dedup: gold group (key and status) to the predicted event ids of its occurrences. */
    final Map<String, List<String>> groups = new LinkedHashMap<>();

    Run(OutputTables output) {
      this.output = output;
    }

    void article(GoldArticle g, Article out) {
      String name = g.name();
      List<GoldEvent> goldVisits = ofType(g.events(), "VISIT");
      List<GoldEvent> goldSignings = ofType(g.events(), "SIGNING");
      List<GoldEvent> goldCoops = ofType(g.events(), "COOPERATION");
      List<Doc> goldDocs = new ArrayList<>();
      for (GoldEvent s : goldSignings) {
        for (GoldDocument d : s.documents()) {
          List<String> parties = d.parties().isEmpty() ? s.pair() : sorted(d.parties());
          goldDocs.add(new Doc(d, parties, d.optional() || s.optional()));
        }
      }
      Set<String> required = new LinkedHashSet<>();
      Set<String> accepted = new LinkedHashSet<>();
      goldSectors(goldCoops, goldDocs, required, accepted);

      if (out == null) {
        misses.add(new Scores.Finding("MISS", name, "ARTICLE", "no output article has this id, "
            + "url or file name; its " + g.events().size() + " gold event(s) count as misses"));
        for (GoldEvent v : goldVisits) if (!v.optional()) miss(visits, name, "VISIT", visitFacts(v));
        for (GoldEvent s : goldSignings) {
          if (!s.optional()) miss(signings, name, "SIGNING", signingFacts(s));
        }
        for (Doc d : goldDocs) {
          if (!d.optional) {
            miss(documents, name, "DOCUMENT", docFacts(d));
            documentsV1[2]++;
          }
        }
        for (String s : required) {
          miss(sectors, name, "SECTOR", sectorFacts(s));
          sectorsOfEvents[2]++;
        }
        return;
      }

      List<EventRow> preds = output.eventsOf(out.articleId);
      if (g.events().isEmpty()) {
        negArticles++;
        negEvents += preds.size();
        for (EventRow e : preds) {
          if (e.eventType.equals("COOPERATION") && e.sectors.isEmpty()) {
            fps.add(new Scores.Finding("FP", name, "COOPERATION", coopFacts(e)));
          }
        }
      }
      List<EventRow> predVisits = preds.stream().filter(e -> e.eventType.equals("VISIT")).toList();
      List<EventRow> predSignings =
          preds.stream().filter(e -> e.eventType.equals("SIGNING")).toList();
      List<EventRow> predCoops =
          preds.stream().filter(e -> e.eventType.equals("COOPERATION")).toList();

      // Visits.
      Match vm = match(goldVisits, GoldEvent::optional, predVisits, Scorer::visitScore);
      for (int i = 0; i < goldVisits.size(); i++) {
        GoldEvent v = goldVisits.get(i);
        int j = vm.gold[i];
        if (v.optional()) {
          if (j >= 0) visits[3]++;
          continue;
        }
        if (j < 0) {
          miss(visits, name, "VISIT", visitFacts(v));
          continue;
        }
        visits[0]++;
        EventRow p = predVisits.get(j);
        if (v.startDate() != null) {
          visitDates[1]++;
          if (v.startDate().toString().equals(p.startDate)
              && (v.endDate() == null || v.endDate().toString().equals(p.endDate))) {
            visitDates[0]++;
          }
        }
        if (v.visitKind() != null) {
          visitKind[1]++;
          if (p.visitKind != null && (v.visitKind().equalsIgnoreCase(p.visitKind)
              || containsIgnoreCase(v.visitKindAlt(), p.visitKind))) {
            visitKind[0]++;
          }
        }
        if (v.locationCity() != null) {
          visitCity[1]++;
          if (p.locationCity != null && (CityNames.same(v.locationCity(), p.locationCity)
              || v.locationCityAlt().stream().anyMatch(c -> CityNames.same(c, p.locationCity)))) {
            visitCity[0]++;
          }
        }
        people(v.guestPerson(), p.actor1Person);
        people(v.hostPerson(), p.actor2Person);
        occurrence(v, p);
      }
      for (int j = 0; j < predVisits.size(); j++) {
        if (!vm.predUsed[j]) fp(visits, name, "VISIT", visitFacts(predVisits.get(j)));
      }

      // Signings.
      Match sm = match(goldSignings, GoldEvent::optional, predSignings, Scorer::signingScore);
      for (int i = 0; i < goldSignings.size(); i++) {
        GoldEvent s = goldSignings.get(i);
        int j = sm.gold[i];
        if (s.optional()) {
          if (j >= 0) signings[3]++;
          continue;
        }
        if (j < 0) {
          miss(signings, name, "SIGNING", signingFacts(s));
          continue;
        }
        signings[0]++;
        EventRow p = predSignings.get(j);
        if (s.signedDate() != null) {
          signingDates[1]++;
          if (s.signedDate().toString().equals(signingDate(p))) signingDates[0]++;
        }
        occurrence(s, p);
      }
      for (int j = 0; j < predSignings.size(); j++) {
        if (!sm.predUsed[j]) fp(signings, name, "SIGNING", signingFacts(predSignings.get(j)));
      }

      // Documents.
      boolean english = out.language == null || out.language.isBlank()
          || out.language.toLowerCase(Locale.ROOT).startsWith("en");
      List<DocumentRow> predDocs = output.documentsOf(out.articleId);
      Match v1 = match(goldDocs, d -> d.optional, predDocs,
          (d, p) -> documentScoreV1(d, p, english));
      count(v1, goldDocs, d -> d.optional, predDocs.size(), documentsV1);
      Match dm = match(goldDocs, d -> d.optional, predDocs, Scorer::documentScore);
      for (int i = 0; i < goldDocs.size(); i++) {
        Doc d = goldDocs.get(i);
        int j = dm.gold[i];
        if (d.optional) {
          if (j >= 0) documents[3]++;
        } else if (j < 0) {
          miss(documents, name, "DOCUMENT", docFacts(d));
        } else {
          documents[0]++;
        }
      }
      for (int j = 0; j < predDocs.size(); j++) {
        if (!dm.predUsed[j]) fp(documents, name, "DOCUMENT", docFacts(predDocs.get(j)));
      }

      // Sectors: the figure from what this article's mentions say (mentions.sectors, the
      // event's sectors where the output has no such column), and the secondary figure from
      // the events' sectors (the union over all their articles).
      Set<String> perMention = new LinkedHashSet<>();
      Set<String> ofEvents = new LinkedHashSet<>();
      for (EventRow c : predCoops) {
        String pair = pairKey(pairOf(c));
        for (String s : c.sectors) ofEvents.add(pair + " " + s.toUpperCase(Locale.ROOT));
        List<String> own = output.mentionSectors(out.articleId, c.eventId);
        for (String s : own != null ? own : c.sectors) {
          perMention.add(pair + " " + s.toUpperCase(Locale.ROOT));
        }
      }
      for (String s : required) {
        if (perMention.contains(s)) sectors[0]++;
        else miss(sectors, name, "SECTOR", sectorFacts(s));
        if (ofEvents.contains(s)) sectorsOfEvents[0]++;
        else sectorsOfEvents[2]++;
      }
      for (String s : perMention) {
        if (required.contains(s)) continue;
        if (accepted.contains(s)) sectors[3]++;
        else fp(sectors, name, "SECTOR", sectorFacts(s));
      }
      for (String s : ofEvents) {
        if (required.contains(s)) continue;
        if (accepted.contains(s)) sectorsOfEvents[3]++;
        else sectorsOfEvents[1]++;
      }
    }

    /** Adds a match's hits, false positives, misses and absorbed predictions to a tally. */
    <G> void count(Match m, List<G> gold, Predicate<G> optional, int predicted, int[] tally) {
      for (int i = 0; i < gold.size(); i++) {
        boolean opt = optional.test(gold.get(i));
        if (opt && m.gold[i] >= 0) tally[3]++;
        else if (!opt) tally[m.gold[i] >= 0 ? 0 : 2]++;
      }
      for (int j = 0; j < predicted; j++) if (!m.predUsed[j]) tally[1]++;
    }

    void occurrence(GoldEvent g, EventRow p) {
      if (g.key() == null) return;
      String group = g.key() + "\u0000" + (g.status() == null ? "" : g.status());
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(p.eventId);
    }

    void miss(int[] tally, String article, String type, String facts) {
      tally[2]++;
      misses.add(new Scores.Finding("MISS", article, type, facts));
    }

    void fp(int[] tally, String article, String type, String facts) {
      tally[1]++;
      fps.add(new Scores.Finding("FP", article, type, facts));
    }

    Scores finish(int goldArticles, Map<ArticleMatcher.How, Integer> by) {
      long goldPairs = 0;
      long shared = 0;
      int spread = 0;
      Map<String, Integer> perEvent = new LinkedHashMap<>();
      for (List<String> ids : groups.values()) {
        goldPairs += pairs(ids.size());
        Map<String, Integer> inGroup = new LinkedHashMap<>();
        for (String id : ids) {
          inGroup.merge(id, 1, Integer::sum);
          perEvent.merge(id, 1, Integer::sum);
        }
        spread += inGroup.size();
        for (int n : inGroup.values()) shared += pairs(n);
      }
      long predPairs = 0;
      for (int n : perEvent.values()) predPairs += pairs(n);
      return new Scores(goldArticles, output.articles().size(), output.events().size(), by,
          tally(visits), tally(signings), tally(documents), tally(documentsV1), tally(sectors),
          tally(sectorsOfEvents),
          new Scores.Ratio(visitDates[0], visitDates[1]),
          new Scores.Ratio(signingDates[0], signingDates[1]),
          new Scores.Ratio(visitKind[0], visitKind[1]),
          new Scores.Ratio(visitCity[0], visitCity[1]),
          new Scores.Ratio(visitPeople[0], visitPeople[1]),
          new Scores.Dedup(predPairs, goldPairs, shared, groups.size(), spread),
          new Scores.Negatives(negArticles, negEvents), misses, fps, notes, splitKeys(),
          mixedEvents());
    }

    /**
     * One person slot of a matched visit (guest or host) that the gold names: right when the
     * output names the same person (in either language or spelling the leaders gazetteer
     * knows). A slot the gold leaves empty is not counted: the output's row is the merged event,
     * whose host another report of it may name.
     */
    private void people(String gold, String predicted) {
      if (gold == null) return;
      visitPeople[1]++;
      if (predicted != null && PersonNames.same(gold, predicted)) visitPeople[0]++;
    }

    /** "KEY STATUS: n events id1 id2 ..." for each gold group spread over several events. */
    private List<String> splitKeys() {
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, List<String>> g : groups.entrySet()) {
        java.util.Set<String> ids = new java.util.TreeSet<>(g.getValue());
        if (ids.size() > 1) {
          out.add(g.getKey().replace('\u0000', ' ') + ": " + ids.size() + " events " + String.join(" ", ids));
        }
      }
      return out;
    }

    /** "EVENT_ID: KEY STATUS, KEY STATUS" for each predicted event that holds several gold groups. */
    private List<String> mixedEvents() {
      Map<String, java.util.Set<String>> keysOf = new java.util.TreeMap<>();
      for (Map.Entry<String, List<String>> g : groups.entrySet()) {
        for (String id : g.getValue()) {
          keysOf.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(g.getKey().replace('\u0000', ' '));
        }
      }
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, java.util.Set<String>> e : keysOf.entrySet()) {
        if (e.getValue().size() > 1) out.add(e.getKey() + ": " + String.join(", ", e.getValue()));
      }
      return out;
    }

    private static long pairs(long n) {
      return n * (n - 1) / 2;
    }

    private static Scores.Tally tally(int[] t) {
      return new Scores.Tally(t[0], t[1], t[2], t[3]);
    }
  }

  /** A gold document with the parties it is scored on and whether it is optional. */
  record Doc(GoldDocument doc, List<String> parties, boolean optional) {}

  /** The result of a two-stage assignment. */
  record Match(int[] gold, boolean[] predUsed) {}

  /**
   * Required gold items take predictions first; optional ones then take from what is left.
   * {@code gold[i]} is the prediction of gold item i or -1.
   */
  static <G, P> Match match(List<G> gold, Predicate<G> optional, List<P> preds,
      ToDoubleBiFunction<G, P> score) {
    int[] result = new int[gold.size()];
    java.util.Arrays.fill(result, -1);
    boolean[] used = new boolean[preds.size()];
    for (boolean optionalStage : new boolean[] {false, true}) {
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < gold.size(); i++) {
        if (optional.test(gold.get(i)) == optionalStage) rows.add(i);
      }
      double[][] m = new double[rows.size()][preds.size()];
      for (int r = 0; r < rows.size(); r++) {
        for (int j = 0; j < preds.size(); j++) {
          m[r][j] = used[j] ? 0 : score.applyAsDouble(gold.get(rows.get(r)), preds.get(j));
        }
      }
      int[] a = Assignment.assign(m, preds.size());
      for (int r = 0; r < rows.size(); r++) {
        if (a[r] >= 0) {
          result[rows.get(r)] = a[r];
          used[a[r]] = true;
        }
      }
    }
    return new Match(result, used);
  }

  // ---- the match rules of gold-format.md; 0 means "may not match" ----

  /**
   * Guest, host and status agree, and where both sides have dates the gold days
   * (start..end, else the activity day) overlap the predicted [start - 1, end + 1].
   */
  static double visitScore(GoldEvent g, EventRow p) {
    if (!sameCountry(g.actor1(), p.actor1Country) || !sameCountry(g.actor2(), p.actor2Country)) {
      return 0;
    }
    if (g.status() != null && !g.status().equalsIgnoreCase(p.status)) return 0;
    LocalDate[] gd = goldDays(g);
    LocalDate ps = parse(p.startDate != null ? p.startDate : p.endDate);
    LocalDate pe = parse(p.endDate != null ? p.endDate : p.startDate);
    if (gd != null && ps != null) {
      if (gd[1].isBefore(ps.minusDays(1)) || gd[0].isAfter(pe.plusDays(1))) return 0;
    }
    double s = 1;
    if (g.startDate() != null && g.startDate().toString().equals(p.startDate)) s += 0.4;
    if (g.endDate() != null && g.endDate().toString().equals(p.endDate)) s += 0.2;
    if (g.visitKind() != null && g.visitKind().equalsIgnoreCase(p.visitKind)) s += 0.2;
    else if (containsIgnoreCase(g.visitKindAlt(), p.visitKind)) s += 0.1;
    if (g.guestPerson() != null && g.guestPerson().equalsIgnoreCase(p.actor1Person)) s += 0.1;
    if (g.hostPerson() != null && g.hostPerson().equalsIgnoreCase(p.actor2Person)) s += 0.1;
    return s;
  }

  /** The gold days of a visit: start..end (one of them if only one is given), else the activity day. */
  static LocalDate[] goldDays(GoldEvent g) {
    if (g.startDate() != null || g.endDate() != null) {
      LocalDate a = g.startDate() != null ? g.startDate() : g.endDate();
      LocalDate b = g.endDate() != null ? g.endDate() : g.startDate();
      return b.isBefore(a) ? new LocalDate[] {b, a} : new LocalDate[] {a, b};
    }
    if (g.activityDate() != null) return new LocalDate[] {g.activityDate(), g.activityDate()};
    return null;
  }

  /** The same unordered pair of parties and, where both have dates, at most a day apart. */
  static double signingScore(GoldEvent g, EventRow p) {
    if (!g.pair().equals(pairOf(p))) return 0;
    LocalDate pd = parse(signingDate(p));
    if (g.signedDate() != null && pd != null
        && Math.abs(g.signedDate().toEpochDay() - pd.toEpochDay()) > 1) {
      return 0;
    }
    double s = 1;
    if (g.signedDate() != null && pd != null && g.signedDate().equals(pd)) s += 0.5;
    if (g.count() != null && g.count().equals(p.documentCount)) s += 0.1;
    return s;
  }

  /** A predicted SIGNING's date: its start_date, else its end_date. */
  static String signingDate(EventRow p) {
    return p.startDate != null ? p.startDate : p.endDate;
  }

  /**
   * The document rule of gold-format.md v2: doc_type agrees (or doc_type_alt), the parties
   * agree, and the gold title passes the title test ({@link DocumentTitles}) against the
   * predicted {@code title} or {@code title_original}; where neither predicted title is in the
   * gold title's script, equal non-empty sector sets stand in for the title test.
   */
  static double documentScore(Doc d, DocumentRow p) {
    String type = p.docType == null ? "" : p.docType.toUpperCase(Locale.ROOT);
    boolean primary = type.equals(d.doc().docType());
    if (!primary && !d.doc().docTypeAlt().contains(type)) return 0;
    if (!d.parties().isEmpty() && !d.parties().equals(sorted(p.parties))) return 0;
    String gold = d.doc().title();
    double title = Math.max(DocumentTitles.jaccard(gold, p.title),
        DocumentTitles.jaccard(gold, p.titleOriginal));
    Set<String> g = upperSet(d.doc().sectors());
    boolean sectorsAgree = !g.isEmpty() && g.equals(upperSet(p.sectors));
    double closeness;
    if (title >= DocumentTitles.MIN_JACCARD) {
      closeness = title;
    } else if (sectorsAgree && DocumentTitles.noneInScriptOf(gold, p.title, p.titleOriginal)) {
      closeness = 0.5;
    } else {
      return 0;
    }
    return 1 + closeness + (sectorsAgree ? 0.2 : 0) + (primary ? 0.1 : 0);
  }

  /**
   * The former (v1) reading, kept as a secondary figure: the v1 title words of
   * {@link TitleWords} on the predicted {@code title} only; for an article not in English,
   * equal non-empty sector sets also suffice.
   */
  static double documentScoreV1(Doc d, DocumentRow p, boolean english) {
    String type = p.docType == null ? "" : p.docType.toUpperCase(Locale.ROOT);
    boolean primary = type.equals(d.doc().docType());
    if (!primary && !d.doc().docTypeAlt().contains(type)) return 0;
    if (!d.parties().isEmpty() && !d.parties().equals(sorted(p.parties))) return 0;
    double title = TitleWords.jaccard(d.doc().title(), p.title);
    double closeness;
    if (english) {
      closeness = title;
      if (closeness < TitleWords.MIN_JACCARD) return 0;
    } else {
      Set<String> g = upperSet(d.doc().sectors());
      boolean sectorsAgree = !g.isEmpty() && g.equals(upperSet(p.sectors));
      boolean titleAgrees = title >= TitleWords.MIN_JACCARD;
      if (!sectorsAgree && !titleAgrees) return 0;
      closeness = Math.max(title, sectorsAgree ? 0.5 : 0) + (sectorsAgree ? 0.5 : 0);
    }
    return 1 + closeness + (primary ? 0.1 : 0);
  }

  /**
   * Fills the article's required (pair, sector) items and the accepted ones: optional
   * sectors, sectors of optional COOPERATION events and sectors of its gold documents.
   */
  static void goldSectors(List<GoldEvent> coops, List<Doc> docs, Set<String> required,
      Set<String> accepted) {
    for (GoldEvent c : coops) {
      String pair = pairKey(c.pair());
      for (String s : c.sectors()) {
        (c.optional() ? accepted : required).add(pair + " " + s.toUpperCase(Locale.ROOT));
      }
      for (String s : c.sectorsOptional()) accepted.add(pair + " " + s.toUpperCase(Locale.ROOT));
    }
    for (Doc d : docs) {
      for (String s : d.doc().sectors()) {
        accepted.add(pairKey(d.parties()) + " " + s.toUpperCase(Locale.ROOT));
      }
    }
  }

  // ---- helpers and the facts printed for misses and false positives ----

  private static List<GoldEvent> ofType(List<GoldEvent> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  static List<String> sorted(List<String> countries) {
    TreeSet<String> s = new TreeSet<>();
    for (String c : countries) if (c != null) s.add(c.toUpperCase(Locale.ROOT));
    return new ArrayList<>(s);
  }

  /** The unordered pair of a predicted event's countries. */
  static List<String> pairOf(EventRow e) {
    return sorted(java.util.Arrays.asList(e.actor1Country, e.actor2Country));
  }

  private static Set<String> upperSet(List<String> l) {
    Set<String> s = new TreeSet<>();
    for (String x : l) s.add(x.toUpperCase(Locale.ROOT));
    return s;
  }

  private static String pairKey(List<String> pair) {
    return String.join("+", pair);
  }

  private static boolean sameCountry(String gold, String predicted) {
    return gold == null || gold.equalsIgnoreCase(predicted);
  }

  private static boolean containsIgnoreCase(List<String> l, String v) {
    if (v == null) return false;
    for (String x : l) if (x.equalsIgnoreCase(v)) return true;
    return false;
  }

  private static LocalDate parse(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  private static String days(Object start, Object end) {
    if (start == null && end == null) return "days=?";
    return "days=" + (start == null ? "?" : start) + ".." + (end == null ? "?" : end);
  }

  static String visitFacts(GoldEvent v) {
    StringBuilder b = new StringBuilder();
    b.append(v.actor1()).append("->").append(v.actor2()).append(' ').append(v.status());
    b.append(" kind=").append(v.visitKind());
    if (!v.visitKindAlt().isEmpty()) b.append('|').append(String.join("|", v.visitKindAlt()));
    b.append(' ').append(days(v.startDate(), v.endDate()));
    if (v.activityDate() != null) b.append(" activity=").append(v.activityDate());
    b.append(" guest=").append(v.guestPerson()).append(" host=").append(v.hostPerson());
    b.append(" city=").append(v.locationCity());
    if (v.key() != null) b.append(" key=").append(v.key());
    return b.toString();
  }

  static String visitFacts(EventRow e) {
    return e.actor1Country + "->" + e.actor2Country + " " + e.status + " kind=" + e.visitKind
        + " " + days(e.startDate, e.endDate) + " guest=" + e.actor1Person + " host="
        + e.actor2Person + " city=" + e.locationCity + " event=" + e.eventId;
  }

  static String signingFacts(GoldEvent s) {
    return pairKey(s.pair()) + " signed=" + (s.signedDate() == null ? "?" : s.signedDate())
        + " count=" + (s.count() == null ? "?" : s.count()) + " documents="
        + s.documents().size() + (s.key() != null ? " key=" + s.key() : "");
  }

  static String signingFacts(EventRow e) {
    String d = signingDate(e);
    return pairKey(pairOf(e)) + " " + e.status
        + " signed=" + (d == null ? "?" : d) + " count="
        + (e.documentCount == null ? "?" : e.documentCount) + " event=" + e.eventId;
  }

  static String docFacts(Doc d) {
    GoldDocument g = d.doc();
    String type = g.docType() + (g.docTypeAlt().isEmpty() ? "" : "|" + String.join("|",
        g.docTypeAlt()));
    return type + " " + pairKey(d.parties()) + " \"" + g.title() + "\" sectors=" + g.sectors();
  }

  static String docFacts(DocumentRow p) {
    String original = p.titleOriginal == null || p.titleOriginal.isEmpty()
        || p.titleOriginal.equals(p.title) ? "" : " original=\"" + p.titleOriginal + "\"";
    return p.docType + " " + pairKey(sorted(p.parties)) + " \"" + p.title + "\"" + original
        + " sectors=" + p.sectors + " document=" + p.documentId;
  }

  static String coopFacts(EventRow e) {
    return pairKey(pairOf(e)) + " " + e.stance
        + " sectors=" + e.sectors + " event=" + e.eventId;
  }

  private static String sectorFacts(String item) {
    return item;
  }
}
