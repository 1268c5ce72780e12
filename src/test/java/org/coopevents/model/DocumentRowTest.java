package org.coopevents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The language of a document's printed title, written as documents.title_language. */
class DocumentRowTest {
  private static DocumentRow doc(String title, String original) {
    return new DocumentRow("d", "e", title, original, "AGREEMENT", List.of("KAZ", "UZB"), null, List.of(), null,
        null, List.of("a"), 1, 1);
  }

  @Test
  void aCyrillicTitleIsRussian() {
    assertEquals("ru", doc(null, "Договор о союзнических отношениях").titleLanguage());
  }

  @Test
  void aLatinTitleIsEnglish() {
    assertEquals("en", doc("Treaty on Allied Relations", "Treaty on Allied Relations").titleLanguage());
  }
}
