package org.coopevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coopevents.gen.CorpusGenerator;
import org.coopevents.knowledge.Knowledge;

/**
 * {@code coopevents bench --articles=N [--seed=S] [--jvm=OPTS] [--compare] [--core=M]
 * [pipeline options]}: generates (or reuses, under {@code target/bench/}) a corpus of N units,
 * runs the job in a child JVM ({@code java -cp <this class path> org.coopevents.cli.Main run}) and
 * prints end-to-end articles/s and MB/s (wall clock including JVM start), per-stage
 * CPU seconds from the manifest, peak RSS (VmHWM of the child, polled), peak heap (from the
 * child's GC log), output sizes, and the single-thread throughput of the plain-Java core on
 * the first M articles of the same corpus. {@code --compare} runs the DirectRunner twice: with
 * Beam's defaults (immutability and encodability checks on) and with coopevents' fast defaults.
 * {@code coopevents bench core --corpus=DIR} measures only the core, in rounds, on a corpus that
 * already exists (the figure to watch when changing text, knowledge or extract code).
 * {@code coopevents bench large} measures the core on single articles of 1 to 16 MB
 * ({@link LargeArticleBench}): seconds per MB, to show that extraction is linear in the length.
 */
public final class BenchCommand {
  static final String USAGE = "usage: scripts/coopevents bench --articles=N [--seed=S] "
      + "[--jvm='-Xmx4g ...'] [--compare] [--core=M (0 = skip)] [--dir=target/bench] "
      + "[--jfr=true] [pipeline options, e.g. --runner=DirectRunner --targetParallelism=2]\n"
      + "       scripts/coopevents bench core --corpus=DIR [--core=M] [--rounds=R]  (only the "
      + "plain-Java core, no Beam job, on an existing corpus)\n"
      + "       scripts/coopevents bench large [--sizes=1,2,4,8,16]  (the core on single articles "
      + "of that many MB: seconds per MB, flat when extraction is linear in the length)";

  private BenchCommand() {}

