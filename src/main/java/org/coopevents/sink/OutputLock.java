package org.coopevents.sink;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock (fcntl through {@link FileChannel#tryLock}) on a lock file beside the output,
 * {@code PARENT/.NAME.lock}. The kernel drops it when the process dies, so a killed run never
 * leaves a stale lock; the file itself stays (deleting lock files races with their users).
 */
public final class OutputLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of an output folder. */
  public static Path fileFor(Path output) {
    return output.resolveSibling("." + output.getFileName() + ".lock");
  }

  /** Takes the lock at once, or returns null when another process (or this one) holds it. */
  public static OutputLock tryLock(Path lockFile) throws IOException {
    FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    if (l == null) {
      ch.close();
      return null;
    }
    return new OutputLock(ch, l);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing left to release
    }
  }
}
