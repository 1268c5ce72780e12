package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.Titles;

/**
 * A guest that leaders.tsv does not list, named with the title of an office and the state that
 * holds it: "Kenya's Deputy President Rigathi Gachagua", "Foreign Minister of Egypt Sameh
 * Shoukry", "Egyptian Foreign Minister Sameh Shoukry", "министр иностранных дел Египта Самех
 * Шукри". The title words and the state are knowledge (titles.tsv, the gazetteer); the name is
 * the two to four capitalised words right after them, so no name is listed anywhere.
 */
final class TitledPerson {

  private TitledPerson() {}

  /** Fewest and most words of a name read after a title. */
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 4;

  /** The first name so titled for state {@code iso3} in the sentences, or null. */
  static String name(Analysis an, String iso3, List<Integer> sentences) {
    for (int si : sentences) {
      Sentences.Span s = an.sentences.get(si);
      for (Titles.Mention t : an.titlesIn(s.start(), s.end())) {
        int after = stateAfter(an, t.tokenEnd(), iso3);
        boolean before = stateBefore(an, t.tokenStart(), iso3);
        if (after < 0 && !before) continue;
        String name = nameAt(an, after >= 0 ? after : t.tokenEnd(), s.end());
        if (name != null) return name;
      }
    }
    return null;
  }

  /** "Kenya's Deputy President", "Egyptian Foreign Minister": the state right before the title (a deputy word between). */
  private static boolean stateBefore(Analysis an, int t, String iso3) {
    int k = t;
    while (k > 0 && (an.tokens.norm(k - 1).equals("deputy") || an.tokens.norm(k - 1).equals("vice")
        || an.tokens.norm(k - 1).equals("first"))) {
      k--;
    }
    for (Ref r : an.refsIn(an.tokens.start(Math.max(0, k - 3)), an.tokens.start(k))) {
      if (r.kind() == RefKind.PERSON || r.kind() == RefKind.CAPITAL || !r.iso3().equals(iso3)) continue;
      int gap = k - r.tokenEnd();
      if (gap == 0 || gap == 1 && an.tokens.norm(r.tokenEnd()).equals("s")) return true;
    }
    return false;
  }

  /** "Foreign Minister of Egypt", "министр иностранных дел Египта": the token after the state, or -1. */
  private static int stateAfter(Analysis an, int t, String iso3) {
    int k = t;
    if (k < an.tokens.size() && an.tokens.norm(k).equals("of")) k++;
    if (k < an.tokens.size() && an.tokens.norm(k).equals("the")) k++;
    if (k >= an.tokens.size()) return -1;
    for (Ref r : an.refsIn(an.tokens.start(k), an.tokens.end(k))) {
      if (r.tokenStart() == k && r.kind() == RefKind.NAME && r.iso3().equals(iso3)) return r.tokenEnd();
    }
    return -1;
  }

  /** Two to four capitalised words of letters from token t, in the sentence, touching no state or title. */
  private static String nameAt(Analysis an, int t, int sentenceEnd) {
    int k = t;
    StringBuilder sb = new StringBuilder();
    while (k < an.tokens.size() && k - t < MAX_WORDS + 1 && an.tokens.start(k) < sentenceEnd && an.tokens.upperFirst(k)) {
      String raw = an.tokens.raw(k);
      if (!raw.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) break;
      if (k > t && !an.text.substring(an.tokens.end(k - 1), an.tokens.start(k)).equals(" ")) break;
      if (!an.refsIn(an.tokens.start(k), an.tokens.end(k)).isEmpty() || !an.titlesIn(an.tokens.start(k), an.tokens.end(k)).isEmpty()) {
        return null;
      }
      if (sb.length() > 0) sb.append(' ');
      sb.append(raw);
      k++;
    }
    int words = k - t;
    return words >= MIN_WORDS && words <= MAX_WORDS ? sb.toString() : null;
  }
}
