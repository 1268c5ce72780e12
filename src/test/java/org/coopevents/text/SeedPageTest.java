package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The shared seed example (outside the project, read at run time, skipped when absent): an English
 * report on a visit with a list of signed documents, followed by page furniture. The checks are
 * general: every sentence-like line of the English report survives, every document line (ending
 * in ';') survives, nothing Cyrillic is left, every kept paragraph ends like a sentence or a list
 * item, and the report's last sentence (the one on small and medium-sized businesses) ends it.
 */
class SeedPageTest {

  private static Path seedFile(String name) {
    for (String root : List.of("../shared", "../../shared")) {
      Path p = Path.of(root, "eval", "seed", name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void savedTextPage() throws IOException {
    Path p = seedFile("seed.txt");
    assumeTrue(p != null, "shared seed.txt not present");
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    String normalized = TextNormalizer.normalize(raw);
    int nl = normalized.indexOf('\n');
    String title = normalized.substring(0, nl);
    String body = normalized.substring(nl + 1);
    check(body, title);
  }

  @Test
  void jsonLinesTextField() throws IOException {
    Path p = seedFile("seed.jsonl");
    assumeTrue(p != null, "shared seed.jsonl not present");
    ObjectMapper mapper = new ObjectMapper();
    int records = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode rec = mapper.readTree(line);
      check(rec.path("text").asText(), rec.path("title").asText(null));
      records++;
    }
    assertTrue(records > 0);
  }

  private static void check(String body, String title) {
    String cleaned = PageFurnitureCleaner.clean(body, title);
    assertEquals("en", LanguageDetector.detect(cleaned));
    List<String> kept = List.of(cleaned.split("\n\n"));

    // The report's own lines, found by shape in the source: Latin prose ending in a full stop or
    // colon, and document lines ending in ';'.
    List<String> report = new ArrayList<>();
    int documentLines = 0;
    for (String line : TextNormalizer.normalize(body).split("\n")) {
      if (line.isEmpty() || hasCyrillic(line) || PageFurnitureCleaner.countWords(line) < 5) {
        continue;
      }
      if (line.endsWith(".") || line.endsWith(":") || line.endsWith(";")) {
        report.add(line);
        if (line.endsWith(";")) {
          documentLines++;
        }
      }
    }
    assertTrue(documentLines >= 3, "the seed has a list of documents");
    for (String line : report) {
      assertTrue(kept.contains(line), "kept: " + line);
    }

    // Sentences: those of the report's lines, all present in the cleaned text, and no more.
    int reportSentences = 0;
    for (String line : report) {
      reportSentences += SentenceSplitter.split(line).size();
    }
    assertEquals(reportSentences, SentenceSplitter.split(cleaned).size());

    for (String k : kept) {
      assertFalse(hasCyrillic(k), "no Cyrillic line in the English report: " + k);
      assertTrue(k.endsWith(".") || k.endsWith(";") || k.endsWith(":") || k.endsWith("\""),
          "kept paragraphs end like sentences or list items: " + k);
      if (title != null) {
        assertFalse(k.equalsIgnoreCase(title.trim()), "title repeat dropped");
      }
    }
    String lastKept = kept.get(kept.size() - 1).toLowerCase(Locale.ROOT);
    assertTrue(lastKept.contains("memorandum") && lastKept.contains("small and medium"),
        "the SME memorandum sentence ends the article: " + lastKept);
  }

  private static boolean hasCyrillic(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
  }
}
