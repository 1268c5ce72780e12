package org.coopevents.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.coopevents.incremental.IncrementalPipeline;
import org.coopevents.incremental.IncrementalRun;
import org.coopevents.ingest.InputFiles;
import org.coopevents.ingest.InputFormat;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.pipeline.CoopeventsOptions;
import org.coopevents.pipeline.CoopeventsPipeline;
import org.coopevents.nightly.InputFingerprint;
import org.coopevents.nightly.InputFingerprints;
import org.coopevents.sink.EventsByDate;
import org.coopevents.sink.Manifest;
import org.coopevents.sink.OutputPublisher;
import org.coopevents.sink.OutputSafety;
import org.coopevents.sink.PublishSteps;
import org.coopevents.sink.RemotePublisher;
import org.coopevents.sink.RemoteStore;
import org.coopevents.sink.RunStats;
import org.coopevents.sink.ShardPlan;
import org.coopevents.sink.TableSchemas;

/**
 * {@code coopevents run}: checks the command line, runs the job into a staging folder,
 * writes the manifest, publishes the folder and prints a one-screen summary.
 */
public final class RunCommand {
  private static final String OWN_OPTIONS = "--input, --output, --overwrite, --maxUnitBytes, "
      + "--maxJsonDepth, --hashInputsUpToBytes, --progressSeconds, --incremental, and any Beam pipeline option (--runner, --targetParallelism, ...)";

