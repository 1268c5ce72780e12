package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.coopevents.knowledge.SectorLexicon.Mention;

/**
 * Two modifiers that share one head noun: "military and economic aid", "военную и экономическую
 * помощь" is military aid and economic aid. The first modifier alone may be a sector phrase of
 * its own ("military", "военн*": SECURITY) while with the head it is another ("military aid":
 * MILITARY_TECHNICAL); it takes the codes of the phrase it makes with the head.
 */
final class SharedHeads {
  /** Words of the second modifier, and of the head, tried. */
  private static final int MAX_MODIFIER = 2;
  private static final int MAX_HEAD = 2;
  private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[.;:!?]");

  private SharedHeads() {}

  /** {@code found} with each first modifier of a shared head carrying the codes of modifier + head. */
  static List<Mention> apply(Tokens t, List<Mention> found, PhraseMatcher<String> matcher, String none, int to) {
    List<Mention> out = null;
    int lim = Math.min(to, t.size());
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int e = m.tokenEnd();
      if (e + 2 >= lim || !SectorListItems.JOIN.contains(t.norm(e))) continue;
      List<String> codes = withHead(t, m, e + 1, lim, matcher, none);
      if (codes == null || codes.equals(m.codes())) continue;
      if (out == null) out = new ArrayList<>(found);
      out.set(i, new Mention(m.start(), m.end(), m.tokenStart(), m.tokenEnd(), codes));
    }
    return out == null ? found : out;
  }

  /**
   * The codes of "m HEAD" where the second item starting at {@code from} is a modifier of one or
   * two words and its HEAD follows; null when no such phrase is a sector phrase.
   */
  private static List<String> withHead(Tokens t, Mention m, int from, int lim, PhraseMatcher<String> matcher,
      String none) {
    String first = t.text().substring(m.start(), m.end());
    for (int k = 1; k <= MAX_MODIFIER; k++) {
      for (int h = MAX_HEAD; h >= 1; h--) {
        int headStart = from + k;
        int headEnd = headStart + h;
        if (headEnd > lim) continue;
        // the two modifiers and the head stand in one clause: no stop, colon or semicolon between
        if (CLAUSE_END.matcher(t.text().substring(m.end(), t.end(headEnd - 1))).find()) break;
        String head = t.text().substring(t.start(headStart), t.end(headEnd - 1));
        Tokens phrase = Tokens.of(first + " " + head);
        PhraseMatcher.Match<String> w = matcher.longestAt(phrase, 0, phrase.size());
        if (w != null && w.tokenEnd == phrase.size() && !w.values.contains(none)) return w.values;
      }
    }
    return null;
  }
}
