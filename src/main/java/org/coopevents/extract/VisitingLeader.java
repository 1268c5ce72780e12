package org.coopevents.extract;

import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;

/**
 * "Visiting Pakistani President Zardari met President Rajapaksa", "held talks with visiting Sri
 * Lankan President Wickremesinghe", "Visiting Indian President Kovind and President Duterte
 * witnessed the signing": "visiting" as the attribute of a state's leader (the state's word right
 * after it, or the leader's title and name) makes that leader the guest; the host is the state of
 * the one other leader the sentence names, else the place of another state after in/at, else the
 * dateline's. A verb ("is visiting China") or a visitor who is no leader is none.
 */
final class VisitingLeader {
  private static final String VISITING = "visiting";
  /** Words before "visiting" that make it a verb ("is visiting", "while visiting"). */
  private static final Set<String> VERB_BEFORE = Set.of("is", "are", "was", "were", "be", "been", "while",
      "when", "after", "before", "by", "on", "for", "of", "also", "not", "from", "since");
  private static final Set<String> AT = Set.of("in", "at");
  /** How far (in tokens) the guest's leader may stand after the state's word. */
  private static final int LEADER_WINDOW = 6;

  private VisitingLeader() {}

  /** The visit the attribute "visiting" tells in this sentence, or null. */
  static VisitFinder.Candidate candidate(Analysis an, int si, int from, int to) {
    if (an.russian) return null;
    int first = an.tokens.firstAtOrAfter(from);
    for (int t = first; t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      if (!an.tokens.norm(t).equals(VISITING) || t > first && VERB_BEFORE.contains(an.tokens.norm(t - 1))) continue;
      Ref guest = guestLeader(an, t, to);
      if (guest == null) continue;
      String host = host(an, from, to, guest.iso3());
      if (host == null || VisitFinder.pastInPassing(an, from, to)) return null;
      VisitFinder.Candidate c = new VisitFinder.Candidate(si);
      c.guest = guest.iso3();
      c.host = host;
      c.hostFromDestination = true;
      c.strength = 3;
      c.city = city(an, from, to, host);
      CueHit cue = null;
      for (CueHit h : an.cuesIn(from, to)) if (h.tokenStart() == t) cue = h;
      Cue tense = cue == null ? null : VisitFinder.tense(an, an.cuesIn(from, to), cue, from, to);
      c.tense = tense == Cue.FUTURE ? Cue.FUTURE : Cue.PAST;
      c.ongoing = tense == null;
      return c;
    }
    return null;
  }

  /**
   * "Visiting Maldives President Muizzu held talks with Prime Minister Modi": the sentence's own
   * reading made the subject's state the host of the one he meets; the leader called "visiting" is
   * the guest, so a reading of the two states the other way round is turned (its days and kind kept).
   */
  static VisitFinder.Candidate turned(VisitFinder.Candidate c, VisitFinder.Candidate seen) {
    if (seen == null || !seen.guest.equals(c.host) || !seen.host.equals(c.guest)) return c;
    c.guest = seen.guest;
    c.host = seen.host;
    if (c.city == null) c.city = seen.city;
    return c;
  }

  /** The leader "visiting" qualifies: a person right after it (title between), or a state's word then its leader. */
  private static Ref guestLeader(Analysis an, int t, int to) {
    List<Ref> refs = an.refsIn(an.tokens.end(t), to);
    if (refs.isEmpty() || refs.get(0).tokenStart() > t + 4) return null;
    Ref r = refs.get(0);
    if (an.text.substring(an.tokens.end(t), r.start()).indexOf(',') >= 0) return null;
    if (r.kind() == RefKind.PERSON) return leader(r) ? r : null;
    if (r.kind() == RefKind.CAPITAL || r.tokenStart() != t + 1) return null; // "visiting Beijing"
    for (Ref p : refs) {
      if (p.tokenStart() > r.tokenEnd() + LEADER_WINDOW) break;
      if (p.kind() == RefKind.PERSON && p.iso3().equals(r.iso3()) && leader(p)) return p;
    }
    return null;
  }

  private static boolean leader(Ref r) {
    return r.person() != null;
  }

  /** The state of the one other leader named, else a place of another state after in/at, else the dateline's. */
  private static String host(Analysis an, int from, int to, String guest) {
    String host = null;
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() != RefKind.PERSON || r.iso3().equals(guest)) continue;
      if (host != null && !host.equals(r.iso3())) return null;
      host = r.iso3();
    }
    if (host != null) return host;
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() == RefKind.CAPITAL && !r.iso3().equals(guest) && AT.contains(an.tokenBefore(r.tokenStart()))) return r.iso3();
    }
    return an.datelineIso3 != null && !an.datelineIso3.equals(guest) ? an.datelineIso3 : null;
  }

  private static String city(Analysis an, int from, int to, String host) {
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() == RefKind.CAPITAL && r.iso3().equals(host) && AT.contains(an.tokenBefore(r.tokenStart()))) {
        return VisitCity.of(an, r);
      }
    }
    return null;
  }
}
