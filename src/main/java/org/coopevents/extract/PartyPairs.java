package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.knowledge.DocTypes;

/**
 * Several pairs of signing bodies after one plural type word: "Memoranda of understanding were
 * signed between the Ministry A and the Ministry B; between C and D; and between E and F",
 * "меморандумы о взаимопонимании между A и B, между C и D, а также между E и F". Each pair is
 * a document of its own, titled with the type word (and its topic, if told) and the pair. The
 * pairs are parted by a comma or a semicolon before "between" (and the words of
 * signatory_pair_words.tsv AND and JOIN: ", and between", ", а также между").
 */
final class PartyPairs {
  private PartyPairs() {}

  /** The head's words end at {@code headEnd}; each pair is text[p[0], p[1]). */
  record Split(int headEnd, List<int[]> pairs) {}

  /** The most words between the type word and the first "between": "of understanding on cooperation were signed". */
  private static final int HEAD_WORDS = 10;
  /** The most words of one pair of parties. */
  private static final int PAIR_WORDS = 30;

  /** The pairs of parties after the plural type word {@code m}, or null unless two or more. */
  static Split read(Analysis an, DocTypes.Mention m) {
    int si = an.sentenceOfOffset(m.start());
    if (si < 0) return null;
    int bound = an.sentences.get(si).end();
    // another document named later in the sentence ends the last pair
    for (DocTypes.Mention n : an.docTypesIn(m.end(), bound)) {
      if (n.start() >= m.end()) {
        bound = n.start();
        break;
      }
    }
    int b = an.tokens.firstAtOrAfter(bound);
    int k = -1;
    for (int t = m.tokenEnd(); t < b && t - m.tokenEnd() <= HEAD_WORDS; t++) {
      if (t > m.tokenEnd() && an.text.substring(an.tokens.end(t - 1), an.tokens.start(t)).contains(";")) return null;
      if (SignatoryPair.between(an.tokens.norm(t))) {
        k = t;
        break;
      }
    }
    if (k < 0) return null;
    // "were signed between": the passive verb is no part of the title
    int h = k;
    if (h - 1 >= m.tokenEnd() && SignatoryPair.is(SignatoryPair.Role.PASSIVE_SIGN, an.tokens.norm(h - 1))) {
      h--;
      while (h - 1 >= m.tokenEnd() && SignatoryPair.is(SignatoryPair.Role.PASSIVE_AUX, an.tokens.norm(h - 1))) h--;
    }
    int headEnd = h > m.tokenEnd() ? an.tokens.end(h - 1) : m.end();
    for (CueHit c : an.cuesIn(m.end(), an.tokens.start(h))) if (c.is(Cue.SIGN)) return null;
    List<int[]> pairs = new ArrayList<>();
    int open = k;
    for (int j = k + 2; j < b; j++) {
      if (!SignatoryPair.between(an.tokens.norm(j))) continue;
      int i = j;
      while (i - 1 > open && SignatoryPair.pairJoin(an.tokens.norm(i - 1))) i--;
      String gap = an.text.substring(an.tokens.end(i - 1), an.tokens.start(i)).strip();
      if (!gap.equals(",") && !gap.equals(";")) return null;
      if (!pair(an, open, i)) return null;
      pairs.add(new int[] {an.tokens.start(open), an.tokens.end(i - 1)});
      open = j;
    }
    if (pairs.isEmpty()) return null;
    int end = TitleCutter.cut(an, an.tokens.start(open), bound);
    int e = an.tokens.firstAtOrAfter(end);
    // "..., and an agreement on C": the words that join the next document are no part of the pair
    while (e - 1 > open && (SignatoryPair.pairJoin(an.tokens.norm(e - 1))
        || SignatoryPair.is(SignatoryPair.Role.ARTICLE, an.tokens.norm(e - 1)))) {
      e--;
    }
    if (!pair(an, open, e)) return null;
    pairs.add(new int[] {an.tokens.start(open), an.tokens.end(e - 1)});
    // two persons ("between Minister X and Minister Y") sign, no bodies: left as read before
    for (int[] p : pairs) if (SignatoryPair.cut(an, an.tokens.start(k - 1), p[1]) < p[1]) return null;
    return new Split(headEnd, pairs);
  }

  /** Tokens [s, e) are "between" and two sides parted by "and". */
  private static boolean pair(Analysis an, int s, int e) {
    if (e - s > PAIR_WORDS || e - s < 4) return false;
    for (int t = s + 2; t < e - 1; t++) if (SignatoryPair.and(an.tokens.norm(t))) return true;
    return false;
  }
}
