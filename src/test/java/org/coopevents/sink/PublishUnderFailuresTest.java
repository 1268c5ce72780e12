package org.coopevents.sink;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coopevents.cli.RunCommand;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At every instant the output folder is the complete old output or the complete new one, and
 * the next run clears what a failed or killed run left: each publishing step fails in turn (an
 * IOException from real file operations), and a real child JVM is killed before each step.
 */
class PublishUnderFailuresTest {
  static final String MANIFEST =
      "{\"manifest_version\": 2, \"versions\": {\"coopevents\": \"test\"}}";

  @TempDir Path dir;

  /** What was there before the run: nothing, an output of this release, one of an earlier. */
  enum Start { NONE, SYMLINKED, PLAIN_FOLDER }

  static void stage(Path staging, String marker) throws IOException {
    Files.createDirectories(staging.resolve("events"));
    Files.writeString(staging.resolve("events").resolve("part-0.parquet"), marker);
    Files.writeString(staging.resolve("marker.txt"), marker);
  }

  /** What a reader of {@code out} sees: "old", "new", "missing" or "incomplete". */
  static String shown(Path out) throws IOException {
    if (!Files.exists(out)) return "missing";
    if (!OutputSafety.isCoopeventsOutput(out)) return "incomplete";
    String m = Files.readString(out.resolve("marker.txt"));
    assertEquals(m, Files.readString(out.resolve("events").resolve("part-0.parquet")),
        "one output, not a mix");
    return m;
  }

  private static Path setUp(Path caseDir, Start start) throws IOException {
    Files.createDirectories(caseDir);
    Path out = caseDir.resolve("out");
    if (start == Start.SYMLINKED) {
      try (OutputPublisher p = OutputPublisher.prepare(out, false, List.of(),
          OutputPublisher.Mode.REPLACEABLE, PublishSteps.REAL)) {
        stage(p.staging(), "old");
        p.publish(MANIFEST.getBytes(StandardCharsets.UTF_8));
      }
      assertTrue(Files.isSymbolicLink(out));
    } else if (start == Start.PLAIN_FOLDER) {
      Files.createDirectories(out.resolve("events"));
      Files.writeString(out.resolve("events").resolve("part-0.parquet"), "old");
      Files.writeString(out.resolve("marker.txt"), "old");
      Files.writeString(out.resolve("_manifest.json"), MANIFEST);
      Files.writeString(out.resolve("_SUCCESS"), "");
    }
    return out;
  }

  private static String before(Start start) {
    return start == Start.NONE ? "missing" : "old";
  }

  /** Runs the next run's recovery (prepare under the lock, then abort) and checks the folder. */
  private static void recoverAndCheck(Path out, Set<String> allowed, String what) throws IOException {
    try (OutputPublisher p = OutputPublisher.prepare(out, true, List.of(),
        OutputPublisher.Mode.REPLACEABLE, PublishSteps.REAL)) {
      p.abort();
    }
    assertThat(what + ": after recovery", shown(out), in(allowed));
    Set<String> left = new TreeSet<>();
    try (Stream<Path> s = Files.list(out.getParent())) {
      s.forEach(p -> left.add(p.getFileName().toString()));
    }
    Set<String> expected = new TreeSet<>(Set.of(".out.lock"));
    if (Files.exists(out)) expected.add("out");
    Path target = OutputPublisher.currentTarget(out).orElse(null);
    if (target != null) expected.add(target.getFileName().toString());
    assertEquals(expected, left, what + ": leftovers");
  }

  private int stepsOfAPublish(Start start) throws IOException {
    Path out = setUp(dir.resolve("count-" + start), start);
    StepScript counting = StepScript.counting();
    try (OutputPublisher p = OutputPublisher.prepare(out, true, List.of(),
        OutputPublisher.Mode.REPLACEABLE, counting)) {
      stage(p.staging(), "new");
      assertEquals(List.of(), p.publish(MANIFEST.getBytes(StandardCharsets.UTF_8)));
    }
    assertEquals("new", shown(out));
    recoverAndCheck(out, Set.of("new"), start + " without failure");
    return counting.count;
  }

