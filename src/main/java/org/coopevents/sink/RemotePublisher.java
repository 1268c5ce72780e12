package org.coopevents.sink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Publishes a finished run to remote storage ({@code s3://}, {@code gs://}, {@code hdfs://})
 * the way table formats commit, since an object store cannot rename a folder:
 *
 * <ol>
 *   <li>every file of the run is uploaded under its own prefix {@code DIR/runs/RUN_ID/}, the
 *       run's {@code _SUCCESS} last;
 *   <li>the listing of that prefix is checked against the local run (every file, every size);
 *   <li>the commit: one small object {@code DIR/_LATEST} holding {@code runs/RUN_ID/}, written
 *       whole (an object store shows a new object all at once; on HDFS it is renamed over the
 *       old one);
 *   <li>runs older than the one {@code _LATEST} named before are deleted (that one is kept, so a
 *       reader that has just read the old pointer can finish).
 * </ol>
 *
 * <p>Readers read {@code DIR/_LATEST} first and open the run it names: until the commit they
 * see the previous run, after it the new one, never a part. A run killed before its commit
 * leaves an unnamed prefix that the next run deletes. Run ids are UTC timestamps, so they sort
 * in time; a run never deletes runs newer than its own (another writer's, still uploading).
 */
public final class RemotePublisher {
  public static final String LATEST = "_LATEST";
  public static final String RUNS = "runs";
  static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final String dir;
  private final RemoteStore store;
  private final String runId;
  private final String previousRun;

  private RemotePublisher(String dir, RemoteStore store, String runId, String previousRun) {
    this.dir = dir;
    this.store = store;
    this.runId = runId;
    this.previousRun = previousRun;
  }

  /** Whether an output names remote storage (a URI with a scheme other than file). */
  public static boolean isRemote(String output) {
    return output != null && output.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*")
        && !output.startsWith("file://");
  }

  /**
   * Checks that {@code output} may take a new run: new, empty, or (with {@code overwrite}) a
   * coopevents output whose {@code _LATEST} names a run with the job's manifest.
   */
  public static RemotePublisher prepare(String output, boolean overwrite, RemoteStore store) {
    String dir = output.replaceAll("/+$", "");
    String previous;
    try {
      previous = latestRun(dir, store);
      if (previous != null) {
        if (!overwrite) {
          throw new OutputPublisher.OutputException("--output " + output + " already exists ("
              + LATEST + " names " + previous + "): pass --overwrite=true to publish a new run");
        }
        byte[] manifest = store.readSmall(dir + "/" + previous + "_manifest.json");
        if (manifest == null || !OutputSafety.isCoopeventsManifest(manifest)) {
          throw new OutputPublisher.OutputException("--output " + output + " is not replaced: "
              + previous + " named by " + LATEST + " is not a coopevents run");
        }
      } else {
        for (String key : store.list(dir).keySet()) {
          if (!key.startsWith(RUNS + "/")) {
            throw new OutputPublisher.OutputException("--output " + output + " is not used: it "
                + "holds " + key + ", which is not a coopevents run; choose a new prefix");
          }
        }
      }
    } catch (IOException e) {
      throw new OutputPublisher.OutputException("--output " + output + " cannot be read: "
          + e.getMessage());
    }
    String id = RUN_ID.format(Instant.now()) + "-" + ProcessHandle.current().pid();
    return new RemotePublisher(dir, store, id, previous);
  }

  /** The run {@code DIR/_LATEST} names ({@code runs/ID/}), or null. */
  public static String latestRun(String dir, RemoteStore store) throws IOException {
    byte[] b = store.readSmall(dir + "/" + LATEST);
    if (b == null) return null;
    String run = new String(b, StandardCharsets.UTF_8).strip();
    if (!run.matches(RUNS + "/[0-9A-Za-z._-]+/")) {
      throw new IOException(dir + "/" + LATEST + " does not name a run (runs/ID/): " + run);
    }
    return run;
  }

  /** Where this run is written: {@code DIR/runs/RUN_ID/}. */
  public String runUri() {
    return dir + "/" + RUNS + "/" + runId + "/";
  }

  public String dir() {
    return dir;
  }

  /**
   * Uploads the finished local run, checks it, commits {@code _LATEST} and removes older runs.
   * Returns warnings about old runs that could not be deleted.
   */
  public List<String> publish(Path localRun) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(localRun)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    Map<String, Long> expected = new TreeMap<>();
    Path success = null;
    for (Path f : files) {
      String rel = localRun.relativize(f).toString().replace('\\', '/');
      expected.put(rel, Files.size(f));
      if (rel.equals("_SUCCESS")) {
        success = f;
        continue;
      }
      store.upload(f, runUri() + rel);
    }
    if (success == null) throw new IOException(localRun + " has no _SUCCESS: not a finished run");
    store.upload(success, runUri() + "_SUCCESS");
    Map<String, Long> seen = store.list(runUri());
    if (!seen.equals(expected)) {
      throw new IOException("the upload to " + runUri() + " is incomplete (" + seen.size()
          + " of " + expected.size() + " files as written); " + LATEST + " is unchanged");
    }
    store.writeWhole(dir + "/" + LATEST, (RUNS + "/" + runId + "/\n").getBytes(StandardCharsets.UTF_8));
    return removeOldRuns();
  }

  /** Deletes runs older than this one except the one the previous pointer named. */
  private List<String> removeOldRuns() {
    List<String> warnings = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>();
    try {
      for (String key : store.list(dir + "/" + RUNS).keySet()) {
        int slash = key.indexOf('/');
        if (slash > 0) ids.add(key.substring(0, slash));
      }
    } catch (IOException e) {
      return List.of("old runs under " + dir + "/" + RUNS + " not listed: " + e.getMessage());
    }
    for (String id : ids) {
      String run = RUNS + "/" + id + "/";
      if (id.compareTo(runId) >= 0 || run.equals(previousRun)) continue;
      try {
        store.deletePrefix(dir + "/" + run);
      } catch (IOException e) {
        warnings.add("old run " + dir + "/" + run + " not deleted (" + e.getMessage()
            + "); the next run deletes it");
      }
    }
    return warnings;
  }
}
