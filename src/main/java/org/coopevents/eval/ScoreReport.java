package org.coopevents.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@link Scores} as the text report of {@code coopevents evaluate} and as JSON. */
public final class ScoreReport {
  private ScoreReport() {}

  /** Prints the figures, then every miss and every false positive, one per line. */
  public static void print(Scores s, PrintStream out) {
    print(s, null, out);
  }

  /** As {@link #print(Scores, PrintStream)}, with the article-level copy figures when not null. */
  public static void print(Scores s, DuplicateScore copies, PrintStream out) {
    Map<ArticleMatcher.How, Integer> by = s.pairedBy;
    int matched = s.goldArticles - s.missingArticles();
    out.printf(Locale.ROOT, "articles    gold %d, paired %d (by id %d, url %d, file name %d, "
        + "single pair %d), missing %d; output holds %d articles, %d events%n",
        s.goldArticles, matched, by.get(ArticleMatcher.How.ID), by.get(ArticleMatcher.How.URL),
        by.get(ArticleMatcher.How.FILE_NAME), by.get(ArticleMatcher.How.SINGLE),
        s.missingArticles(), s.outputArticles, s.outputEvents);
    for (String n : s.notes) out.println("note        " + n);
    out.println();
    out.printf(Locale.ROOT, "%-11s %5s %5s %5s %5s %5s %8s %9s %7s %7s%n", "", "gold", "pred",
        "tp", "fp", "fn", "absorbed", "precision", "recall", "f1");
    tallyLine(out, "visits", s.visits);
    tallyLine(out, "signings", s.signings);
    tallyLine(out, "documents", s.documents);
    tallyLine(out, "  v1", s.documentsV1);
    tallyLine(out, "sectors", s.sectors);
    tallyLine(out, "  events", s.sectorsOfEvents);
    out.println("  documents: the v2 rule (title test on title or title_original, sectors only "
        + "where neither is in the gold title's script); v1: the former reading, secondary");
    out.println("  sectors: from each article's own mentions.sectors (the contract figure); "
        + "events: from the events' sectors, the union over their articles, secondary");
    out.println();
    Scores.Ratio d = s.dates();
    out.printf(Locale.ROOT, "dates       %s  (%d of %d matched visits and signings with a known "
        + "gold date; visits %s of %d, signings %s of %d)%n", fmt(d.value()), d.correct(),
        d.known(), fmt(s.visitDates.value()), s.visitDates.known(),
        fmt(s.signingDates.value()), s.signingDates.known());
    out.printf(Locale.ROOT, "visit kind  %s  (%d of %d matched visits with a stated gold kind)%n",
        fmt(s.visitKind.value()), s.visitKind.correct(), s.visitKind.known());
    out.printf(Locale.ROOT, "visit city  %s  (%d of %d matched visits with a stated gold city; "
        + "extra, not a contract figure)%n", fmt(s.visitCity.value()), s.visitCity.correct(),
        s.visitCity.known());
    out.printf(Locale.ROOT, "visit people %s  (%d of %d guest and host persons the gold names "
        + "in matched visits; extra, not a contract figure)%n",
        fmt(s.visitPeople.value()), s.visitPeople.correct(), s.visitPeople.known());
    Scores.Dedup u = s.dedup;
    out.printf(Locale.ROOT, "dedup       pairwise precision %s, recall %s (%d predicted pairs, "
        + "%d gold pairs, %d both); events per gold key %s (%d keys)%n", fmt(u.precision()),
        fmt(u.recall()), u.predictedPairs(), u.goldPairs(), u.sharedPairs(),
        fmt(u.eventsPerKey()), u.goldGroups());
    for (String k : s.splitKeys) out.println("  split key   " + k);
    for (String e : s.mixedEvents) out.println("  mixed event " + e);
    Scores.Negatives n = s.negatives;
    out.printf(Locale.ROOT, "negatives   %s  (predicted events on %d articles whose gold is "
        + "empty)%n", n.figure() == null ? "n/a" : n.figure().toString(), n.articles());
    if (copies != null) copies.print(out);
    out.println();
    out.println("misses (" + s.misses.size() + ")");
    for (Scores.Finding f : s.misses) out.println("  " + f.line());
    out.println("false positives (" + s.falsePositives.size() + ")");
    for (Scores.Finding f : s.falsePositives) out.println("  " + f.line());
  }

