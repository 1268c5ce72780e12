package org.coopevents.sink;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The file-system steps that change what a reader of the output can see, one method each, so
 * that tests can fail or stop the publisher at any one of them (on real files). {@link #REAL}
 * performs them.
 */
public interface PublishSteps {
  /** Writes a whole small file (the manifest, {@code _SUCCESS}). */
  void write(Path file, byte[] bytes) throws IOException;

  /** rename(2): atomic; replaces {@code to} when it is a file or a symlink. */
  void rename(Path from, Path to) throws IOException;

  /** Creates a symlink {@code link} whose target is the relative name {@code target}. */
  void symlink(Path link, Path target) throws IOException;

  /** Deletes a folder with everything in it (a symlink: only the link). */
  void deleteTree(Path root) throws IOException;

  /** The steps themselves. */
  PublishSteps REAL = new PublishSteps() {
    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      Files.write(file, bytes);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void symlink(Path link, Path target) throws IOException {
      Files.createSymbolicLink(link, target);
    }

    @Override
    public void deleteTree(Path root) throws IOException {
      deleteTreeNow(root);
    }
  };

  /** Deletes a tree without following symlinks (a link is removed, never its target). */
  static void deleteTreeNow(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        if (exc != null) throw exc;
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
