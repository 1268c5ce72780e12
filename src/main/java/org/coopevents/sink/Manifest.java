package org.coopevents.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The run's {@code _manifest.json}: inputs with their sizes and per-file counts (units read,
 * accepted, rejected by reason, WARC records skipped by type, and whether read = accepted +
 * rejected holds), totals, rows per table, versions, options and timings.
 */
public final class Manifest {
  public static final String FORMAT_VERSION = "1";

  private final Map<String, Long> stats;

  public Manifest(Map<String, Long> stats) {
    this.stats = new TreeMap<>(stats);
  }

  /**
   * Reads the statistics the pipeline wrote under {@code dir/_stats}: lines of a key
   * ({@link RunStats#key}), a tab and a count.
   */
  public static Manifest readStats(Path dir) throws IOException {
    Map<String, Long> stats = new TreeMap<>();
    Path folder = dir.resolve(RunStats.FOLDER);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) throw new IOException("not a statistics line in " + f + ": " + line);
            String key = line.substring(0, tab);
            RunStats.parts(key); // fails on a line that is not a key
            stats.merge(key, Long.parseLong(line.substring(tab + 1)), Long::sum);
          }
        }
      }
    }
    return new Manifest(stats);
  }

  public long get(String... key) {
    return stats.getOrDefault(RunStats.key(key), 0L);
  }

  /** Values of every key under a prefix, by the remaining key parts (joined by '/'). */
  public Map<String, Long> under(String... prefix) {
    List<String> p = List.of(prefix);
    Map<String, Long> out = new TreeMap<>();
    stats.forEach((k, v) -> {
      List<String> parts = RunStats.parts(k);
      if (parts.size() > p.size() && parts.subList(0, p.size()).equals(p)) {
        out.merge(String.join("/", parts.subList(p.size(), parts.size())), v, Long::sum);
      }
    });
    return out;
  }

  /** Per input file: units read, accepted, rejected, rejected by reason, skipped by type. */
  public Map<String, FileCounts> files(List<String> inputs) {
    Map<String, FileCounts> out = new LinkedHashMap<>();
    for (String f : inputs) out.put(f, new FileCounts());
    stats.forEach((k, v) -> {
      List<String> parts = RunStats.parts(k);
      if (parts.size() < 3 || !parts.get(0).equals(RunStats.FILE)) return;
      FileCounts c = out.computeIfAbsent(parts.get(1), x -> new FileCounts());
      String detail = parts.size() > 3 ? parts.get(3) : null;
      switch (parts.get(2)) {
        case RunStats.READ -> c.read += v;
        case RunStats.ACCEPTED -> c.accepted += v;
        case RunStats.REJECTED -> {
          c.rejected += v;
          c.rejectedByReason.merge(detail != null ? detail : "UNKNOWN", v, Long::sum);
        }
        case RunStats.SKIPPED -> c.skippedByType.merge(detail != null ? detail : "other", v, Long::sum);
        default -> { }
      }
    });
    return out;
  }

  /** Counts of one input file. */
  public static final class FileCounts {
    public long read;
    public long accepted;
    public long rejected;
    public final Map<String, Long> rejectedByReason = new TreeMap<>();
    public final Map<String, Long> skippedByType = new TreeMap<>();

    public boolean balanced() {
      return read == accepted + rejected;
    }
  }

  /** The manifest document. */
  public byte[] toJson(List<String> inputs, Map<String, Long> inputSizes, Map<String, String> run,
      Map<String, Object> options, Map<String, Double> timings) throws IOException {
    return toJson(inputs, inputSizes, run, options, timings, Map.of());
  }

  /** The manifest document with {@code extra} top-level entries (e.g. input fingerprints). */
  public byte[] toJson(List<String> inputs, Map<String, Long> inputSizes, Map<String, String> run,
      Map<String, Object> options, Map<String, Double> timings, Map<String, Object> extra)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("manifest_version", FORMAT_VERSION);
    ObjectNode r = root.putObject("run");
    run.forEach(r::put);
    ObjectNode versions = root.putObject("versions");
    versions.put("coopevents", Versions.coopevents());
    versions.put("code", Versions.code());
    versions.put("beam", Versions.beam());
    versions.put("java", System.getProperty("java.version"));
    versions.put("dataset_contract", "1");
    ObjectNode opts = root.putObject("options");
    options.forEach((k, v) -> opts.set(k, mapper.valueToTree(v)));

    ArrayNode in = root.putArray("inputs");
    long unitsRead = 0;
    boolean allBalanced = true;
    for (Map.Entry<String, FileCounts> e : files(inputs).entrySet()) {
      FileCounts c = e.getValue();
      ObjectNode f = in.addObject();
      f.put("path", e.getKey());
      Long size = inputSizes.get(e.getKey());
      if (size != null) f.put("size_bytes", size);
      f.put("units_read", c.read);
      f.put("accepted", c.accepted);
      f.put("rejected", c.rejected);
      f.set("rejected_by_reason", mapper.valueToTree(c.rejectedByReason));
      f.set("skipped_records", mapper.valueToTree(c.skippedByType));
      f.put("balanced", c.balanced());
      unitsRead += c.read;
      allBalanced &= c.balanced();
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("files", inputs.size());
    totals.put("input_bytes", inputSizes.values().stream().mapToLong(Long::longValue).sum());
    totals.put("units_read", unitsRead);
    totals.put("articles", get(RunStats.TABLE, "articles"));
    totals.put("rejects", get(RunStats.TABLE, "rejects"));
    totals.put("balanced", allBalanced);
    totals.set("articles_by_outcome", mapper.valueToTree(under(RunStats.OUTCOME)));
    totals.set("articles_by_language", mapper.valueToTree(under(RunStats.LANGUAGE)));
    totals.set("rejects_by_reason", mapper.valueToTree(under(RunStats.REJECT)));
    Map<String, Long> skipped = new TreeMap<>();
    files(inputs).values().forEach(c -> c.skippedByType.forEach((k, v) -> skipped.merge(k, v, Long::sum)));
    totals.set("skipped_records", mapper.valueToTree(skipped));
    ObjectNode tables = root.putObject("tables");
    for (String t : TableSchemas.TABLES) tables.put(t, get(RunStats.TABLE, t));
    ObjectNode lookups = root.putObject("lookup_tables");
    for (String t : TableSchemas.LOOKUPS) lookups.put(t, get(RunStats.TABLE, t));
    ObjectNode tm = root.putObject("timings_seconds");
    timings.forEach(tm::put);
    extra.forEach((k, v) -> root.set(k, mapper.valueToTree(v)));
    return mapper.writeValueAsBytes(root);
  }
}
