package org.coopevents.extract;

import java.util.Set;
import org.coopevents.extract.DocumentItemWords.Role;

/**
 * The signatories run on after a document's title. Outcome tables give each document its
 * signatories in cells of their own ("| MoU on health | Minister of Health J.P. Nadda | Ambassador
 * Y |"); flattened into one line by a text extractor, the cells follow the title with nothing
 * between ("MoU on cooperation in health Minister of Health J.P. Nadda Ambassador Y"). The title
 * ends before the first signatory: a post that opens with a capital (document_item_words.tsv
 * SIGNATORY, with the words that open it: "High Commissioner", "Генеральный директор") or a form of
 * address ("Shri", "Dr."), that follows a word of the title's own (not "the", "of", "between",
 * "and": "the Prime Minister's Office", "between the Minister of A and the Minister of B" name
 * the parties inside a title).
 */
final class SignatoryTail {
  private SignatoryTail() {}

  /** Words after which a post belongs to the title: articles, prepositions, conjunctions. */
  private static final Set<String> GOVERNING = Set.of("the", "of", "and", "by", "between", "for", "to",
      "with", "from", "at", "a", "an", "on", "in", "its", "their", "or", "и", "между", "с", "со", "о", "об",
      "по", "в", "во", "на", "для", "от", "при");

  /** The start of the signatories in text[from, end), or {@code end} when none run on there. */
  static int cut(Analysis an, int from, int end) {
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(end);
    for (int t = a + 1; t < b; t++) {
      String w = an.tokens.norm(t);
      boolean honorific = DocumentItemWords.is(Role.HONORIFIC, w);
      if (!honorific && !DocumentItemWords.is(Role.SIGNATORY, w)) continue;
      // "the President's Office": a possessive names a body of the title
      if (an.text.startsWith("'", an.tokens.end(t)) || an.text.startsWith("’", an.tokens.end(t))) continue;
      int k = t;
      while (!honorific && k - 1 > a && DocumentItemWords.is(Role.POST_MODIFIER, an.tokens.norm(k - 1))
          && spaceBefore(an, k)) {
        k--;
      }
      // "Youth Affairs High Commissioner": "Affairs" opens a post only after "External", "Foreign"
      if (k < t && an.tokens.norm(k).equals("affairs")) k++;
      // the post opens with a capital ("Minister of Health", "Генеральный директор")
      if (k <= a || !an.tokens.upperFirst(k) || GOVERNING.contains(an.tokens.norm(k - 1))) continue;
      return lastNonSpace(an.text, from, an.tokens.start(nameBefore(an, a, k)));
    }
    return end;
  }

  /** The fewest words of the names that end a row: two signatories of two words each. */
  private static final int ROW_NAME_WORDS = 4;

