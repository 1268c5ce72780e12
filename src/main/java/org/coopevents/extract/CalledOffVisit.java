package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.VisitFinder.Role;

/**
 * A visit called off, put off or denied: "has cancelled his visit to Colombia", "визит отменён",
 * "the trip was called off", "has been postponed", "has no plans to visit Turkey", "не посетит",
 * "will not travel to India". Such a sentence tells no visit. A visit put off to a new time
 * ("postponed until next month", "перенесён на июль") is still a visit ahead. A word of
 * calling off inside a relative clause ("whose trip had been postponed twice, arrived ...")
 * tells of the past of a visit that the sentence reports, and counts for nothing.
 */
final class CalledOffVisit {
  private CalledOffVisit() {}

  /** How many words a new time may stand after a word of putting off ("postponed until next month"). */
  private static final int NEW_TIME_REACH = 4;

  /** The clause from {@code from} to {@code to} calls off or denies the visit its cues tell. */
  static boolean calledOff(Analysis an, List<CueHit> cues, int from, int to) {
    int first = an.tokens.firstAtOrAfter(from);
    for (int t = first; t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      if (offWord(an, t) && !inRelativeClause(an, cues, t, from) && !newTime(an, t, to) && !movedFrom(an, t)) {
        return true;
      }
    }
    return deniedVisit(an, cues) || planOfThePast(an, from, to) || deniedHappening(an, cues, from, to);
  }

  /**
   * "He had been expected to visit Johannesburg", "was due to travel": a plan told in the past
   * perfect is one that did not come about.
   */
  private static boolean planOfThePast(Analysis an, int from, int to) {
    int first = an.tokens.firstAtOrAfter(from);
    for (int t = first; t + 2 < an.tokens.size() && an.tokens.start(t + 2) < to; t++) {
      if (an.tokens.norm(t).equals("had") && an.tokens.norm(t + 1).equals("been")
          && VisitFinder.is(Role.PAST_PLAN, an.tokens.norm(t + 2)) && !inRelativeClause(an, List.of(), t, from)
          && !(t > 0 && an.tokens.norm(t - 1).equals("as"))) {
        return true;
      }
    }
    return false;
  }

  /** "Визит ... не состоится", "the visit will not take place": a visit noun, then its happening denied. */
  private static boolean deniedHappening(Analysis an, List<CueHit> cues, int from, int to) {
    CueHit noun = null;
    for (CueHit c : cues) if (c.is(Cue.VISIT_NOUN) || c.is(Cue.TRIP)) noun = noun == null ? c : noun;
    if (noun == null) return false;
    for (int t = noun.tokenEnd(); t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      if (VisitFinder.is(Role.HAPPEN, an.tokens.norm(t)) && negatedAt(an, t)) return true;
    }
    return false;
  }

  /** The visit is put off to a new time: it lies ahead, whatever the tense of its verb. */
  static boolean putOffToNewTime(Analysis an, int from, int to) {
    int first = an.tokens.firstAtOrAfter(from);
    for (int t = first; t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      if (VisitFinder.is(Role.PUT_OFF, an.tokens.norm(t)) && !inRelativeClause(an, List.of(), t, from)
          && newTime(an, t, to)) {
        return true;
      }
    }
    return false;
  }

  /** "cancelled", "отменён", "postponed", "called off", "put off". */
  private static boolean offWord(Analysis an, int t) {
    String w = an.tokens.norm(t);
    if (VisitFinder.is(Role.CALLED_OFF, w) || VisitFinder.is(Role.PUT_OFF, w)) return true;
    return w.equals("off") && t > 0 && VisitFinder.is(Role.OFF_VERB, an.tokens.norm(t - 1));
  }

