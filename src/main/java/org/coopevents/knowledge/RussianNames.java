package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Declension of Russian personal names for matching: from a nominative name ("Ильхам Алиев")
 * the forms of the other cases, every word in the same case ("Ильхама Алиева", "Ильхаму
 * Алиеву", "Ильхамом Алиевым", "Ильхаме Алиеве"). Over-generation is harmless (the forms are
 * only matched); names ending in -о, -е, -и, -у, -ю, -ых, -их do not decline (Лукашенко).
 */
public final class RussianNames {
  private RussianNames() {}

  /**
   * Particles of Arab names that do not decline: "Мухаммеда бен Зайеда Аль Нахайяна", "Тамима
   * бен Хамада Аль Тани" (only the names around them do).
   */
  private static final Set<String> PARTICLES = Set.of("бен", "бин", "ибн", "бинт", "аль", "эль", "аш", "ас", "ад", "ат", "ан", "аз", "ар",
      "абдель", "абдул", "абд");

  /** Cases generated besides the nominative: genitive, dative, instrumental, prepositional. */
  private static final int CASES = 4;

  /** All case forms of a multi-word name, the nominative first. */
  public static List<String> declineName(String name) {
    String[] words = name.strip().split("\\s+");
    Set<String> out = new LinkedHashSet<>();
    out.add(String.join(" ", words));
    for (int c = 0; c < CASES; c++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < words.length; w++) {
        if (w > 0) sb.append(' ');
        boolean surname = w == words.length - 1 && words.length > 1 || words.length == 1;
        sb.append(declineWord(words[w], c, surname));
      }
      out.add(sb.toString());
    }
    // East Asian names decline in their last word only ("с Фам Минь Тинем", "с Юн Сок Ёлем",
    // "То Лама"): the leading words are kept in the nominative too
    if (words.length > 1) {
      String head = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
      for (int c = 0; c < CASES; c++) out.add(head + " " + declineWord(words[words.length - 1], c, true));
    }
    // a foreign name in -ина/-ова/-ева declines as a noun, not as a Russian woman's surname
    // ("визит Шейх Хасины", "с Шейх Хасиной"): its noun forms are listed too
    String tail = words[words.length - 1].toLowerCase();
    if (tail.endsWith("ина") || tail.endsWith("ова") || tail.endsWith("ева")) {
      String head = words.length > 1 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)) + " " : "";
      String stem = words[words.length - 1].substring(0, words[words.length - 1].length() - 1);
      for (String end : new String[] {"ы", "е"}) out.add(head + stem + end);
    }
    // a foreign surname in -ин/-ын takes -ом in the instrumental ("с Си Цзиньпином"), a Russian one
    // -ым ("с Путиным"): both are listed
    String last = words[words.length - 1].toLowerCase();
    if (last.endsWith("ин") || last.endsWith("ын")) {
      words[words.length - 1] = words[words.length - 1] + "ом";
      for (int w = 0; w < words.length - 1; w++) words[w] = declineWord(words[w], 2, false);
      out.add(String.join(" ", words));
    }
    return new ArrayList<>(out);
  }

  /** One word in case {@code c} (0 gen, 1 dat, 2 instr, 3 prep); hyphenated: last part only. */
  static String declineWord(String word, int c, boolean surname) {
    int h = word.lastIndexOf('-');
    if (h >= 0) return word.substring(0, h + 1) + declineWord(word.substring(h + 1), c, surname);
    String w = word;
    String low = w.toLowerCase();
    if (low.length() < 2 || PARTICLES.contains(low)) return w;
    if (low.endsWith("ых") || low.endsWith("их") || low.endsWith("о") || low.endsWith("е")
        || low.endsWith("и") || low.endsWith("у") || low.endsWith("ю") || low.endsWith("э")
        || low.endsWith("ы")) {
      return w;
    }
    if (low.endsWith("ский") || low.endsWith("цкий")) {
      String stem = w.substring(0, w.length() - 2);
      return stem + new String[] {"ого", "ому", "им", "ом"}[c];
    }
    if (low.endsWith("ова") || low.endsWith("ева") || low.endsWith("ина") || low.endsWith("ёва")) {
      String stem = w.substring(0, w.length() - 1);
      return stem + new String[] {"ой", "ой", "ой", "ой"}[c];
    }
    if (low.endsWith("ов") || low.endsWith("ев") || low.endsWith("ёв") || low.endsWith("ин")
        || low.endsWith("ын")) {
      if (surname || !low.endsWith("ин")) return w + new String[] {"а", "у", "ым", "е"}[c];
      return w + new String[] {"а", "у", "ом", "е"}[c];
    }
    if (low.endsWith("ич")) return w + new String[] {"а", "у", "ем", "е"}[c];
    if (low.endsWith("ия")) {
      String stem = w.substring(0, w.length() - 1);
      return stem + new String[] {"и", "и", "ей", "и"}[c];
    }
    if (low.endsWith("я")) {
      String stem = w.substring(0, w.length() - 1);
      return stem + new String[] {"и", "е", "ей", "е"}[c];
    }
    if (low.endsWith("а")) {
      String stem = w.substring(0, w.length() - 1);
      char prev = low.charAt(low.length() - 2);
      boolean soft = "гкхжчшщ".indexOf(prev) >= 0;
      return stem + new String[] {soft ? "и" : "ы", "е", "жчшщц".indexOf(prev) >= 0 ? "ей" : "ой", "е"}[c];
    }
    if (low.endsWith("ий")) {
      String stem = w.substring(0, w.length() - 1);
      return stem + new String[] {"я", "ю", "ем", "и"}[c];
    }
    if (low.endsWith("й")) {
      String stem = w.substring(0, w.length() - 1);
      return stem + new String[] {"я", "ю", "ем", "е"}[c];
    }
    if (low.endsWith("ь")) {
      String stem = w.substring(0, w.length() - 1);
      return stem + new String[] {"я", "ю", "ем", "е"}[c];
    }
    char last = low.charAt(low.length() - 1);
    if ("бвгджзклмнпрстфхцчшщ".indexOf(last) >= 0) {
      boolean sib = "жчшщц".indexOf(last) >= 0;
      return w + new String[] {"а", "у", sib ? "ем" : "ом", "е"}[c];
    }
    return w;
  }
}
