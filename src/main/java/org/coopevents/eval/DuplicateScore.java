package org.coopevents.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coopevents.model.Article;

/**
 * Article-level duplicate pairs (issue 5), scored when the gold marks copies ({@link CopyMarks}).
 * Gold pairs: two gold articles of one copy group (an original and every article marked
 * {@code copy_of} it, chains followed to the first publication). Predicted pairs: two of the
 * same gold articles whose output rows share the kept copy ({@code articles.duplicate_of}, the
 * kept article standing for itself). Only gold articles paired with an output article count.
 * Pairs are counted per group (n·(n−1)/2), so the figures cost linear time at any corpus size;
 * at most {@link #LISTED} missed and false pairs are listed.
 */
public final class DuplicateScore {
  /** Missed and false pairs listed at most, each. */
  public static final int LISTED = 20;

  /** One scored gold article: its name, its gold copy group and its predicted group. */
  public record Member(String name, String goldGroup, String predictedGroup) {}

  /** A pair the report lists: two gold article names and what each side said. */
  public record Pair(String a, String b, String goldA, String goldB, String keptA, String keptB) {
    String line() {
      return a + " ~ " + b + "  (gold original " + goldA + (goldA.equals(goldB) ? "" : " / " + goldB)
          + "; kept copy " + keptA + (keptA.equals(keptB) ? "" : " / " + keptB) + ")";
    }
  }

  private final int marked;
  private final int articles;
  private final int unpairedMarked;
  private final long goldPairs;
  private final long predictedPairs;
  private final long sharedPairs;
  private final List<Pair> missed;
  private final List<Pair> falsePairs;

  private DuplicateScore(int marked, int articles, int unpairedMarked, long goldPairs,
      long predictedPairs, long sharedPairs, List<Pair> missed, List<Pair> falsePairs) {
    this.marked = marked;
    this.articles = articles;
    this.unpairedMarked = unpairedMarked;
    this.goldPairs = goldPairs;
    this.predictedPairs = predictedPairs;
    this.sharedPairs = sharedPairs;
    this.missed = List.copyOf(missed);
    this.falsePairs = List.copyOf(falsePairs);
  }

  /**
   * Scores the gold articles paired by {@link ArticleMatcher} against their output rows, with
   * the copy marks (gold id → gold id of the original); null when there is no mark.
   */
  public static DuplicateScore of(Map<String, String> marks, List<ArticleMatcher.Pairing> pairings) {
    if (marks.isEmpty()) return null;
    List<Member> members = new ArrayList<>();
    int unpaired = 0;
    for (ArticleMatcher.Pairing p : pairings) {
      GoldArticle g = p.gold();
      Article out = p.output();
      if (out == null) {
        if (g.id() != null && marks.containsKey(g.id())) unpaired++;
        continue;
      }
      String group = g.id() == null ? g.name() : original(g.id(), marks);
      members.add(new Member(g.name(), group, out.duplicateOf != null ? out.duplicateOf
          : out.articleId));
    }
    return score(members, marks.size(), unpaired);
  }

  /** The first publication of a chain of copies (a cycle stops at the mark seen twice). */
  static String original(String id, Map<String, String> marks) {
    String cur = id;
    Set<String> seen = new HashSet<>();
    while (marks.containsKey(cur) && seen.add(cur)) cur = marks.get(cur);
    return cur;
  }

  /** Scores members directly: the pure core, for tests and other callers. */
  public static DuplicateScore score(List<Member> members, int marked, int unpairedMarked) {
    Map<String, List<Member>> gold = new LinkedHashMap<>();
    Map<String, List<Member>> predicted = new LinkedHashMap<>();
    Map<String, Integer> cells = new HashMap<>();
    for (Member m : members) {
      gold.computeIfAbsent(m.goldGroup(), k -> new ArrayList<>()).add(m);
      predicted.computeIfAbsent(m.predictedGroup(), k -> new ArrayList<>()).add(m);
      cells.merge(m.goldGroup() + '\u0001' + m.predictedGroup(), 1, Integer::sum);
    }
    long g = pairs(gold.values().stream().mapToInt(List::size).toArray());
    long p = pairs(predicted.values().stream().mapToInt(List::size).toArray());
    long both = pairs(cells.values().stream().mapToInt(Integer::intValue).toArray());
    return new DuplicateScore(marked, members.size(), unpairedMarked, g, p, both,
        listed(gold.values(), true), listed(predicted.values(), false));
  }

