package org.coopevents.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.nightly.InputFingerprint;
import org.coopevents.sink.OutputLock;

/**
 * One incremental run's dealings with its state folder, around the job: lock the folder, load
 * and check the state (a missing or unusable one means a full run, said in one line), plan
 * what is reused, re-read and dropped, and after the output is published commit the new
 * segment. Plain Java; {@code cli.RunCommand} runs the job in between.
 */
public final class IncrementalRun implements AutoCloseable {
  /** Another run holds the state folder's lock. */
  public static final class LockedException extends IOException {
    LockedException(String message) {
      super(message);
    }
  }

  private static final DateTimeFormatter SEGMENT_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  public final StateFolder state;
  public final IncrementalPlan plan;
  /** Why the state was not used (the run reads everything), or null when it was. */
  public final String fallback;
  private final OutputLock lock;
  private final List<String> removedLeftovers;

  private IncrementalRun(StateFolder state, IncrementalPlan plan, String fallback,
      OutputLock lock, List<String> removedLeftovers) {
    this.state = state;
    this.plan = plan;
    this.fallback = fallback;
    this.lock = lock;
    this.removedLeftovers = removedLeftovers;
  }

  /** Locks and loads the state in {@code dir} and plans the run over {@code inputs}. */
  public static IncrementalRun start(Path dir, ReadLimits limits, List<InputFingerprint> inputs)
      throws IOException {
    StateFolder state = new StateFolder(dir);
    Files.createDirectories(state.dir());
    OutputLock lock = OutputLock.tryLock(state.lockFile());
    if (lock == null) {
      throw new LockedException("another coopevents run is using the state " + state.dir()
          + " (it holds " + state.lockFile() + "); nothing done");
    }
    try {
      StateFolder.Loaded loaded = state.load();
      List<String> removed = loaded.index() == null ? List.of()
          : state.removeUnnamed(loaded.index());
      String segment = SEGMENT_ID.format(Instant.now()) + "-" + ProcessHandle.current().pid();
      IncrementalPlan plan = IncrementalPlan.of(loaded.index(), CodeVersion.of(limits), inputs,
          segment);
      return new IncrementalRun(state, plan, loaded.problem(), lock, removed);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Data files of the new segment: about one per 64 MB of input read, 1 to 16. */
  public int stateShards(List<InputFingerprint> inputs) {
    long bytes = inputs.stream().filter(f -> plan.reread.containsKey(f.path()))
        .mapToLong(f -> Math.max(0, f.sizeBytes())).sum();
    return (int) Math.max(1, Math.min(16, bytes / (64L << 20)));
  }

  /** The lines the run prints before the job: the fallback (if any) and the plan. */
  public List<String> describe() {
    List<String> out = new java.util.ArrayList<>();
    if (fallback != null) {
      out.add("state " + state.dir() + ": " + fallback + "; this run reads every file (a full "
          + "run) and writes a new state");
    }
    for (String s : removedLeftovers) out.add("removed the state segment " + s + " left by a killed run");
    out.add(String.format(Locale.ROOT, "incremental: %d file(s) reused, %d re-read%s, %d dropped",
        plan.reused.size(), plan.reread.size(), byReason(plan.rereadByReason()),
        plan.dropped.size()));
    return out;
  }

  /** " (new 3, changed 1)", or nothing when no file is re-read. */
  static String byReason(Map<String, Integer> counts) {
    if (counts.isEmpty()) return "";
    StringBuilder b = new StringBuilder(" (");
    counts.forEach((reason, n) -> {
      if (b.length() > 2) b.append(", ");
      b.append(reason).append(' ').append(n);
    });
    return b.append(')').toString();
  }

  /** The manifest's {@code incremental} entry. */
  public Map<String, Object> manifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", state.dir().toString());
    m.put("state_used", fallback == null);
    m.put("fallback", fallback);
    m.put("version", plan.version);
    m.put("files_reused", plan.reused.size());
    m.put("files_reread", plan.reread.size());
    m.put("files_dropped", plan.dropped.size());
    m.put("reread_by_reason", plan.rereadByReason());
    Map<String, String> reread = new LinkedHashMap<>();
    plan.reread.entrySet().stream().limit(100)
        .forEach(e -> reread.put(e.getKey(), e.getValue().text));
    m.put("reread_files", reread);
    m.put("dropped_files", plan.dropped.stream().limit(100).toList());
    m.put("files_rewritten_by_compaction", plan.rewriteKeys.size());
    m.put("new_segment", plan.newSegment);
    return m;
  }

  /**
   * Makes this run's segment part of the state (after the output was published), without the
   * files that changed while the job read them. Returns the segments deleted because no file
   * is in them any more.
   */
  public List<String> commit(List<String> changedDuringRun) throws IOException {
    StateIndex next = plan.next(state.written(plan.newSegment));
    if (!changedDuringRun.isEmpty()) {
      // what was read of a file that changed meanwhile may not match its fingerprint: not kept
      java.util.Map<String, StateIndex.FileEntry> files = new java.util.TreeMap<>(next.files);
      changedDuringRun.forEach(files::remove);
      next = new StateIndex(next.version, files, next.segments);
    }
    return state.commit(next);
  }

  @Override
  public void close() {
    lock.close();
  }
}
