package org.coopevents.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Russian day numbers said in words before a month ("Девятого октября", "двадцать пятого мая",
 * "по двадцать седьмое"), from {@code day_words.tsv}: {@link #PHRASE} matches one, {@link #value}
 * reads it. Stateless after loading.
 */
final class DayWords {
  private static final Map<String, Integer> ORDINALS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();

  static {
    try (InputStream in = DayWords.class.getResourceAsStream("day_words.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        String[] c = line.split("\t");
        (c[0].equals("TENS") ? TENS : ORDINALS).put(c[1], Integer.parseInt(c[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A day in words: an ordinal, after a tens word when it is of 1-9. */
  static final String PHRASE = "(?:(?:" + alternatives(TENS) + ")\\s+)?(?:" + alternatives(ORDINALS) + ")";

  private DayWords() {}

  private static String alternatives(Map<String, Integer> words) {
    StringJoiner j = new StringJoiner("|");
    words.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(j::add);
    return j.toString();
  }

  /** The day a phrase matched by {@link #PHRASE} names, or -1 ("двадцать двадцатого"). */
  static int value(String phrase) {
    String[] w = phrase.toLowerCase().replace('ё', 'е').trim().split("\\s+");
    Integer last = ORDINALS.get(w[w.length - 1]);
    if (last == null) return -1;
    if (w.length == 1) return last;
    Integer tens = TENS.get(w[0]);
    return tens == null || last > 9 ? -1 : tens + last;
  }
}
