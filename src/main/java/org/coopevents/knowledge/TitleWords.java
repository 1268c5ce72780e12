package org.coopevents.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The title test of gold-format.md: the word sets of two titles, lower-cased, with the
 * listed stop-words removed, compared by Jaccard similarity. A word is a maximal run of
 * letters and digits, so "2024-2025" gives two words and "medium-sized" gives "medium" and
 * "sized". Shared by the scorer ({@code eval}) and the document merger ({@code dedup}), so
 * that "the same document" means the same thing when merging and when scoring.
 */
public final class TitleWords {
  /** The stop-word list of gold-format.md (v1), part of the scoring contract. */
  public static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "in", "on", "for", "a", "an",
      "to", "with", "between", "by", "at", "its", "their", "as", "from", "field", "cooperation");

  /** The Jaccard similarity a matching title needs. */
  public static final double MIN_JACCARD = 0.5;

  private TitleWords() {}

  public static Set<String> words(String title) {
    Set<String> out = new TreeSet<>();
    if (title == null) return out;
    for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !STOP_WORDS.contains(w)) out.add(w);
    }
    return out;
  }

  /** Jaccard similarity of the two titles' word sets; 0 when both are empty. */
  public static double jaccard(String a, String b) {
    return jaccard(words(a), words(b));
  }

  /** Jaccard similarity of two word sets; 0 when both are empty. */
  public static double jaccard(Set<String> x, Set<String> y) {
    Set<String> union = new TreeSet<>(x);
    union.addAll(y);
    if (union.isEmpty()) return 0.0;
    Set<String> both = new TreeSet<>(x);
    both.retainAll(y);
    return (double) both.size() / union.size();
  }
}
