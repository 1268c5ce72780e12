package org.coopevents.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlExtractionScoreTest {

  @Test
  void identicalTextsAreAllTruePositives() {
    var s = HtmlExtractionScore.score("a", null, "one two three four five", "one two three four five");
    assertEquals(1.0, s.tp(), 1e-9);
    assertEquals(1.0, s.f1(), 1e-9);
  }

  @Test
  void extraShinglesArePrecisionLossOnlyAndCountsAreNormalised() {
    var s = HtmlExtractionScore.score("a", null, "w1 w2 w3 w4 w5", "w1 w2 w3 w4 w5 x1 x2");
    // truth shingles 2, predicted 4: tp 2, fp 2, fn 0 -> normalised 0.5 / 0.5 / 0
    assertEquals(0.5, s.tp(), 1e-9);
    assertEquals(0.5, s.fp(), 1e-9);
    assertEquals(0.0, s.fn(), 1e-9);
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void repeatedShinglesCountAsAMultisetAndPunctuationIsNotAToken() {
    var s = HtmlExtractionScore.score("a", null, "a b c d a b c d", "a, b. c; d!");
    // truth: abcd, bcda, cdab, dabc, abcd (abcd twice); prediction: abcd once
    assertEquals(1 / 5.0, s.tp(), 1e-9);
    assertEquals(4 / 5.0, s.fn(), 1e-9);
    assertEquals(0, HtmlExtractionScore.score("a", null, "", "").f1(), 1e-9);
  }
}
