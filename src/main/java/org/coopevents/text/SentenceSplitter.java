package org.coopevents.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into sentence spans (character offsets into the given text, end exclusive, leading and
 * trailing spaces left out). Rules:
 * <ul>
 *   <li>a line break always ends a sentence; empty lines give no span;</li>
 *   <li>inside a line a sentence ends at {@code . ! ? …} (or a run such as {@code ?!} or
 *       {@code ...}), together with any closing quotes and brackets that follow, when a space comes
 *       next and the next word starts with a capital letter, a digit, an opening quote or a letter
 *       of a caseless script; {@code 。！？} end a sentence without a space;</li>
 *   <li>a full stop with no space after it (16.05.2024, 1.5, U.S.) never ends a sentence;</li>
 *   <li>a full stop after a title or a word that always wants a continuation (Mr., Dr., e.g.,
 *       т.е., им., ул., г. not after a number ...), after a single capital letter (initials: "A.
 *       Lukashenko", "А.Г. Лукашенко") or after a list number at the start of a line ("1.") does
 *       not end a sentence;</li>
 *   <li>after dotted abbreviations (U.S., U.K.) and "г."/"гг." after a number, which may or may not
 *       be last, the sentence ends only if the next word is a usual sentence opener (The, In, He,
 *       В, Он ...).</li>
 * </ul>
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** Lower-cased words that are abbreviations never ending a sentence when a word follows. */
  private static final Set<String> NEVER_LAST = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm",
      "sen", "rep", "gov", "pres", "st", "mt", "vs", "e.g", "i.e", "cf", "approx", "ca", "rev",
      "hon", "amb", "dept", "т", "т.е", "т.к", "т.н", "т.ч", "им", "ул", "пр", "просп", "пер", "пл",
      "наб", "корп", "акад", "проф", "ген", "св", "гр", "тов", "г-н", "г-жа", "см", "напр", "зам",
      "пос", "дер", "с", "о");

  /** Abbreviations that do not end a sentence when a number follows (No. 5, Jan. 16, ст. 12). */
  private static final Set<String> BEFORE_NUMBER = Set.of(
      "no", "nos", "art", "fig", "vol", "pp", "p", "para", "sec", "ch", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "д", "стр", "рис", "ст", "п", "ч",
      "гл", "янв", "февр", "авг", "сент", "окт", "нояб", "дек");

  /** Sentence openers that make an ambiguous abbreviation before them the end of a sentence. */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this", "that",
      "these", "those", "there", "but", "and", "however", "also", "according", "as", "after",
      "before", "during", "meanwhile", "its", "his", "her", "their", "our", "earlier", "later",
      "в", "на", "по", "он", "она", "они", "мы", "это", "как", "при", "также", "кроме", "однако",
      "но", "и", "а", "с", "за", "для", "так", "всего", "сейчас", "ранее", "напомним", "его", "ее",
      "её", "их", "тогда", "затем", "после", "во", "со");

  private static final String CLOSERS = "\"'”’»)]}›";
  private static final String OPENERS_PUNCT = "\"'“‘«„([{‹—–-";

  public static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return spans;
    }
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      splitLine(text, lineStart, lineEnd, spans);
      lineStart = lineEnd + 1;
    }
    return spans;
  }

  private static void splitLine(String text, int from, int to, List<Span> spans) {
    int start = skipSpace(text, from, to);
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        int end = i + 1;
        while (end < to && (isTerminator(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0
            || text.charAt(end) == '」' || text.charAt(end) == '』')) {
          end++;
        }
        add(text, start, end, spans);
        start = skipSpace(text, end, to);
        i = start;
        continue;
      }
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      int termStart = i;
      int end = i + 1;
      while (end < to && isTerminator(text.charAt(end))) {
        end++;
      }
      while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end < to && !Character.isWhitespace(text.charAt(end))) {
        i = end;          // 16.05.2024, 1.5, U.S.A, "end.Next": not a boundary
        continue;
      }
      int next = skipSpace(text, end, to);
      if (next >= to) {
        break;            // the line's end closes the sentence anyway
      }
      if (isBoundary(text, start, termStart, end, next, to)) {
        add(text, start, end, spans);
        start = next;
      }
      i = next;
    }
    add(text, start, to, spans);
  }

  private static boolean isBoundary(String text, int sentStart, int termStart, int termEnd, int next, int to) {
    // What starts the next word, after opening quotes and dashes.
    int k = next;
    while (k < to && (OPENERS_PUNCT.indexOf(text.charAt(k)) >= 0 || text.charAt(k) == ' ')) {
      k++;
    }
    if (k >= to) {
      return true;
    }
    int cp = text.codePointAt(k);
    boolean startsSentence = Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)
        || (Character.isLetter(cp) && !Character.isLowerCase(cp));
    if (!startsSentence) {
      return false;
    }
    char term = text.charAt(termStart);
    boolean singleDot = term == '.' && (termStart + 1 >= text.length() || text.charAt(termStart + 1) != '.');
    if (!singleDot) {
      return true;       // ! ? … ... end the sentence before a capital
    }
    // The word before the full stop (letters, digits, inner dots and hyphens).
    int w = termStart;
    while (w > sentStart) {
      char p = text.charAt(w - 1);
      if (Character.isLetterOrDigit(p) || p == '.' || p == '-') {
        w--;
      } else {
        break;
      }
    }
    String word = text.substring(w, termStart);
    if (word.isEmpty()) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("г") || lower.equals("гг")) {
      // "г. Минск" is a city; "в 2024 г." may or may not close the sentence
      return isAfterNumber(text, sentStart, w) && isOpener(text, k, to);
    }
    if (NEVER_LAST.contains(lower)) {
      return false;
    }
    if (BEFORE_NUMBER.contains(lower) && Character.isDigit(cp)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;      // an initial
    }
    if (w == sentStart && isListNumber(word)) {
      return false;      // "1. Memorandum ..." at the start of a line
    }
    if (word.indexOf('.') > 0 && isDottedAbbreviation(word)) {
      return isOpener(text, k, to);
    }
    return true;
  }

  private static boolean isAfterNumber(String text, int sentStart, int w) {
    int j = w - 1;
    while (j >= sentStart && text.charAt(j) == ' ') {
      j--;
    }
    return j >= sentStart && Character.isDigit(text.charAt(j));
  }

  private static boolean isListNumber(String word) {
    if (word.length() <= 3 && word.chars().allMatch(Character::isDigit)) {
      return true;
    }
    return word.length() <= 4 && word.chars().allMatch(ch -> "IVXLC".indexOf(ch) >= 0);
  }

  /** Letters separated by dots, each part one or two letters: U.S, U.K, А.Г, e.g. */
  private static boolean isDottedAbbreviation(String word) {
    for (String part : word.split("\\.", -1)) {
      if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOpener(String text, int k, int to) {
    int e = k;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return OPENERS.contains(text.substring(k, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(String text, int start, int end, List<Span> spans) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new Span(start, end));
    }
  }
}
