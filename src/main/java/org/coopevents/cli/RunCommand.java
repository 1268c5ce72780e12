package org.coopevents.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.coopevents.ingest.InputFiles;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.pipeline.CoopeventsOptions;
import org.coopevents.pipeline.CoopeventsPipeline;
import org.coopevents.sink.Manifest;
import org.coopevents.sink.OutputPublisher;
import org.coopevents.sink.RunStats;
import org.coopevents.sink.TableSchemas;

/**
 * {@code coopevents run}: checks the command line, runs the job into a staging folder,
 * writes the manifest, publishes the folder and prints a one-screen summary.
 */
public final class RunCommand {
  private static final String OWN_OPTIONS = "--input, --output, --overwrite, --maxUnitBytes, "
      + "--maxJsonDepth, and any Beam pipeline option (--runner, --targetParallelism, ...)";

  private RunCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        out.println("usage: scripts/coopevents run --input=PATHS --output=DIR [--overwrite=true] "
            + "[--maxUnitBytes=N] [--maxJsonDepth=N] [Beam pipeline options]");
        PipelineOptionsFactory.printHelp(out, CoopeventsOptions.class);
        return 0;
      }
    }
    long started = System.nanoTime();
    Instant startedAt = Instant.now();
    CoopeventsOptions options;
    List<String> files;
    OutputPublisher publisher;
    ReadLimits limits;
    try {
      options = parse(args);
      limits = new ReadLimits(options.getMaxUnitBytes(), options.getMaxJsonDepth());
      FileSystems.setDefaultPipelineOptions(options);
      files = InputFiles.resolve(options.getInput());
      publisher = OutputPublisher.prepare(Path.of(options.getOutput()), options.getOverwrite());
    } catch (UsageException | InputFiles.InputException | OutputPublisher.OutputException e) {
      err.println("coopevents run: " + e.getMessage());
      return 2;
    }

    PipelineResult.State state;
    Map<String, Double> stageSeconds = new LinkedHashMap<>();
    try {
      Pipeline p = Pipeline.create(options);
      CoopeventsPipeline.build(p, files, publisher.staging().toString(), limits);
      PipelineResult result = p.run();
      state = result.waitUntilFinish();
      stageSeconds = stageSeconds(result);
    } catch (RuntimeException e) {
      publisher.abort();
      err.println("coopevents run: the job failed, " + publisher.output()
          + " is left as it was: " + rootMessage(e));
      return 1;
    }
    if (state != PipelineResult.State.DONE) {
      publisher.abort();
      err.println("coopevents run: the job ended " + state + "; " + publisher.output()
          + " is left as it was");
      return 1;
    }
    double pipelineSeconds = (System.nanoTime() - started) / 1e9;
    Manifest manifest;
    try {
      manifest = Manifest.readStats(publisher.staging());
      Map<String, String> run = new LinkedHashMap<>();
      run.put("started_at", startedAt.toString());
      run.put("finished_at", Instant.now().toString());
      run.put("runner", options.getRunner().getSimpleName());
      run.put("output", publisher.output().toString());
      Map<String, Double> timings = new LinkedHashMap<>();
      timings.put("pipeline", round(pipelineSeconds));
      timings.putAll(stageSeconds);
      long t0 = System.nanoTime();
      byte[] json = manifest.toJson(files, sizes(files), run, optionMap(options, args), timings);
      publisher.publish(json);
    } catch (IOException | RuntimeException e) {
      publisher.abort();
      err.println("coopevents run: could not publish " + publisher.output() + ": " + rootMessage(e));
      return 1;
    }
    printSummary(out, publisher.output(), files, manifest, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  /**
   * Thread-seconds spent in each instrumented stage ({@code stage_read}, {@code stage_clean},
   * {@code stage_extract}), from the counters of {@link CoopeventsPipeline#STAGE_METRICS}; empty
   * when the runner does not report metrics.
   */
  static Map<String, Double> stageSeconds(PipelineResult result) {
    Map<String, Double> out = new TreeMap<>();
    try {
      MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.inNamespace(CoopeventsPipeline.STAGE_METRICS)).build());
      for (MetricResult<Long> c : q.getCounters()) {
        String name = c.getName().getName().replace("_nanos", "");
        Long v = c.getAttempted();
        if (v != null) out.merge("stage_" + name, Math.round(v / 1e7) / 100.0, Double::sum);
      }
    } catch (RuntimeException e) {
      // metrics are optional: a runner without them leaves the stage timings out
    }
    return out;
  }

  static CoopeventsOptions parse(String[] args) {
    PipelineOptionsFactory.register(CoopeventsOptions.class);
    CoopeventsOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).as(CoopeventsOptions.class);
    } catch (IllegalArgumentException e) {
      throw new UsageException(explain(e.getMessage()));
    }
    if (options.getInput() == null || options.getInput().isBlank()) {
      throw new UsageException("--input is required: a comma-separated list of files, folders "
          + "or globs, e.g. --input=testdata");
    }
    if (options.getOutput() == null || options.getOutput().isBlank()) {
      throw new UsageException("--output is required: the folder to write the dataset to, "
          + "e.g. --output=out/testdata");
    }
    if (options.getOutput().contains("://")) {
      throw new UsageException("--output " + options.getOutput() + ": only local output folders "
          + "are supported (inputs may be remote)");
    }
    if (options.getMaxUnitBytes() < 1024 || options.getMaxUnitBytes() > (1L << 30)) {
      throw new UsageException("--maxUnitBytes=" + options.getMaxUnitBytes()
          + " is out of range: give a number of bytes from 1024 to 1073741824");
    }
    if (options.getMaxJsonDepth() < 4 || options.getMaxJsonDepth() > 1000) {
      throw new UsageException("--maxJsonDepth=" + options.getMaxJsonDepth()
          + " is out of range: give a number from 4 to 1000");
    }
    applyFastLocalDefaults(options, args);
    return options;
  }

  /**
   * On the DirectRunner, unless the user chose otherwise: one worker thread per core, and no
   * immutability/encodability checks (they re-encode every element; tests keep them on).
   */
  static void applyFastLocalDefaults(CoopeventsOptions options, String[] args) {
    if (!options.getRunner().getSimpleName().equals("DirectRunner")) return;
    DirectOptions direct = options.as(DirectOptions.class);
    if (!given(args, "targetParallelism")) {
      direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
    if (!given(args, "enforceImmutability")) direct.setEnforceImmutability(false);
    if (!given(args, "enforceEncodability")) direct.setEnforceEncodability(false);
  }

  private static boolean given(String[] args, String name) {
    for (String a : args) {
      if (a.equals("--" + name) || a.startsWith("--" + name + "=")) return true;
    }
    return false;
  }

  private static String explain(String message) {
    if (message == null) return "bad option; valid: " + OWN_OPTIONS;
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("missing a property named '([^']+)'").matcher(message);
    if (m.find()) {
      return "unknown option --" + m.group(1) + "; valid: " + OWN_OPTIONS;
    }
    if (message.contains("Argument") && message.contains("does not begin with '--'")) {
      return message + "; options take the form --name=value (valid: " + OWN_OPTIONS + ")";
    }
    return message.replace('\n', ' ') + " (valid: " + OWN_OPTIONS + ")";
  }

  private static Map<String, Long> sizes(List<String> files) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String f : files) {
      try {
        out.put(f, f.contains("://") ? FileSystems.matchSingleFileSpec(f).sizeBytes()
            : Files.size(Path.of(f)));
      } catch (IOException e) {
        // size unknown: left out of the manifest
      }
    }
    return out;
  }

  private static Map<String, Object> optionMap(CoopeventsOptions o, String[] args) {
    Map<String, Object> m = new TreeMap<>();
    m.put("input", o.getInput());
    m.put("output", o.getOutput());
    m.put("overwrite", o.getOverwrite());
    m.put("maxUnitBytes", o.getMaxUnitBytes());
    m.put("maxJsonDepth", o.getMaxJsonDepth());
    m.put("runner", o.getRunner().getSimpleName());
    List<String> given = new ArrayList<>();
    for (String a : args) given.add(a);
    m.put("command_line", given);
    return m;
  }

  static void printSummary(PrintStream out, Path output, List<String> files, Manifest m,
      double seconds) {
    out.println();
    out.printf("coopevents run: done in %.1f s%n", seconds);
    out.println("output    " + output);
    long units = 0;
    for (Manifest.FileCounts c : m.files(files).values()) units += c.read;
    out.printf("inputs    %d files, %d units read%n", files.size(), units);
    out.printf("articles  %d  %s%n", m.get(RunStats.TABLE, "articles"), joined(m.under(RunStats.OUTCOME)));
    out.printf("rejects   %d  %s%n", m.get(RunStats.TABLE, "rejects"), joined(m.under(RunStats.REJECT)));
    Map<String, Long> skipped = new TreeMap<>();
    m.files(files).values().forEach(c -> c.skippedByType.forEach((k, v) -> skipped.merge(k, v, Long::sum)));
    if (!skipped.isEmpty()) out.println("skipped   WARC records: " + joined(skipped));
    StringBuilder t = new StringBuilder();
    for (String table : TableSchemas.TABLES) {
      if (t.length() > 0) t.append(", ");
      t.append(table).append(' ').append(m.get(RunStats.TABLE, table));
    }
    out.println("tables    " + t);
    long unbalanced = m.files(files).values().stream().filter(c -> !c.balanced()).count();
    if (unbalanced > 0) {
      out.println("WARNING   " + unbalanced + " file(s) where read != accepted + rejected; see _manifest.json");
    }
    out.println("open it   duckdb -c \"SELECT * FROM read_parquet('" + output + "/events/*.parquet')\"");
  }

  private static String joined(Map<String, Long> m) {
    if (m.isEmpty()) return "";
    StringBuilder b = new StringBuilder("(");
    m.forEach((k, v) -> {
      if (b.length() > 1) b.append(", ");
      b.append(k).append(' ').append(v);
    });
    return b.append(')').toString();
  }

  private static double round(double s) {
    return Math.round(s * 100) / 100.0;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