  /** One child run's figures. */
  record RunFigures(String label, int exit, double wallSeconds, double cpuSeconds, long peakRssKb,
      long peakHeapMb, JsonNode manifest, Map<String, Long> outputBytes) {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("core")) return coreOnly(args, out, err);
    if (args.length > 0 && args[0].equals("large")) return LargeArticleBench.run(args, out, err);
    long n = -1;
    long seed = 1;
    long core = 20000;
    boolean compare = false;
    boolean jfr = false;
    String jvm = "";
    Path base = Path.of("target", "bench");
    List<String> pipeline = new ArrayList<>();
    try {
      for (String a : args) {
        if (a.equals("--help") || a.equals("-h")) {
          out.println(USAGE);
          return 0;
        }
        String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
        if (a.startsWith("--articles=")) n = Long.parseLong(v);
        else if (a.startsWith("--seed=")) seed = Long.parseLong(v);
        else if (a.startsWith("--core=")) core = Long.parseLong(v);
        else if (a.startsWith("--jvm=")) jvm = v;
        else if (a.startsWith("--dir=")) base = Path.of(v);
        else if (a.equals("--compare") || a.equals("--compare=true")) compare = true;
        else if (a.equals("--jfr") || a.equals("--jfr=true")) jfr = true;
        else if (a.startsWith("--input=") || a.startsWith("--output=")) {
          throw new IllegalArgumentException(a + ": the bench chooses its own input and output");
        } else pipeline.add(a);
      }
      if (n < 1) throw new IllegalArgumentException("--articles=N (N >= 1) is required");
    } catch (IllegalArgumentException e) {
      err.println("coopevents bench: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      Path corpus = base.resolve("corpus-" + n + "-seed-" + seed);
      if (!Files.exists(corpus.resolve("generated.json"))) {
        deleteTree(corpus);
        out.printf("generating %d units into %s ...%n", n, corpus);
        long t0 = System.nanoTime();
        CorpusGenerator.Summary s = new CorpusGenerator(Knowledge.load(), seed, 0.01).write(n, corpus);
        out.printf("generated %d articles + %d bad records, %.1f MB in %.1f s%n", s.articles(),
            s.units() - s.articles(), s.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
      } else {
        out.println("reusing " + corpus);
      }
      JsonNode gen = new ObjectMapper().readTree(corpus.resolve("generated.json").toFile());
      long inputBytes = treeBytes(corpus.resolve("input"));
      out.printf("corpus    %d units, %d articles, %.1f MB on disk (%d files)%n",
          gen.path("units").asLong(), gen.path("articles").asLong(), inputBytes / 1e6,
          CoreThroughput.files(corpus.resolve("input")).size());
      out.println("machine   " + Runtime.getRuntime().availableProcessors() + " cores, "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
          + System.getProperty("java.version") + "; load " + loadAverage());

      List<RunFigures> runs = new ArrayList<>();
      if (compare) {
        List<String> beamDefaults = new ArrayList<>(pipeline);
        beamDefaults.add("--enforceImmutability=true");
        beamDefaults.add("--enforceEncodability=true");
        beamDefaults.add("--targetParallelism=" + Math.max(3, Runtime.getRuntime().availableProcessors()));
        runs.add(child("beam-defaults", corpus, base, jvm, beamDefaults, false, out));
      }
      runs.add(child("fast", corpus, base, jvm, pipeline, jfr, out));
      for (RunFigures r : runs) print(out, r, gen.path("units").asLong(), inputBytes);

      if (core > 0) {
        out.println();
        out.println("core (plain Java read+clean+extract+dedup sketch, 1 thread, same corpus; "
            + "after passes over them until the JIT has seen " + CORE_WARMUP + " articles):");
        CoreThroughput ct = new CoreThroughput();
        List<Path> files = CoreThroughput.files(corpus.resolve("input"));
        // the JIT keeps speeding the core up for ~3 passes over 10k articles (bench core rounds:
        // 775-988, then 1,044-1,294, then 1,388-1,713 per CPU-second); a short warm-up
        // understated the ceiling, and so flattered the end-to-end ratio
        long warm = 0;
        for (int pass = 0; pass < 10 && warm < CORE_WARMUP; pass++) {
          long done = ct.run(files, core).articles();
          if (done == 0) break;
          warm += done;
        }
        long cpu0 = threadCpu();
        CoreThroughput.Result c = ct.run(files, core);
        double coreCpu = (threadCpu() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "  %d articles in %.1f s: %.0f articles/s, %.2f MB/s "
            + "(read %.1f s, clean %.1f s, extract %.1f s, sketch %.1f s)%n", c.articles(), c.seconds(),
            c.articlesPerSecond(), c.bytes() / 1e6 / c.seconds(), c.readNanos() / 1e9,
            c.cleanNanos() / 1e9, c.extractNanos() / 1e9, c.sketchNanos() / 1e9);
        out.printf(Locale.ROOT, "  CPU of that thread %.1f s: %.0f articles per CPU-second%n", coreCpu,
            c.articles() / coreCpu);
        RunFigures last = runs.get(runs.size() - 1);
        int cores = Runtime.getRuntime().availableProcessors();
        double e2e = gen.path("units").asLong() / last.wallSeconds();
        out.printf(Locale.ROOT, "  ceiling x %d cores = %.0f articles/s; end to end '%s' = %.0f "
            + "articles/s = 1/%.1f of it%n", cores, c.articlesPerSecond() * cores, last.label(), e2e,
            c.articlesPerSecond() * cores / e2e);
      }
      return runs.stream().allMatch(r -> r.exit() == 0) ? 0 : 1;
    } catch (IOException | InterruptedException | RuntimeException e) {
      err.println("coopevents bench: failed: " + e);
      return 1;
    }
  }

  /** Articles the core runs (in at most 10 passes) before its throughput is measured. */
  static final long CORE_WARMUP = 30_000;

  /** A JVM option that picks the garbage collector: -XX:+UseParallelGC, -XX:+UseG1GC, ... */
  static final java.util.regex.Pattern GC_FLAG = java.util.regex.Pattern.compile("-XX:\\+Use\\w+GC");

  private static RunFigures child(String label, Path corpus, Path base, String jvm,
      List<String> pipeline, boolean jfr, PrintStream out) throws IOException, InterruptedException {
    Path outDir = base.resolve("out-" + corpus.getFileName() + "-" + label);
    Path gcLog = base.resolve("gc-" + corpus.getFileName() + "-" + label + ".log");
    Path log = base.resolve("run-" + corpus.getFileName() + "-" + label + ".log");
    Files.deleteIfExists(gcLog);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String o : jvm.trim().split("\\s+")) if (!o.isEmpty()) cmd.add(o);
    cmd.add("-Xlog:gc:file=" + gcLog);
    cmd.add("-XX:+ExitOnOutOfMemoryError"); // a run out of heap ends, and says so, instead of hanging
    // what the launcher gave this JVM for the runner (Spark on Java 17 needs --add-opens) and
    // its collector, unless --jvm names one
    boolean ownCollector = GC_FLAG.matcher(jvm).find();
    for (String o : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (o.startsWith("--add-opens") || (!ownCollector && GC_FLAG.matcher(o).matches())) cmd.add(o);
    }
    if (jfr) {
      cmd.add("-XX:StartFlightRecording=filename=" + base.resolve("profile-" + corpus.getFileName()
          + ".jfr") + ",settings=profile");
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.coopevents.cli.Main");
    cmd.add("run");
    cmd.add("--input=" + corpus.resolve("input"));
    cmd.add("--output=" + outDir);
    cmd.add("--overwrite=true");
    cmd.addAll(pipeline);
    out.println();
    out.println("run '" + label + "': " + String.join(" ", cmd.subList(cmd.indexOf("org.coopevents.cli.Main"), cmd.size()))
        + (jvm.isBlank() ? "" : "  [jvm " + jvm + "]"));
    out.println("  log      " + log + "  (the run's output; its progress lines are shown here)");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long rss = 0;
    double cpu = 0;
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
    LogFollower progress = new LogFollower(log);
    while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      rss = Math.max(rss, vmHwm(status));
      cpu = Math.max(cpu, cpuSeconds(stat));
      for (String line : progress.newProgressLines()) out.println("  " + line);
    }
    for (String line : progress.newProgressLines()) out.println("  " + line);
    double wall = (System.nanoTime() - t0) / 1e9;
    int exit = p.exitValue();
    JsonNode manifest = null;
    Path mf = outDir.resolve("_manifest.json");
    if (exit == 0 && Files.exists(mf)) manifest = new ObjectMapper().readTree(mf.toFile());
    else out.println("  the run failed (exit " + exit + "); see " + log);
    Map<String, Long> sizes = new TreeMap<>();
    if (Files.isDirectory(outDir)) {
      try (Stream<Path> s = Files.list(outDir)) {
        for (Path d : s.toList()) sizes.put(d.getFileName().toString(), treeBytes(d));
      }
    }
    return new RunFigures(label, exit, wall, cpu, rss, peakHeapMb(gcLog), manifest, sizes);
  }

