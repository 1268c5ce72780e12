package org.coopevents.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;

/**
 * Finds, for one pair of states, the sectors of cooperation the article speaks of and the stance
 * (AGREED, PROPOSED, DISCUSSED). Sentences count when they do not name only third states, are not
 * background, greetings, ratifications, draft approvals, future signings or business-forum deals;
 * their sectors are the sector words that stand in a cooperation frame ({@link SectorSupport}).
 */
final class CooperationFinder {

  static final class Cooperation {
    String a;
    String b;
    final Set<String> sectors = new LinkedHashSet<>();
    String stance;
    int evidenceStart = -1;
    int evidenceEnd = -1;
    int sentences;
  }

  private CooperationFinder() {}

  /** True when a leader (by name or title) is named in the body: cooperation is between governments. */
  static boolean leaderNamed(Analysis an) {
    for (Ref r : an.refs) {
      int si = an.sentenceOfOffset(r.start());
      if (r.kind() == Analysis.RefKind.PERSON && si >= 0 && !an.furniture[si]) return true;
    }
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      if (an.hasLeaderTitle(s.start(), s.end())) return true;
    }
    return false;
  }

  /** True when some body sentence names both states. */
  static boolean pairTogether(Analysis an, String a, String b) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      boolean ha = false;
      boolean hb = false;
      for (Ref r : an.refsIn(s.start(), s.end())) {
        ha |= r.iso3().equals(a);
        hb |= r.iso3().equals(b);
      }
      if (ha && hb) return true;
    }
    return false;
  }

  /**
   * {@code strict}: no visit or signing backs the pair, so sentences about the past do not count.
   * {@code pairs}: every pair of the article, the lead event's first; where there are several, a
   * sentence that names no state ("the sides agreed ...") belongs to the pair the text last spoke
   * of ({@link Owner}). Sectors come only from sector words in a cooperation frame
   * ({@link SectorSupport}).
   */
  static Cooperation find(Analysis an, SectorSupport support, String a, String b, boolean signed, boolean strict,
      List<String[]> pairs) {
    Cooperation co = new Cooperation();
    co.a = a.compareTo(b) <= 0 ? a : b;
    co.b = a.compareTo(b) <= 0 ? b : a;
    boolean agreed = signed;
    boolean proposed = false;
    int firstStart = -1;
    int firstEnd = -1;
    int lastEnd = -1;
    Owner owner = new Owner(an, a, b, pairs);
    for (int si = 0; si < an.sentences.size(); si++) {
      owner.advance(si);
      if (an.furniture[si] || support.history(si)) continue;
      Set<String> found = support.codes(si);
      if (found.isEmpty()) continue;
      Sentences.Span s = an.sentences.get(si);
      List<CueHit> cues = an.cuesIn(s.start(), s.end());
      boolean excluded = false;
      boolean ag = false;
      boolean pr = false;
      for (CueHit c : cues) {
        if (c.is(Cue.GREETING) || c.is(Cue.SIGN_FUTURE)) excluded = true;
        if (strict && c.is(Cue.PAST_REFERENCE)) excluded = true;
        ag |= c.is(Cue.AGREED) && !onContacts(an, c);
        pr |= c.is(Cue.PROPOSED);
      }
      if (excluded || negativeContext(an, s)) continue;
      List<Ref> refs = an.refsIn(s.start(), s.end());
      boolean mentionsPair = false;
      boolean mentionsOther = false;
      for (Ref r : refs) {
        if (r.iso3().equals(a) || r.iso3().equals(b)) mentionsPair = true;
        else mentionsOther = true;
      }
      if (mentionsOther && !mentionsPair || refs.isEmpty() && !owner.owns()) continue;
      co.sectors.addAll(found);
      agreed |= ag;
      proposed |= pr;
      co.sentences++;
      if (firstStart < 0) {
        firstStart = s.start();
        firstEnd = s.end();
      }
      lastEnd = s.end();
    }
    if (co.sectors.isEmpty()) return null;
    co.stance = proposed ? "PROPOSED" : agreed ? "AGREED" : "DISCUSSED";
    co.evidenceStart = firstStart;
    co.evidenceEnd = lastEnd - firstStart <= 2000 ? lastEnd : firstEnd;
    return co;
  }

  /**
   * Whether a sentence that names no state belongs to the pair (a, b) among several: the nearest
   * earlier sentence naming a state that tells the pairs apart decides; a tie, or none, goes to the
   * lead pair (the first). Read along the article: the sentences are passed in order and the
   * nearest deciding one is remembered, instead of looked for again from each sentence (a walk
   * back per sentence was quadratic in the article's length).
   */
  static final class Owner {
    private final Analysis an;
    private final String a;
    private final String b;
    private final boolean lead;
    private final boolean several;
    private final Set<String> shared;
    private Boolean decided;
    private int next;

    Owner(Analysis an, String a, String b, List<String[]> pairs) {
      this.an = an;
      this.a = a;
      this.b = b;
      this.several = pairs.size() > 1;
      this.shared = new java.util.HashSet<>(List.of(pairs.get(0)));
      for (String[] p : pairs) shared.retainAll(List.of(p));
      this.lead = pairs.get(0)[0].equals(a) && pairs.get(0)[1].equals(b)
          || pairs.get(0)[0].equals(b) && pairs.get(0)[1].equals(a);
    }

    /** Reads sentences up to (not including) {@code si}. */
    void advance(int si) {
      for (; next < si; next++) {
        if (an.furniture[next]) continue;
        Sentences.Span s = an.sentences.get(next);
        boolean mine = false;
        boolean other = false;
        for (Ref r : an.refsIn(s.start(), s.end())) {
          if (shared.contains(r.iso3())) continue;
          if (r.iso3().equals(a) || r.iso3().equals(b)) mine = true;
          else other = true;
        }
        if (mine && !other) decided = true;
        else if (other && !mine) decided = false;
        else if (mine) decided = lead;
      }
    }

    /** Whether an unnamed sentence at the point reached belongs to the pair (a, b). */
    boolean owns() {
      return !several || (decided != null ? decided : lead);
    }
  }

  /** Ratification, draft approval, business deals: the sentence is not about the pair's cooperation. */
  enum Role { CONTACT }

  private static final RoleWords<Role> WORDS = RoleWords.load("cooperation_words.tsv", Role.class);

  /** How many words after "agreed" may reach its object ("agreed to remain in close contact"). */
  private static final int CONTACT_WINDOW = 5;

  /**
   * "agreed to stay in touch", "договорились поддерживать контакты", "договорились о встрече":
   * what was agreed is to keep talking, not a field of cooperation, so the agreement gives no
   * AGREED stance to the fields the sentence discusses.
   */
  private static boolean onContacts(Analysis an, CueHit c) {
    for (int t = c.tokenEnd(); t < Math.min(an.tokens.size(), c.tokenEnd() + CONTACT_WINDOW); t++) {
      String w = an.tokens.norm(t);
      // "agreed to expand trade and to meet again": the first object is a field
      if (w.equals("and") || w.equals("и") || an.text.substring(an.tokens.end(t - 1), an.tokens.start(t)).indexOf(',') >= 0) {
        return false;
      }
      if (WORDS.is(Role.CONTACT, w)) return true;
    }
    return false;
  }

  private static boolean negativeContext(Analysis an, Sentences.Span s) {
    int a = an.tokens.firstAtOrAfter(s.start());
    int b = an.tokens.firstAtOrAfter(s.end());
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      if (w.startsWith("ratif") || w.startsWith("ратифи") || w.startsWith("approv")
          || w.startsWith("одобр") || w.startsWith("утверд") || w.equals("forum") && t > a && an.tokens.norm(t - 1).equals("business")
          || w.equals("форум") && t > a && an.tokens.norm(t - 1).equals("бизнес")
          || w.equals("draft")) {
        return true;
      }
    }
    return false;
  }

  static List<String[]> pairsOf(List<VisitFinder.Visit> visits) {
    List<String[]> out = new ArrayList<>();
    for (VisitFinder.Visit v : visits) out.add(new String[] {v.guest, v.host});
    return out;
  }
}
