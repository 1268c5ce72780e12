package org.coopevents.knowledge;

/**
 * A Russian document title in its base form (dataset.md v2, {@code title_original}): the head
 * noun, the first noun of the title, goes into the nominative singular (one document per title:
 * "Меморандумов о …" after a count gives "Меморандум о …") through its lemma in
 * {@link RussianLemmas}, and the adjectives before it agree with it ("Дорожную карту" →
 * "Дорожная карта", "Совместного заявления" → "Совместное заявление"). The rest of the title,
 * what the head governs, stays as printed. A title whose head is not in the dictionary is kept.
 */
public final class RussianNominative {
  private RussianNominative() {}

  /** Adjectival case endings, longest first. */
  private static final String[] ADJ_ENDINGS = {"ого", "его", "ому", "ему", "ыми", "ими", "ый", "ий", "ой",
      "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ых", "их", "ым", "им", "ей", "ом", "ем"};
  /** Endings only an adjective (or participle) has: used where the dictionary does not know the word. */
  private static final String[] SURE_ADJ_ENDINGS = {"ого", "его", "ому", "ему", "ыми", "ими", "ый", "ая",
      "яя", "ое", "ые", "ую", "юю", "ых", "их", "ым", "ской", "цкой"};

  /** The title with its head in the nominative singular. */
  public static String of(String title, RussianLemmas lemmas) {
    Tokens t = Tokens.of(title);
    int head = -1;
    for (int i = 0; i < t.size(); i++) {
      if (i > 0 && !title.substring(t.end(i - 1), t.start(i)).isBlank()
          && !title.substring(t.end(i - 1), t.start(i)).equals("-")) {
        break;
      }
      String w = t.norm(i);
      if (TitleTranslator.FUNCTION_WORDS.contains(w) || !cyrillic(w)) break;
      RussianLemmas.Entry e = lemmas.lookup(w);
      boolean hyphenBefore = i + 1 < t.size() && title.substring(t.end(i), t.start(i + 1)).equals("-");
      if (hyphenBefore) continue; // the first part of a compound adjective ("российско-")
      if (e != null && e.noun()) {
        head = i;
        break;
      }
      if (e == null && adjectiveEnding(w) == null) break;
    }
    if (head < 0) return title;
    RussianLemmas.Entry noun = lemmas.lookup(t.norm(head));
    char gender = noun.gender();
    StringBuilder sb = new StringBuilder(title.length());
    int from = 0;
    for (int i = 0; i <= head; i++) {
      boolean compoundPart = i + 1 <= head && title.substring(t.end(i), t.start(i + 1)).equals("-");
      if (compoundPart) continue;
      String base = i == head ? noun.lemma() : adjective(t.norm(i), gender, lemmas);
      if (base == null) continue;
      sb.append(title, from, t.start(i)).append(withCase(t.raw(i), base));
      from = t.end(i);
    }
    sb.append(title.substring(from));
    return sb.toString();
  }

  /** The adjectival ending of a word, or null when it has none of the sure ones. */
  static String adjectiveEnding(String norm) {
    for (String e : SURE_ADJ_ENDINGS) {
      if (norm.length() > e.length() + 2 && norm.endsWith(e)) return e;
    }
    return null;
  }

  /** The adjectival case ending a word may have ("ой" of "промышленной"), or null. */
  static String adjectivalEnding(String norm) {
    for (String x : ADJ_ENDINGS) {
      if (norm.length() > x.length() + 2 && norm.endsWith(x)) return x;
    }
    return null;
  }

  /** The nominative singular of an adjective in the given gender, or null when it is not one. */
  static String adjective(String norm, char gender, RussianLemmas lemmas) {
    RussianLemmas.Entry e = lemmas.lookup(norm);
    String ending = null;
    for (String x : ADJ_ENDINGS) {
      if (norm.length() > x.length() + 2 && norm.endsWith(x)) {
        ending = x;
        break;
      }
    }
    if (ending == null) return null;
    String stem = norm.substring(0, norm.length() - ending.length());
    if (e != null && !e.noun() && e.lemma().length() > 2 && e.lemma().startsWith(stem)) {
      String le = e.lemma().substring(e.lemma().length() - 2);
      if (gender == 'm') return e.lemma();
      stem = e.lemma().substring(0, e.lemma().length() - 2);
      ending = le;
    }
    char last = stem.charAt(stem.length() - 1);
    boolean velar = "гкх".indexOf(last) >= 0;
    boolean sibilant = "жшчщ".indexOf(last) >= 0;
    boolean soft = !velar && !sibilant && "еиюя".indexOf(ending.charAt(0)) >= 0;
    switch (gender) {
      case 'f':
        return stem + (soft ? "яя" : "ая");
      case 'n':
        return stem + (soft || sibilant ? "ее" : "ое");
      default:
        if (ending.equals("ой")) return stem + "ой";
        return stem + (soft || velar || sibilant ? "ий" : "ый");
    }
  }

  private static boolean cyrillic(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (Character.UnicodeScript.of(w.charAt(k)) == Character.UnicodeScript.CYRILLIC) return true;
    }
    return false;
  }

  /** {@code base} spelt with the capitals of {@code surface} (first letter, or all). */
  private static String withCase(String surface, String base) {
    if (surface.length() > 1 && surface.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
      return base.toUpperCase(java.util.Locale.ROOT);
    }
    if (Character.isUpperCase(surface.charAt(0))) return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    return base;
  }
}
