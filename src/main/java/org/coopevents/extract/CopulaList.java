package org.coopevents.extract;

import org.coopevents.extract.DocumentItemWords.Role;
import org.coopevents.knowledge.DocTypes;

/**
 * A sentence after a signing whose subject stands for the signed documents and whose copula lists
 * them: "They are the MoU on A, the MoU on B and ...", "These are: MoU on A, and MoU on B", "The
 * other instruments are: ...". English only (words in document_item_words.tsv).
 */
final class CopulaList {
  private CopulaList() {}

  /** The most words of the subject: "the remaining two signed instruments". */
  private static final int SUBJECT = 5;
  /** The most words of a modifier after the subject's noun: "concluded during the visit". */
  private static final int MODIFIER = 5;

  /**
   * The offset of the copula when text[from, to) opens with such a subject and the copula is
   * followed by a colon or, within two words, a type word; else -1.
   */
  static int lead(Analysis an, int from, int to) {
    int t = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(to);
    if (an.russian) return -1;
    boolean noun = false;
    int k = t;
    for (; k < b && k - t < SUBJECT + (noun ? MODIFIER : 0); k++) {
      String w = an.tokens.norm(k);
      if (DocumentItemWords.is(Role.COPULA, w)) break;
      // "the agreements concluded during the visit are ...": a modifier after the noun
      if (noun) continue;
      boolean n = DocumentItemWords.is(Role.LEAD_NOUN, w) || pluralTypeAt(an, k);
      if (!n && !DocumentItemWords.is(Role.LEAD, w)) return -1;
      noun |= n;
    }
    if (!noun || k >= b || k + 1 >= b || !DocumentItemWords.is(Role.COPULA, an.tokens.norm(k))) return -1;
    int after = an.tokens.end(k);
    while (after < to && an.text.charAt(after) == ' ') after++;
    if (after < to && an.text.charAt(after) == ':') return an.tokens.start(k);
    for (DocTypes.Mention m : an.docTypesIn(after, to)) {
      return m.tokenStart() <= k + 3 ? an.tokens.start(k) : -1;
    }
    return -1;
  }

  private static boolean pluralTypeAt(Analysis an, int t) {
    for (DocTypes.Mention m : an.docTypesIn(an.tokens.start(t), an.tokens.end(t))) {
      if (m.tokenEnd() == t + 1 && DocumentListReader.plural(an, m)) return true;
    }
    return false;
  }
}
