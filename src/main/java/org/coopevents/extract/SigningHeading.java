package org.coopevents.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.knowledge.DocTypes;

/**
 * A heading that opens a list of signed documents: "Exchange of MoUs", "MoUs/Agreements
 * exchanged", "List of Agreements signed", "Подписанные документы:". Outcome pages of foreign
 * ministries put one above a table or a list and tell the signing nowhere else. The heading is a
 * short line that names a signing and documents in the plural, and the line after it (past a
 * table's header) opens the list: a number, a bullet, or a type word first.
 */
final class SigningHeading {
  private SigningHeading() {}

  /** The most words of a heading: "List of 7 MoUs signed between India and Bangladesh" has nine. */
  private static final int MAX_WORDS = 12;
  /** The most lines between the heading and the list's first item (a table's header, one cell a line). */
  private static final int MAX_HEADER_LINES = 6;

  private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:[-–—•*·▪►]|\\d{1,2}[.)]?(?:\\s|$))");
  private static final Pattern HEADER = Pattern.compile("(?iu)^\\s*(?:s\\.?\\s?no\\.?|sl\\.?\\s?no\\.?|sr\\.?\\s?no\\.?|№)"
      + "|signator|подписант|^\\s*(?:name|title)s? of |^\\s*наименовани"
      // "Exchanged by Indian side", "Exchanging party": the column of who exchanged each document
      + "|^\\s*exchang(?:ed|ing) (?:by|from|party|side)"
      // "Description", "Purpose", "Краткое содержание": a column that tells what each document is for
      + "|^\\s*(?:brief )?(?:description|purpose|objectives?|remarks|details|описание|цель|краткое содержание)\\s*$");

  /** The most tokens before the type word of the first item under "Outcomes" ("1. Shared Vision"). */
  private static final int OUTCOME_ITEM_REACH = 3;

  /** The most words of a heading that names only documents ("MoUs/Agreements"). */
  private static final int MAX_TYPES_ONLY_WORDS = 4;

  /**
   * "MoUs/Agreements", "Agreements and MoUs" on a page titled as the outcomes of a visit ("List
   * of Outcomes: ...", "Итоги визита ..."): a heading of type words alone heads the signed
   * documents there.
   */
  private static boolean typesOnly(Analysis an, int ls, int le, int words) {
    if (words > MAX_TYPES_ONLY_WORDS || !SigningClause.outcomePage(an)) return false;
    int a = an.tokens.firstAtOrAfter(ls);
    int b = an.tokens.firstAtOrAfter(le);
    boolean[] covered = new boolean[b - a];
    for (DocTypes.Mention m : an.docTypesIn(ls, le)) {
      for (int t = m.tokenStart(); t < m.tokenEnd(); t++) covered[t - a] = true;
    }
    for (Analysis.CueHit c : an.cuesIn(ls, le)) {
      if (!c.is(Cue.DOCUMENTS)) continue;
      for (int t = c.tokenStart(); t < c.tokenEnd(); t++) covered[t - a] = true;
    }
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      if (!covered[t - a] && !w.equals("and") && !w.equals("и")) return false;
    }
    return true;
  }

  /** Sentence {@code si} is a list heading of signed documents. */
  static boolean listHeading(Analysis an, int si) {
    Sentences.Span s = an.sentences.get(si);
    int ls = s.lineStart();
    int le = s.lineEnd();
    int words = an.tokens.firstAtOrAfter(le) - an.tokens.firstAtOrAfter(ls);
    if (words == 0 || words > MAX_WORDS || ".!?".indexOf(an.text.charAt(le - 1)) >= 0) return false;
    // "Outcomes at a glance", "Итоги визита": the outcomes of a visit are its signed documents
    // when the items under the heading are documents
    boolean outcomes = SigningClause.outcomeWord(an, ls, le);
    boolean documents = an.hasCue(ls, le, Cue.DOCUMENTS) || outcomes;
    for (DocTypes.Mention m : an.docTypesIn(ls, le)) documents |= DocumentListReader.plural(an, m);
    // "Name of MoU/Agreement", "Наименование документа": on an outcome page, the header of the
    // table's column of documents heads its rows
    boolean column = SigningClause.outcomePage(an) && HEADER.matcher(an.text).region(ls, le).find()
        && (an.hasDocTypeIn(ls, le) || an.hasCue(ls, le, Cue.DOCUMENTS));
    if (!documents && !column) return false;
    if (!an.hasCue(ls, le, Cue.SIGN) && !typesOnly(an, ls, le, words) && !outcomes && !column) return false;
    // the list opens on one of the next lines
    int k = DocumentListReader.nextLine(an, si);
    for (int n = 0; n <= MAX_HEADER_LINES && k < an.sentences.size(); n++) {
      if (an.furniture[k]) return false;
      Sentences.Span x = an.sentences.get(k);
      int xs = x.lineStart();
      int xe = x.lineEnd();
      List<DocTypes.Mention> ds = an.docTypesIn(xs, xe);
      int first = an.tokens.firstAtOrAfter(xs);
      if (ITEM_START.matcher(an.text).region(xs, xe).lookingAt()
          || DocumentLines.BULLET.matcher(an.text).region(xs, xe).lookingAt() && an.text.charAt(xs) != ' ') {
        // under "Outcomes", the first item names a document ("1. MoU on ..."), or is only its number
        return !outcomes || !ds.isEmpty() && ds.get(0).tokenStart() - first <= OUTCOME_ITEM_REACH
            || DocumentLines.numberOnly(an, xs, xe);
      }
      if (!ds.isEmpty() && ds.get(0).tokenStart() - first <= 1) return true;
      Matcher h = HEADER.matcher(an.text).region(xs, xe);
      if (!h.find()) return false;
      k = DocumentListReader.nextLine(an, k);
    }
    return false;
  }
}
