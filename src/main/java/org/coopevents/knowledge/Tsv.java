package org.coopevents.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the knowledge TSV files: header line checked, '#' comments and blank lines skipped. */
public final class Tsv {
  private Tsv() {}

  /** One data line: its cells (padded to the header width) and its line number. */
  public record Row(String[] cells, int line) {
    public String get(int i) {
      return i < cells.length ? cells[i] : "";
    }
  }

  /** A loaded table: its rows, or empty when the file is absent. */
  public record Table(String name, boolean present, List<Row> rows) {}

  /**
   * Reads {@code file} from the first of {@code prefixes} (classpath folders ending in '/') that
   * holds it; a missing file gives an empty table with {@code present == false}.
   */
  public static Table read(List<String> prefixes, String file, String header) {
    for (String p : prefixes) {
      InputStream in = Tsv.class.getClassLoader().getResourceAsStream(p + file);
      if (in != null) return new Table(file, true, parse(in, file, header));
    }
    return new Table(file, false, List.of());
  }

  static List<Row> parse(InputStream in, String file, String header) {
    String[] cols = header.split("\t");
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      boolean headerSeen = false;
      while ((line = r.readLine()) != null) {
        no++;
        if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        if (line.isBlank() || line.startsWith("#")) continue;
        if (!headerSeen) {
          headerSeen = true;
          if (!line.strip().equals(header)) {
            throw new IllegalStateException(file + ": header is '" + line + "', expected '" + header + "'");
          }
          continue;
        }
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
        if (cells.length < cols.length) cells = Arrays.copyOf(cells, cols.length);
        for (int i = 0; i < cells.length; i++) if (cells[i] == null) cells[i] = "";
        rows.add(new Row(cells, no));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
    return rows;
  }

  /** Splits a '|' list cell; empty cell gives an empty list. */
  public static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      String t = s.strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }
}
