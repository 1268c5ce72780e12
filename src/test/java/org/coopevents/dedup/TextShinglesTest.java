package org.coopevents.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass sketch gives what the word-list definition gives, on texts of every kind. */
public class TextShinglesTest {
  private static final List<String> TEXTS = List.of(
      "",
      "   ...  ",
      "Minsk",
      "Three short words",
      "Exactly four words here",
      MinHashLshTest.WIRE,
      MinHashLshTest.EDITED,
      "Ёлки и ежи: «Её» объём — 12 500 т; ЁМКОСТЬ растёт.\nВторая строка, 2024 год.",
      "Ligatures ﬁne ﬂow, full-width ＡＢＣ１２３, superscript x² and the sign №5 — NFKC folds them.",
      "Mixed Русский and English words, digits 1,234.56 and İstanbul (capital dotted I).",
      "Tabs\tand\r\nwindows line ends\u00a0with no-break spaces and trailing punctuation!!!");

  /** The definition: shingles from the word strings of {@link TextShingles#words}. */
  private static long[] byDefinition(String text) {
    List<String> w = TextShingles.words(text);
    if (w.isEmpty()) return new long[0];
    int n = Math.max(1, w.size() - TextShingles.SIZE + 1);
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] words = w.subList(i, Math.min(w.size(), i + TextShingles.SIZE)).stream()
          .mapToInt(String::hashCode).toArray();
      out.add(TextShingles.shingle(words, 0, words.length));
    }
    return out.stream().distinct().sorted().mapToLong(Long::longValue).toArray();
  }

  @Test
  void sketchMatchesTheWordListDefinition() {
    for (String t : TEXTS) {
      TextShingles.Sketch s = TextShingles.sketch(t);
      assertArrayEquals(byDefinition(t), s.shingles(), t);
      assertEquals(String.join(" ", TextShingles.words(t)), s.normalised(), t);
      assertArrayEquals(s.shingles(), TextShingles.of(t), t);
    }
  }

  @Test
  void longTextsGrowTheWordBuffer() {
    // a text of one-letter words: more words than the initial buffer guesses (length / 5)
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5000; i++) b.append((char) ('a' + i % 26)).append(' ');
    String t = b.toString().strip();
    assertArrayEquals(byDefinition(t), TextShingles.sketch(t).shingles());
    assertEquals(5000, TextShingles.words(t).size());
  }

  @Test
  void aShingleDependsOnItsWordsAndTheirOrder() {
    int[] abcd = {"a".hashCode(), "b".hashCode(), "c".hashCode(), "d".hashCode()};
    int[] bacd = {"b".hashCode(), "a".hashCode(), "c".hashCode(), "d".hashCode()};
    int[] abce = {"a".hashCode(), "b".hashCode(), "c".hashCode(), "e".hashCode()};
    long h = TextShingles.shingle(abcd, 0, 4);
    assertEquals(h, TextShingles.shingle(abcd.clone(), 0, 4));
    assertTrue(h != TextShingles.shingle(bacd, 0, 4), "order");
    assertTrue(h != TextShingles.shingle(abce, 0, 4), "a word");
    assertEquals(TextShingles.shingle(abcd, 0, 3), TextShingles.shingle(abce, 0, 3),
        "the same first three words");
    assertTrue(TextShingles.shingle(abcd, 0, 3) != h, "fewer words");
  }

  @Test
  void shinglesAreSortedAndDistinct() {
    long[] s = TextShingles.of("the same four words the same four words the same four words");
    long[] sorted = s.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, s);
    assertEquals(Arrays.stream(s).distinct().count(), s.length);
    assertEquals(4, s.length, "12 words in a 4-word cycle: 4 distinct shingles");
  }

  @Test
  void textOrderShinglesAreTheSketchWithRepeatsAndOrderKept() {
    String repeated = "the same four words the same four words the same four words";
    TextShingles.Shingled s = TextShingles.shingled(repeated);
    assertEquals(9, s.shingles().length, "12 words: 9 shingles, repeats kept");
    assertEquals(TextShingles.shingle(new int[] {"the".hashCode(), "same".hashCode(),
        "four".hashCode(), "words".hashCode()}, 0, 4), s.shingles()[0], "the first run first");
    for (String t : TEXTS) {
      TextShingles.Shingled inOrder = TextShingles.shingled(t);
      long[] distinct = Arrays.stream(inOrder.shingles()).distinct().sorted().toArray();
      assertArrayEquals(TextShingles.sketch(t).shingles(), distinct, t);
      assertEquals(TextShingles.sketch(t).normalised(), inOrder.normalised(), t);
    }
  }
}
