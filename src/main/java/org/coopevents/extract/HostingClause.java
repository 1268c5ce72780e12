package org.coopevents.extract;

import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.Leaders;

/**
 * A visit told from the host's side: "Putin hosted Raisi in Moscow", "Мирзиёев принял
 * президента Казахстана", "Yoon was welcomed by Biden at the White House". The subject's state is
 * the host and the leader received is the guest; in the passive the roles swap around "by"/"кем".
 */
final class HostingClause {
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "is", "are", "being");
  private static final Set<String> ORIGIN = Set.of("from", "из");
  /** Words after the verb that make it something other than receiving a guest. */
  private static final Set<String> NOT_A_GUEST = Set.of("participation", "участие", "решение", "decision",
      "закон", "law", "calls", "call", "letter", "письмо", "award", "награду", "delegation", "делегацию");
  private static final Set<String> INDEFINITE = Set.of("a", "an");
  /** How far (in tokens) the received leader may stand from the verb. */
  private static final int OBJECT_WINDOW = 5;
  /** How far (in tokens) the seat of power may stand after the guest ("to the White House"). */
  private static final int SEAT_WINDOW = 3;
  /** How far (in tokens) the host may stand before the verb. */
  private static final int SUBJECT_WINDOW = 8;

  private HostingClause() {}

  /** The visit this sentence tells by its host receiving a guest, or null. */
  static VisitFinder.Candidate candidate(Analysis an, int si, int from, int to, List<CueHit> cues) {
    CueHit verb = null;
    for (CueHit c : cues) {
      if (c.is(Cue.HOST_VERB)) {
        verb = c;
        break;
      }
    }
    if (verb == null) return null;
    if (verb.tokenEnd() < an.tokens.size() && NOT_A_GUEST.contains(an.tokens.norm(verb.tokenEnd()))) return null;
    // "will receive a report", "received a loan": a thing is received, not a leader (but "received a
    // courtesy call from the Vietnamese prime minister" is a leader calling in person)
    int obj = verb.tokenEnd();
    if (obj + 1 < an.tokens.size() && INDEFINITE.contains(an.tokens.norm(obj))
        && !an.tokens.norm(obj + 1).equals("courtesy")) {
      return null;
    }
    List<Ref> refs = an.refsIn(from, to);
    int by = passiveBy(an, verb);
    boolean passive = by >= 0;
    Ref before = nearestBefore(an, refs, verb);
    Ref after = firstAfter(refs, passive ? by : verb.tokenEnd());
    if (before == null && after != null && guestObjectFirst(an, verb, after)) {
      return russianGuestWord(an, si, from, to, cues, verb, refs, after);
    }
    Leaders.Role hostTitle = null;
    if (before == null && after != null && !passive) {
      hostTitle = bareTitleSubject(an, verb);
      if (hostTitle != null) before = seatAfterGuest(refs, after);
    }
    if (before == null || after == null || before.iso3().equals(after.iso3())) return null;
    if (subordinate(an, from, before)) return null;
    // "Главу Узбекистана встретил президент Таджикистана": the Russian subject follows the verb
    boolean inverted = !passive && an.russian && subjectTitle(an, after, verb.tokenEnd()) && !subjectTitle(an, before, 0);
    Ref host = passive || inverted ? after : before;
    Ref guest = passive || inverted ? before : after;
    // "received the Chinese ambassador": an envoy who calls on the host is no visiting leader
    if (VisitFinder.envoy(an, guest) || GuestOffice.below(an, guest, cues, from, to)) return null;
    boolean leaderLevel = host.kind() == RefKind.PERSON || guest.kind() == RefKind.PERSON || an.hasLeaderTitle(from, to);
    if (!leaderLevel || VisitFinder.pastInPassing(an, from, to)) return null;
    VisitFinder.Candidate c = hosted(an, si, from, to, cues, verb, refs, host, 3);
    c.guest = guest.iso3();
    c.hostTitleRole = hostTitle;
    return c;
  }

  /** A candidate hosted by {@code host}, its tense read at the verb, its city the host's capital or city named in the clause. */
  private static VisitFinder.Candidate hosted(Analysis an, int si, int from, int to, List<CueHit> cues,
      CueHit verb, List<Ref> refs, Ref host, int strength) {
    VisitFinder.Candidate c = new VisitFinder.Candidate(si);
    c.host = host.iso3();
    c.hostFromDestination = true;
    c.strength = strength;
    c.tense = VisitFinder.tense(an, cues, verb, from, to);
    c.city = VisitCity.firstOf(an, refs, c.host);
    return c;
  }

  /**
   * A Russian leader's title in the nominative ({@code SUBJECT_TITLE}) within the three words
   * before the reference (and not before {@code notBefore}): "президент Таджикистана", "министр
   * иностранных дел Узбекистана". Such a title after a verb is its subject.
   */
  private static boolean subjectTitle(Analysis an, Ref r, int notBefore) {
    for (int t = r.tokenStart() - 1; t >= Math.max(notBefore, r.tokenStart() - 3); t--) {
      if (VisitFinder.is(VisitFinder.Role.SUBJECT_TITLE, an.tokens.norm(t))) return true;
    }
    return false;
  }

  /**
   * "Высокого гостя в аэропорту встретил Президент Узбекистана": a word of guesthood within the
   * four words before the verb, and the host as the titled subject after it.
   */
  private static boolean guestObjectFirst(Analysis an, CueHit verb, Ref after) {
    if (!an.russian || !subjectTitle(an, after, verb.tokenEnd())) return false;
    int first = an.tokens.firstAtOrAfter(an.sentences.get(an.sentenceOfOffset(verb.start())).start());
    for (int t = verb.tokenStart() - 1; t >= Math.max(first, verb.tokenStart() - 4); t--) {
      if (VisitFinder.is(VisitFinder.Role.GUEST_OBJECT, an.tokens.norm(t))) return true;
    }
    return false;
  }

  /** The visit of a guest named only as "the guest": the host is known, the guest is left to the article. */
  private static VisitFinder.Candidate russianGuestWord(Analysis an, int si, int from, int to, List<CueHit> cues,
      CueHit verb, List<Ref> refs, Ref host) {
    if (VisitFinder.pastInPassing(an, from, to)) return null;
    return hosted(an, si, from, to, cues, verb, refs, host, 2);
  }

  private static final Set<String> SUBORDINATORS = Set.of("after", "when", "since", "once", "после", "когда");

  /**
   * "The trip was made public after Tokayev hosted Wang Yi in June": the hosting is told in a
   * clause of time, as background to the sentence's own news.
   */
  private static boolean subordinate(Analysis an, int from, Ref subject) {
    int first = an.tokens.firstAtOrAfter(from);
    for (int t = subject.tokenStart() - 1; t >= first && t >= subject.tokenStart() - 4; t--) {
      if (SUBORDINATORS.contains(an.tokens.norm(t))) return true;
    }
    return false;
  }

  /**
   * "The Prime Minister welcomed ...", "The President received ...": the sentence opens with a
   * leader's title alone as the subject of the verb, as a government's own release names its
   * leader. The title's office, or null.
   */
  private static Leaders.Role bareTitleSubject(Analysis an, CueHit verb) {
    int from = an.sentences.get(an.sentenceOfOffset(verb.start())).start();
    org.coopevents.knowledge.Titles.Mention m = an.openingTitle(from, verb.start(), 0);
    return m != null && m.tokenEnd() == verb.tokenStart() ? m.role() : null;
  }

  /**
   * "... welcomed Japanese Prime Minister Fumio Kishida to Downing Street": the capital or seat of
   * power named after the guest, close to it, stands for the host.
   */
  private static Ref seatAfterGuest(List<Ref> refs, Ref after) {
    Ref person = null;
    for (Ref r : refs) {
      if (r.tokenStart() < after.tokenStart()) continue;
      if (person == null) {
        // the guest is a leader named in person ("Indian Prime Minister Narendra Modi"), not a thing
        // of a state ("the decision of Japan")
        if (r.tokenStart() - after.tokenEnd() > OBJECT_WINDOW || !r.iso3().equals(after.iso3())) return null;
        if (r.kind() == RefKind.PERSON) person = r;
        continue;
      }
      if (r.tokenStart() - person.tokenEnd() > SEAT_WINDOW) return null;
      if (r.kind() == RefKind.CAPITAL && !r.iso3().equals(after.iso3())) return r;
    }
    return null;
  }

  /** The state named nearest before the verb (the subject), not a place of origin or a capital. */
  private static Ref nearestBefore(Analysis an, List<Ref> refs, CueHit verb) {
    for (int k = refs.size() - 1; k >= 0; k--) {
      Ref r = refs.get(k);
      if (r.start() >= verb.start()) continue;
      if (verb.tokenStart() - r.tokenEnd() > SUBJECT_WINDOW) return null;
      if (capitalSubject(an, r, verb)) return r;
      if (r.kind() == RefKind.CAPITAL || ORIGIN.contains(an.tokenBefore(r.tokenStart()))) continue;
      return r;
    }
    return null;
  }

  /**
   * "Pyongyang hosted Putin", "the Kremlin welcomed Modi": a capital or seat of power right before
   * the verb, opening its sentence, stands for the host state.
   */
  private static boolean capitalSubject(Analysis an, Ref r, CueHit verb) {
    if (r.kind() != RefKind.CAPITAL || r.tokenEnd() != verb.tokenStart()) return false;
    int first = an.tokens.firstAtOrAfter(an.sentences.get(an.sentenceOfOffset(r.start())).start());
    int t = r.tokenStart();
    return t == first || t == first + 1 && an.tokens.norm(first).equals("the");
  }

  /**
   * "was received at the airport by": the token of "by" after a passive verb (an auxiliary before
   * it), or -1 for an active verb.
   */
  private static int passiveBy(Analysis an, CueHit verb) {
    if (verb.tokenStart() == 0 || !PASSIVE_AUX.contains(an.tokens.norm(verb.tokenStart() - 1))) return -1;
    for (int t = verb.tokenEnd(); t < Math.min(an.tokens.size(), verb.tokenEnd() + OBJECT_WINDOW); t++) {
      if (an.tokens.norm(t).equals("by")) return t + 1;
    }
    return -1;
  }

  /** The other side: the first state or leader from token {@code from} on, close to it. */
  private static Ref firstAfter(List<Ref> refs, int from) {
    for (Ref r : refs) {
      if (r.tokenStart() < from) continue;
      if (r.tokenStart() - from > OBJECT_WINDOW) return null;
      if (r.kind() == RefKind.CAPITAL) continue;
      return r;
    }
    return null;
  }
}
