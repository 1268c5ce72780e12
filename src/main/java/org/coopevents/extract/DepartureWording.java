package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;

/**
 * How outlets tell a leader leaving a place: "left Uganda for South Africa on Friday", "departed
 * from India after wrapping up his visit", "покинул Уганду", "left for South Africa, concluding his
 * state visit to Equatorial Guinea". The place left is where the guest was (a host whose visit
 * ends) or the guest's home; it never names the guest's state. A visit word with a verb of ending
 * before it is the visit that ends, whatever onward place the departure names.
 */
final class DepartureWording {

  private DepartureWording() {}

  /** Words that set a visit before the leaving ("after a two-day visit", "following a visit to Australia"). */
  private static final java.util.Set<String> AFTER = java.util.Set.of("after", "following", "после");

  /** How many words before a visit word its verb of ending may stand ("after wrapping up a two-day state visit"). */
  private static final int ENDING_REACH = 6;

  /**
   * A state or capital right after a verb of leaving (or after its "from"/"из"): "left Uganda",
   * "departed from India", "покинул Уганду", "отбыл из Пхеньяна".
   */
  static boolean placeLeft(Analysis an, Ref r) {
    if (r.kind() != RefKind.NAME && r.kind() != RefKind.CAPITAL) return false;
    int t = r.tokenStart();
    if (t >= 1) {
      String before = an.tokens.norm(t - 1);
      if (before.equals("from") || before.equals("из")) t--;
    }
    return t >= 1 && leavingAt(an, t - 1);
  }

  /** The place left or the place a departure heads for ("left Uganda for South Africa"): neither is the guest. */
  static boolean placeOfLeaving(Analysis an, Ref r) {
    return placeLeft(an, r) || VisitFinder.departedFor(an, r);
  }

  /** A verb of leaving at token k: a departure ("left", "set off") or one of role LEAVE ("покинул"). */
  static boolean leavingAt(Analysis an, int k) {
    return VisitFinder.departsAt(an, k) || VisitFinder.is(VisitFinder.Role.LEAVE, an.tokens.norm(k));
  }

  /** A verb of leaving: a departure word (role DEPART) or one of role LEAVE ("покинул", "quit"). */
  static boolean leaving(String word) {
    return VisitFinder.is(VisitFinder.Role.DEPART, word) || VisitFinder.is(VisitFinder.Role.LEAVE, word);
  }

  /** A visit noun or trip word with a verb of ending a few words before it ("concluding his state visit"). */
  static boolean endingVisit(Analysis an, CueHit cue) {
    return endingVisit(an, cue, false);
  }

  /**
   * {@code afterLeaving}: the sentence tells of leaving, so "after" ("left Uganda for South Africa
   * after a two-day state visit", "emplaned for Delhi following a visit to Australia") ends the
   * visit as a verb of ending does.
   */
  static boolean endingVisit(Analysis an, CueHit cue, boolean afterLeaving) {
    if (!cue.is(Cue.VISIT_NOUN) && !cue.is(Cue.TRIP)) return false;
    for (int t = Math.max(0, cue.tokenStart() - ENDING_REACH); t < cue.tokenStart(); t++) {
      String w = an.tokens.norm(t);
      if (VisitDates.is(VisitDates.Role.END, w) || afterLeaving && AFTER.contains(w)) return true;
    }
    return false;
  }

  /**
   * The visit word that ends in a sentence that also tells of leaving ("left for South Africa
   * today, concluding his state visit to Equatorial Guinea"), or null: that visit, not the
   * departure, is the one the sentence reports.
   */
  static CueHit endingAmongDepartures(Analysis an, List<CueHit> cues, int from, int to) {
    boolean leaves = false;
    for (int t = an.tokens.firstAtOrAfter(from); t >= 0 && t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      leaves |= leavingAt(an, t);
    }
    if (!leaves) return null;
    for (CueHit c : cues) if (endingVisit(an, c, true)) return c;
    return null;
  }

  /**
   * "departed Ankara for Baku", "has left Colombo on Tuesday for Male": a departure whose verb
   * stands apart from its "for" (the place left or a day between) has no cue of its own; the "for"
   * before the place it heads for is made its arrival cue (the destination and the departure's
   * tense are read from it as from "left for"). Null when the clause [from, to) has none.
   */
  static CueHit leavingFor(Analysis an, int from, int to) {
    if (an.russian) return null;
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() == RefKind.PERSON || r.kind() == RefKind.ADJECTIVE || !VisitFinder.departedFor(an, r)) continue;
      int t = r.tokenStart() - 1;
      return new CueHit(java.util.Set.of(Cue.ARRIVE), an.tokens.start(t), an.tokens.end(t), t, t + 1);
    }
    return null;
  }
}
