package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The English words a translated title may hold: the English sides of ru_en_phrases.tsv and
 * ru_en_lemmas.tsv, the countries' English names, adjectives and capitals, the document types'
 * English names, numbers (with ordinal endings) and English function words. A word outside it in
 * the translation of a Russian title is a transliteration (or a word from nowhere).
 */
public final class TitleVocabulary {
  private static final Set<String> FUNCTION = Set.of("the", "of", "and", "in", "on", "for", "a", "an", "to",
      "with", "between", "by", "at", "as", "from", "or", "under", "until", "after", "through", "without",
      "against", "into", "within", "its", "their", "also", "well", "th", "s");

  private final Set<String> words = new TreeSet<>();

  public TitleVocabulary(Knowledge kb) {
    List<String> prefixes = List.of(Knowledge.RESOURCE_DIR);
    for (Tsv.Row r : Tsv.read(prefixes, "ru_en_phrases.tsv", TitleTranslator.HEADER).rows()) add(r.get(1));
    for (Tsv.Row r : Tsv.read(prefixes, RussianLemmas.FILE, RussianLemmas.HEADER).rows()) {
      add(r.get(2));
      add(r.get(3));
    }
    for (RussianLemmas.Entry e : kb.translator.lemmas().entries()) add(e.enPlural());
    for (String iso : kb.countries.iso3Codes()) {
      add(kb.countries.nameEn(iso));
      add(kb.countries.adjectiveEn(iso));
      if (kb.countries.capitalEn(iso) != null) add(kb.countries.capitalEn(iso));
    }
    for (String type : DocTypes.TYPES) add(kb.docTypes.canonicalEn(type));
    words.addAll(FUNCTION);
  }

  private void add(String phrase) {
    if (phrase == null) return;
    for (String w : split(phrase)) words.add(w);
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /**
   * The words of {@code title} that are not English words of the vocabulary: neither a number,
   * nor a word of the tables, nor a Latin word printed in {@code original} itself.
   */
  public List<String> foreignWords(String title, String original) {
    Set<String> printed = new TreeSet<>(split(original));
    List<String> out = new ArrayList<>();
    for (String w : split(title)) {
      if (w.chars().allMatch(Character::isDigit) || w.matches("\\d+(st|nd|rd|th)")) continue;
      if (words.contains(w) || printed.contains(w)) continue;
      out.add(w);
    }
    return out;
  }
}
