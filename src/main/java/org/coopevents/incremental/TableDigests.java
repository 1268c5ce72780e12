package org.coopevents.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.coopevents.sink.TableSchemas;

/**
 * Every row of every table of a run folder as a 128-bit digest of the row (every column), kept
 * as a multiset per table: two runs have the same rows when their digests match, and a large
 * run is compared in little memory (16 bytes a row instead of the row). Immutable.
 */
public final class TableDigests {
  /** Rows of one table found in one run only, by count. */
  public record Difference(long rows, long onlyInFirst, long onlyInSecond) {
    public boolean same() {
      return onlyInFirst == 0 && onlyInSecond == 0;
    }
  }

  private final Map<String, Map<String, Integer>> tables;
  private final Map<String, Long> rows;

  private TableDigests(Map<String, Map<String, Integer>> tables, Map<String, Long> rows) {
    this.tables = tables;
    this.rows = rows;
  }

  public static TableDigests of(Path run) throws IOException {
    Map<String, Map<String, Integer>> tables = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    Configuration conf = new Configuration();
    for (String t : TableSchemas.TABLES) {
      Map<String, Integer> digests = new HashMap<>();
      long n = 0;
      for (Path f : parquetFiles(run.resolve(t))) {
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(f.toAbsolutePath().toUri());
        try (ParquetReader<GenericRecord> r = AvroParquetReader
            .<GenericRecord>builder(HadoopInputFile.fromPath(hp, conf))
            .withDataModel(GenericData.get()).build()) {
          GenericRecord rec;
          while ((rec = r.read()) != null) {
            digests.merge(digest(rec.toString()), 1, Integer::sum);
            n++;
          }
        }
      }
      tables.put(t, digests);
      rows.put(t, n);
    }
    return new TableDigests(tables, rows);
  }

  /** Per table: rows of this run, and rows found only here or only in {@code other}. */
  public Map<String, Difference> compare(TableDigests other) {
    Map<String, Difference> out = new LinkedHashMap<>();
    for (String t : tables.keySet()) {
      Map<String, Integer> count = new HashMap<>(tables.get(t));
      other.tables.getOrDefault(t, Map.of()).forEach((d, c) -> count.merge(d, -c, Integer::sum));
      long first = 0;
      long second = 0;
      for (int c : count.values()) {
        if (c > 0) first += c;
        else second -= c;
      }
      out.put(t, new Difference(rows.get(t), first, second));
    }
    return out;
  }

  private static List<Path> parquetFiles(Path table) throws IOException {
    if (!Files.isDirectory(table)) throw new IOException(table + " is not a table folder");
    try (Stream<Path> s = Files.list(table)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static String digest(String row) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
