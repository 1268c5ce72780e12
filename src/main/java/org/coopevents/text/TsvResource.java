package org.coopevents.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The package's small data files: tab-separated, '#' comments, one header line. */
final class TsvResource {
  private TsvResource() {}

  /** Rows of {@code resource} (next to {@code owner}), each with exactly {@code columns} cells. */
  static List<String[]> rows(Class<?> owner, String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
