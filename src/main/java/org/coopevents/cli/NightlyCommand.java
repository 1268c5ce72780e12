package org.coopevents.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coopevents.nightly.Alarms;
import org.coopevents.nightly.RunCounts;
import org.coopevents.nightly.RunDiff;
import org.coopevents.nightly.RunHistory;
import org.coopevents.ingest.InputFiles;
import org.coopevents.sink.OutputPublisher;
import org.coopevents.sink.OutputSafety;
import org.coopevents.sink.TableSchemas;

/**
 * {@code coopevents nightly --archive=PATHS --dataset=DIR [options]}: one nightly rebuild.
 * Runs the job into {@code DIR/runs/<UTC timestamp>/}, compares it with the run
 * {@code DIR/latest} points to ({@code _diff.json}), checks the alarms, moves {@code latest}
 * unless an alarm is raised (or {@code --force}), and prunes old runs. See {@link #USAGE}
 * for the exit codes; scripts/nightly.sh wraps it with a flock and a log per run.
 */
public final class NightlyCommand {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int FLAGGED = 3;
  public static final int DATASET_UNUSABLE = 4;
  public static final int LOCKED = 75;

  static final String HELP = String.join("\n",
      "usage: scripts/coopevents nightly --archive=PATHS --dataset=DIR [--keep=7]",
      "         [--max-event-drop=0.2] [--max-reject-rise=0.05] [--max-file-drop=0.1]",
      "         [--force] [--run-id=ID] [--state=DIR (default DATASET/state)] [--full]",
      "         [--verify-full]",
      "         [--min-free-bytes=67108864] [any 'run' option except --input/--output]",
      "exit codes: 0 published (latest moved; also a flagged run with --force),",
      "  1 the run failed (latest unchanged), 2 bad command line,",
      "  3 flagged by an alarm (run kept in runs/, latest unchanged),",
      "  4 dataset folder unusable (not a folder, not writable, disk full),",
      "  75 another nightly run of this dataset is in progress");

  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private NightlyCommand() {}

  /** Parsed command line. */
  record Options(String archive, Path dataset, int keep, double maxEventDrop,
      double maxRejectRise, double maxFileDrop, boolean force, String runId, long minFreeBytes,
      List<String> runArgs, Path state, boolean full, boolean verifyFull) {}

