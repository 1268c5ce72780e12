package org.coopevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy marks of gold files: the optional {@code "copy_of": "<id of the original>"} field of
 * a gold line, which says that the article republishes another one (a syndicated or lightly
 * edited copy). The generator writes it; the gold format's v1 scores ignore it. Read apart from
 * {@link GoldFile}, which checks the v1 fields, so that files without marks are unaffected.
 */
public final class CopyMarks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CopyMarks() {}

  /**
   * Gold id of each marked copy → gold id of its original, over all files (file order). Lines
   * that are not JSON objects with a textual {@code id} and {@code copy_of} are skipped: the
   * gold file's own reader reports malformed lines.
   */
  public static Map<String, String> read(List<Path> goldFiles) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Path f : goldFiles) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.contains("\"copy_of\"")) continue;
          JsonNode n;
          try {
            n = JSON.readTree(line);
          } catch (IOException e) {
            continue;
          }
          if (n == null || !n.isObject()) continue;
          JsonNode id = n.get("id");
          JsonNode of = n.get("copy_of");
          if (id == null || !id.isTextual() || of == null || !of.isTextual()) continue;
          if (of.asText().isBlank() || of.asText().equals(id.asText())) continue;
          out.put(id.asText(), of.asText());
        }
      } catch (IOException e) {
        throw new GoldFile.GoldFormatException("--gold " + f + ": cannot read it ("
            + e.getMessage() + ")");
      }
    }
    return out;
  }
}