  private static long pairs(int[] sizes) {
    long n = 0;
    for (int s : sizes) n += (long) s * (s - 1) / 2;
    return n;
  }

  /** Pairs of one group that the other side splits (missed, or false when predicted). */
  private static List<Pair> listed(Iterable<List<Member>> groups, boolean goldSide) {
    List<Pair> out = new ArrayList<>();
    for (List<Member> grp : groups) {
      for (int i = 0; i < grp.size() && out.size() < LISTED; i++) {
        for (int j = i + 1; j < grp.size() && out.size() < LISTED; j++) {
          Member a = grp.get(i);
          Member b = grp.get(j);
          boolean split = goldSide ? !a.predictedGroup().equals(b.predictedGroup())
              : !a.goldGroup().equals(b.goldGroup());
          if (split) {
            out.add(new Pair(a.name(), b.name(), a.goldGroup(), b.goldGroup(), a.predictedGroup(),
                b.predictedGroup()));
          }
        }
      }
    }
    return out;
  }

  public long goldPairs() {
    return goldPairs;
  }

  public long predictedPairs() {
    return predictedPairs;
  }

  public long sharedPairs() {
    return sharedPairs;
  }

  /** Shared over predicted pairs; null when nothing was predicted. */
  public Double precision() {
    return predictedPairs == 0 ? null : (double) sharedPairs / predictedPairs;
  }

  /** Shared over gold pairs; null when the gold pairs nothing. */
  public Double recall() {
    return goldPairs == 0 ? null : (double) sharedPairs / goldPairs;
  }

  public List<Pair> missed() {
    return missed;
  }

  public List<Pair> falsePairs() {
    return falsePairs;
  }

  /** The figures, then the first {@link #LISTED} missed and false pairs. */
  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "copies      pair precision %s, recall %s (%d predicted pairs, %d gold "
        + "pairs, %d both; %d copies marked, %d of them without an output article; %d articles "
        + "scored)%n", ScoreReport.fmt(precision()), ScoreReport.fmt(recall()), predictedPairs,
        goldPairs, sharedPairs, marked, unpairedMarked, articles);
    long m = goldPairs - sharedPairs;
    long f = predictedPairs - sharedPairs;
    for (Pair x : missed) out.println("  missed copy pair " + x.line());
    if (m > missed.size()) out.println("  ... " + (m - missed.size()) + " more missed copy pairs");
    for (Pair x : falsePairs) out.println("  false copy pair  " + x.line());
    if (f > falsePairs.size()) out.println("  ... " + (f - falsePairs.size()) + " more false copy pairs");
  }

  /** The figures and listed pairs as nested maps, for {@code --json}. */
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", precision());
    m.put("recall", recall());
    m.put("predicted_pairs", predictedPairs);
    m.put("gold_pairs", goldPairs);
    m.put("shared_pairs", sharedPairs);
    m.put("copies_marked", marked);
    m.put("marked_without_output", unpairedMarked);
    m.put("articles_scored", articles);
    m.put("missed_pairs", goldPairs - sharedPairs);
    m.put("false_pairs", predictedPairs - sharedPairs);
    m.put("missed", pairList(missed));
    m.put("false", pairList(falsePairs));
    return m;
  }

  private static List<Map<String, Object>> pairList(List<Pair> l) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Pair p : l) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("a", p.a());
      x.put("b", p.b());
      x.put("gold_original_a", p.goldA());
      x.put("gold_original_b", p.goldB());
      x.put("kept_copy_a", p.keptA());
      x.put("kept_copy_b", p.keptB());
      out.add(x);
    }
    return out;
  }
}
