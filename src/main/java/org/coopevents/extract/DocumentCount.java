package org.coopevents.extract;

import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.knowledge.DocTypes;

/**
 * The number of documents a signing sentence states, beyond its first count
 * ({@link SigningClause#count}): group words ("a dozen documents" 12, "два десятка" 20, "dozens
 * of agreements" only roughly), counts joined by "and" ("four intergovernmental agreements and
 * seven other documents": 11 signed), and a sub-count told before the total ("three agreements
 * were among the 12 documents": 12). A sub-count told after the total ("12 documents, including
 * three agreements") leaves the first count.
 */
final class DocumentCount {
  private DocumentCount() {}

  /** The roles of document_count_words.tsv. */
  enum Role { GROUP, PLURAL_GROUP, JOIN, PART_OF, COPULA, DETERMINER, OTHER_AFTER, OTHER_BEFORE, COUNTED, FURTHER_JOIN }

  private static final RoleWords<Role> WORDS = RoleWords.load("document_count_words.tsv", Role.class);

  /** The most tokens between a count and the word for what it counts ("12 new cooperation documents"). */
  private static final int NOUN_REACH = 3;

  /**
   * The count {@code n} read at token {@code i}, with a group word there: "two dozen" 24, "два
   * десятка" 20, "a dozen" 12; -1 for a plural group word with no number ("dozens", "десятки").
   */
  static int grouped(Analysis an, int i, int n) {
    String w = an.tokens.norm(i);
    if (!WORDS.is(Role.GROUP, w)) return n;
    int before = i > 0 ? value(an, i - 1) : 0;
    if (before > 1 && !WORDS.is(Role.GROUP, an.tokens.norm(i - 1))) return before * n;
    return WORDS.is(Role.PLURAL_GROUP, w) ? -1 : n;
  }

  /**
   * The documents signed, given the count {@code n} of the documents counted at token {@code i}:
   * the sum with counts joined to it by "and", or the total it is said to be part of.
   */
  static int total(Analysis an, int a, int i, int n, int b) {
    // "a treaty on extradition and six other documents", "и ещё 14 документов": those named before too
    // "a joint statement plus seven documents", "совместное заявление, а также семь документов": so
    // are those named right before a count joined to them
    if (other(an, i, b) || furtherCountJoin(an, a, i, b) >= a) n += namedBefore(an, a, i);
    return total(an, i, n, b);
  }

  private static int total(Analysis an, int i, int n, int b) {
    int next = nounEnd(an, i, b);
    if (next < 0 || next >= b || punctuated(an, next)) return n;
    String w = an.tokens.norm(next);
    if (WORDS.is(Role.JOIN, w)) {
      int m = countAt(an, next + 1, b);
      if (m > 0) return n + total(an, next + 1, m, b);
      return n;
    }
    int u = WORDS.is(Role.COPULA, w) ? next + 1 : next;
    if (u >= b || !WORDS.is(Role.PART_OF, an.tokens.norm(u))) return n;
    u++;
    if (u < b && WORDS.is(Role.DETERMINER, an.tokens.norm(u))) u++;
    int m = countAt(an, u, b);
    return m > n ? m : n;
  }

  /** The count at token {@code i} is one of further documents than those named before it. */
  private static boolean other(Analysis an, int i, int b) {
    return i + 1 < b && WORDS.is(Role.OTHER_AFTER, an.tokens.norm(i + 1)) || i > 0 && WORDS.is(Role.OTHER_BEFORE, an.tokens.norm(i - 1));
  }

  /** The documents named one by one (a singular type word) in tokens [a, i). */
  private static int namedBefore(Analysis an, int a, int i) {
    if (i <= a) return 0;
    int n = 0;
    for (DocTypes.Mention m : an.docTypesIn(an.tokens.start(a), an.tokens.start(i))) {
      if (!DocumentListReader.plural(an, m)) n++;
    }
    return n;
  }

  /**
   * "совместное заявление ..., а также семь двусторонних документов", "a joint statement and seven
   * other documents", "as well as 12 agreements": the documents counted at token {@code t} are
   * further ones, joined to the title before them by words of FURTHER_JOIN. The first token of the
   * join (at or after token {@code a}: "a joint statement plus seven documents" read from after
   * the type word), else -1.
   */
  static int furtherCountJoin(Analysis an, int a, int t, int b) {
    if (t <= a || !WORDS.is(Role.FURTHER_JOIN, an.tokens.norm(t - 1)) || countAt(an, t, b) <= 0) return -1;
    int j = t;
    while (j - 1 >= a && WORDS.is(Role.FURTHER_JOIN, an.tokens.norm(j - 1))) j--;
    return j;
  }

  /** The count that opens at token {@code t} and counts documents, or 0. */
  private static int countAt(Analysis an, int t, int b) {
    if (t >= b) return 0;
    int n = value(an, t);
    if (n < 2) return 0;
    if (t + 1 < b && WORDS.is(Role.GROUP, an.tokens.norm(t + 1))) {
      n = grouped(an, t + 1, value(an, t + 1));
      t++;
    }
    return n > 0 && nounEnd(an, t, b) >= 0 ? n : 0;
  }

  /** The token after the word for documents counted at token {@code i} (within a few tokens), or -1. */
  private static int nounEnd(Analysis an, int i, int b) {
    int last = Math.min(b, i + 1 + NOUN_REACH);
    if (i + 1 >= last) return -1;
    int from = an.tokens.start(i + 1);
    int to = an.tokens.end(last - 1);
    int end = -1;
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.DOCUMENTS)) {
        end = c.tokenEnd();
        break;
      }
    }
    for (DocTypes.Mention d : an.docTypesIn(from, to)) {
      if ((d.docType().plural() || DocumentListReader.plural(an, d)) && (end < 0 || d.tokenEnd() < end)) {
        end = d.tokenEnd();
        break;
      }
    }
    for (int j = i + 1; j < last && (end < 0 || j + 1 < end); j++) {
      if (WORDS.is(Role.COUNTED, an.tokens.norm(j))) return j + 1;
    }
    return end;
  }

  /** The value of the number at token {@code t} (digits or a number word), else 0. */
  private static int value(Analysis an, int t) {
    String w = an.tokens.norm(t);
    if (an.tokens.isNumber(t)) return w.length() <= 3 ? Integer.parseInt(w) : 0;
    Integer n = an.kb.docTypes.numberWord(w);
    return n == null ? 0 : n;
  }

  /** A punctuation mark stands between token {@code t} and the one before it. */
  private static boolean punctuated(Analysis an, int t) {
    String gap = an.text.substring(an.tokens.end(t - 1), an.tokens.start(t));
    return !gap.isBlank();
  }
}
