package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;

/**
 * The leader whose visit a visit noun names: the possessive right before it ("briefed reporters on
 * Prime Minister Sheikh Hasina's state visit to China") or the genitive right after it ("рассказал о
 * государственном визите премьер-министра Шейх Хасины в Китай", "the visit of President Tokayev",
 * "визита президента Казахстана Касым-Жомарта Токаева": the leader right after the state's
 * genitive). That leader is the guest's person, not a speaker of the guest's state named first.
 */
final class CueOwner {
  /** How many words may stand between the possessive and the visit noun ("two-day state"). */
  private static final int POSSESSIVE_REACH = 5;
  /** How many words may stand between the state's genitive and its leader ("премьер-министра"). */
  private static final int GENITIVE_REACH = 4;

  private CueOwner() {}

  /** The leader who owns the cue's visit, or null. {@code genitive}: the genitive read after the cue. */
  static Ref of(Analysis an, List<Ref> refs, CueHit cue, Ref genitive) {
    if (!cue.is(Cue.VISIT_NOUN) && !cue.is(Cue.TRIP)) return null;
    if (genitive != null && genitive.start() >= cue.end()) {
      if (genitive.kind() == RefKind.PERSON) return genitive;
      for (Ref r : refs) {
        if (r.start() < genitive.end()) continue;
        if (r.kind() != RefKind.PERSON || !r.iso3().equals(genitive.iso3())) return null;
        if (r.tokenStart() - genitive.tokenEnd() > GENITIVE_REACH) return null;
        if (an.text.substring(genitive.end(), r.start()).indexOf(',') >= 0) return null;
        return r;
      }
      return null;
    }
    Ref owner = null;
    for (Ref r : refs) {
      if (r.end() > cue.start()) break;
      owner = r;
    }
    if (owner == null || owner.kind() != RefKind.PERSON || owner.end() + 2 > an.text.length()) return null;
    String after = an.text.substring(owner.end(), owner.end() + 2);
    if (!after.equals("'s") && !after.equals("’s")) return null;
    int first = an.tokens.firstAtOrAfter(owner.end() + 2);
    if (first < 0 || first > cue.tokenStart() || cue.tokenStart() - first > POSSESSIVE_REACH) return null;
    if (an.text.substring(owner.end(), cue.start()).indexOf(',') >= 0) return null;
    return owner;
  }
}
