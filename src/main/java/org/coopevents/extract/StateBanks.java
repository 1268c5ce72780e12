package org.coopevents.extract;

import java.util.List;
import org.coopevents.knowledge.PhraseMatcher;
import org.coopevents.knowledge.Tokens;
import org.coopevents.knowledge.Tsv;

/**
 * States' central banks by name (knowledge/state_banks.tsv): "the Bank of Russia", "Национальный
 * банк Казахстана" sign for their state, where "Bank of China" is a commercial lender.
 */
final class StateBanks {
  private static final PhraseMatcher<String> NAMES = load();

  /** The most words a name runs before the bank word: "National Bank of the Republic of Belarus". */
  private static final int NAME_REACH = 6;

  private StateBanks() {}

  private static PhraseMatcher<String> load() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (Tsv.Row r : Tsv.read(List.of("org/coopevents/knowledge/"), "state_banks.tsv", "iso3\tlang\tname").rows()) {
      b.add(r.get(2), r.get(0));
    }
    return b.build();
  }

  /**
   * A state bank's name holds tokens [from, to) ("Bank" of "the Bank of Russia"), or, when
   * {@code after} > 0, starts within that many tokens after them ("Governor of the Bank of Russia").
   */
  static boolean names(Tokens t, int from, int to, int after) {
    int lo = Math.max(0, from - NAME_REACH);
    for (PhraseMatcher.Match<String> m : NAMES.findAll(t, lo, Math.min(t.size(), to + after + NAME_REACH))) {
      if (m.tokenStart <= from && m.tokenEnd >= to) return true;
      if (after > 0 && m.tokenStart >= to && m.tokenStart < to + after) return true;
    }
    return false;
  }
}
