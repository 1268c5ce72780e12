package org.coopevents.sink;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Rewrites the staged {@code events} table sorted by {@code start_date} (events without a date
 * last, ties by {@code event_id}) into few files named {@code part-NNNNN-of-MMMMM.parquet},
 * each holding whole years and at most {@code rowsPerFile} rows unless one year alone has
 * more, with small row groups. Parquet's per-row-group min/max of {@code start_date} then let
 * DuckDB and Spark skip what a date filter excludes, while {@code events/*.parquet} stays the
 * way to read the table. At most one file's rows are held in memory: years are grouped into
 * files from a first counting pass, and each file is filled by one more pass over the input.
 */
public final class EventsByDate {
  /** Rows per output file: about 50-100 MB of Parquet. */
  public static final int DEFAULT_ROWS_PER_FILE = 500_000;
  /** Row-group size in bytes: small enough that a date filter skips most of a file. */
  static final int ROW_GROUP_BYTES = 8 << 20;
  private static final int NO_DATE = Integer.MAX_VALUE;

  private final int rowsPerFile;

  public EventsByDate(int rowsPerFile) {
    this.rowsPerFile = rowsPerFile;
  }

  /** Sorts the table in {@code eventsDir} in place; returns the number of files written. */
  public int rewrite(Path eventsDir) throws IOException {
    List<Path> inputs = parquetFiles(eventsDir);
    Map<Integer, Long> perYear = new TreeMap<>();
    for (Path f : inputs) {
      for (GenericRecord r : read(f, y -> true)) perYear.merge(year(r), 1L, Long::sum);
    }
    List<List<Integer>> groups = new ArrayList<>();
    long inGroup = 0;
    for (Map.Entry<Integer, Long> e : perYear.entrySet()) {
      if (groups.isEmpty() || inGroup + e.getValue() > rowsPerFile) {
        groups.add(new ArrayList<>());
        inGroup = 0;
      }
      groups.get(groups.size() - 1).add(e.getKey());
      inGroup += e.getValue();
    }
    if (groups.isEmpty()) groups.add(List.of());
    Path tmp = eventsDir.resolve(".sorted");
    OutputPublisher.deleteTree(tmp);
    Files.createDirectories(tmp);
    Comparator<GenericRecord> order = Comparator.comparingInt(EventsByDate::day)
        .thenComparing(r -> String.valueOf(r.get("event_id")));
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> years = groups.get(g);
      List<GenericRecord> rows = new ArrayList<>();
      for (Path f : inputs) rows.addAll(read(f, years::contains));
      rows.sort(order);
      write(tmp.resolve(String.format("part-%05d-of-%05d.parquet", g, groups.size())), rows);
    }
    for (Path f : inputs) Files.delete(f);
    try (Stream<Path> s = Files.list(tmp)) {
      for (Path f : s.toList()) Files.move(f, eventsDir.resolve(f.getFileName()));
    }
    Files.delete(tmp);
    return groups.size();
  }

  private static int day(GenericRecord r) {
    Object v = r.get("start_date");
    return v instanceof Number ? ((Number) v).intValue() : NO_DATE;
  }

  private static int year(GenericRecord r) {
    int d = day(r);
    return d == NO_DATE ? NO_DATE : java.time.LocalDate.ofEpochDay(d).getYear();
  }

  private static List<Path> parquetFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".parquet") && !n.startsWith(".") && Files.isRegularFile(p);
      }).sorted().toList();
    }
  }

  private static List<GenericRecord> read(Path f, IntPredicate yearWanted) throws IOException {
    List<GenericRecord> out = new ArrayList<>();
    org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(f.toAbsolutePath().toUri());
    try (ParquetReader<GenericRecord> r = AvroParquetReader
        .<GenericRecord>builder(HadoopInputFile.fromPath(hp, new Configuration()))
        .withDataModel(GenericData.get()).build()) {
      GenericRecord rec;
      while ((rec = r.read()) != null) {
        if (yearWanted.test(year(rec))) out.add(rec);
      }
    }
    return out;
  }

  private static void write(Path file, List<GenericRecord> rows) throws IOException {
    ParquetIO.Sink sink = ParquetIO.sink(TableSchemas.EVENTS)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(ROW_GROUP_BYTES);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      sink.open(ch);
      for (GenericRecord r : rows) sink.write(r);
      sink.flush();
    }
  }
}
