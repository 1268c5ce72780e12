package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consistency of russian-letter-frequency.tsv. */
class RussianLetterFrequencyDataTest {

  @Test
  void everyRussianLetterOnceWithPositiveShareSummingToAHundred() throws Exception {
    Set<Character> seen = new HashSet<>();
    double sum = 0;
    boolean header = true;
    try (InputStream in = HtmlCharset.class.getResourceAsStream("russian-letter-frequency.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertEquals(2, f.length, "two columns: " + line);
        if (header) {
          assertEquals("letter", f[0]);
          assertEquals("percent", f[1]);
          header = false;
          continue;
        }
        assertEquals(1, f[0].length(), line);
        char c = f[0].charAt(0);
        assertTrue((c >= 'а' && c <= 'я') || c == 'ё', "lower-case Russian letter: " + line);
        assertTrue(seen.add(c), "duplicate " + c);
        double v = Double.parseDouble(f[1]);
        assertTrue(v > 0 && v < 20, line);
        sum += v;
      }
    }
    assertEquals(33, seen.size());
    assertEquals(100.0, sum, 1.0);
  }
}
