package org.coopevents.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Stages a run's output beside the final folder and publishes it so that, at every instant,
 * {@code DIR} is the complete old output or the complete new one.
 *
 * <p>Layout ({@link Mode#REPLACEABLE}, what {@code run} writes): {@code DIR} is a symlink to a
 * hidden sibling {@code .DIR.v-<time>-<pid>} holding the tables. The job writes into
 * {@code .DIR.staging-<time>-<pid>}; when the run is complete (manifest, then {@code _SUCCESS})
 * the staging folder is renamed to its version name, a new symlink is made beside {@code DIR}
 * and renamed over it (rename(2) replaces a symlink atomically), and only then is the old
 * version deleted. Readers open {@code DIR/events/*.parquet} through the link as before.
 *
 * <p>Everything happens under an OS file lock on {@code .DIR.lock}: a second run into the same
 * {@code DIR} stops at once ({@link LockedException}). Under that lock {@link #prepare} first
 * recovers what a failed or killed run left: if {@code DIR} is missing it is pointed at the
 * newest complete version (or, for the two-rename publisher of earlier releases, its
 * {@code .DIR.replaced-*} folder is renamed back); then staging folders, temporary links and
 * versions that {@code DIR} does not point to are deleted.
 *
 * <p>Only a coopevents output (or an empty folder) is replaced, never a folder that is, holds or
 * lies inside an input ({@link OutputSafety}). A real folder written by an earlier release is
 * turned into the symlink layout on its first replacement: that one replacement takes two
 * renames, and a kill between them is repaired by the next run (see above).
 *
 * <p>{@link Mode#NEW_FOLDER} (the runs of {@code nightly}, whose caller holds the dataset's
 * lock and moves its own {@code latest} link) publishes by one rename of the staging folder to
 * a {@code DIR} that must not exist.
 */
public final class OutputPublisher implements AutoCloseable {
  /** Why the output cannot be used; the message names the problem and what is valid. */
  public static class OutputException extends RuntimeException {
    public OutputException(String message) {
      super(message);
    }
  }

  /** Another run holds the output's lock. */
  public static final class LockedException extends OutputException {
    public LockedException(String message) {
      super(message);
    }
  }

  /** How the output folder is published. */
  public enum Mode {
    /** {@code DIR} is a symlink to a version folder; may replace an earlier output. */
    REPLACEABLE,
    /** {@code DIR} is a plain folder that must not exist; the caller holds the lock. */
    NEW_FOLDER
  }

  static final String STAGING = ".staging-";
  static final String VERSION = ".v-";
  static final String LINK = ".link-";
  static final String REPLACED = ".replaced-";
  private static final java.util.concurrent.atomic.AtomicLong SEQUENCE =
      new java.util.concurrent.atomic.AtomicLong();

  private final Path output;
  private final Path staging;
  private final boolean overwrite;
  private final Mode mode;
  private final PublishSteps steps;
  private final OutputLock lock;
  private final List<String> recovered;

  private OutputPublisher(Path output, Path staging, boolean overwrite, Mode mode,
      PublishSteps steps, OutputLock lock, List<String> recovered) {
    this.output = output;
    this.staging = staging;
    this.overwrite = overwrite;
    this.mode = mode;
    this.steps = steps;
    this.lock = lock;
    this.recovered = recovered;
  }

  /** {@link #prepare(Path, boolean, List, Mode, PublishSteps)} for {@code run} without inputs. */
  public static OutputPublisher prepare(Path output, boolean overwrite) {
    return prepare(output, overwrite, List.of(), Mode.REPLACEABLE, PublishSteps.REAL);
  }

  /**
   * Locks the output, recovers leftovers of earlier runs, checks that the output may be written
   * (or replaced) and creates the staging folder. {@code inputRoots} are the inputs' real paths
   * ({@link OutputSafety#inputRoots}).
   */
  public static OutputPublisher prepare(Path output, boolean overwrite, List<Path> inputRoots,
      Mode mode, PublishSteps steps) {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new OutputException("--output " + output + " cannot be the root folder");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputException("--output " + output + " exists and is a file, not a folder");
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new OutputException("--output " + output + ": cannot create its parent folder "
          + parent + " (" + e.getMessage() + ")");
    }
    if (!Files.isWritable(parent)) {
      throw new OutputException("--output " + output + ": the folder " + parent
          + " is not writable");
    }
    OutputLock lock = null;
    List<String> recovered = new ArrayList<>();
    if (mode == Mode.REPLACEABLE) {
      Path lockFile = OutputLock.fileFor(out);
      try {
        lock = OutputLock.tryLock(lockFile);
      } catch (IOException e) {
        throw new OutputException("--output " + output + ": cannot open the lock file "
            + lockFile + " (" + e.getMessage() + ")");
      }
      if (lock == null) {
        throw new LockedException("another coopevents run is writing " + out + " (it holds "
            + lockFile + "); nothing done");
      }
      try {
        recovered.addAll(recover(out, steps));
      } catch (IOException | UncheckedIOException e) {
        recovered.add("could not clean up beside " + out + ": " + e.getMessage());
      }
    }
    try {
      check(output, out, overwrite, inputRoots);
      if (mode == Mode.NEW_FOLDER) removeStaleStagings(parent, out.getFileName().toString());
      String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
      // unique within this process too (tests and nightly publish several runs a second)
      Path staging = parent.resolve("." + out.getFileName() + STAGING + stamp + "-"
          + SEQUENCE.incrementAndGet() + "-" + ProcessHandle.current().pid());
      try {
        Files.createDirectory(staging);
      } catch (IOException e) {
        throw new OutputException("--output " + output + ": cannot create the staging folder "
            + staging + " (" + e.getMessage() + ")");
      }
      return new OutputPublisher(out, staging, overwrite, mode, steps, lock, recovered);
    } catch (RuntimeException e) {
      if (lock != null) lock.close();
      throw e;
    }
  }

  private static void check(Path given, Path out, boolean overwrite, List<Path> inputRoots) {
    if (!OutputSafety.existsNoFollow(out)) return;
    if (!Files.isDirectory(out)) {
      throw new OutputException("--output " + given + " exists and is not a folder");
    }
    if (!overwrite) {
      throw new OutputException("--output " + given
          + " already exists: choose a new folder, or pass --overwrite=true to replace it");
    }
    Optional<String> conflict = OutputSafety.inputConflict(out, inputRoots);
    if (conflict.isPresent()) {
      throw new OutputException("--output " + given + " is not replaced: " + conflict.get()
          + "; choose an output folder apart from the inputs");
    }
    if (!OutputSafety.isCoopeventsOutput(out) && !OutputSafety.isEmptyFolder(out)) {
      throw new OutputException("--output " + given + " is not replaced: it is not a coopevents "
          + "output (no _SUCCESS and _manifest.json written by the job); choose a new folder");
    }
  }

  public Path output() {
    return output;
  }

  public Path staging() {
    return staging;
  }

  /** What {@link #prepare} found and repaired or removed, one line each. */
  public List<String> recovered() {
    return recovered;
  }

  /**
   * Finishes the staging folder and swaps it into place: every table gets a Parquet file
   * (an empty one with the full schema if the runner wrote none), temporary files go, then
   * the manifest, then {@code _SUCCESS}, then the publishing steps. Returns warnings about
   * leftovers that could not be removed (the next run removes them).
   */
  public List<String> publish(byte[] manifestJson) throws IOException {
    finish(manifestJson);
    if (mode == Mode.NEW_FOLDER) {
      if (OutputSafety.existsNoFollow(output)) {
        throw new OutputException("--output " + output + " appeared while the job ran");
      }
      steps.rename(staging, output);
      return List.of();
    }
    return swapIn();
  }

  /** Staging complete: temporaries out, tables, manifest, {@code _SUCCESS}. */
  void finish(byte[] manifestJson) throws IOException {
    removeTemporaries(staging);
    deleteTree(staging.resolve(RunStats.FOLDER));
    ensureTables(staging);
    steps.write(staging.resolve("_manifest.json"), manifestJson);
    steps.write(staging.resolve("_SUCCESS"), new byte[0]);
  }

  private List<String> swapIn() throws IOException {
    Path parent = output.getParent();
    String name = output.getFileName().toString();
    String suffix = staging.getFileName().toString().substring(("." + name + STAGING).length());
    Path version = parent.resolve("." + name + VERSION + suffix);
    Path link = parent.resolve("." + name + LINK + ProcessHandle.current().pid());
    Optional<Path> oldVersion = Optional.empty();
    Path legacyAside = null;
    boolean exists = OutputSafety.existsNoFollow(output);
    if (exists && !overwrite) {
      throw new OutputException("--output " + output + " appeared while the job ran");
    }
    if (exists && Files.isSymbolicLink(output)) oldVersion = ownVersion(output);
    steps.rename(staging, version);
    try {
      if (exists && !Files.isSymbolicLink(output)) {
        // a plain folder (an earlier release): moved aside as a version, then replaced
        legacyAside = parent.resolve("." + name + VERSION + "old-" + suffix);
        steps.rename(output, legacyAside);
        oldVersion = Optional.of(legacyAside);
      }
      if (OutputSafety.existsNoFollow(link)) steps.deleteTree(link);
      steps.symlink(link, version.getFileName());
      steps.rename(link, output);
    } catch (IOException | RuntimeException e) {
      rollBack(version, link, legacyAside);
      throw e;
    }
    List<String> warnings = new ArrayList<>();
    if (oldVersion.isPresent()) {
      try {
        steps.deleteTree(oldVersion.get());
      } catch (IOException | RuntimeException e) {
        warnings.add("the previous output " + oldVersion.get() + " could not be deleted ("
            + e.getMessage() + "); the next run removes it");
      }
    }
    return warnings;
  }

  /** Undoes a swap that failed before the new link was in place; best effort. */
  private void rollBack(Path version, Path link, Path legacyAside) {
    try {
      if (legacyAside != null && !OutputSafety.existsNoFollow(output)
          && Files.isDirectory(legacyAside)) {
        steps.rename(legacyAside, output);
      }
    } catch (IOException | RuntimeException ignored) {
      // the next run's recovery points DIR at the newest complete version
    }
    try {
      // the failed run's version goes (if DIR is missing because the rename back failed, the
      // next run's recovery then finds only the previous output)
      if (OutputSafety.existsNoFollow(link)) PublishSteps.deleteTreeNow(link);
      if (!version.equals(currentTarget(output).orElse(null))) PublishSteps.deleteTreeNow(version);
    } catch (IOException | RuntimeException ignored) {
      // the next run removes versions that DIR does not point to
    }
  }

  /** Deletes the staging folder after a failure; the existing output is left as it was. */
  public void abort() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // best effort: the next run removes stale staging folders
    }
  }

  /** Releases the output's lock. */
  @Override
  public void close() {
    if (lock != null) lock.close();
  }

  /** The folder a symlink {@code DIR} points to, resolved against its parent. */
  static Optional<Path> currentTarget(Path dir) {
    if (!Files.isSymbolicLink(dir)) return Optional.empty();
    try {
      return Optional.of(dir.getParent().resolve(Files.readSymbolicLink(dir)).normalize());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The target of {@code DIR} when it is one of its own {@code .DIR.v-*} siblings. */
  private static Optional<Path> ownVersion(Path dir) {
    String prefix = "." + dir.getFileName() + VERSION;
    return currentTarget(dir).filter(t -> dir.getParent().equals(t.getParent())
        && t.getFileName().toString().startsWith(prefix));
  }

  /**
   * Repairs and removes what failed or killed runs left beside {@code out}; the caller holds
   * the lock. Returns one line per action.
   */
  static List<String> recover(Path out, PublishSteps steps) throws IOException {
    Path parent = out.getParent();
    String name = out.getFileName().toString();
    List<Path> siblings = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, p ->
        p.getFileName().toString().startsWith("." + name + "."))) {
      ds.forEach(siblings::add);
    }
    List<String> done = new ArrayList<>();
    if (!OutputSafety.existsNoFollow(out)) {
      Optional<Path> newest = siblings.stream()
          .filter(p -> isKind(p, name, VERSION) || isKind(p, name, REPLACED))
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(OutputSafety::isCoopeventsOutput)
          .max(Comparator.comparing(OutputPublisher::successTime));
      if (newest.isPresent() && isKind(newest.get(), name, VERSION)) {
        Path link = parent.resolve("." + name + LINK + ProcessHandle.current().pid());
        if (OutputSafety.existsNoFollow(link)) steps.deleteTree(link);
        steps.symlink(link, newest.get().getFileName());
        steps.rename(link, out);
        done.add("recovered " + out + " (a run had stopped while publishing): it points to "
            + newest.get().getFileName());
      } else if (newest.isPresent()) {
        steps.rename(newest.get(), out);
        done.add("recovered " + out + " from " + newest.get().getFileName()
            + " (an earlier release had stopped while replacing it)");
      }
    }
    Optional<Path> current = currentTarget(out);
    for (Path p : siblings) {
      if (!OutputSafety.existsNoFollow(p) || current.map(p::equals).orElse(false)) continue;
      boolean stale = isKind(p, name, LINK) || isKind(p, name, VERSION)
          || isKind(p, name, REPLACED) || (isKind(p, name, STAGING) && !alive(p));
      if (stale) {
        steps.deleteTree(p);
        done.add("removed the leftover " + p.getFileName() + " of an earlier run");
      }
    }
    return done;
  }

  private static boolean isKind(Path p, String name, String kind) {
    return p.getFileName().toString().startsWith("." + name + kind);
  }

  private static FileTime successTime(Path dir) {
    try {
      return Files.getLastModifiedTime(dir.resolve("_SUCCESS"));
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** Whether the process whose id ends the name ({@code ...-PID}) is still running. */
  private static boolean alive(Path p) {
    String n = p.getFileName().toString();
    try {
      long pid = Long.parseLong(n.substring(n.lastIndexOf('-') + 1));
      return pid != ProcessHandle.current().pid()
          && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static void ensureTables(Path dir) throws IOException {
    List<Schema> schemas = List.of(TableSchemas.EVENTS, TableSchemas.DOCUMENTS,
        TableSchemas.MENTIONS, TableSchemas.ARTICLES, TableSchemas.REJECTS);
    for (int i = 0; i < TableSchemas.TABLES.size(); i++) {
      Path table = dir.resolve(TableSchemas.TABLES.get(i));
      Files.createDirectories(table);
      boolean any;
      try (Stream<Path> s = Files.list(table)) {
        any = s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
      }
      if (!any) writeEmpty(table.resolve("part-empty.parquet"), schemas.get(i));
    }
  }

  private static void writeEmpty(Path file, Schema schema) throws IOException {
    ParquetIO.Sink sink = ParquetIO.sink(schema).withCompressionCodec(CompressionCodecName.SNAPPY);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      sink.open(ch);
      sink.flush();
    }
  }

  /** Beam's {@code .temp-beam*} folders and any other hidden leftovers inside the tables. */
  static void removeTemporaries(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> hidden = s.filter(p -> !p.equals(dir))
          .filter(p -> p.getFileName().toString().startsWith("."))
          .sorted(Comparator.reverseOrder())
          .toList();
      for (Path p : hidden) {
        if (Files.exists(p)) deleteTree(p);
      }
    }
  }

  /** Staging folders of {@code nightly} runs whose process is gone. */
  private static void removeStaleStagings(Path parent, String name) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, p ->
        p.getFileName().toString().startsWith("." + name + STAGING))) {
      for (Path p : ds) {
        if (!alive(p)) deleteTree(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // stale folders are only clutter; never fail a run for them
    }
  }

  public static void deleteTree(Path root) throws IOException {
    PublishSteps.deleteTreeNow(root);
  }
}
