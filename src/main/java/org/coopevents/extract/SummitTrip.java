package org.coopevents.extract;

/**
 * A trip to a gathering of many states: "arrived in Astana to attend the SCO summit", "прибыл в
 * Казань, где пройдет саммит БРИКС", "met Xi on the sidelines of the summit". A multilateral summit
 * is no bilateral visit to the state that hosts it, so a visit every statement of which sits in a
 * sentence naming such a gathering, and which none calls a state, official or working visit, is
 * none of the article's events. A state visit combined with a summit ("arrived on a state visit
 * and for the SCO summit") stays a visit, and so does a bilateral summit ("the US-Japan summit at
 * the White House"): a gathering word counts only beside a word that makes it one of many states
 * (an organisation's name or acronym, "sidelines", "international"). Words: {@code summit_words.tsv}.
 */
final class SummitTrip {
  enum Role { GATHERING, MANY }

  private static final RoleWords<Role> WORDS = RoleWords.load("summit_words.tsv", Role.class);

  private SummitTrip() {}

  /**
   * Every statement of the visit in the body is a trip to a gathering of many states, and none
   * names its kind (a headline of talks or a meeting follows the body's; one that calls it a visit
   * keeps it one; a visit told by such headlines only is a summit trip when the article names a
   * gathering of many states).
   */
  static boolean only(Analysis an, VisitFinder.Visit v) {
    if (v.candidates.isEmpty()) return false;
    int named = -1;
    boolean inBody = false;
    for (VisitFinder.Candidate c : v.candidates) {
      if (c.kind != null && !c.kind.equals("UNSPECIFIED")) return false;
      // "Modi and Xi meet in Kazan" over "met on the sidelines of the BRICS summit in Kazan": a
      // headline's few words leave out what the body says of the trip
      if (an.headlineLike[c.sentence]) {
        // "Визит президента Узбекистана в Китай завершен": a headline that calls it a visit stands
        Sentences.Span h = an.sentences.get(c.sentence);
        if (an.hasCue(h.start(), h.end(), Cue.VISIT_NOUN) || an.hasCue(h.start(), h.end(), Cue.VISIT_VERB)) return false;
        continue;
      }
      if (named < 0) named = an.articleFact("summit.firstNamed", () -> firstNamed(an));
      if (named < 0 || !summitIn(an, c.sentence, named)) return false;
      inBody = true;
    }
    // told by headlines only, in an article that names a gathering of many states
    return inBody || an.articleFact("summit.firstNamed", () -> firstNamed(an)) >= 0;
  }

  /**
   * The sentence names a gathering of many states, or only a gathering ("to attend the summit")
   * after an earlier sentence named one of many states ("the G20 summit opens on Saturday").
   */
  private static boolean summitIn(Analysis an, int si, int named) {
    int found = words(an, si);
    return found == BOTH || found == GATHERING_WORD && si > named;
  }

  /** The first sentence that names a gathering of many states, or -1. */
  private static int firstNamed(Analysis an) {
    for (int si = 0; si < an.sentences.size(); si++) if (words(an, si) == BOTH) return si;
    return -1;
  }

  private static final int GATHERING_WORD = 1;
  private static final int MANY_WORD = 2;
  private static final int BOTH = GATHERING_WORD | MANY_WORD;

  /**
   * Which of the two kinds of word the sentence holds, as bits. A group named by its proper name
   * in one sentence and the gathering in the next ("arrived in Rome to attend the meeting of the
   * Group of Twenty. The two-day summit will focus on ...") name a gathering of many states
   * together: the first sentence then counts as naming both.
   */
  private static int words(Analysis an, int si) {
    int found = ownWords(an, si, false);
    if (found != MANY_WORD || si + 1 >= an.sentences.size() || an.furniture[si + 1]) return found;
    if (ownWords(an, si, true) != MANY_WORD) return found;
    return ownWords(an, si + 1, false) == GATHERING_WORD ? BOTH : found;
  }

  /** The words of the sentence alone; with {@code named}, only MANY words spelt with a capital. */
  private static int ownWords(Analysis an, int si, boolean named) {
    Sentences.Span s = an.sentences.get(si);
    int found = 0;
    for (int t = an.tokens.firstAtOrAfter(s.start()); t < an.tokens.size() && an.tokens.start(t) < s.end(); t++) {
      String w = an.tokens.norm(t);
      if (WORDS.is(Role.GATHERING, w)) found |= GATHERING_WORD;
      if (WORDS.is(Role.MANY, w) && (!named || Character.isUpperCase(an.text.charAt(an.tokens.start(t))))) {
        found |= MANY_WORD;
      }
      if (found == BOTH) break;
    }
    return found;
  }

  /** How many states an article of a summit names, besides the gathering's own words. */
  private static final int MANY_STATES = 3;

  /**
   * A signing of the gathering, not of a pair: "По итогам саммита главы государств подписали ряд
   * документов", "The leaders adopted the Kazan Declaration" in a report of a summit of many
   * states. The sentence names no pair of its own (a pair signing on the sidelines stays), the
   * article calls nothing a state, official or working visit, and either the sentence names the
   * gathering or the article names three states or more.
   */
  static boolean signingOfGathering(Analysis an, int si, int from, int to) {
    int named = an.articleFact("summit.firstNamed", () -> firstNamed(an));
    if (named < 0 || named > si || states(an, from, to) >= 2) return false;
    if (an.articleFact("summit.visitKind", () -> visitKind(an) ? 1 : 0) == 1) return false;
    return summitIn(an, si, named) || an.articleFact("summit.states", () -> states(an, 0, an.text.length())) >= MANY_STATES;
  }

  private static boolean visitKind(Analysis an) {
    for (Analysis.CueHit c : an.cues) {
      if (c.is(Cue.KIND_STATE) || c.is(Cue.KIND_OFFICIAL) || c.is(Cue.KIND_WORKING)) return true;
    }
    return false;
  }

  /** The distinct states named from {@code from} to {@code to} (a capital alone names a place). */
  private static int states(Analysis an, int from, int to) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Analysis.Ref r : an.refsIn(from, to)) if (r.kind() != Analysis.RefKind.CAPITAL) out.add(r.iso3());
    return out.size();
  }
}
