package org.coopevents.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.coopevents.extract.SigningFinder.Doc;
import org.coopevents.extract.SigningFinder.Signing;
import org.coopevents.knowledge.DocNumber;
import org.coopevents.knowledge.DocTypes;

/**
 * The items of a list of signed documents that name only a subject ("MoUs signed: 1. Fisheries
 * Cooperation 2. Space Technology"), and the lines between items that are no items (the
 * signatories of a table read one cell a line, a line that tells what the item before it is).
 * A subject item is a document of the list's type word: its title as printed is the subject,
 * its English title the type word and the subject ("MoU on Fisheries Cooperation").
 */
final class BareSubject {
  private BareSubject() {}

  /** The most words of a subject item or of a short line passed over. */
  private static final int SHORT_LINE_WORDS = 12;
  /** The most words of a line that tells what the item before it is. */
  private static final int DESCRIPTION_WORDS = 90;
  /** The most lines passed over between two items. */
  private static final int MAX_SKIPPED = 3;

  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "for", "regarding", "concerning", "about",
      "о", "об", "по", "в", "во");
  private static final Pattern TRAILING = Pattern.compile("[\\s,;.]+$");

  /**
   * Adds the document of a subject item text[from, to) under the plural type word {@code head};
   * false when the line is no subject: a sentence, a long line, a signing or a date.
   */
  static boolean add(Analysis an, Signing sg, DocTypes.Mention head, int from, int to) {
    int words = an.tokens.firstAtOrAfter(to) - an.tokens.firstAtOrAfter(from);
    if (words == 0 || words > SHORT_LINE_WORDS) return false;
    char lastChar = an.text.charAt(to - 1);
    // the last item of a list whose items end with semicolons ends with a full stop, no sentence
    if (".!?".indexOf(lastChar) >= 0 && words > 1 && !an.text.substring(from, to).strip().matches(".*\\b\\p{Lu}\\.$")
        && !(lastChar == '.' && afterItemWithSemicolon(an.text, from))) {
      return false;
    }
    if (an.hasCue(from, to, Cue.SIGN) || !an.dates(from, to, false).isEmpty()) return false;
    String subject = TRAILING.matcher(an.text.substring(from, to)).replaceAll("").strip();
    if (subject.isEmpty() || !Character.isLetter(subject.charAt(0))) return false;
    // a subject item opens with a capital ("Fisheries Cooperation") or with the preposition of
    // its topic ("on fisheries", "о рыболовстве")
    String first = an.tokens.norm(an.tokens.firstAtOrAfter(from));
    boolean prep = PREPOSITIONS.contains(first);
    if (!prep && !Character.isUpperCase(subject.charAt(0))) return false;
    String type = DocNumber.singular(an.text.substring(head.start(), head.end()), an.russian);
    type = Character.toUpperCase(type.charAt(0)) + type.substring(1);
    String joiner = prep ? " " : an.russian ? null : " on ";
    if (joiner == null) return false;
    String lead = prep ? Character.toLowerCase(subject.charAt(0)) + subject.substring(1) : subject;
    Doc d = TitleCutter.makeDoc(an, head, type + joiner + lead, from, to);
    // the title as printed is the subject; the English title names the type too
    if (!an.russian) d.titleOriginal = subject;
    sg.add(d);
    return true;
  }

  /** The line before the one of {@code from} ends with a semicolon, as an item of a list does. */
  private static boolean afterItemWithSemicolon(String text, int from) {
    int i = text.lastIndexOf('\n', from - 1);
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
    return i >= 0 && text.charAt(i) == ';';
  }

  /**
   * Where the list goes on after line of sentence {@code k} when that line and up to two more
   * are no items but lines between items: short lines without a document (the signatories),
   * or one sentence that tells what the item before is. The list goes on at a line that is an
   * item's number or names a document first, without a full stop (a title). Returns {@code k}
   * when it does not go on.
   */
  static int skipToItem(Analysis an, int k) {
    int j = k;
    boolean description = false;
    for (int skipped = 0; skipped <= MAX_SKIPPED && j < an.sentences.size(); skipped++) {
      if (an.furniture[j]) return k;
      Sentences.Span s = an.sentences.get(j);
      int ls = s.lineStart();
      int le = s.lineEnd();
      int words = an.tokens.firstAtOrAfter(le) - an.tokens.firstAtOrAfter(ls);
      boolean sentence = ".!?".indexOf(an.text.charAt(le - 1)) >= 0;
      if (skipped > 0 && titleLine(an, ls, le, words, sentence)) return j;
      if (skipped == MAX_SKIPPED) return k;
      boolean shortLine = words <= SHORT_LINE_WORDS && an.docTypesIn(ls, le).isEmpty() && !an.hasCue(ls, le, Cue.SIGN);
      boolean describes = !shortLine && !description && sentence && words <= DESCRIPTION_WORDS
          && !verbalSign(an, ls, le);
      if (!shortLine && !describes) return k;
      description |= describes;
      j = DocumentListReader.nextLine(an, j);
    }
    return k;
  }

  private static final Pattern NUMBER_LINE = Pattern.compile("\\s*\\d{1,2}[.)]?\\s*");
  private static final Pattern BULLET = DocumentLines.BULLET;

  /** An item's number alone, or a line without a full stop whose first or second word is a type word. */
  private static boolean titleLine(Analysis an, int ls, int le, int words, boolean sentence) {
    if (NUMBER_LINE.matcher(an.text).region(ls, le).matches()) return true;
    if (sentence) return false;
    java.util.regex.Matcher b = BULLET.matcher(an.text).region(ls, le);
    int from = b.lookingAt() ? b.end() : ls;
    var ds = an.docTypesIn(from, le);
    return !ds.isEmpty() && ds.get(0).tokenStart() - an.tokens.firstAtOrAfter(from) <= 1 && !verbalSign(an, from, le);
  }

  private static boolean verbalSign(Analysis an, int from, int to) {
    for (Analysis.CueHit c : an.cuesIn(from, to)) if (c.is(Cue.SIGN) && !c.is(Cue.SIGN_NOUN)) return true;
    return false;
  }
}
