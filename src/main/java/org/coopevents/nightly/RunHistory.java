package org.coopevents.nightly;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs of one dataset folder: {@code DATASET/runs/<id>/} (complete when it holds
 * {@code _SUCCESS}), their logs {@code DATASET/runs/<id>.log}, and the symlink
 * {@code DATASET/latest → runs/<id>}. The symlink is replaced by creating a new link beside it
 * and renaming it over the old one (rename(2) is atomic), so a reader always sees a whole run.
 * Old runs are renamed to a hidden name before they are deleted, so a run is never seen half
 * deleted. Callers hold the dataset lock; the object itself keeps no state but the path.
 */
public final class RunHistory {
  public static final String RUNS = "runs";
  public static final String LATEST = "latest";
  public static final String SUCCESS = "_SUCCESS";

  private final Path dataset;

  public RunHistory(Path dataset) {
    this.dataset = dataset.toAbsolutePath().normalize();
  }

  public Path dataset() {
    return dataset;
  }

  public Path runs() {
    return dataset.resolve(RUNS);
  }

  public Path run(String id) {
    return runs().resolve(id);
  }

  public Path latestLink() {
    return dataset.resolve(LATEST);
  }

  /** The run {@code latest} points to, if it points to a complete run. */
  public Optional<Path> latest() {
    Path link = latestLink();
    if (!Files.isSymbolicLink(link)) return Optional.empty();
    try {
      Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
      return Files.exists(target.resolve(SUCCESS)) ? Optional.of(target) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Complete runs (with {@code _SUCCESS}), oldest first (ids are UTC timestamps). */
  public List<Path> completedRuns() throws IOException {
    if (!Files.isDirectory(runs())) return List.of();
    try (Stream<Path> s = Files.list(runs())) {
      return s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> Files.exists(p.resolve(SUCCESS)))
          .sorted().toList();
    }
  }

  /** Points {@code latest} at a complete run, atomically. */
  public void pointLatestTo(Path run) throws IOException {
    Path target = run.toAbsolutePath().normalize();
    if (!Files.exists(target.resolve(SUCCESS))) {
      throw new IOException(target + " has no " + SUCCESS + "; latest is left as it was");
    }
    Path link = latestLink();
    if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
      throw new IOException(link + " exists and is not a symlink; move it away so that "
          + "nightly can manage it");
    }
    Path tmp = dataset.resolve("." + LATEST + ".tmp-" + ProcessHandle.current().pid());
    Files.deleteIfExists(tmp);
    Files.createSymbolicLink(tmp, dataset.relativize(target));
    Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Deletes complete runs beyond the newest {@code keep} (never the one {@code latest} points
   * to) with their logs; returns the deleted run folders.
   */
  public List<Path> prune(int keep) throws IOException {
    List<Path> runs = completedRuns();
    Optional<Path> latest = latest();
    List<Path> deleted = new ArrayList<>();
    for (int i = 0; i < runs.size() - keep; i++) {
      Path r = runs.get(i);
      if (latest.isPresent() && latest.get().equals(r)) continue;
      Path trash = runs().resolve(".trash-" + r.getFileName());
      Files.move(r, trash, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(trash);
      Files.deleteIfExists(runs().resolve(r.getFileName() + ".log"));
      deleted.add(r);
    }
    return deleted;
  }

  /**
   * Deletes the logs of runs that left no complete run (failed, killed or refused runs) beyond
   * the newest {@code keep} of them, never the log of run {@code currentId}; logs of complete
   * runs go with their runs ({@link #prune}). Returns the deleted logs.
   */
  public List<Path> pruneLogs(int keep, String currentId) throws IOException {
    if (!Files.isDirectory(runs())) return List.of();
    List<Path> orphans = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs(), "*.log")) {
      for (Path log : ds) {
        String n = log.getFileName().toString();
        String id = n.substring(0, n.length() - ".log".length());
        if (n.startsWith(".") || id.equals(currentId) || !Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) continue;
        if (Files.exists(run(id).resolve(SUCCESS))) continue;
        orphans.add(log);
      }
    }
    orphans.sort(null); // ids are UTC timestamps: oldest first
    List<Path> deleted = new ArrayList<>();
    for (int i = 0; i < orphans.size() - keep; i++) {
      Files.deleteIfExists(orphans.get(i));
      deleted.add(orphans.get(i));
    }
    return deleted;
  }

  /**
   * Removes what killed runs leave behind: temporary links, half-deleted runs, and staging
   * and {@code --verify-full} folders of runs whose process is gone. Returns the removed paths.
   */
  public List<Path> removeLeftovers() throws IOException {
    List<Path> removed = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataset, "." + LATEST + ".tmp-*")) {
      for (Path p : ds) {
        if (!alive(p.getFileName().toString())) {
          Files.deleteIfExists(p);
          removed.add(p);
        }
      }
    }
    if (!Files.isDirectory(runs())) return removed;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs(), ".*")) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.startsWith(".trash-") || ((n.contains(".staging-") || n.startsWith(".verify-"))
            && !alive(n))) {
          deleteTree(p);
          removed.add(p);
        }
      }
    }
    return removed;
  }

  /** Whether the process whose id ends the name ({@code ...-PID}) is still running. */
  private static boolean alive(String name) {
    try {
      long pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = new ArrayList<>(s.toList());
    }
    java.util.Collections.reverse(all);
    for (Path p : all) Files.deleteIfExists(p);
  }
}
