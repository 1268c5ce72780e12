package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void nullAndEmptyGiveEmpty() {
    assertEquals("", TextNormalizer.normalize(null));
    assertEquals("", TextNormalizer.normalize(""));
    assertEquals("", TextNormalizer.normalize(" \t\r\n\u00a0\ufeff"));
  }

  @Test
  void composesToNfc() {
    // "e" + combining acute, "й" as и + combining breve
    assertEquals("café мой",
        TextNormalizer.normalize("cafe\u0301 мои\u0306"));
  }

  @Test
  void lineBreaksBecomeNewlines() {
    assertEquals("one\ntwo\nthree\nfour", TextNormalizer.normalize("one\r\ntwo\rthree\u2028four"));
  }

  @Test
  void spacesOfEveryKindBecomeOneSpace() {
    assertEquals("16 May 2024 in Minsk",
        TextNormalizer.normalize("16\u00a0May\u2009\u20092024\tin \u3000 Minsk"));
  }

  @Test
  void controlAndInvisibleCharactersAreRemoved() {
    assertEquals("cooperation agreement",
        TextNormalizer.normalize("\ufeffco\u00adoper\u200bation\u0007 agree\u200dment\u200e"));
  }

  @Test
  void linesAreTrimmedAndBlankRunsShortened() {
    String raw = "  Title line  \n\n\n\n   First paragraph.   \n \t \nSecond one.\n\n\n";
    assertEquals("Title line\n\nFirst paragraph.\n\nSecond one.", TextNormalizer.normalize(raw));
  }

  @Test
  void singleNewlinesAreKept() {
    assertEquals("a\nb", TextNormalizer.normalize("a \n b"));
  }

  @Test
  void normalizingTwiceChangesNothing() {
    String once = TextNormalizer.normalize("\u00a0Да,\u00a0\u00a0это так.\r\n\r\n\r\n\u2014 Сказал он.\u00ad ");
    assertEquals(once, TextNormalizer.normalize(once));
    assertEquals("Да, это так.\n\n— Сказал он.", once);
  }

  @Test
  void alreadyNormalTextIsRecognisedAndNothingElse() {
    // text that normalize() leaves as it is comes back without a copy
    String normal = "Визит в Баку.\n\nThe visit to Minsk\nended.";
    assertTrue(TextNormalizer.alreadyNormal(normal));
    assertSame(normal, TextNormalizer.normalize(normal));
    // each of these differs from its normal form in one place
    for (String s : new String[] {" lead", "trail ", "two  spaces", "three\n\n\nlines", "a \nb",
        "a\n b", "\nfirst", "last\n", "tab\there", "cr\r\nlf", "soft\u00adhyphen", "nbsp\u00a0x",
        "para\u2029graph"}) {
      assertFalse(TextNormalizer.alreadyNormal(s), s);
      assertNotEquals(s, TextNormalizer.normalize(s), s);
    }
  }
}
