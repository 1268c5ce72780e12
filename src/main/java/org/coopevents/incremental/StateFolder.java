package org.coopevents.incremental;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coopevents.sink.PublishSteps;

/**
 * The state folder on the local file system: {@code index.json} (the {@link StateIndex}) and
 * {@code segments/<id>/*.avro}, each segment written by one run. Written like the output: a run
 * writes its new segment beside the others, then replaces {@code index.json} by renaming a
 * complete new one over it (rename(2) is atomic), and only then deletes segments the index no
 * longer names. A run killed at any point leaves the last committed index and every segment
 * it names; what a killed run wrote is removed by the next one. The caller holds the lock
 * ({@code .lock}) for the whole run.
 */
public final class StateFolder {
  public static final String INDEX = "index.json";
  public static final String SEGMENTS = "segments";

  /** The index found, or why there is none to use. */
  public record Loaded(StateIndex index, String problem) {}

  private final Path dir;

  public StateFolder(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  public Path dir() {
    return dir;
  }

  public Path lockFile() {
    return dir.resolve(".lock");
  }

  public Path segment(String id) {
    return dir.resolve(SEGMENTS).resolve(id);
  }

  /**
   * The committed index, checked: every segment it names must hold its data files with the
   * sizes it recorded. A missing index is "no state yet"; anything wrong is a problem the run
   * reports before it falls back to a full run.
   */
  public Loaded load() {
    Path index = dir.resolve(INDEX);
    if (!Files.exists(index)) {
      return new Loaded(null, Files.isDirectory(dir.resolve(SEGMENTS))
          ? "the state has no " + INDEX : "no state yet");
    }
    StateIndex s;
    try {
      s = StateIndex.parse(Files.readAllBytes(index));
    } catch (IOException e) {
      return new Loaded(null, "the state is unusable: " + e.getMessage());
    }
    for (Map.Entry<String, StateIndex.Segment> e : s.segments.entrySet()) {
      for (Map.Entry<String, Long> f : e.getValue().files().entrySet()) {
        Path p = segment(e.getKey()).resolve(f.getKey());
        long size;
        try {
          size = Files.size(p);
        } catch (IOException x) {
          return new Loaded(null, "the state is unusable: " + dir.relativize(p) + " is missing");
        }
        if (size != f.getValue()) {
          return new Loaded(null, "the state is unusable: " + dir.relativize(p) + " has "
              + size + " bytes, the index says " + f.getValue());
        }
      }
    }
    return new Loaded(s, null);
  }

  /** The data files a run wrote into a segment (name → size); empty when it wrote none. */
  public Map<String, Long> written(String id) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    Path seg = segment(id);
    if (!Files.isDirectory(seg)) return out;
    try (Stream<Path> s = Files.list(seg)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        out.put(p.getFileName().toString(), Files.size(p));
      }
    }
    return out;
  }

  /**
   * Makes {@code next} the state: its index is written to a temporary file, forced to disk and
   * renamed over {@code index.json}; then segments it does not name are deleted. Returns the
   * deleted segments.
   */
  public List<String> commit(StateIndex next) throws IOException {
    Files.createDirectories(dir);
    for (String seg : next.segments.keySet()) forceFolder(segment(seg));
    Path tmp = dir.resolve("." + INDEX + ".tmp-" + ProcessHandle.current().pid());
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(next.toJson()));
      ch.force(true);
    }
    Files.move(tmp, dir.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    return removeUnnamed(next);
  }

  /**
   * Deletes segments and temporary files that {@code index} does not name (null: every
   * segment): what failed or killed runs left. Returns the deleted segments.
   */
  public List<String> removeUnnamed(StateIndex index) throws IOException {
    List<String> removed = new ArrayList<>();
    Path segs = dir.resolve(SEGMENTS);
    if (Files.isDirectory(segs)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(segs)) {
        for (Path p : ds) {
          String id = p.getFileName().toString();
          if (index != null && index.segments.containsKey(id)) continue;
          PublishSteps.deleteTreeNow(p);
          removed.add(id);
        }
      }
    }
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + INDEX + ".tmp-*")) {
        for (Path p : ds) Files.deleteIfExists(p);
      }
    }
    return removed;
  }

  /** Forces a segment's files to disk before the index that names them is committed. */
  private static void forceFolder(Path seg) throws IOException {
    if (!Files.isDirectory(seg)) return;
    try (Stream<Path> s = Files.list(seg)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
          ch.force(true);
        }
      }
    }
  }
}
