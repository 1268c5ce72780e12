package org.coopevents.eval;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The title test of gold-format.md v2, as the scorer applies it. A title's words are the
 * maximal runs of letters and digits, lower-cased, without the v2 stop-words of either
 * language; a Cyrillic word counts by its first five letters, so that Russian case endings do
 * not matter ("соглашение", "соглашения", "соглашению" are all "согла"). Two titles pass when
 * their word sets have Jaccard similarity at least 0.5.
 *
 * <p>It is the scorer's own rule and differs on purpose from
 * {@link org.coopevents.knowledge.TitleWords} (v1 words, English stop-words only), which the
 * document merger of {@code dedup} uses and which this class does not change.
 */
public final class DocumentTitles {
  /** The stop-words of gold-format.md v2, English and Russian; part of the scoring contract. */
  public static final Set<String> STOP_WORDS = Set.of(
      "the", "of", "and", "in", "on", "for", "a", "an", "to", "with", "between", "by", "at",
      "its", "their", "as", "from", "field", "cooperation",
      "и", "в", "во", "на", "о", "об", "по", "с", "со", "для", "между", "от", "к", "до", "из",
      "при", "а", "также");

  /** The Jaccard similarity a matching title needs. */
  public static final double MIN_JACCARD = 0.5;

  /** How many leading letters of a Cyrillic word count. */
  static final int CYRILLIC_STEM = 5;

  /** The script a title is written in, by the majority of its letters. */
  public enum Script { LATIN, CYRILLIC, OTHER }

  private DocumentTitles() {}

  /** The word set of a title (empty for null or a title without letters or digits). */
  public static Set<String> words(String title) {
    Set<String> out = new TreeSet<>();
    if (title == null) return out;
    for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || STOP_WORDS.contains(w)) continue;
      out.add(cyrillic(w) && w.codePointCount(0, w.length()) > CYRILLIC_STEM
          ? w.substring(0, w.offsetByCodePoints(0, CYRILLIC_STEM)) : w);
    }
    return out;
  }

  /** Jaccard similarity of the two titles' word sets; 0 when both are empty. */
  public static double jaccard(String a, String b) {
    return org.coopevents.knowledge.TitleWords.jaccard(words(a), words(b));
  }

  /** Whether the two titles pass the title test. */
  public static boolean pass(String gold, String predicted) {
    return jaccard(gold, predicted) >= MIN_JACCARD;
  }

  /** Whether the gold title passes the title test against either predicted title. */
  public static boolean pass(String gold, String title, String titleOriginal) {
    return pass(gold, title) || pass(gold, titleOriginal);
  }

  /**
   * Whether neither predicted title is in the gold title's script, the condition under which
   * equal non-empty sector sets stand in for the title test. A predicted title without letters
   * is in no script; a gold title without letters has none, so nothing is in it.
   */
  public static boolean noneInScriptOf(String gold, String title, String titleOriginal) {
    Script g = script(gold);
    if (g == null) return true;
    return script(title) != g && script(titleOriginal) != g;
  }

  /**
   * The script most of the title's letters are in (Latin on a tie with Cyrillic), or null for
   * a null title or one without letters.
   */
  public static Script script(String title) {
    if (title == null) return null;
    int latin = 0;
    int cyrillic = 0;
    int other = 0;
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) continue;
      UnicodeScript s = UnicodeScript.of(c);
      if (s == UnicodeScript.LATIN) latin++;
      else if (s == UnicodeScript.CYRILLIC) cyrillic++;
      else other++;
    }
    if (latin + cyrillic + other == 0) return null;
    if (other > latin && other > cyrillic) return Script.OTHER;
    return cyrillic > latin ? Script.CYRILLIC : Script.LATIN;
  }

  private static boolean cyrillic(String word) {
    int c = word.codePointAt(0);
    return UnicodeScript.of(c) == UnicodeScript.CYRILLIC;
  }
}
