package org.coopevents.extract;

import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;

/**
 * A guest told coming home from the visit: "came home from Equatorial Guinea, where his counterpart
 * had hosted him for a state visit", "вернулся в Хараре из Экваториальной Гвинеи, где находился с
 * визитом". The state the guest comes back from hosted the visit; the place the guest comes back
 * to ("в Хараре", "to Harare") is the guest's home, no destination. Words of coming home are the
 * RETURN words of {@code visit_date_words.tsv}.
 */
final class ReturnFrom {
  /** How far after the word of coming home the place left may be named, in tokens. */
  private static final int REACH = 8;
  private static final Set<String> FROM = Set.of("from", "из");

  private ReturnFrom() {}

  /**
   * The place named after "from"/"из" that follows a word of coming home before the visit's cue
   * in text[from, cue), or null.
   */
  static Ref host(Analysis an, List<Ref> refs, CueHit cue, int from) {
    int home = -1;
    for (int t = an.tokens.firstAtOrAfter(from); t >= 0 && t < cue.tokenStart(); t++) {
      if (VisitDates.is(VisitDates.Role.RETURN, an.tokens.norm(t))) {
        home = t;
        break;
      }
    }
    if (home < 0) return null;
    for (Ref r : refs) {
      if (r.tokenStart() <= home || r.tokenStart() >= cue.tokenStart()) continue;
      if (r.tokenStart() - home > REACH) return null;
      if (r.kind() != RefKind.PERSON && FROM.contains(an.tokenBefore(r.tokenStart()))) return r;
    }
    return null;
  }
}
