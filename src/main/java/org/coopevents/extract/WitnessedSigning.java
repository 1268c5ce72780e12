package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.extract.VisitFinder.Role;
import org.coopevents.knowledge.Leaders;

/**
 * A visit told only through a ceremony both leaders attend: "The agreements were exchanged in the
 * presence of Prime Minister Hasina and Prime Minister Modi. The ceremony took place at Hyderabad
 * House in New Delhi", "President Kovind and President Duterte witnessed the signing ... at
 * Malacanang Palace in Manila", "подписаны в присутствии президентов", "Putin and Japarov signed a
 * joint statement. The ceremony was held ... in Bishkek". A signing with a word of presence (role
 * PRESENCE) or signed by the two leaders named before it, the heads of state or government of
 * exactly two states, and a place of one of them (in the sentence, else in the next one, else the
 * dateline): that state hosts the other's leader. A ceremony held at a distance (role REMOTE, a call) is none.
 */
final class WitnessedSigning {
  private static final Set<String> AT = Set.of("in", "at", "в", "во");

  private WitnessedSigning() {}

  /** The visit the sentence tells through a witnessed signing, or null. */
  static VisitFinder.Candidate candidate(Analysis an, int si, int from, int to) {
    CueHit sign = signing(an, from, to);
    if (sign == null || remote(an, from, to)) return null;
    List<String> states = leaderStates(an, from, to);
    boolean leadersTalks = false;
    if (states.size() != 2) {
      // "Казахстан и Монголия подписали 15 документов по итогам переговоров президентов"
      states = statesSigning(an, from, sign);
      leadersTalks = states.size() == 2 && leadersTalks(an, sign.end(), to);
      if (!leadersTalks) return null;
    } else if (!presence(an, from, to) && !signers(an, from, sign, states)) {
      return null;
    }
    if (VisitFinder.pastInPassing(an, from, to)) return null;
    Ref place = place(an, from, to, states);
    if (place == null) place = nextSentencePlace(an, si, states);
    String host;
    String city;
    if (place != null) {
      host = place.iso3();
      city = VisitCity.of(an, place);
    } else if (an.datelineIso3 != null && states.contains(an.datelineIso3)
        && (an.datelineEnd > from && an.datelineEnd < to || an.leadOfSplitDateline(from))) {
      // "МОСКВА, 17 января - РИА Новости. Президенты ... подписали договор": the dateline split off before the lead
      host = an.datelineIso3;
      city = an.datelineCity;
    } else {
      return null;
    }
    // the talks of the leaders of two states place them only by the dateline's or a place's state
    if (leadersTalks && !states.contains(host)) return null;
    VisitFinder.Candidate c = new VisitFinder.Candidate(si);
    c.host = host;
    c.guest = states.get(0).equals(host) ? states.get(1) : states.get(0);
    c.hostFromDestination = true;
    c.city = city;
    c.strength = 3;
    c.tense = VisitFinder.tense(an, an.cuesIn(from, to), sign, from, to);
    // "in the presence of President Tinubu and King Mohammed VI, who is on a two-day state visit"
    c.kind = VisitFinder.kindOf(an, an.cuesIn(from, to));
    return c;
  }

  /** The sentence's signing cue, none when it is told as background or when the ceremony was remote. */
  private static CueHit signing(Analysis an, int from, int to) {
    CueHit sign = null;
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.SIGN_NEGATIVE) || c.is(Cue.CALL)) return null;
      if (sign == null && (c.is(Cue.SIGN) || c.is(Cue.SIGN_FUTURE))) sign = c;
    }
    return sign;
  }

  private static boolean presence(Analysis an, int from, int to) {
    return anyWord(an, from, to, Role.PRESENCE);
  }

  /** A ceremony held at a distance: "via video link", "в режиме видеоконференции". */
  private static boolean remote(Analysis an, int from, int to) {
    return anyWord(an, from, to, Role.REMOTE);
  }

  /** A word of the role in text[from, to). */
  private static boolean anyWord(Analysis an, int from, int to, Role role) {
    for (int t = an.tokens.firstAtOrAfter(from); t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      if (VisitFinder.is(role, an.tokens.norm(t))) return true;
    }
    return false;
  }

  /**
   * "Казахстан и Монголия подписали ...": the states named (not by a capital or a leader) as the
   * subject before the signing, in order.
   */
  private static List<String> statesSigning(Analysis an, int from, CueHit sign) {
    List<String> out = new ArrayList<>();
    for (Ref r : an.refsIn(Math.max(from, an.datelineEnd), sign.start())) {
      if (r.kind() == RefKind.CAPITAL || r.kind() == RefKind.PERSON) continue;
      if (!out.contains(r.iso3())) out.add(r.iso3());
    }
    return out;
  }

  /**
   * "по итогам переговоров президентов", "following talks between the presidents": talks after the
   * signing with a word for the leaders (role LEADERS) right beside them.
   */
  private static boolean leadersTalks(Analysis an, int from, int to) {
    for (CueHit c : an.cuesIn(from, to)) {
      if (!c.is(Cue.TALKS)) continue;
      int a = Math.max(an.tokens.firstAtOrAfter(from), c.tokenStart() - 2);
      for (int t = a; t < an.tokens.size() && t < c.tokenEnd() + 3 && an.tokens.start(t) < to; t++) {
        if (VisitFinder.is(Role.LEADERS, an.tokens.norm(t))) return true;
      }
    }
    return false;
  }

  /** "Putin and Japarov signed a joint statement": both leaders named before the signing, its subject. */
  private static boolean signers(Analysis an, int from, CueHit sign, List<String> states) {
    List<String> before = leaderStates(an, from, sign.start());
    return before.containsAll(states);
  }

  /** The states of the heads of state or government named, in order. */
  private static List<String> leaderStates(Analysis an, int from, int to) {
    List<String> out = new ArrayList<>();
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() != RefKind.PERSON || out.contains(r.iso3())) continue;
      Leaders.Role role = r.person().role();
      if (role.top()) out.add(r.iso3());
    }
    return out;
  }

  /** The one place (a capital, a city, a seat of power after in/at) of one of the two states; null when none or both. */
  private static Ref place(Analysis an, int from, int to, List<String> states) {
    Ref found = null;
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() != RefKind.CAPITAL || !states.contains(r.iso3()) || !AT.contains(an.tokenBefore(r.tokenStart()))) continue;
      if (found != null && !found.iso3().equals(r.iso3())) return null;
      if (found == null) found = r;
    }
    return found;
  }

  /**
   * "The ceremony took place at Hyderabad House in New Delhi": the next sentence places the
   * ceremony when it names no state other than the two and no leader of its own.
   */
  private static Ref nextSentencePlace(Analysis an, int si, List<String> states) {
    if (si + 1 >= an.sentences.size() || an.furniture[si + 1]) return null;
    Sentences.Span s = an.sentences.get(si + 1);
    for (Ref r : an.refsIn(s.start(), s.end())) {
      if (!states.contains(r.iso3()) || r.kind() == RefKind.PERSON) return null;
    }
    if (VisitFinder.pastInPassing(an, s.start(), s.end()) || remote(an, s.start(), s.end())) return null;
    return place(an, s.start(), s.end(), states);
  }
}