  private static void print(PrintStream out, RunFigures r, long units, long inputBytes) {
    out.println();
    out.printf(Locale.ROOT, "[%s] end to end %.1f s (JVM start included): %.0f articles/s, %.2f MB/s"
        + "; peak RSS %d MB, peak heap %s%n", r.label(), r.wallSeconds(), units / r.wallSeconds(),
        inputBytes / 1e6 / r.wallSeconds(), r.peakRssKb() / 1024,
        r.peakHeapMb() < 0 ? "n/a" : r.peakHeapMb() + " MB");
    out.printf(Locale.ROOT, "  CPU %.1f s (user+system, all threads): %.0f articles per CPU-second; "
        + "at this CPU cost 2 free cores would give %.0f articles/s%n", r.cpuSeconds(),
        units / r.cpuSeconds(), 2 * units / r.cpuSeconds());
    if (r.manifest() != null) {
      JsonNode t = r.manifest().path("timings_seconds");
      StringBuilder b = new StringBuilder();
      for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        b.append(e.getKey()).append(' ').append(e.getValue().asText()).append(" s  ");
      }
      out.println("  timings (stage_* = CPU seconds of the threads inside the stage's DoFn; write is the rest): " + b);
      JsonNode totals = r.manifest().path("totals");
      if (!totals.isMissingNode()) out.println("  totals   " + totals);
    }
    StringBuilder s = new StringBuilder();
    r.outputBytes().forEach((k, v) -> s.append(k).append(' ').append(String.format(Locale.ROOT, "%.2f MB  ", v / 1e6)));
    out.println("  output   " + s);
  }

  /** User + system CPU seconds of a live process (clock ticks of 1/100 s), 0 when gone. */
  static double cpuSeconds(Path stat) {
    try {
      String s = Files.readString(stat);
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long vmHwm(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (IOException | RuntimeException e) {
      // the process has just ended
    }
    return 0;
  }

  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /**
   * Reads the progress lines ("progress ...", written every few seconds by the run) that a
   * child run has appended to its log since the last call; reads only the new bytes.
   */
  static final class LogFollower {
    private final Path log;
    private long offset;
    private String partial = "";

    LogFollower(Path log) {
      this.log = log;
    }

    List<String> newProgressLines() {
      List<String> out = new ArrayList<>();
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(log)) {
        long size = ch.size();
        if (size <= offset) return out;
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(size - offset, 1 << 20));
        int n = ch.read(buf, offset);
        if (n <= 0) return out;
        offset += n;
        String text = partial + new String(buf.array(), 0, n, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        partial = end < 0 ? text : text.substring(end + 1);
        if (end < 0) return out;
        for (String line : text.substring(0, end).split("\n")) {
          if (line.startsWith("progress")) out.add(line.strip());
        }
      } catch (IOException e) {
        // no log yet: nothing to show
      }
      return out;
    }
  }

  /** The largest heap occupancy before a collection in the GC log, in MB (-1 when no log). */
  static long peakHeapMb(Path gcLog) {
    if (!Files.exists(gcLog)) return -1;
    long max = -1;
    try {
      for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
        Matcher m = GC.matcher(line);
        if (m.find()) max = Math.max(max, Long.parseLong(m.group(1)));
      }
    } catch (IOException e) {
      return -1;
    }
    return max;
  }

  /**
   * {@code bench core --corpus=DIR [--core=M] [--rounds=R]}: only the single-thread core on the
   * inputs of a corpus that already exists (DIR or DIR/input), without the Beam job: one warm-up
   * pass of up to 3,000 articles, then R measured passes over the first M articles.
   */
  static int coreOnly(String[] args, PrintStream out, PrintStream err) {
    Path corpus = null;
    long core = 20000;
    int rounds = 1;
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
        if (a.startsWith("--corpus=")) corpus = Path.of(v);
        else if (a.startsWith("--core=")) core = Long.parseLong(v);
        else if (a.startsWith("--rounds=")) rounds = Integer.parseInt(v);
        else throw new IllegalArgumentException(a + ": unknown option of bench core");
      }
      if (corpus == null) throw new IllegalArgumentException("--corpus=DIR is required");
      if (!Files.isDirectory(corpus)) {
        throw new IllegalArgumentException("--corpus=" + corpus + " does not exist or is not a folder");
      }
      if (core < 1 || rounds < 1) throw new IllegalArgumentException("--core and --rounds must be >= 1");
    } catch (IllegalArgumentException e) {
      err.println("coopevents bench: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      Path input = Files.isDirectory(corpus.resolve("input")) ? corpus.resolve("input") : corpus;
      List<Path> files = CoreThroughput.files(input);
      if (files.isEmpty()) {
        err.println("coopevents bench: no input files under " + input);
        return 1;
      }
      out.println("machine   " + Runtime.getRuntime().availableProcessors() + " cores, Java "
          + System.getProperty("java.version") + "; load " + loadAverage());
      CoreThroughput ct = new CoreThroughput();
      ct.run(files, Math.min(core, 3000));
      for (int r = 1; r <= rounds; r++) {
        long cpu0 = threadCpu();
        CoreThroughput.Result c = ct.run(files, core);
        double cpu = (threadCpu() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "round %d: %d articles, %.1f MB; CPU of the thread %.2f s: %.0f "
            + "articles and %.2f MB per CPU-second (read %.1f s, clean %.1f s, extract %.1f s, "
            + "sketch %.1f s of wall clock)%n", r, c.articles(), c.bytes() / 1e6, cpu, c.articles() / cpu,
            c.bytes() / 1e6 / cpu, c.readNanos() / 1e9, c.cleanNanos() / 1e9, c.extractNanos() / 1e9,
            c.sketchNanos() / 1e9);
      }
      out.println("load after: " + loadAverage());
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("coopevents bench: failed: " + e);
      return 1;
    }
  }

  private static long threadCpu() {
    java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
    return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : 0;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  static long treeBytes(Path dir) throws IOException {
    if (!Files.exists(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
