package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.CueHit;

/**
 * "KAMPALA: The Vice President arrived here on Thursday after a visit to Rwanda", "прибыл сюда из
 * Москвы": an arrival "here" in a report under a dateline is an arrival in the dateline's state,
 * whatever place the sentence names as the traveller's previous stop.
 */
final class ArrivalHere {

  private ArrivalHere() {}

  /** The arrival cue right before "here"/"сюда" after the dateline, or null (no dateline, no such arrival). */
  static CueHit cue(Analysis an, List<CueHit> cues) {
    if (an.datelineIso3 == null) return null;
    for (CueHit c : cues) {
      if (!c.is(Cue.ARRIVE) || c.is(Cue.STAY) || c.start() < an.datelineEnd) continue;
      if (VisitFinder.departsAt(an, c.tokenStart())) continue;
      int t = c.tokenEnd();
      if (t < an.tokens.size() && here(an.tokens.norm(t))) return c;
    }
    return null;
  }

  static boolean here(String word) {
    return word.equals("here") || word.equals("сюда");
  }
}