  /** A new time after a word of putting off: "until next month", "на июль", "to 5 June". */
  private static boolean newTime(Analysis an, int t, int to) {
    if (!VisitFinder.is(Role.PUT_OFF, an.tokens.norm(t))) return false;
    int end = Math.min(an.tokens.size(), t + 1 + NEW_TIME_REACH);
    for (int k = t + 1; k < end && an.tokens.start(k) < to; k++) {
      if (!VisitFinder.is(Role.NEW_TIME_PREP, an.tokens.norm(k))) continue;
      int next = k + 1;
      if (next < an.tokens.size() && VisitFinder.is(Role.NEW_TIME, an.tokens.norm(next))) return true;
      for (DateFinder.DateMention d : an.dates(an.tokens.end(k), to, true)) {
        if (d.resolved() && an.tokens.firstAtOrAfter(d.start()) <= next + 1) return true;
      }
    }
    return false;
  }

  /** "postponed from May": the visit was moved from an earlier time, and goes ahead. */
  private static boolean movedFrom(Analysis an, int t) {
    return VisitFinder.is(Role.PUT_OFF, an.tokens.norm(t)) && t + 1 < an.tokens.size()
        && VisitFinder.is(Role.MOVED_FROM, an.tokens.norm(t + 1));
  }

  /**
   * A relative word stands between the last comma before token {@code t} and {@code t}
   * ("whose trip had been postponed", "визит, который откладывался"); "that" only right after a
   * noun of visiting ("a visit that was put off"), since "said that the visit was cancelled" is
   * no relative clause.
   */
  private static boolean inRelativeClause(Analysis an, List<CueHit> cues, int t, int from) {
    int open = Math.max(an.text.lastIndexOf(',', an.tokens.start(t)), from - 1);
    for (int k = t - 1; k >= 0 && an.tokens.start(k) > open; k--) {
      String w = an.tokens.norm(k);
      if (!VisitFinder.is(Role.RELATIVE, w)) continue;
      if (!w.equals("that") || k > 0 && visitNounEndsAt(cues, k - 1)) return true;
    }
    return false;
  }

  private static boolean visitNounEndsAt(List<CueHit> cues, int t) {
    for (CueHit c : cues) if ((c.is(Cue.VISIT_NOUN) || c.is(Cue.TRIP)) && c.tokenEnd() - 1 == t) return true;
    return false;
  }

  /**
   * "will not travel to India", "не посетит Турцию", "has no plans to visit", "не планирует визит":
   * a negation right before a verb or noun of visiting, or before a word of planning that the visit
   * follows.
   */
  private static boolean deniedVisit(Analysis an, List<CueHit> cues) {
    for (int i = 0; i < cues.size(); i++) {
      CueHit c = cues.get(i);
      boolean visit = visitWord(c);
      boolean plan = !visit && c.is(Cue.FUTURE) && i + 1 < cues.size() && plannedVisit(an, c, cues.get(i + 1));
      if ((visit || plan) && negatedAt(an, c.tokenStart())) return true;
    }
    return false;
  }

  /** How many words may stand between a word of planning and the visit it plans ("no plans for Putin to go"). */
  private static final int PLAN_REACH = 4;

  /** The cue right after a word of planning is a visit, near and in the same clause. */
  private static boolean plannedVisit(Analysis an, CueHit plan, CueHit next) {
    return visitWord(next) && next.tokenStart() <= plan.tokenEnd() + PLAN_REACH
        && an.text.substring(plan.end(), next.start()).indexOf(',') < 0;
  }

  private static boolean visitWord(CueHit c) {
    return c.is(Cue.VISIT_VERB) || c.is(Cue.VISIT_NOUN) || c.is(Cue.ARRIVE) || c.is(Cue.TRIP);
  }

  /** A negation right before token {@code t}, or with one filler between ("not yet", "will not be"). */
  private static boolean negatedAt(Analysis an, int t) {
    for (int k = t - 1; k >= Math.max(0, t - 2); k--) {
      String w = an.tokens.norm(k);
      if (VisitFinder.is(Role.DENIAL, w)) return true;
      if (k == t - 1 && !VisitFinder.is(Role.DENIAL_FILLER, w)) return false;
    }
    return false;
  }
}