  private RunCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, OutputPublisher.Mode.REPLACEABLE);
  }

  /** Exit code when another run holds the output's lock (EX_TEMPFAIL, as for nightly). */
  public static final int LOCKED = 75;

  /** {@code nightly} publishes its runs as plain new folders under its own lock. */
  static int run(String[] args, PrintStream out, PrintStream err, OutputPublisher.Mode mode) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        out.println("usage: scripts/coopevents run --input=PATHS --output=DIR [--overwrite=true] "
            + "[--incremental=STATE_DIR] [--maxUnitBytes=N] [--maxJsonDepth=N] [Beam pipeline options]");
        PipelineOptionsFactory.printHelp(out, CoopeventsOptions.class);
        return 0;
      }
    }
    long started = System.nanoTime();
    Instant startedAt = Instant.now();
    CoopeventsOptions options;
    List<String> files;
    InputFiles.Resolved inputs;
    OutputPublisher publisher;
    RemotePublisher remote = null;
    Path localRoot = null;
    ReadLimits limits;
    try {
      options = parse(args);
      limits = new ReadLimits(options.getMaxUnitBytes(), options.getMaxJsonDepth());
      FileSystems.setDefaultPipelineOptions(options);
      inputs = InputFiles.resolveAll(options.getInput());
      files = inputs.files;
      if (RemotePublisher.isRemote(options.getOutput())) {
        // remote output: the run is finished in a local temporary folder, then committed
        remote = RemotePublisher.prepare(options.getOutput(), options.getOverwrite(),
            RemoteStore.forUri(options.getOutput()));
        localRoot = Files.createTempDirectory("coopevents-run-");
        publisher = OutputPublisher.prepare(localRoot.resolve("run"), false, List.of(),
            OutputPublisher.Mode.NEW_FOLDER, PublishSteps.REAL);
      } else {
        publisher = OutputPublisher.prepare(Path.of(options.getOutput()), options.getOverwrite(),
            OutputSafety.inputRoots(options.getInput(), files), mode, PublishSteps.REAL);
      }
    } catch (IOException e) {
      err.println("coopevents run: cannot create a local folder for the run: " + e.getMessage());
      return 2;
    } catch (OutputPublisher.LockedException e) {
      err.println("coopevents run: " + e.getMessage());
      return LOCKED;
    } catch (UsageException | InputFiles.InputException | OutputPublisher.OutputException e) {
      err.println("coopevents run: " + e.getMessage());
      return 2;
    }
    try (publisher) {
      for (String line : publisher.recovered()) err.println("coopevents run: " + line);
      return runLocked(args, out, err, options, inputs, publisher, remote, limits, started,
          startedAt);
    } finally {
      if (localRoot != null) {
        try {
          OutputPublisher.deleteTree(localRoot);
        } catch (IOException e) {
          err.println("coopevents run: the local copy " + localRoot + " was not deleted");
        }
      }
    }
  }

  /** The job and its publication, while this run holds the output's lock. */
  private static int runLocked(String[] args, PrintStream out, PrintStream err,
      CoopeventsOptions options, InputFiles.Resolved inputs, OutputPublisher publisher,
      RemotePublisher remote, ReadLimits limits, long started, Instant startedAt) {
    String shownOutput = remote != null ? remote.runUri().replaceAll("/$", "")
        : publisher.output().toString();
    Object target = remote != null ? remote.dir() : publisher.output();

    List<String> files = inputs.files;
    List<String> skippedOutputs = inputs.skippedOutputFolders;
    if (!inputs.skippedFilesLine().isEmpty()) {
      err.println("coopevents run: not read, as their names are not input names ("
          + InputFormat.SUPPORTED + "): " + inputs.skippedFilesLine());
    }
    if (!skippedOutputs.isEmpty()) {
      err.println("coopevents run: skipped " + skippedOutputs.size() + " coopevents output "
          + "folder(s) inside the input (the job never reads its own outputs): "
          + String.join(", ", skippedOutputs.subList(0, Math.min(3, skippedOutputs.size())))
          + (skippedOutputs.size() > 3 ? ", ..." : ""));
    }
    InputFingerprints fingerprints = new InputFingerprints(options.getHashInputsUpToBytes());
    List<InputFingerprint> before = fingerprints.take(files);
    long inputBytes = before.stream().mapToLong(f -> Math.max(0, f.sizeBytes())).sum();
    RunnerChoice choice = chooseRunner(args, inputBytes, flinkAvailable());
    err.println("coopevents run: runner " + choice.runner() + " (" + choice.why() + "); heap up to "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; " + compiler(
            java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    if (!given(args, "runner") && !choice.runner().equals(options.getRunner().getSimpleName())) {
      List<String> withRunner = new ArrayList<>(List.of(args));
      withRunner.add("--runner=" + choice.runner());
      options = parse(withRunner.toArray(new String[0]));
      FileSystems.setDefaultPipelineOptions(options);
    }
    if (CoopeventsPipeline.onDirectRunner(options)) {
      heapWarning(inputBytes, Runtime.getRuntime().maxMemory()).ifPresent(err::println);
    }
    IncrementalRun incremental = null;
    if (!options.getIncremental().isEmpty()) {
      Path stateDir = Path.of(options.getIncremental()).toAbsolutePath().normalize();
      Optional<String> conflict = OutputSafety.inputConflict(stateDir,
          OutputSafety.inputRoots(options.getInput(), files));
      if (conflict.isPresent()) {
        publisher.abort();
        err.println("coopevents run: --incremental=" + options.getIncremental() + " is not used: "
            + conflict.get() + "; keep the state apart from the inputs");
        return 2;
      }
      try {
        incremental = IncrementalRun.start(stateDir, limits, before);
      } catch (IncrementalRun.LockedException e) {
        publisher.abort();
        err.println("coopevents run: " + e.getMessage());
        return LOCKED;
      } catch (IOException | RuntimeException e) {
        publisher.abort();
        err.println("coopevents run: cannot use the state " + stateDir + ": " + rootMessage(e));
        return 1;
      }
      for (String line : incremental.describe()) err.println("coopevents run: " + line);
    }
    try {
      return runJob(options, inputs, publisher, remote, limits, started,
          startedAt, args, out, err, shownOutput, target, before, fingerprints, inputBytes,
          incremental);
    } finally {
      if (incremental != null) incremental.close();
    }
  }

  /** Runs the job (full or incremental), writes the manifest and publishes. */
  private static int runJob(CoopeventsOptions options, InputFiles.Resolved inputs,
      OutputPublisher publisher, RemotePublisher remote,
      ReadLimits limits, long started, Instant startedAt, String[] args, PrintStream out,
      PrintStream err, String shownOutput, Object target, List<InputFingerprint> before,
      InputFingerprints fingerprints, long inputBytes, IncrementalRun incremental) {
    List<String> files = inputs.files;
    List<String> skippedOutputs = inputs.skippedOutputFolders;
    PipelineResult.State state;
    Map<String, Double> stageSeconds = new LinkedHashMap<>();
    try {
      Pipeline p = Pipeline.create(options);
      if (incremental == null) {
        CoopeventsPipeline.build(p, files, publisher.staging().toString(), limits,
            new ShardPlan(inputBytes));
      } else {
        IncrementalPipeline.build(p, incremental.plan, incremental.state,
            publisher.staging().toString(), limits, new ShardPlan(inputBytes),
            incremental.stateShards(before));
      }
      PipelineResult result = ProgressReporter.runAndReport(p, options.getProgressSeconds(), err);
      state = result.getState();
      stageSeconds = stageSeconds(result);
    } catch (RuntimeException e) {
      publisher.abort();
      err.println("coopevents run: the job failed, " + target
          + " is left as it was: " + rootMessage(e));
      return 1;
    }
    if (state != PipelineResult.State.DONE) {
      publisher.abort();
      err.println("coopevents run: the job ended " + state + "; " + target
          + " is left as it was");
      return 1;
    }
    double pipelineSeconds = (System.nanoTime() - started) / 1e9;
    List<String> changed = InputFingerprints.changed(before, fingerprints.take(files));
    if (!changed.isEmpty()) {
      err.println("coopevents run: WARNING " + changed.size() + " input file(s) changed while "
          + "the job read them (see inputs_changed_during_run in _manifest.json): "
          + String.join(", ", changed.subList(0, Math.min(5, changed.size())))
          + (changed.size() > 5 ? ", ..." : ""));
    }
    Manifest manifest;
    try {
      new EventsByDate(EventsByDate.DEFAULT_ROWS_PER_FILE)
          .rewrite(publisher.staging().resolve("events"));
      manifest = Manifest.readStats(publisher.staging());
      Map<String, String> run = new LinkedHashMap<>();
      run.put("started_at", startedAt.toString());
      run.put("finished_at", Instant.now().toString());
      run.put("runner", options.getRunner().getSimpleName());
      run.put("output", shownOutput);
      Map<String, Double> timings = new LinkedHashMap<>();
      timings.put("pipeline", round(pipelineSeconds));
      timings.putAll(stageSeconds);
      long t0 = System.nanoTime();
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("input_fingerprints", before.stream().map(InputFingerprint::toMap).toList());
      extra.put("inputs_changed_during_run", changed);
      extra.put("skipped_output_folders", skippedOutputs);
      extra.put("skipped_files_by_kind", inputs.skippedFilesByKind);
      if (incremental != null) extra.put("incremental", incremental.manifest());
      byte[] json = manifest.toJson(files, sizes(files), run, optionMap(options, args), timings,
          extra);
      writeReport(publisher.staging(), json, err);
      for (String w : publisher.publish(json)) err.println("coopevents run: WARNING " + w);
      if (remote != null) {
        for (String w : remote.publish(publisher.output())) {
          err.println("coopevents run: WARNING " + w);
        }
      }
    } catch (IOException | RuntimeException e) {
      publisher.abort();
      err.println("coopevents run: could not publish " + target + ": " + rootMessage(e));
      return 1;
    }
    if (incremental != null) {
      try {
        for (String seg : incremental.commit(changed)) {
          err.println("coopevents run: removed the state segment " + seg + " (no file left in it)");
        }
      } catch (IOException | RuntimeException e) {
        err.println("coopevents run: WARNING the new state was not committed ("
            + rootMessage(e) + "); the output is published, the next run uses the previous state");
      }
    }
    printSummary(out, shownOutput, files, manifest, (System.nanoTime() - started) / 1e9);
    if (incremental != null) {
      out.println("state     " + incremental.plan.reused.size() + " files reused, "
          + incremental.plan.reread.size() + " re-read, " + incremental.plan.dropped.size()
          + " dropped (" + incremental.state.dir() + ")");
    }
    if (remote != null) {
      out.println("current   " + remote.dir() + "/" + RemotePublisher.LATEST + " names this run");
    }
    return 0;
  }

  /** The run report; a failure is reported but does not lose the run's tables. */
  private static void writeReport(Path staging, byte[] manifestJson, PrintStream err) {
    try {
      org.coopevents.report.ReportWriter.write(staging, manifestJson);
    } catch (IOException | RuntimeException e) {
      err.println("coopevents run: report.html not written: " + rootMessage(e));
    }
  }

  /**
   * The JIT the JVM runs with, from its arguments: the launcher gives small inputs the quick
   * compiler only ({@code -XX:TieredStopAtLevel=1}, see scripts/coopevents).
   */
  static String compiler(List<String> jvmArgs) {
    for (String a : jvmArgs) {
      if (a.startsWith("-XX:TieredStopAtLevel=") && !a.endsWith("=4")) return "JIT C1 only";
      if (a.equals("-XX:-TieredCompilation")) return "JIT C2 only";
    }
    return "JIT C1 and C2";
  }

  /**
   * CPU seconds ({@link org.coopevents.pipeline.StageClock}) spent in each instrumented stage ({@code stage_read}, {@code stage_clean},
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
    CoopeventsOptions options = fromArgs(args);
    args = RunnerNames.normalise(args);
    String[] withDefaults = clusterRunnerDefaults(options.getRunner().getSimpleName(), args,
        Runtime.getRuntime().availableProcessors());
    withDefaults = embeddedFlinkConf(options.getRunner().getSimpleName(), withDefaults);
    if (withDefaults.length != args.length) options = fromArgs(withDefaults);
    if (options.getInput() == null || options.getInput().isBlank()) {
      throw new UsageException("--input is required: a comma-separated list of files, folders "
          + "or globs, e.g. --input=testdata");
    }
    if (options.getOutput() == null || options.getOutput().isBlank()) {
      throw new UsageException("--output is required: the folder to write the dataset to, "
          + "e.g. --output=out/testdata");
    }
    if (options.getOutput().contains("://")
        && !RemotePublisher.isRemote(options.getOutput())) {
      throw new UsageException("--output " + options.getOutput() + ": give a local folder or a "
          + "URI such as hdfs://namenode:8020/path or s3://bucket/prefix");
    }
    if (options.getMaxUnitBytes() < 1024 || options.getMaxUnitBytes() > (1L << 30)) {
      throw new UsageException("--maxUnitBytes=" + options.getMaxUnitBytes()
          + " is out of range: give a number of bytes from 1024 to 1073741824");
    }
    if (options.getMaxJsonDepth() < 4 || options.getMaxJsonDepth() > 1000) {
      throw new UsageException("--maxJsonDepth=" + options.getMaxJsonDepth()
          + " is out of range: give a number from 4 to 1000");
    }
    if (options.getIncremental().contains("://")) {
      throw new UsageException("--incremental=" + options.getIncremental() + ": the state is "
          + "kept in a local folder; give a local path (the output may still be remote)");
    }
    if (options.getShuffleShards() < 0 || options.getShuffleShards() > 100_000) {
      throw new UsageException("--shuffleShards=" + options.getShuffleShards()
          + " is out of range: give 0 (automatic) or a number from 1 to 100000");
    }
    applyFastLocalDefaults(options, args);
    return options;
  }

  private static CoopeventsOptions fromArgs(String[] given) {
    String[] args = RunnerNames.normalise(given);
    OptionValues.check(args, CoopeventsOptions.class, DirectOptions.class);
    try {
      return PipelineOptionsFactory.fromArgs(args).as(CoopeventsOptions.class);
    } catch (IllegalArgumentException e) {
      java.util.regex.Matcher runner = java.util.regex.Pattern
          .compile("Unknown 'runner' specified '([^']+)'").matcher(String.valueOf(e.getMessage()));
      if (runner.find() && RunnerNames.canonical(runner.group(1)) != null) {
        throw new UsageException(RunnerNames.notInThisJar(RunnerNames.canonical(runner.group(1))));
      }
      throw new UsageException(explain(e.getMessage()));
    }
  }

  /**
   * The command line with the local defaults of the Flink and Spark runners added, unless the
   * user gave them: on Flink (embedded cluster unless {@code --flinkMaster} names one) a
   * parallelism of one per core, object reuse between chained steps, elements copied by
   * reference ({@code --fasterCopy}) and re-iterable groups; on Spark {@code --sparkMaster=local[cores]} and
   * {@code --storageLevel=DISK_ONLY} (cached steps go to local disk: never recomputed, never
   * held on the heap). Their options
   * are set through the command line because their classes are only in the jars built with
   * {@code -Pflink} / {@code -Pspark}.
   */
  static String[] clusterRunnerDefaults(String runner, String[] args, int cores) {
    List<String> out = new ArrayList<>(List.of(args));
    if (runner.equals("FlinkRunner") && !given(args, "parallelism")) {
      out.add("--parallelism=" + cores);
    }
    if (runner.equals("FlinkRunner") && !given(args, "objectReuse")) {
      // Chained steps pass each element on instead of a copy of it. Safe because no DoFn of the
      // job changes its input or an element after outputting it (the DirectRunner checks that
      // in every TestPipeline test). 10k generated articles, Flink embedded, same rows in every
      // table: 120 -> 97 CPU-seconds (2026-12-06, load ~10).
      out.add("--objectReuse=true");
    }
    if (runner.equals("FlinkRunner") && !given(args, "fasterCopy")) {
      // Where Flink copies an element (a grouped value, an element sent to two steps), Beam's
      // serializer hands over the element itself instead of an encode-decode round trip: safe
      // for the same reason as object reuse. Such copies were 3% of the CPU samples of a 100k run.
      out.add("--fasterCopy=true");
    }
    if (runner.equals("FlinkRunner") && !given(args, "reIterableGroupByKeyResult")) {
      // A CoGroupByKey result of more than 10,000 values is read lazily, which iterates the
      // group again, and Flink's batch groups can be iterated once unless this is set: at 1M
      // generated articles an article with over 10,000 candidate pairs failed the job in the
      // duplicate search (FindDuplicateArticles, "GBK result is not re-iterable"). The values of
      // one key are then held in memory, as the DirectRunner and Spark hold them anyway.
      out.add("--reIterableGroupByKeyResult=true");
    }
    if (runner.equals("SparkRunner") && !given(args, "sparkMaster")) {
      out.add("--sparkMaster=local[" + cores + "]");
    }
    if (runner.equals("SparkRunner") && !given(args, "storageLevel")) {
      // Spark caches what several steps read (and every multi-output step). At its default
      // MEMORY_ONLY, partitions that did not fit were dropped and recomputed (100k at -Xmx2g
      // read its inputs 3.5 times over); MEMORY_AND_DISK first unrolls a partition on the heap
      // (1M at -Xmx4g: two ~1 GB partitions at once, out of heap after 21 min). DISK_ONLY
      // writes them straight to disk: as fast at 100k (169 s vs 170 s), 4% less CPU.
      out.add("--storageLevel=DISK_ONLY");
    }
    return out.toArray(new String[0]);
  }

  /** Seconds embedded Flink waits for a heartbeat or an RPC answer before it fails the job. */
  static final int EMBEDDED_FLINK_TIMEOUT_SECONDS = 600;

  /**
   * For Flink embedded (no {@code --flinkMaster}, no {@code --flinkConfDir}): a configuration
   * with long heartbeat and RPC timeouts, and {@code --flinkMaster=[local]} so that the local
   * cluster reads it. At Flink's defaults (50 s heartbeats) a 10k run on a 2-core machine under
   * a load average of 30 failed when the TaskManager's heartbeat timed out; in one JVM a
   * missing heartbeat means a busy machine, not a lost worker.
   */
  static String[] embeddedFlinkConf(String runner, String[] args) {
    if (!runner.equals("FlinkRunner") || given(args, "flinkMaster") || given(args, "flinkConfDir")) {
      return args;
    }
    try {
      Path dir = Files.createTempDirectory("coopevents-flink-conf");
      long ms = EMBEDDED_FLINK_TIMEOUT_SECONDS * 1000L;
      Files.writeString(dir.resolve("flink-conf.yaml"), "heartbeat.timeout: " + ms + "\n"
          + "pekko.ask.timeout: " + EMBEDDED_FLINK_TIMEOUT_SECONDS + " s\n"
          + "web.timeout: " + ms + "\n");
      dir.resolve("flink-conf.yaml").toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      List<String> out = new ArrayList<>(List.of(args));
      out.add("--flinkMaster=[local]");
      out.add("--flinkConfDir=" + dir);
      return out.toArray(new String[0]);
    } catch (IOException e) {
      return args; // Flink's defaults then
    }
  }

  /**
   * On the DirectRunner, unless the user chose otherwise: one worker thread per core, and no
   * immutability/encodability checks (they re-encode every element; tests keep them on).
   */
  static void applyFastLocalDefaults(CoopeventsOptions options, String[] args) {
    if (!CoopeventsPipeline.onDirectRunner(options)) return;
    DirectOptions direct = options.as(DirectOptions.class);
    if (!given(args, "targetParallelism")) {
      direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
    if (!given(args, "enforceImmutability")) direct.setEnforceImmutability(false);
    if (!given(args, "enforceEncodability")) direct.setEnforceEncodability(false);
    // run() returns at once, so that the progress reporter can poll the metrics
    if (!given(args, "blockOnRun")) direct.setBlockOnRun(false);
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

  /**
   * Input size from which {@code run} without {@code --runner} uses Flink embedded instead of
   * the DirectRunner. The DirectRunner keeps every step's output on the heap (see
   * {@link #DIRECT_HEAP_PER_INPUT_BYTE}) and makes every key of a GroupByKey a bundle with its
   * own state and watermark hold; the dedup stage groups by LSH bucket, article and event
   * (about 40 keys per article). Measured on this 2-core machine under a load average of
   * 11-31 (other agents): testdata (0.4 MB, 109 articles) 246 s on the DirectRunner, 204 s on
   * Flink embedded; 10k generated articles (44 MB) still in the DirectRunner's dedup stage at
   * 1,733 s when stopped, 820 s on Flink embedded (107 CPU-s, RSS 2.7 GB, same rows as before
   * the change). Flink spills its shuffles to disk. 2 MB is about 500 articles.
   */
  static final long FLINK_FROM_INPUT_BYTES = 2L << 20;

  /** The runner a run uses, and why. */
  record RunnerChoice(String runner, String why) {}

  /**
   * {@code --runner} when given; else Flink embedded for inputs of
   * {@link #FLINK_FROM_INPUT_BYTES} or more when its classes are in the jar; else the DirectRunner.
   */
  static RunnerChoice chooseRunner(String[] args, long inputBytes, boolean flinkAvailable) {
    for (String a : args) {
      if (a.startsWith("--runner=")) {
        return new RunnerChoice(simpleName(a.substring("--runner=".length())), "given by --runner");
      }
    }
    String size = String.format(Locale.ROOT, "%.1f MB of input", inputBytes / 1e6);
    String limit = String.format(Locale.ROOT, "%d MB", FLINK_FROM_INPUT_BYTES >> 20);
    if (inputBytes < FLINK_FROM_INPUT_BYTES) {
      return new RunnerChoice("DirectRunner", size + ", under " + limit
          + ": the in-process runner; --runner=FlinkRunner to choose");
    }
    if (!flinkAvailable) {
      return new RunnerChoice("DirectRunner", size + ", over " + limit + ", but this jar has no "
          + "Flink runner (build it with -Pflink or give --runner=FlinkRunner)");
    }
    return new RunnerChoice("FlinkRunner", size + ", over " + limit + ": Flink embedded, which "
        + "spills to disk; --runner=DirectRunner to choose");
  }

  private static String simpleName(String runner) {
    return runner.substring(runner.lastIndexOf('.') + 1);
  }

  static boolean flinkAvailable() {
    try {
      Class.forName("org.apache.beam.runners.flink.FlinkRunner", false, RunCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Heap the DirectRunner needs per input byte: it keeps every step's output in memory (at 100k
   * generated articles, 398 MB of input, up to 5.7 GB stayed live; 2 GB ran out of heap).
   */
  static final int DIRECT_HEAP_PER_INPUT_BYTE = 15;

  /** A warning when the inputs look too big for the DirectRunner in this heap; empty otherwise. */
  static Optional<String> heapWarning(long inputBytes, long maxHeapBytes) {
    long need = inputBytes * DIRECT_HEAP_PER_INPUT_BYTE;
    if (need <= maxHeapBytes) return Optional.empty();
    return Optional.of(String.format(Locale.ROOT,
        "coopevents run: WARNING the inputs are %.0f MB; the DirectRunner keeps every step in "
            + "memory (about %d x the input, ~%.1f GB here) and this JVM may use %.1f GB. Give it "
            + "more (COOPEVENTS_JAVA_OPTS=-Xmx%dg) or run on Spark or Flink, which spill to disk "
            + "(--runner=SparkRunner).",
        inputBytes / 1e6, DIRECT_HEAP_PER_INPUT_BYTE, need / 1e9, maxHeapBytes / 1e9,
        (long) Math.ceil(need / 1e9)));
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
    m.put("hashInputsUpToBytes", o.getHashInputsUpToBytes());
    m.put("shuffleShards", CoopeventsPipeline.shuffleShards(o));
    if (!o.getIncremental().isEmpty()) m.put("incremental", o.getIncremental());
    List<String> given = new ArrayList<>();
    for (String a : args) given.add(a);
    m.put("command_line", given);
    return m;
  }

  static void printSummary(PrintStream out, Path output, List<String> files, Manifest m,
      double seconds) {
    printSummary(out, output.toString(), files, m, seconds);
  }

  static void printSummary(PrintStream out, String output, List<String> files, Manifest m,
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
