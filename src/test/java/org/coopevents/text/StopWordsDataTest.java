package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consistency of stopwords.tsv: codes, scripts, spelling of the words. */
class StopWordsDataTest {

  @Test
  void everyRowIsWellFormed() {
    List<String[]> rows = LanguageDetector.rows();
    assertFalse(rows.isEmpty());
    Set<String> seen = new HashSet<>();
    for (String[] row : rows) {
      String lang = row[0];
      Character.UnicodeScript script = Character.UnicodeScript.valueOf(row[1]);
      assertTrue(lang.matches("[a-z]{2}"), "ISO 639-1 code: " + lang);
      assertTrue(seen.add(lang + "/" + script), "one row per language and script: " + lang);
      assertTrue(LanguageDetector.codesFor(script).contains(lang),
          lang + " is a language the detector scores in " + script);
      String words = row[2];
      assertEquals(words.trim(), words, "no leading or trailing space: " + lang);
      assertFalse(words.contains("  "), "single spaces: " + lang);
      List<String> list = List.of(words.split(" "));
      assertTrue(list.size() >= 10, "at least ten words for " + lang);
      assertEquals(list.size(), new HashSet<>(list).size(), "no word twice in " + lang);
      for (String w : list) {
        assertEquals(w.toLowerCase(Locale.ROOT), w, "lower case: " + w);
        assertTrue(Normalizer.isNormalized(w, Normalizer.Form.NFC), "NFC: " + w);
        w.codePoints().forEach(cp -> {
          assertTrue(Character.isLetter(cp), "letters only: " + w);
          Character.UnicodeScript s = Character.UnicodeScript.of(cp);
          assertTrue(s == script || s == Character.UnicodeScript.COMMON,
              "word " + w + " of " + lang + " is written in " + script);
        });
      }
    }
  }

  @Test
  void everyScoredLanguageOfLatinAndCyrillicHasAList() {
    Set<String> listed = LanguageDetector.stopWordLists().keySet();
    for (Character.UnicodeScript script : List.of(Character.UnicodeScript.LATIN,
        Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARABIC)) {
      for (String code : LanguageDetector.codesFor(script)) {
        assertTrue(listed.contains(code + "/" + script.name()), "stop words for " + code + " in " + script);
      }
    }
  }

  @Test
  void eachListDetectsItsOwnLanguage() {
    // The words of a list read as a text must come out as that list's language.
    for (String[] row : LanguageDetector.rows()) {
      assertEquals(row[0], LanguageDetector.detect(row[2]), "the " + row[0] + " list read as text");
    }
  }
}
