package org.coopevents.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.coopevents.knowledge.SectorLexicon.Mention;

/**
 * Words that name a sector only as an item of a list (sector_list_words.tsv): next to a sector
 * phrase, joined to it by "and", "or", "и", "или" or a comma, "trade" in "trade and defence deals"
 * or "оборона" in "в торговле и обороне" is a field of the same list; alone it is too ambiguous
 * ("in early trade", "в обороне" of a football team). A word so joined to an accepted one counts
 * too, so a whole list is read from any one phrase of it. A list word that is part of a longer
 * ordinary phrase (kind NOT: "business environment", "soft power") is no item.
 */
final class SectorListItems {
  /** The words that join two items of a list (SharedHeads uses them too). */
  static final Set<String> JOIN = Set.of("and", "or", "и", "или");
  /** An article after the joining word: "trade, power and the sharing of river waters". */
  private static final Set<String> ARTICLE = Set.of("the", "a", "an");
  /** The longest list word, in tokens. */
  private static final int MAX_WORDS = 3;

  private SectorListItems() {}

  /**
   * {@code firm} (sector phrases in text order, within tokens [from, to)) with the list words
   * joined to them, in text order.
   */
  static List<Mention> extend(Tokens t, List<Mention> firm, PhraseMatcher<String> words, String none,
      int from, int to) {
    TreeMap<Integer, Mention> all = new TreeMap<>();
    for (Mention m : firm) all.put(m.tokenStart(), m);
    Deque<Mention> work = new ArrayDeque<>(firm);
    while (!work.isEmpty()) {
      Mention m = work.pop();
      for (Mention n : new Mention[] {before(t, m, words, none, from), after(t, m, words, none, to)}) {
        if (n != null && free(all, n)) {
          all.put(n.tokenStart(), n);
          work.push(n);
        }
      }
    }
    return all.size() == firm.size() ? firm : new ArrayList<>(all.values());
  }

  /** The list word that ends where the joining word or comma before {@code m} begins. */
  private static Mention before(Tokens t, Mention m, PhraseMatcher<String> words, String none, int from) {
    int s = m.tokenStart();
    if (s - 2 > from && ARTICLE.contains(t.norm(s - 1)) && JOIN.contains(t.norm(s - 2))) s--;
    int end;
    if (s - 1 > from && JOIN.contains(t.norm(s - 1))) end = s - 1;
    else if (s > from && comma(t, s - 1)) end = s;
    else return null;
    for (int st = Math.max(from, end - MAX_WORDS); st < end; st++) {
      PhraseMatcher.Match<String> w = words.longestAt(t, st, end);
      if (w != null && w.tokenEnd == end) return mention(w, none);
    }
    return null;
  }

  /** The list word that begins after the joining word or comma after {@code m}. */
  private static Mention after(Tokens t, Mention m, PhraseMatcher<String> words, String none, int to) {
    int e = m.tokenEnd();
    int lim = Math.min(to, t.size());
    if (e >= lim) return null;
    int st;
    if (comma(t, e - 1)) st = JOIN.contains(t.norm(e)) ? e + 1 : e;
    else if (JOIN.contains(t.norm(e))) st = e + 1;
    else return null;
    if (st + 1 < lim && ARTICLE.contains(t.norm(st))) st++;
    if (st >= lim) return null;
    PhraseMatcher.Match<String> w = words.longestAt(t, st, lim);
    return w == null ? null : mention(w, none);
  }

  private static Mention mention(PhraseMatcher.Match<String> w, String none) {
    if (w.values.contains(none)) return null;
    return new Mention(w.start, w.end, w.tokenStart, w.tokenEnd, w.values);
  }

  /** A comma right after token i. */
  private static boolean comma(Tokens t, int i) {
    if (i < 0 || i + 1 >= t.size()) return false;
    String text = t.text();
    for (int c = t.end(i); c < t.start(i + 1); c++) if (text.charAt(c) == ',') return true;
    return false;
  }

  /** No mention already covers a token of {@code n}. */
  private static boolean free(TreeMap<Integer, Mention> all, Mention n) {
    var lower = all.floorEntry(n.tokenEnd() - 1);
    return lower == null || lower.getValue().tokenEnd() <= n.tokenStart();
  }
}
