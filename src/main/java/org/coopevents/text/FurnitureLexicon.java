package org.coopevents.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The furniture vocabulary of {@code furniture.tsv}, by kind. Immutable once loaded. */
final class FurnitureLexicon {
  enum Kind { END_COMMENTS, END_RELATED, DROP, ANYWHERE, SOCIAL, LIST_HEADING }

  static final String RESOURCE = "furniture.tsv";

  private final Map<Kind, List<String>> phrases;
  private final Set<String> social;
  private final Set<String> listHeading;

  private FurnitureLexicon(Map<Kind, List<String>> phrases) {
    this.phrases = phrases;
    this.social = Set.copyOf(phrases.get(Kind.SOCIAL));
    this.listHeading = Set.copyOf(phrases.get(Kind.LIST_HEADING));
  }

  static FurnitureLexicon load() {
    Map<Kind, List<String>> map = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      map.put(k, new ArrayList<>());
    }
    for (String[] row : rows()) {
      map.get(Kind.valueOf(row[0])).add(row[1]);
    }
    // longest first, so that "related news" is tried before "related"
    for (Kind k : Kind.values()) {
      List<String> list = map.get(k);
      list.sort((a, b) -> b.length() - a.length());
      map.put(k, List.copyOf(list));
    }
    return new FurnitureLexicon(Collections.unmodifiableMap(map));
  }

  /** Rows (kind, phrase) of the data file, header and comments skipped. */
  static List<String[]> rows() {
    return TsvResource.rows(FurnitureLexicon.class, RESOURCE, 2);
  }

  /**
   * The longest phrase of the kind that starts {@code lower} on a word boundary, or null.
   * {@code lower} is the line in lower case.
   */
  String startPhrase(Kind kind, String lower) {
    for (String p : phrases.get(kind)) {
      if (lower.startsWith(p)
          && (lower.length() == p.length() || !Character.isLetterOrDigit(lower.charAt(p.length())))) {
        return p;
      }
    }
    return null;
  }

  boolean containsAnywhere(String lower) {
    for (String p : phrases.get(Kind.ANYWHERE)) {
      if (lower.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** One of the words of {@code lower} (a line in lower case) is a word of list headings. */
  boolean hasListHeadingWord(String lower) {
    for (String w : WORD_SPLIT.split(lower)) {
      if (listHeading.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern WORD_SPLIT = java.util.regex.Pattern.compile("[^\\p{L}\\d]+");

  boolean isSocial(String lowerWord) {
    return social.contains(lowerWord);
  }

  /** All phrases, for the consistency test. */
  List<String> phrases(Kind kind) {
    return phrases.get(kind);
  }

  static Set<String> kinds() {
    Set<String> s = new HashSet<>();
    for (Kind k : Kind.values()) {
      s.add(k.name());
    }
    return s;
  }
}