  @Test
  void aFailureAtAnyStepLeavesTheOldOrTheNewOutputAndTheNextRunClearsUp() throws IOException {
    for (Start start : Start.values()) {
      int steps = stepsOfAPublish(start);
      assertTrue(steps >= 4, start + ": " + steps + " steps");
      for (int n = 1; n <= steps; n++) {
        String what = start + ", failing step " + n + " of " + steps;
        Path out = setUp(dir.resolve("fail-" + start + "-" + n), start);
        OutputPublisher p = OutputPublisher.prepare(out, true, List.of(),
            OutputPublisher.Mode.REPLACEABLE, new StepScript(n, StepScript.Action.FAIL, null));
        stage(p.staging(), "new");
        String expected;
        try {
          List<String> warnings = p.publish(MANIFEST.getBytes(StandardCharsets.UTF_8));
          // only deleting the previous output may fail once the new one is in place
          assertEquals(1, warnings.size(), what);
          assertThat(warnings.get(0), containsString("next run removes it"));
          expected = "new";
        } catch (IOException e) {
          assertThat(e.getMessage(), containsString("injected failure at step " + n));
          p.abort();
          expected = before(start);
        } finally {
          p.close();
        }
        assertEquals(expected, shown(out), what);
        recoverAndCheck(out, Set.of(expected), what);
      }
    }
  }

  @Test
  void aRunKilledBeforeAnyStepLeavesTheOldOrTheNewOutputAndTheNextRunRecovers() throws Exception {
    for (Start start : List.of(Start.SYMLINKED, Start.PLAIN_FOLDER)) {
      int steps = stepsOfAPublish(start);
      for (int n = 1; n <= steps; n++) {
        String what = start + ", killed before step " + n + " of " + steps;
        Path caseDir = dir.resolve("kill-" + start + "-" + n);
        Path out = setUp(caseDir, start);
        Path signal = dir.resolve("paused-" + start + "-" + n);
        Process child = startChild(out, n, signal);
        try {
          waitFor(signal, child, what);
          if (start == Start.SYMLINKED) {
            // the instant the run is killed at: always one whole output
            assertThat(what, shown(out), in(Set.of("old", "new")));
          }
          if (n == 1) {
            CommandRun second = CommandRun.of(RunCommand::run, "--input=testdata/samples/jsonl",
                "--output=" + out, "--overwrite=true");
            assertEquals(RunCommand.LOCKED, second.code, second.err);
            assertThat(second.err, containsString("another coopevents run is writing"));
            assertEquals(1, second.err.strip().lines().count(), second.err);
          }
        } finally {
          child.destroyForcibly();
          assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        String seen = shown(out);
        if (start == Start.SYMLINKED) assertThat(what, seen, in(Set.of("old", "new")));
        recoverAndCheck(out, Set.of("old", "new"), what);
        if (!seen.equals("missing")) assertEquals(seen, shown(out), what + ": recovery kept it");
      }
    }
  }

  @Test
  void aSecondRunIntoTheSameNewFolderStopsAtOnceWithOneLine() throws Exception {
    Path out = dir.resolve("new-output");
    Path signal = dir.resolve("paused");
    Process child = startChild(out, 1, signal);
    try {
      waitFor(signal, child, "first run");
      CommandRun second = CommandRun.of(RunCommand::run, "--input=testdata/samples/jsonl",
          "--output=" + out);
      assertEquals(RunCommand.LOCKED, second.code, second.err);
      assertEquals(1, second.err.strip().lines().count(), second.err);
      assertThat(second.err, containsString(out.toString()));
      try (Stream<Path> s = Files.list(dir)) {
        assertEquals(1, s.filter(p -> p.getFileName().toString().contains(".staging-")).count(),
            "the second run staged nothing");
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    }
    // the kernel dropped the killed run's lock: the next run goes ahead
    try (OutputPublisher p = OutputPublisher.prepare(out, false, List.of(),
        OutputPublisher.Mode.REPLACEABLE, PublishSteps.REAL)) {
      p.abort();
    }
  }

  private static Process startChild(Path out, int step, Path signal) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), PublishChild.class.getName(),
        out.toString(), Integer.toString(step), signal.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(signal.resolveSibling(signal.getFileName() + ".log").toFile()).start();
  }

  private static void waitFor(Path signal, Process child, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(signal)) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        fail(what + ": the child never paused: "
            + Files.readString(signal.resolveSibling(signal.getFileName() + ".log")));
      }
      Thread.sleep(20);
    }
    assertThat(what, Files.readString(signal), org.hamcrest.Matchers.not("done"));
  }
}