  /** The state folder of incremental runs inside the dataset folder (unless --state). */
  static final String STATE = "state";

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = parse(args);
    } catch (UsageException e) {
      err.println("coopevents nightly: " + e.getMessage());
      return USAGE;
    }
    if (o == null) {
      out.println(HELP);
      return OK;
    }
    RunHistory history = new RunHistory(o.dataset());
    String problem = foreignDataset(history, o.archive());
    if (problem == null) problem = checkDataset(history, o.minFreeBytes());
    if (problem != null) {
      err.println("coopevents nightly: " + problem);
      return DATASET_UNUSABLE;
    }
    Path lockFile = history.dataset().resolve(".nightly.lock.jvm");
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        err.println("coopevents nightly: another nightly run of " + history.dataset()
            + " is in progress; nothing done");
        return LOCKED;
      }
      try {
        return locked(o, history, out, err);
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      err.println("coopevents nightly: " + explain(e, history.dataset()));
      return DATASET_UNUSABLE;
    }
  }

  private static int locked(Options o, RunHistory history, PrintStream out, PrintStream err)
      throws IOException {
    for (Path p : history.removeLeftovers()) log(out, "removed leftover of a killed run: " + p);
    String id = o.runId() != null ? o.runId() : RUN_ID.format(Instant.now());
    for (Path p : history.pruneLogs(o.keep(), id)) {
      log(out, "pruned the log of a failed or killed run: " + p.getFileName());
    }
    Path runDir = history.run(id);
    if (Files.exists(runDir)) {
      err.println("coopevents nightly: " + runDir + " already exists; give another --run-id");
      return USAGE;
    }
    Optional<Path> previous = history.latest();
    log(out, "run " + id + " starts: archive " + o.archive() + ", previous "
        + previous.map(p -> history.dataset().relativize(p).toString()).orElse("(none)"));

    List<String> runArgs = new ArrayList<>();
    runArgs.add("--input=" + o.archive());
    runArgs.add("--output=" + runDir);
    if (!o.full()) runArgs.add("--incremental=" + stateDir(o, history));
    runArgs.addAll(o.runArgs());
    ByteArrayOutputStream errCopy = new ByteArrayOutputStream();
    PrintStream teeErr = new PrintStream(new Tee(err, errCopy), true, StandardCharsets.UTF_8);
    int code = RunCommand.run(runArgs.toArray(String[]::new), out, teeErr,
        OutputPublisher.Mode.NEW_FOLDER);
    teeErr.flush();
    if (code != 0) {
      String text = errCopy.toString(StandardCharsets.UTF_8);
      if (text.contains("No space left on device")) {
        log(err, "FAILED run " + id + ": the disk holding " + history.dataset() + " is full; "
            + "latest is unchanged");
        return DATASET_UNUSABLE;
      }
      log(err, "FAILED run " + id + " (coopevents run exit " + code + "); latest is unchanged");
      return code == 2 ? USAGE : FAILED;
    }

    RunCounts now = RunCounts.read(runDir);
    RunCounts before = previous.isPresent() ? RunCounts.read(previous.get()) : null;
    RunDiff diff = previous.isPresent() ? RunDiff.compare(previous.get(), runDir, 50) : null;
    List<String> alarms = new ArrayList<>(new Alarms(o.maxEventDrop(), o.maxRejectRise(),
        o.maxFileDrop()).check(before, now));
    Map<String, Object> verified = null;
    if (o.verifyFull() && !o.full()) {
      FullRunCheck check = FullRunCheck.run(history, id, o.archive(), o.runArgs(), runDir, out, err);
      verified = check.toMap();
      log(out, check.summary());
      if (!check.same()) alarms.add(check.summary());
    }
    boolean flagged = !alarms.isEmpty();
    boolean publish = !flagged || o.force();

    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("run", history.dataset().relativize(runDir).toString());
    doc.put("previous_run", previous.map(p -> history.dataset().relativize(p).toString())
        .orElse(null));
    doc.put("compared_at", Instant.now().toString());
    doc.put("flagged", flagged);
    doc.put("alarms", alarms);
    doc.put("forced", flagged && o.force());
    doc.put("published", publish);
    doc.put("inputs_changed_during_run", now.changedInputs());
    if (verified != null) doc.put("verify_full", verified);
    Map<String, Object> thresholds = new LinkedHashMap<>();
    thresholds.put("max_event_drop", o.maxEventDrop());
    thresholds.put("max_reject_rise", o.maxRejectRise());
    thresholds.put("max_file_drop", o.maxFileDrop());
    doc.put("thresholds", thresholds);
    if (diff != null) doc.putAll(diff.toMap());
    writeAtomically(runDir.resolve("_diff.json"), new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(doc));

    if (diff != null) log(out, summary(diff));
    for (String a : alarms) log(err, "ALARM " + a);
    int result = OK;
    if (publish) {
      history.pointLatestTo(runDir);
      log(out, (flagged ? "FLAGGED but forced: " : "") + "latest -> runs/" + id);
    } else {
      log(err, "FLAGGED run " + id + ": latest stays at "
          + previous.map(p -> history.dataset().relativize(p).toString()).orElse("(none)")
          + "; rerun with --force to publish it anyway");
      result = FLAGGED;
    }
    for (Path p : history.prune(o.keep())) log(out, "pruned " + p.getFileName());
    return result;
  }

  static String summary(RunDiff d) {
    StringBuilder b = new StringBuilder("diff vs previous:");
    for (String t : TableSchemas.TABLES) {
      RunDiff.TableDiff x = d.table(t);
      b.append(' ').append(t).append(" +").append(x.added()).append(" -").append(x.removed());
      if (t.equals("events")) b.append(" ~").append(d.changedEvents());
      b.append(';');
    }
    return b.toString();
  }

  /** What nightly itself keeps in a dataset folder (besides hidden temporary names). */
  static final java.util.Set<String> DATASET_ENTRIES = java.util.Set.of(RunHistory.RUNS,
      RunHistory.LATEST, STATE, ".nightly.lock", ".nightly.lock.jvm");

  static Path stateDir(Options o, RunHistory h) {
    return o.state() != null ? o.state().toAbsolutePath().normalize() : h.dataset().resolve(STATE);
  }

  /**
   * Why nightly must not use the dataset folder, or null: it is, holds or lies inside an input,
   * or it holds anything nightly did not write (it prunes and replaces what is there, so only
   * a new, empty or nightly-made folder is used). Checked before anything is created in it.
   */
  static String foreignDataset(RunHistory h, String archive) {
    Path d = h.dataset();
    List<String> files;
    try {
      files = InputFiles.resolve(archive);
    } catch (RuntimeException e) {
      files = List.of(); // the run reports it; the folders named in --archive still count
    }
    Optional<String> conflict = OutputSafety.inputConflict(d,
        OutputSafety.inputRoots(archive, files));
    if (conflict.isPresent()) {
      return "the dataset folder " + d + " is not used: " + conflict.get()
          + "; choose a dataset folder apart from the archive";
    }
    if (!Files.isDirectory(d)) return null;
    try (java.util.stream.Stream<Path> s = Files.list(d)) {
      Optional<Path> stranger = s.filter(p -> {
        String n = p.getFileName().toString();
        return !DATASET_ENTRIES.contains(n) && !n.startsWith("." + RunHistory.LATEST + ".tmp-")
            && !n.startsWith(".nightly.");
      }).findFirst();
      if (stranger.isPresent()) {
        return "the dataset folder " + d + " is not used: it holds " + stranger.get()
            .getFileName() + ", which nightly did not write; give a new or empty folder";
      }
    } catch (IOException e) {
      return "cannot read the dataset folder " + d + ": " + explain(e, d);
    }
    if (!Files.isDirectory(h.runs())) return null;
    try (java.util.stream.Stream<Path> s = Files.list(h.runs())) {
      Optional<Path> stranger = s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isDirectory(p) && Files.exists(p.resolve(RunHistory.SUCCESS)))
          .filter(p -> !OutputSafety.isCoopeventsOutput(p)).findFirst();
      if (stranger.isPresent()) {
        return "the dataset folder " + d + " is not used: " + stranger.get()
            + " is not a coopevents run; give a new or empty folder";
      }
    } catch (IOException e) {
      return "cannot read " + h.runs() + ": " + explain(e, d);
    }
    return null;
  }

  /** Why the dataset folder cannot take a run, or null when it can. */
  static String checkDataset(RunHistory h, long minFreeBytes) {
    Path d = h.dataset();
    try {
      Files.createDirectories(h.runs());
    } catch (IOException e) {
      return "cannot create " + h.runs() + ": " + explain(e, d);
    }
    try {
      Path probe = h.runs().resolve(".probe-" + ProcessHandle.current().pid());
      Files.write(probe, new byte[] {1});
      Files.delete(probe);
    } catch (IOException e) {
      return "the dataset folder " + d + " is not writable: " + explain(e, d);
    }
    try {
      long free = Files.getFileStore(h.runs()).getUsableSpace();
      if (free < minFreeBytes) {
        return String.format(Locale.ROOT, "the disk holding %s is full: %d MB free, a run needs "
            + "at least %d MB (--min-free-bytes)", d, free >> 20, minFreeBytes >> 20);
      }
    } catch (IOException e) {
      return "cannot check the free space of " + d + ": " + explain(e, d);
    }
    return null;
  }

  static String explain(IOException e, Path dataset) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (m.contains("No space left on device")) return "the disk holding " + dataset + " is full";
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return m + " exists and is not a folder";
    }
    return e.getClass().getSimpleName() + ": " + m;
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void log(PrintStream s, String line) {
    s.println(Instant.now().toString() + " nightly: " + line);
    s.flush();
  }

  static Options parse(String[] args) {
    String archive = null;
    String dataset = null;
    String runId = null;
    int keep = 7;
    double drop = Alarms.DEFAULT_MAX_EVENT_DROP;
    double rise = Alarms.DEFAULT_MAX_REJECT_RISE;
    double fileDrop = Alarms.DEFAULT_MAX_FILE_DROP;
    long minFree = 64L << 20;
    boolean force = false;
    boolean full = false;
    boolean verifyFull = false;
    String state = null;
    List<String> rest = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) return null;
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
      switch (name) {
        case "--archive" -> archive = required(name, value);
        case "--dataset" -> dataset = required(name, value);
        case "--run-id" -> runId = required(name, value);
        case "--keep" -> keep = (int) number(name, value, 1, 10_000);
        case "--max-event-drop" -> drop = fraction(name, value);
        case "--max-reject-rise" -> rise = fraction(name, value);
        case "--max-file-drop" -> fileDrop = fraction(name, value);
        case "--min-free-bytes" -> minFree = number(name, value, 0, Long.MAX_VALUE);
        case "--force" -> force = value == null || Boolean.parseBoolean(value);
        case "--full" -> full = value == null || Boolean.parseBoolean(value);
        case "--verify-full" -> verifyFull = value == null || Boolean.parseBoolean(value);
        case "--state" -> state = required(name, value);
        case "--incremental" -> throw new UsageException("--incremental is set by nightly (it "
            + "keeps its state in DATASET/state; use --state=DIR or --full)");
        case "--input", "--output", "--overwrite" -> throw new UsageException(name
            + " is set by nightly (use --archive and --dataset)");
        default -> {
          if (!a.startsWith("--")) {
            throw new UsageException("unexpected argument '" + a + "'; options take the form "
                + "--name=value\n" + HELP);
          }
          rest.add(a);
        }
      }
    }
    if (archive == null) throw new UsageException("--archive is required (the input files, "
        + "folders or globs, as for 'run --input')");
    if (dataset == null) throw new UsageException("--dataset is required (the folder holding "
        + "runs/ and latest)");
    if (runId != null && !runId.matches("[0-9A-Za-z][0-9A-Za-z._-]*")) {
      throw new UsageException("--run-id=" + runId + ": use letters, digits, '.', '_' and '-'");
    }
    if (full && verifyFull) throw new UsageException("--verify-full checks an incremental run "
        + "against a full one; it cannot go with --full");
    return new Options(archive, Path.of(dataset), keep, drop, rise, fileDrop, force, runId,
        minFree, rest, state == null ? null : Path.of(state), full, verifyFull);
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) throw new UsageException(name + " needs a value");
    return value;
  }

  private static long number(String name, String value, long min, long max) {
    try {
      long v = Long.parseLong(required(name, value));
      if (v < min || v > max) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException(name + "=" + value + ": give a whole number from " + min
          + " to " + max);
    }
  }

  private static double fraction(String name, String value) {
    try {
      double v = Double.parseDouble(required(name, value));
      if (!(v >= 0 && v <= 1)) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException(name + "=" + value + ": give a share from 0 to 1, e.g. 0.2");
    }
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