  private static void tallyLine(PrintStream out, String name, Scores.Tally t) {
    out.printf(Locale.ROOT, "%-11s %5d %5d %5d %5d %5d %8d %9s %7s %7s%n", name, t.gold(),
        t.predicted(), t.tp(), t.fp(), t.fn(), t.absorbed(), fmt(t.precision()),
        fmt(t.recall()), fmt(t.f1()));
  }

  /** Three decimals, or n/a for a figure with nothing to measure. */
  static String fmt(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Every figure as nested maps (nulls kept), for {@code --json}. */
  public static Map<String, Object> json(Scores s) {
    return json(s, null);
  }

  /** As {@link #json(Scores)}, with {@code copies} (article-level duplicate pairs) when not null. */
  public static Map<String, Object> json(Scores s, DuplicateScore copies) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("gold", s.goldArticles);
    a.put("paired", s.goldArticles - s.missingArticles());
    a.put("missing", s.missingArticles());
    Map<String, Object> by = new LinkedHashMap<>();
    s.pairedBy.forEach((k, v) -> {
      if (k != ArticleMatcher.How.MISSING) by.put(k.name().toLowerCase(Locale.ROOT), v);
    });
    a.put("paired_by", by);
    a.put("output_articles", s.outputArticles);
    a.put("output_events", s.outputEvents);
    m.put("articles", a);
    m.put("visits", tally(s.visits));
    m.put("signings", tally(s.signings));
    m.put("documents", tally(s.documents));
    m.put("documents_v1", tally(s.documentsV1));
    m.put("sectors", tally(s.sectors));
    m.put("sectors_of_events", tally(s.sectorsOfEvents));
    Map<String, Object> dates = ratio(s.dates());
    dates.put("visits", ratio(s.visitDates));
    dates.put("signings", ratio(s.signingDates));
    m.put("dates", dates);
    m.put("visit_kind", ratio(s.visitKind));
    m.put("visit_city", ratio(s.visitCity));
    m.put("visit_people", ratio(s.visitPeople));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("precision", s.dedup.precision());
    d.put("recall", s.dedup.recall());
    d.put("predicted_pairs", s.dedup.predictedPairs());
    d.put("gold_pairs", s.dedup.goldPairs());
    d.put("shared_pairs", s.dedup.sharedPairs());
    d.put("gold_keys", s.dedup.goldGroups());
    d.put("events_per_key", s.dedup.eventsPerKey());
    d.put("split_keys", s.splitKeys);
    d.put("mixed_events", s.mixedEvents);
    m.put("dedup", d);
    if (copies != null) m.put("copies", copies.json());
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("events", s.negatives.figure());
    n.put("articles", s.negatives.articles());
    m.put("negatives", n);
    m.put("misses", findings(s.misses));
    m.put("false_positives", findings(s.falsePositives));
    m.put("notes", s.notes);
    return m;
  }

  private static Map<String, Object> tally(Scores.Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", t.gold());
    m.put("predicted", t.predicted());
    m.put("tp", t.tp());
    m.put("fp", t.fp());
    m.put("fn", t.fn());
    m.put("absorbed", t.absorbed());
    m.put("precision", t.precision());
    m.put("recall", t.recall());
    m.put("f1", t.f1());
    return m;
  }

  private static Map<String, Object> ratio(Scores.Ratio r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accuracy", r.value());
    m.put("correct", r.correct());
    m.put("known", r.known());
    return m;
  }

  private static List<Map<String, Object>> findings(List<Scores.Finding> l) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Scores.Finding f : l) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("article", f.article());
      m.put("type", f.type());
      m.put("facts", f.facts());
      out.add(m);
    }
    return out;
  }
}
