package org.coopevents.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.coopevents.cli.RunCommand;
import org.coopevents.compare.OutputDiff;
import org.coopevents.sink.OutputSafety;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental run killed with SIGKILL while it writes its new state segment, or while it
 * stages its output, leaves the last committed state and the last output; the next run
 * publishes the tables of a full run.
 */
class KilledIncrementalRunTest {
  @TempDir Path dir;

  @Test
  void killedRunsLeaveTheLastGoodStateAndTheNextRunPublishesTheFullRunsTables() throws Exception {
    Path archive = dir.resolve("archive");
    Files.createDirectories(archive);
    Files.copy(Path.of("testdata/dev/en/press-services.jsonl"), archive.resolve("a.jsonl"));
    Path state = dir.resolve("state");
    Path out = dir.resolve("out");
    CommandRun first = CommandRun.of(RunCommand::run, "--input=" + archive, "--output=" + out,
        "--incremental=" + state);
    assertEquals(0, first.code, first.err);
    byte[] index = Files.readAllBytes(state.resolve(StateFolder.INDEX));

    // a big new file keeps the next runs busy long enough to be killed mid-way
    try (BufferedWriter w = Files.newBufferedWriter(archive.resolve("b.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < 500; i++) {
        w.write("{\"id\":\"k" + i + "\",\"language\":\"en\",\"text\":\"Item " + i
            + " on the weather and the markets, with no visit and nothing signed in it.\"}\n");
      }
    }
    // 1: as soon as the new segment's folder appears; 2: once the output is being staged
    killWhen(archive, state, out, p -> newSegment(state));
    assertStateAndOutputAsBefore(state, index, out);
    killWhen(archive, state, out, p -> staging(dir));
    assertStateAndOutputAsBefore(state, index, out);

    CommandRun next = CommandRun.of(RunCommand::run, "--input=" + archive, "--output=" + out,
        "--incremental=" + state, "--overwrite=true");
    assertEquals(0, next.code, next.err);
    CommandRun full = CommandRun.of(RunCommand::run, "--input=" + archive,
        "--output=" + dir.resolve("full"));
    assertEquals(0, full.code, full.err);
    OutputDiff d = OutputDiff.compare(dir.resolve("full"), out);
    d.tables().forEach((t, x) -> assertTrue(x.same(), t + " differs from the full run"));
  }

  private void killWhen(Path archive, Path state, Path out, Predicate<Path> ready) throws Exception {
    Process p = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
        "org.coopevents.cli.Main", "run", "--input=" + archive, "--output=" + out,
        "--incremental=" + state, "--overwrite=true", "--runner=DirectRunner")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(900);
    boolean seen = false;
    while (System.nanoTime() < deadline && p.isAlive() && !seen) {
      seen = ready.test(dir);
      Thread.sleep(10);
    }
    assertTrue(seen, "the point to kill at never came: " + Files.readString(dir.resolve("child.log")));
    p.destroyForcibly();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
  }

  private static void assertStateAndOutputAsBefore(Path state, byte[] index, Path out)
      throws Exception {
    assertArrayEquals(index, Files.readAllBytes(state.resolve(StateFolder.INDEX)),
        "the committed index is the last good one");
    assertNull(new StateFolder(state).load().problem(), "the last good state is whole");
    assertTrue(OutputSafety.isCoopeventsOutput(out), "the last output is whole");
  }

  private static boolean newSegment(Path state) {
    try (Stream<Path> s = Files.list(state.resolve(StateFolder.SEGMENTS))) {
      return s.count() > 1;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static boolean staging(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(f -> f.getFileName().toString().startsWith(".out.staging-"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
