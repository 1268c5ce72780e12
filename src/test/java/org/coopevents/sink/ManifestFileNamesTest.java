package org.coopevents.sink;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 4: per-file counts travel through the statistics files and the manifest with
 * the file's exact name, whatever characters it holds (a tab, a newline, a quote, a
 * backslash, a non-Latin letter).
 */
class ManifestFileNamesTest {
  @TempDir Path dir;

  @Test
  void oddFileNamesComeBackExactlyWithBalancedCounts() throws Exception {
    List<String> names = List.of("/in/tab\there.jsonl", "/in/new\nline.jsonl",
        "/in/quote\"and\\slash.jsonl", "/in/cr\rname.jsonl", "/in/папка/статьи.jsonl");
    StringBuilder lines = new StringBuilder();
    for (String n : names) {
      // as the pipeline writes them: one line per key, the key, a tab and the count
      lines.append(RunStats.key(RunStats.FILE, n, RunStats.READ)).append('\t').append(3).append('\n');
      lines.append(RunStats.key(RunStats.FILE, n, RunStats.ACCEPTED)).append('\t').append(2).append('\n');
      lines.append(RunStats.key(RunStats.FILE, n, RunStats.REJECTED, "MALFORMED_JSON")).append('\t')
          .append(1).append('\n');
    }
    lines.append(RunStats.key(RunStats.REJECT, "MALFORMED_JSON")).append('\t').append(5).append('\n');
    Files.createDirectories(dir.resolve(RunStats.FOLDER));
    Files.writeString(dir.resolve(RunStats.FOLDER).resolve("stats-00000-of-00001.tsv"),
        lines.toString(), StandardCharsets.UTF_8);

    Manifest m = Manifest.readStats(dir);
    Map<String, Manifest.FileCounts> files = m.files(names);
    assertThat(List.copyOf(files.keySet()), contains(names.toArray()));
    for (Manifest.FileCounts c : files.values()) {
      assertEquals(3, c.read);
      assertEquals(2, c.accepted);
      assertTrue(c.balanced());
      assertEquals(Map.of("MALFORMED_JSON", 1L), c.rejectedByReason);
    }
    assertEquals(Map.of("MALFORMED_JSON", 5L), m.under(RunStats.REJECT));

    JsonNode doc = new ObjectMapper().readTree(
        m.toJson(names, Map.of(), Map.of(), Map.of(), Map.of()));
    assertEquals(names.size(), doc.get("inputs").size());
    for (int i = 0; i < names.size(); i++) {
      assertEquals(names.get(i), doc.get("inputs").get(i).get("path").asText());
    }
    assertEquals(15, doc.get("totals").get("units_read").asInt());
    assertTrue(doc.get("totals").get("balanced").asBoolean());
  }
}
