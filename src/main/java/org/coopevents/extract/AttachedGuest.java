package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.extract.VisitFinder.Role;

/**
 * The guest a clause of arrival or stay hangs on: "провел переговоры с Президентом Казахстана
 * Касым-Жомартом Токаевым, прибывшим с государственным визитом", "встретился с узбекским коллегой,
 * находящимся с официальным визитом", "held talks with Tokayev, who arrived on a state visit". The
 * host's leader is the subject; the partner of the talks named right before the comma is the one
 * who came. The clause opens with an active participle (role PARTICIPLE) or a relative word (role
 * RELATIVE) and reaches the cue through words of staying and kind only (a gerund, "прибыв", tells
 * of the subject and opens none).
 */
final class AttachedGuest {
  /** How many words may stand between the clause's first word and the cue. */
  private static final int CLAUSE_REACH = 6;
  /** How many words may stand between the state or leader and the comma ("с узбекским коллегой,"). */
  private static final int HEAD_REACH = 2;

  private AttachedGuest() {}

  /** The state or leader the cue's clause is attached to, or null. */
  static Ref of(Analysis an, List<Ref> refs, List<CueHit> cues, CueHit cue, int from) {
    int comma = an.text.lastIndexOf(',', cue.start());
    if (comma < from) return null;
    int first = an.tokens.firstAtOrAfter(comma + 1);
    if (first < 0 || first > cue.tokenStart() || cue.tokenStart() - first > CLAUSE_REACH) return null;
    String opener = an.tokens.norm(first);
    if (!VisitFinder.is(Role.RELATIVE, opener) && !VisitFinder.is(Role.PARTICIPLE, opener)) return null;
    for (int t = first + 1; t < cue.tokenStart(); t++) {
      if (!filler(an, refs, cues, t)) return null;
    }
    Ref head = null;
    for (Ref r : refs) {
      if (r.end() > comma) break;
      head = r;
    }
    if (head == null || head.start() < from || first - head.tokenEnd() > HEAD_REACH) return null;
    if (head.kind() == RefKind.CAPITAL || VisitFinder.destPrep(an, head)) return null;
    return head;
  }

  /** A word the clause may hold before its cue: a place, a cue word, a word of staying or filling. */
  private static boolean filler(Analysis an, List<Ref> refs, List<CueHit> cues, int t) {
    String w = an.tokens.norm(t);
    if (VisitFinder.is(Role.ONGOING, w) || VisitFinder.is(Role.SUPPORT_VERB, w) || VisitFinder.is(Role.CLAUSE_FILLER, w)) {
      return true;
    }
    for (Ref r : refs) {
      if (r.tokenStart() <= t && t < r.tokenEnd()) return r.kind() != RefKind.PERSON;
    }
    for (CueHit c : cues) {
      if (c.tokenStart() <= t && t < c.tokenEnd()) return true;
    }
    return false;
  }
}
