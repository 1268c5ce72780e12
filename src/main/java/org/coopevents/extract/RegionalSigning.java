package org.coopevents.extract;

import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;

/**
 * A signing of regions or cities told after the trip of a governor, a mayor or an akim: "Аким
 * Алматы прибыл в Ташкент ... Стороны подписали дорожную карту", "Kerala Governor ... arrived in
 * Abu Dhabi ... signed an agreement". When the article's first sentence of a trip names a
 * subnational traveller before its verb, a signing sentence that names no state of its own is
 * the regions', not the states'.
 */
final class RegionalSigning {
  private RegionalSigning() {}

  static boolean after(Analysis an, int si, int from, int to) {
    int trip = an.articleFact("regional.trip", () -> firstTrip(an));
    if (trip < 0 || trip > si) return false;
    for (Ref r : an.refsIn(from, to)) if (r.kind() != Analysis.RefKind.CAPITAL) return false;
    return true;
  }

  /** The article's first sentence of a trip, when a subnational traveller comes before its verb; else -1. */
  private static int firstTrip(Analysis an) {
    for (int k = 0; k < an.sentences.size(); k++) {
      if (an.furniture[k]) continue;
      Sentences.Span s = an.sentences.get(k);
      CueHit trip = null;
      boolean subnational = false;
      for (CueHit c : an.cuesIn(s.start(), s.end())) {
        if (c.is(Cue.SUBNATIONAL) && trip == null) subnational = true;
        if (c.is(Cue.ARRIVE) || c.is(Cue.VISIT_NOUN) || c.is(Cue.VISIT_VERB)) {
          trip = c;
          break;
        }
      }
      if (trip != null) return subnational ? k : -1;
    }
    return -1;
  }
}
