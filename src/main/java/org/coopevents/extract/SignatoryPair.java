package org.coopevents.extract;

import java.util.regex.Pattern;

/**
 * The signatories a report names with "between" at the end of a document's title: "an agreement
 * on defence industry cooperation between Haluk Gorgun and Mohamed Khaled Nordin", "соглашение о
 * сотрудничестве в области образования между Сергеем Кравцовым и министром образования Вьетнама
 * Нгуен Ким Шоном". The title ends before "between" when both sides are persons: a name (capitalised
 * words, no country, no body's word, no acronym) with a post before it (signatory_pair_words.tsv
 * POST, document_item_words.tsv SIGNATORY, HONORIFIC), or a bare name of two words or more (in
 * Russian in the instrumental). Bodies ("between the Reserve Bank of India and the Maldives Monetary
 * Authority", "between Prasar Bharati and Bangladesh Television") stay in the title.
 */
final class SignatoryPair {
  private SignatoryPair() {}

  enum Role { BETWEEN, AND, JOIN, WITH, POST, PARTICLE, BODY, PASSIVE_SIGN, PASSIVE_AUX, ARTICLE }

  private static final RoleWords<Role> WORDS = RoleWords.load("signatory_pair_words.tsv", Role.class);

  /** The most words of one side: a post of a few words and a name. */
  private static final int SIDE_WORDS = 10;
  /** The most words of a person's name. */
  private static final int NAME_WORDS = 5;
  /** A Russian surname (or given name) in the instrumental, the case "между" governs. */
  private static final Pattern RU_INSTRUMENTAL = Pattern.compile(".{2,}(?:ым|им|ом|ем|ой|ей|ою)");

  /**
   * The end of the title in text[from, end): before "between" and two signatories, or before
   * "with" and the other side's signatory with a post ("a letter of intent on A with his
   * Vietnamese counterpart Bui Thanh Son", "with Vietnam's Law Minister Le Thanh Long"); else
   * {@code end}.
   */
  static int cut(Analysis an, int from, int end) {
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(end);
    for (int t = b - 2; t > a; t--) {
      if (WORDS.is(Role.WITH, an.tokens.norm(t)) && person(an, t + 1, b) && !bareName(an, t + 1, b)) {
        return before(an, from, t);
      }
    }
    for (int t = b - 1; t > a; t--) {
      if (!WORDS.is(Role.BETWEEN, an.tokens.norm(t))) continue;
      for (int k = t + 2; k < b - 1; k++) {
        if (!WORDS.is(Role.AND, an.tokens.norm(k))) continue;
        if (person(an, t + 1, k) && person(an, k + 1, b)) return before(an, from, t);
      }
      return end;
    }
    return end;
  }

  /** {@code w} opens a pair of parties: "between", "между". */
  static boolean between(String w) {
    return WORDS.is(Role.BETWEEN, w);
  }

  /** {@code w} parts the two sides of a pair: "and", "и". */
  static boolean and(String w) {
    return WORDS.is(Role.AND, w);
  }

  /** {@code w} joins a further pair of parties to the one before: "and", "as well as", "а также". */
  static boolean is(Role role, String w) {
    return WORDS.is(role, w);
  }

  static boolean pairJoin(String w) {
    return WORDS.is(Role.AND, w) || WORDS.is(Role.JOIN, w);
  }

  /** The end of the text before token {@code t}, past the white space. */
  private static int before(Analysis an, int from, int t) {
    int cut = an.tokens.start(t);
    while (cut > from && Character.isWhitespace(an.text.charAt(cut - 1))) cut--;
    return cut;
  }

  /** Tokens [s, e) are a name alone, with no post before it. */
  private static boolean bareName(Analysis an, int s, int e) {
    for (int t = s; t < e; t++) if (!nameWord(an, t) && !WORDS.is(Role.PARTICLE, an.tokens.norm(t))) return false;
    return true;
  }

  /** Tokens [s, e) name a person: a post and a name, or a bare name of two words or more. */
  private static boolean person(Analysis an, int s, int e) {
    if (e - s > SIDE_WORDS || e <= s) return false;
    for (int t = s + 1; t < e; t++) {
      String gap = an.text.substring(an.tokens.end(t - 1), an.tokens.start(t));
      // "Vietnam's Law Minister": a possessive inside the post
      if (!gap.isBlank() && !gap.equals("-") && !gap.equals(".") && !gap.equals(". ") && !gap.equals("'")
          && !gap.equals("’")) {
        return false;
      }
    }
    int n = 0;
    int first = e;
    for (int t = e - 1; t >= s; t--) {
      String w = an.tokens.norm(t);
      if (WORDS.is(Role.PARTICLE, w) && t > s && t < e - 1 && n > 0) {
        first = t;
        continue;
      }
      if (!nameWord(an, t)) break;
      n++;
      first = t;
    }
    if (n == 0 || n > NAME_WORDS || WORDS.is(Role.PARTICLE, an.tokens.norm(first))) return false;
    if (first == s) {
      if (n < 2) return false;
      return !an.russian || RU_INSTRUMENTAL.matcher(an.tokens.norm(e - 1)).matches();
    }
    for (int t = s; t < first; t++) {
      String w = an.tokens.norm(t);
      if (WORDS.is(Role.POST, w) || DocumentItemWords.is(DocumentItemWords.Role.SIGNATORY, w)
          || DocumentItemWords.is(DocumentItemWords.Role.HONORIFIC, w)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code t} may be a word of a person's name: capitalised letters, no post, body, country or acronym. */
  static boolean nameWord(Analysis an, int t) {
    if (!an.tokens.upperFirst(t) || an.tokens.isNumber(t)) return false;
    String raw = an.text.substring(an.tokens.start(t), an.tokens.end(t));
    if (!raw.chars().allMatch(Character::isLetter)) return false;
    if (raw.length() > 1 && raw.chars().allMatch(Character::isUpperCase)) return false;
    String w = an.tokens.norm(t);
    if (WORDS.is(Role.POST, w) || WORDS.is(Role.BODY, w) || DocumentItemWords.is(DocumentItemWords.Role.SIGNATORY, w)
        || DocumentItemWords.is(DocumentItemWords.Role.HONORIFIC, w)
        || DocumentItemWords.is(DocumentItemWords.Role.POST_MODIFIER, w)) {
      return false;
    }
    for (Analysis.Ref r : an.refsIn(an.tokens.start(t), an.tokens.end(t))) {
      if (r.kind() != Analysis.RefKind.PERSON) return false;
    }
    return true;
  }
}
