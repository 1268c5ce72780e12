package org.coopevents.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Stages a run's output beside the final folder and publishes it only when complete.
 *
 * <p>The job writes into {@code PARENT/.NAME.staging-<time>-<pid>}; on success the publisher
 * removes Beam's temporary folders and the statistics, writes {@code _manifest.json}, then
 * {@code _SUCCESS}, and renames the staging folder to {@code NAME}. An existing {@code NAME}
 * (only with overwrite) is first renamed aside and deleted after the swap, so a reader never
 * sees a half-written folder. A failed run deletes its staging folder; a killed run leaves
 * one, which the next run for the same output removes when its process is gone.
 */
public final class OutputPublisher {
  /** Why the output cannot be used; the message names the problem and what is valid. */
  public static final class OutputException extends RuntimeException {
    public OutputException(String message) {
      super(message);
    }
  }

  private final Path output;
  private final Path staging;
  private final boolean overwrite;

  private OutputPublisher(Path output, Path staging, boolean overwrite) {
    this.output = output;
    this.staging = staging;
    this.overwrite = overwrite;
  }

  /** Checks the output folder and creates the staging folder; nothing else is touched. */
  public static OutputPublisher prepare(Path output, boolean overwrite) {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new OutputException("--output " + output + " cannot be the root folder");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputException("--output " + output + " exists and is a file, not a folder");
    }
    if (Files.exists(out) && !overwrite) {
      throw new OutputException("--output " + output
          + " already exists: choose a new folder, or pass --overwrite=true to replace it");
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
    removeStaleStagings(parent, out.getFileName().toString());
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path staging = parent.resolve("." + out.getFileName() + ".staging-" + stamp + "-"
        + ProcessHandle.current().pid());
    try {
      Files.createDirectory(staging);
    } catch (IOException e) {
      throw new OutputException("--output " + output + ": cannot create the staging folder "
          + staging + " (" + e.getMessage() + ")");
    }
    return new OutputPublisher(out, staging, overwrite);
  }

  public Path output() {
    return output;
  }

  public Path staging() {
    return staging;
  }

  /**
   * Finishes the staging folder and swaps it into place: every table gets a Parquet file
   * (an empty one with the full schema if the runner wrote none), temporary files go, then
   * the manifest, then {@code _SUCCESS}, then the rename.
   */
  public void publish(byte[] manifestJson) throws IOException {
    removeTemporaries(staging);
    deleteTree(staging.resolve(RunStats.FOLDER));
    ensureTables(staging);
    Files.write(staging.resolve("_manifest.json"), manifestJson);
    Files.write(staging.resolve("_SUCCESS"), new byte[0]);
    Path aside = null;
    if (Files.exists(output)) {
      if (!overwrite) {
        throw new OutputException("--output " + output + " appeared while the job ran; "
            + "the finished run is kept in " + staging);
      }
      aside = output.resolveSibling("." + output.getFileName() + ".replaced-"
          + ProcessHandle.current().pid());
      move(output, aside);
    }
    move(staging, output);
    if (aside != null) deleteTree(aside);
  }

  /** Deletes the staging folder after a failure; the existing output is left as it was. */
  public void abort() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // best effort: the next run removes stale staging folders
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
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

  private static void removeStaleStagings(Path parent, String name) {
    String prefix = "." + name + ".staging-";
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, p ->
        p.getFileName().toString().startsWith(prefix))) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        String pid = n.substring(n.lastIndexOf('-') + 1);
        boolean alive;
        try {
          alive = ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
          alive = false;
        }
        if (!alive) deleteTree(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // stale folders are only clutter; never fail a run for them
    }
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
