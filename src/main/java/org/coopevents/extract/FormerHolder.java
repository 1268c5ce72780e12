package org.coopevents.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.Leaders;
import org.coopevents.knowledge.Titles;
import org.coopevents.knowledge.Tokens;

/**
 * A state named only as the office of a former holder: "Former US President Barack Obama",
 * "the former President of Brazil", "экс-президент США", "бывший премьер-министр Японии". The
 * person travels, not the state: such references name no party of a visit, a signing or
 * cooperation. A word of the past (PersonNameWords FORMER) stands right before the block of a
 * leader's title, the state's name or adjective, and the person.
 */
final class FormerHolder {
  private FormerHolder() {}

  /** How many parts (a title, a state, "of the") a block of office may hold. */
  private static final int BLOCK_PARTS = 5;
  private static final Set<String> LINKS = Set.of("of", "the");

  /** The references of {@code refs} that name a former office holder's state or person. */
  static Set<Ref> of(Tokens tokens, List<Titles.Mention> titles, List<Ref> refs) {
    Set<Ref> out = new HashSet<>();
    for (Ref r : refs) {
      if (r.kind() == RefKind.CAPITAL || !formerNear(tokens, r)) continue;
      if (formerBlock(tokens, titles, refs, r) || formerAfter(tokens, titles, r)) out.add(r);
    }
    return out;
  }

  /** How far before a reference its block of office may start. */
  private static final int REACH = 8;

  /** A word of the past stands within reach before the reference or right after its "'s". */
  private static boolean formerNear(Tokens tokens, Ref r) {
    for (int t = Math.max(0, r.tokenStart() - REACH); t < r.tokenStart(); t++) {
      if (PersonNameWords.former(tokens.norm(t))) return true;
    }
    return r.tokenEnd() + 1 < tokens.size() && PersonNameWords.former(tokens.norm(r.tokenEnd() + 1));
  }

  /** "Brazil's former president": the state, "'s", a word of the past, a title. */
  private static boolean formerAfter(Tokens tokens, List<Titles.Mention> titles, Ref r) {
    int t = r.tokenEnd();
    return t + 2 < tokens.size() && tokens.norm(t).equals("s") && PersonNameWords.former(tokens.norm(t + 1))
        && titleAt(titles, t + 2, true) != null;
  }

  private static boolean formerBlock(Tokens tokens, List<Titles.Mention> titles, List<Ref> refs, Ref r) {
    boolean titled = r.kind() == RefKind.PERSON || titleAt(titles, r.tokenEnd(), true) != null;
    int pos = r.tokenStart();
    for (int step = 0; step < BLOCK_PARTS && pos > 0; step++) {
      Titles.Mention m = titleAt(titles, pos, false);
      if (m != null) {
        titled = true;
        pos = m.tokenStart();
        continue;
      }
      Ref before = refEndingAt(refs, pos);
      if (before != null && before.kind() != RefKind.PERSON && before.kind() != RefKind.CAPITAL) {
        pos = before.tokenStart();
        continue;
      }
      if (LINKS.contains(tokens.norm(pos - 1)) && pos > 1 && (titleAt(titles, pos - 1, false) != null
          || LINKS.contains(tokens.norm(pos - 2)))) {
        pos--;
        continue;
      }
      break;
    }
    return titled && pos > 0 && PersonNameWords.former(tokens.norm(pos - 1));
  }

  /** How long before taking office a leader-elect already travels for the state (days). */
  private static final int ELECT_DAYS = 90;

  /**
   * A leader named out of office at the report's date: one whose term has ended ("Dmitry
   * Medvedev" in 2024), or who takes office long after it (the opposition leader "Keir Starmer"
   * in 2023). A leader-elect in the months before taking office still travels for the state.
   */
  static boolean outOfOffice(Analysis an, Ref r) {
    if (r.kind() != RefKind.PERSON || r.person() == null || an.anchor == null) return false;
    Leaders.Term t = r.person();
    if (t.validAt(an.anchor)) return false;
    return t.start() == null || !t.start().isAfter(an.anchor)
        || java.time.temporal.ChronoUnit.DAYS.between(an.anchor, t.start()) > ELECT_DAYS;
  }

  /** The title that starts ({@code starts}) or ends at token {@code t}. */
  private static Titles.Mention titleAt(List<Titles.Mention> titles, int t, boolean starts) {
    for (Titles.Mention m : titles) if ((starts ? m.tokenStart() : m.tokenEnd()) == t) return m;
    return null;
  }

  private static Ref refEndingAt(List<Ref> refs, int t) {
    for (Ref r : refs) if (r.tokenEnd() == t) return r;
    return null;
  }
}
