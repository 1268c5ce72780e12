package org.coopevents.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coopevents.knowledge.PhraseMatcher;
import org.coopevents.knowledge.Tokens;
import org.coopevents.knowledge.Tsv;

/**
 * State corporations and agencies by name (knowledge/state_corporations.tsv): "Rosatom",
 * "Госкорпорация «Росатом»", "NASA" sign for their state when a report names the body alone.
 */
final class StateCorporations {
  private static final PhraseMatcher<String> NAMES = load();

  /** The most tokens between a company word and the name it describes: "Rosatom state corporation". */
  private static final int WORD_REACH = 2;

  private StateCorporations() {}

  private static PhraseMatcher<String> load() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (Tsv.Row r : Tsv.read(List.of("org/coopevents/knowledge/"), "state_corporations.tsv", "iso3\tlang\tname").rows()) {
      b.add(r.get(2), r.get(0));
    }
    return b.build();
  }

  /** The states of the state corporations named in tokens [from, to), in the order named. */
  static Set<String> statesIn(Tokens t, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (PhraseMatcher.Match<String> m : NAMES.findAll(t, from, to)) out.addAll(m.values);
    return out;
  }

  /**
   * A company word of tokens [from, to) ("corporation", "компании") names a state corporation:
   * it stands inside its name ("State Atomic Energy Corporation") or right before or after it,
   * with no conjunction between ("state nuclear corporation Rosatom", "Rosatom state corporation").
   */
  static boolean describes(String text, Tokens t, int from, int to) {
    int lo = Math.max(0, from - WORD_REACH - 6);
    for (PhraseMatcher.Match<String> m : NAMES.findAll(t, lo, Math.min(t.size(), to + WORD_REACH + 6))) {
      if (m.tokenStart <= from && m.tokenEnd >= to) return true;
      if (to <= m.tokenStart && m.tokenStart - to <= WORD_REACH && plain(text, t, to, m.tokenStart)) return true;
      if (from >= m.tokenEnd && from - m.tokenEnd <= WORD_REACH && plain(text, t, m.tokenEnd, from)) return true;
    }
    return false;
  }

  /** Tokens [a, b) hold no conjunction, preposition or comma that would join another party. */
  private static boolean plain(String text, Tokens t, int a, int b) {
    for (int k = a; k < b; k++) if (JOINS.contains(t.norm(k))) return false;
    return text.substring(t.end(a - 1), t.start(b)).indexOf(',') < 0;
  }

  private static final Set<String> JOINS = Set.of("and", "with", "or", "и", "с", "со", "или", "между", "between");
}
