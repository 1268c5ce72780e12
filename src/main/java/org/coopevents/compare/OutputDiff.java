package org.coopevents.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.coopevents.sink.RunStats;
import org.coopevents.sink.TableSchemas;

/**
 * The differences between two output folders: per table, the rows only in A and the rows only
 * in B, compared as multisets (a row present twice in A and once in B is once "only in A").
 * A row is its Avro record printed as JSON, every column included. Immutable after
 * construction.
 */
public final class OutputDiff {
  /** A folder that is not an output of {@code coopevents run}; the message says why. */
  public static final class NotAnOutputException extends RuntimeException {
    public NotAnOutputException(String message) {
      super(message);
    }
  }

  /** The comparison of one table. */
  public static final class TableDiff {
    public final String table;
    public final long rowsA;
    public final long rowsB;
    public final List<String> onlyInA;
    public final List<String> onlyInB;

    TableDiff(String table, long rowsA, long rowsB, List<String> onlyInA, List<String> onlyInB) {
      this.table = table;
      this.rowsA = rowsA;
      this.rowsB = rowsB;
      this.onlyInA = List.copyOf(onlyInA);
      this.onlyInB = List.copyOf(onlyInB);
    }

    public boolean same() {
      return onlyInA.isEmpty() && onlyInB.isEmpty();
    }
  }

  private final Map<String, TableDiff> tables;

  private OutputDiff(Map<String, TableDiff> tables) {
    this.tables = Collections.unmodifiableMap(tables);
  }

  /**
   * The tables compared, in the order of the dataset contract, then {@code _stats} when either
   * folder has it.
   */
  public Map<String, TableDiff> tables() {
    return tables;
  }

  public boolean same() {
    return tables.values().stream().allMatch(TableDiff::same);
  }

  /** Compares every table of the two folders. */
  public static OutputDiff compare(Path a, Path b) throws IOException {
    Map<String, TableDiff> out = new LinkedHashMap<>();
    Configuration conf = new Configuration();
    for (String table : TableSchemas.TABLES) {
      out.put(table, diff(table, parquetRows(a, table, conf), parquetRows(b, table, conf)));
    }
    // the run command folds _stats into _manifest.json; folders that still hold it (written by
    // the pipeline alone) have their counts compared too
    if (Files.isDirectory(a.resolve(RunStats.FOLDER)) || Files.isDirectory(b.resolve(RunStats.FOLDER))) {
      out.put(RunStats.FOLDER, diff(RunStats.FOLDER, statsLines(a), statsLines(b)));
    }
    return new OutputDiff(out);
  }

  static TableDiff diff(String table, List<String> a, List<String> b) {
    Map<String, Integer> count = new HashMap<>();
    for (String r : a) count.merge(r, 1, Integer::sum);
    for (String r : b) count.merge(r, -1, Integer::sum);
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      for (int i = 0; i < e.getValue(); i++) onlyA.add(e.getKey());
      for (int i = 0; i < -e.getValue(); i++) onlyB.add(e.getKey());
    }
    Collections.sort(onlyA);
    Collections.sort(onlyB);
    return new TableDiff(table, a.size(), b.size(), onlyA, onlyB);
  }

  private static List<Path> files(Path dir, String table, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NotAnOutputException(dir + " is not a folder");
    }
    Path t = dir.resolve(table);
    if (!Files.isDirectory(t)) {
      throw new NotAnOutputException(dir + " has no " + table + "/ folder: give folders "
          + "written by 'coopevents run'");
    }
    try (Stream<Path> s = Files.list(t)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(suffix) && !n.startsWith(".") && !n.startsWith("_");
      }).sorted().toList();
    }
  }

  private static List<String> parquetRows(Path dir, String table, Configuration conf)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : files(dir, table, ".parquet")) {
      org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(f.toAbsolutePath().toUri());
      try (ParquetReader<GenericRecord> r = AvroParquetReader
          .<GenericRecord>builder(HadoopInputFile.fromPath(hp, conf))
          .withDataModel(GenericData.get()).build()) {
        GenericRecord rec;
        while ((rec = r.read()) != null) out.add(rec.toString());
      } catch (RuntimeException e) {
        throw new IOException("cannot read " + f + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<String> statsLines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : files(dir, RunStats.FOLDER, ".tsv")) {
      // shard files differ between runners: only the lines count
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) out.add(line);
      }
    }
    return out;
  }
}
