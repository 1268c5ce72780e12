package org.coopevents.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real publishing steps, numbered as they are called, with something done before step
 * {@code at}: throw an IOException (a failing disk), or write {@code signal} and wait to be
 * killed. Every step touches real files; nothing is simulated but the failure itself.
 */
final class StepScript implements PublishSteps {
  enum Action { NONE, FAIL, PAUSE }

  private final int at;
  private final Action action;
  private final Path signal;
  int count;

  StepScript(int at, Action action, Path signal) {
    this.at = at;
    this.action = action;
    this.signal = signal;
  }

  static StepScript counting() {
    return new StepScript(-1, Action.NONE, null);
  }

  private void before(String what) throws IOException {
    count++;
    if (count != at) return;
    if (action == Action.FAIL) throw new IOException("injected failure at step " + at + " (" + what + ")");
    if (action == Action.PAUSE) {
      Files.writeString(signal, what);
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void write(Path file, byte[] bytes) throws IOException {
    before("write " + file.getFileName());
    REAL.write(file, bytes);
  }

  @Override
  public void rename(Path from, Path to) throws IOException {
    before("rename " + from.getFileName() + " -> " + to.getFileName());
    REAL.rename(from, to);
  }

  @Override
  public void symlink(Path link, Path target) throws IOException {
    before("symlink " + link.getFileName());
    REAL.symlink(link, target);
  }

  @Override
  public void deleteTree(Path root) throws IOException {
    before("delete " + root.getFileName());
    REAL.deleteTree(root);
  }
}
