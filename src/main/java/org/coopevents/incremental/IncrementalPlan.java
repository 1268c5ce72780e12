package org.coopevents.incremental;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopevents.nightly.InputFingerprint;

/**
 * Which input files an incremental run reuses from the state, which it reads and extracts
 * again (and why), and which the state holds for files that are gone (dropped). A file is
 * reused when the state was made by the same version of code and knowledge and holds the file
 * under the key of its fingerprint now ({@link StateIndex#fileKey}). Records of reused files in
 * a segment where fewer than half the files it was written for are still reused are written
 * again into the new segment, so dead records never fill the state. Plain Java; immutable.
 */
public final class IncrementalPlan {
  /** Why a file is read again. */
  public enum Reason {
    NEW("new file"),
    CHANGED("changed (size, modification time or content)"),
    NEW_VERSION("new code or knowledge version"),
    NO_FINGERPRINT("no fingerprint (remote, unreadable or not a regular file)"),
    NO_STATE("no usable state");

    public final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  /** Key given to the records of a file without a usable fingerprint (never indexed). */
  public static final String UNKEYED = "-";

  public final String version;
  public final String newSegment;
  /** Files to read and extract, in input order, with their reason. */
  public final Map<String, Reason> reread;
  /** Key of each file to read ({@link #UNKEYED} when it has no usable fingerprint). */
  public final Map<String, String> freshKeys;
  /** Files reused, with where the state holds them. */
  public final Map<String, StateIndex.FileEntry> reused;
  /** Files the state holds that are no longer inputs. */
  public final List<String> dropped;
  /** Keys of the reused files whose records are written again into {@link #newSegment}. */
  public final Set<String> rewriteKeys;
  private final StateIndex previous;

  private IncrementalPlan(String version, String newSegment, Map<String, Reason> reread,
      Map<String, String> freshKeys, Map<String, StateIndex.FileEntry> reused,
      List<String> dropped, Set<String> rewriteKeys, StateIndex previous) {
    this.version = version;
    this.newSegment = newSegment;
    this.reread = reread;
    this.freshKeys = freshKeys;
    this.reused = reused;
    this.dropped = dropped;
    this.rewriteKeys = rewriteKeys;
    this.previous = previous;
  }

  /**
   * The plan for the inputs {@code now} against {@code previous} (null: no usable state), for
   * code and knowledge {@code version}; new records go to segment {@code newSegment}.
   */
  public static IncrementalPlan of(StateIndex previous, String version,
      List<InputFingerprint> now, String newSegment) {
    boolean sameVersion = previous != null && previous.version.equals(version);
    Map<String, Reason> reread = new LinkedHashMap<>();
    Map<String, String> freshKeys = new LinkedHashMap<>();
    Map<String, StateIndex.FileEntry> reused = new LinkedHashMap<>();
    Set<String> current = new TreeSet<>();
    for (InputFingerprint f : now) {
      if (!current.add(f.path())) continue;
      String key = StateIndex.fileKey(version, f);
      StateIndex.FileEntry old = previous == null ? null : previous.files.get(f.path());
      if (key != null && sameVersion && old != null && old.key().equals(key)) {
        reused.put(f.path(), old);
        continue;
      }
      Reason why;
      if (previous == null) why = Reason.NO_STATE;
      else if (!sameVersion) why = Reason.NEW_VERSION;
      else if (key == null) why = Reason.NO_FINGERPRINT;
      else if (old == null) why = Reason.NEW;
      else why = Reason.CHANGED;
      reread.put(f.path(), why);
      freshKeys.put(f.path(), key == null ? UNKEYED : key);
    }
    List<String> dropped = new ArrayList<>();
    if (previous != null) {
      for (String p : previous.files.keySet()) if (!current.contains(p)) dropped.add(p);
    }
    Map<String, Integer> live = new TreeMap<>();
    reused.values().forEach(e -> live.merge(e.segment(), 1, Integer::sum));
    Set<String> rewrite = new TreeSet<>();
    reused.values().forEach(e -> {
      int written = previous.segments.get(e.segment()).inputFiles();
      if (2 * live.get(e.segment()) < written) rewrite.add(e.key());
    });
    return new IncrementalPlan(version, newSegment, reread, freshKeys, reused, dropped, rewrite,
        previous);
  }

  /** Segments that hold reused files: the ones the run reads. */
  public Set<String> segmentsToRead() {
    Set<String> out = new TreeSet<>();
    reused.values().forEach(e -> out.add(e.segment()));
    return out;
  }

  /** Keys of the reused files: the records the run takes from the segments it reads. */
  public Set<String> liveKeys() {
    Set<String> out = new TreeSet<>();
    reused.values().forEach(e -> out.add(e.key()));
    return out;
  }

  /** Data files of a segment the run reads, as the previous index lists them. */
  public Map<String, Long> segmentFiles(String segment) {
    return previous.segments.get(segment).files();
  }

  /** Files read again, counted by reason. */
  public Map<String, Integer> rereadByReason() {
    Map<String, Integer> out = new TreeMap<>();
    reread.values().forEach(r -> out.merge(r.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
    return out;
  }

  /**
   * The index after the run, {@code written} being the data files of {@link #newSegment}
   * (name → size): reused files where they were (or in the new segment when rewritten), read
   * files with a fingerprint in the new segment; only segments that still hold a file.
   */
  public StateIndex next(Map<String, Long> written) {
    Map<String, StateIndex.FileEntry> files = new TreeMap<>();
    reused.forEach((p, e) -> files.put(p, rewriteKeys.contains(e.key())
        ? new StateIndex.FileEntry(e.key(), newSegment) : e));
    freshKeys.forEach((p, k) -> {
      if (!k.equals(UNKEYED)) files.put(p, new StateIndex.FileEntry(k, newSegment));
    });
    Map<String, Integer> count = new TreeMap<>();
    files.values().forEach(e -> count.merge(e.segment(), 1, Integer::sum));
    Map<String, StateIndex.Segment> segments = new TreeMap<>();
    count.forEach((s, n) -> segments.put(s, s.equals(newSegment)
        ? new StateIndex.Segment(written, n) : previous.segments.get(s)));
    return new StateIndex(version, files, segments);
  }
}