  /**
   * The start of the signatories' names that end a table row flattened into one line, with no post
   * and no initials ("MoU on cooperation in the field of health Jagat Prakash Nadda Abdulla Nazim
   * Ibrahim", "Agreement on currency swap Shaktikanta Das Ahmed Munawar"), in text[from, end); else
   * {@code end}. Only where the title runs to its line's end, and the names are four capitalised
   * words or more (two persons) after a word in lower case of the title's own (not "of", "between",
   * "and"); none of them a country, a body's word, a word of a sector phrase or of a type word. A
   * title in title case keeps what follows it ("on Maritime Security Cooperation Vikram Misri ...").
   */
  static int namesAtLineEnd(Analysis an, int from, int end) {
    int lineEnd = end;
    while (lineEnd < an.text.length() && (an.text.charAt(lineEnd) == ' ' || an.text.charAt(lineEnd) == '\t')) lineEnd++;
    if (lineEnd < an.text.length() && an.text.charAt(lineEnd) != '\n' && an.text.charAt(lineEnd) != '\r') return end;
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(end);
    if (b - a <= ROW_NAME_WORDS + 1) return end;
    boolean[] inPhrase = new boolean[b - a];
    for (org.coopevents.knowledge.SectorLexicon.Mention m : an.kb.sectors.findMentions(an.tokens, a, b)) {
      for (int t = Math.max(a, m.tokenStart()); t < Math.min(b, m.tokenEnd()); t++) inPhrase[t - a] = true;
    }
    for (org.coopevents.knowledge.DocTypes.Mention m : an.docTypesIn(an.tokens.start(a), an.tokens.end(b - 1))) {
      for (int t = Math.max(a, m.tokenStart()); t < Math.min(b, m.tokenEnd()); t++) inPhrase[t - a] = true;
    }
    int first = b;
    for (int t = b - 1; t > a; t--) {
      // "Jurabek Mirzamahmudov, Parviz Shahbazov": a comma may part the two names
      if (inPhrase[t - a] || !SignatoryPair.nameWord(an, t) || t + 1 < b && !spaceOrComma(an, t + 1)
          || DocumentItemWords.is(Role.TITLE_LAST, an.tokens.norm(t))) {
        break;
      }
      first = t;
    }
    if (b - first < ROW_NAME_WORDS || first <= a + 1 || !spaceBefore(an, first)) return end;
    // after a word in lower case of the title's own, or a capitalised one of a sector or type
    // phrase or of TITLE_LAST ("... in the Field of Energy Almasadam Satkaliyev ...", "... on
    // Maritime Cooperation Vikram Misri ..."); another capitalised word before the names may be
    // the title's, which the names cannot be told from
    int prev = first - 1;
    if (GOVERNING.contains(an.tokens.norm(prev))) return end;
    if (an.tokens.upperFirst(prev)) {
      if (!inPhrase[prev - a] && !DocumentItemWords.is(Role.TITLE_LAST, an.tokens.norm(prev))) return end;
      // "MoU on Digital Public Infrastructure Transformation Solutions": a title's own words after
      // the phrase are no names
      for (int t = first; t < b; t++) {
        if (an.kb.translator.lemmas().englishTitleWord(an.tokens.norm(t))) return end;
      }
    }
    return lastNonSpace(an.text, from, an.tokens.start(first));
  }

  /** The most words of a signatory's name before the comma and the post: "J.P. Nadda", "М.А. Мурашко". */
  private static final int NAME_WORDS = 4;

  /**
   * "J.P. Nadda, Minister of Health", "S. Jaishankar, External Affairs Minister": the name before
   * the comma that precedes the post at token {@code k}, when it has an initial (a capital letter
   * and a stop) and capitalised words only; its first token, else {@code k}.
   */
  private static int nameBefore(Analysis an, int a, int k) {
    String gap = an.text.substring(an.tokens.end(k - 1), an.tokens.start(k));
    if (!gap.strip().equals(",")) return k;
    int first = k;
    boolean initial = false;
    for (int t = k - 1; t > a && k - t <= NAME_WORDS && an.tokens.upperFirst(t); t--) {
      boolean init = an.tokens.end(t) - an.tokens.start(t) == 1 && an.text.startsWith(".", an.tokens.end(t));
      initial |= init;
      first = t;
      // the name ends where a word before it is set off by a space from the title's last word
      if (init && (t - 1 <= a || !an.text.startsWith(".", an.tokens.end(t - 1)))) break;
    }
    return initial && first > a + 1 ? first : k;
  }

  /** Only white space, or a comma and white space, stands between token {@code k} and the one before it. */
  private static boolean spaceOrComma(Analysis an, int k) {
    String gap = an.text.substring(an.tokens.end(k - 1), an.tokens.start(k));
    return gap.isBlank() || gap.strip().equals(",") && !gap.contains("\n");
  }

  /** Only white space stands between token {@code k} and the one before it. */
  private static boolean spaceBefore(Analysis an, int k) {
    return an.text.substring(an.tokens.end(k - 1), an.tokens.start(k)).isBlank();
  }

  private static int lastNonSpace(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
    return to;
  }
}
