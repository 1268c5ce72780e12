package org.coopevents.extract;

import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.Leaders;
import org.coopevents.knowledge.Titles;

/**
 * A state's vice president ("U.S. Vice President Kamala Harris", "Vice President of India",
 * "вице-президент США", "заместитель председателя КНР Ван Цишань"): a deputy word right before a
 * head of state's title, bound to a state, travels as a leader does, although leaders.tsv lists
 * no vice presidents. Bound means a state named right before the deputy word ("Indian", "U.S.",
 * "India's") or right after the title ("of India", "США"), or a name right after the title with
 * no other name right before the deputy word: "Gazprom Vice President Vitaly Markelov" and
 * "вице-президент компании «Лукойл»" are a company's.
 */
final class ViceHeadOfState {
  private ViceHeadOfState() {}

  static boolean is(Analysis an, Titles.Mention title, CueHit deputy) {
    if (title.role() != Leaders.Role.HEAD_OF_STATE || deputy.tokenEnd() != title.tokenStart()) return false;
    if (stateBefore(an, deputy.tokenStart()) || stateAfter(an, title.tokenEnd())) return true;
    int next = title.tokenEnd();
    return next < an.tokens.size() && an.tokens.upperFirst(next) && !nameBefore(an, deputy.tokenStart());
  }

  /** "Indian Vice President", "U.S. Vice President", "India's Vice President". */
  private static boolean stateBefore(Analysis an, int t) {
    for (Ref r : an.refsIn(Math.max(0, an.tokens.start(Math.max(0, t - 3))), an.tokens.start(t))) {
      if (r.kind() == RefKind.PERSON || r.kind() == RefKind.CAPITAL) continue;
      int gap = t - r.tokenEnd();
      if (gap == 0 || gap == 1 && an.tokens.norm(r.tokenEnd()).equals("s")) return true;
    }
    return false;
  }

  /** "вице-президент США", "Vice President of India", "of the Philippines". */
  private static boolean stateAfter(Analysis an, int t) {
    int k = t;
    if (k < an.tokens.size() && an.tokens.norm(k).equals("of")) k++;
    if (k < an.tokens.size() && an.tokens.norm(k).equals("the")) k++;
    if (k >= an.tokens.size()) return false;
    for (Ref r : an.refsIn(an.tokens.start(k), an.tokens.end(k))) {
      if (r.tokenStart() == k && r.kind() != RefKind.PERSON && r.kind() != RefKind.CAPITAL) return true;
    }
    return false;
  }

  /** A capitalised word joined to the deputy word by a space alone: a company's or a body's name. */
  private static boolean nameBefore(Analysis an, int t) {
    if (t == 0 || !an.tokens.upperFirst(t - 1)) return false;
    return an.text.substring(an.tokens.end(t - 1), an.tokens.start(t)).isBlank();
  }
}
