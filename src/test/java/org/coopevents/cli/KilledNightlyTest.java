package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coopevents.nightly.RunHistory;
import org.coopevents.nightly.TinyRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nightly run killed with SIGKILL leaves latest and the earlier runs as they were. */
class KilledNightlyTest {
  @TempDir Path dir;

  @Test
  void killedNightlyLeavesLatestAndTheNextRunSucceeds() throws Exception {
    Path input = dir.resolve("archive/in.jsonl");
    Files.createDirectories(input.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 20_000; i++) {
        w.write("{\"id\":\"k" + i + "\",\"language\":\"en\",\"text\":\"Market report " + i
            + ": grain prices were steady and the exchange closed slightly higher.\"}\n");
      }
    }
    Path ds = dir.resolve("dataset");
    RunHistory h = new RunHistory(ds);
    Path good = new TinyRun().event("ev-1", "VISIT", "2024-03-12", "Baku").article("a-1")
        .mention("ev-1", "a-1").writeTo(h.run("20240101T000000Z"));
    h.pointLatestTo(good);

    Process p = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
        "org.coopevents.cli.Main", "nightly", "--archive=" + input, "--dataset=" + ds,
        "--run-id=killed")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    boolean staged = false;
    while (System.nanoTime() < deadline && p.isAlive() && !staged) {
      try (Stream<Path> s = Files.list(h.runs())) {
        staged = s.anyMatch(f -> f.getFileName().toString().startsWith(".killed.staging-"));
      }
      Thread.sleep(20);
    }
    assertTrue(staged, "the child never started staging: " + Files.readString(dir.resolve("child.log")));
    Thread.sleep(300);
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));

    assertEquals(good, h.latest().orElseThrow());
    assertEquals(List.of(good), h.completedRuns());
    assertFalse(Files.exists(h.run("killed")));

    // the next run (a tiny archive, forced past the event-drop alarm) cleans up and publishes
    Path tiny = Files.writeString(Files.createDirectories(dir.resolve("tiny")).resolve("in.jsonl"), "{\"id\":\"t1\",\"language\":"
        + "\"en\",\"text\":\"Weather: light rain is expected in Bishkek on Friday.\"}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = NightlyCommand.run(new String[] {"--archive=" + tiny, "--dataset=" + ds,
        "--run-id=next", "--force"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err));
    assertEquals(NightlyCommand.OK, code, err.toString());
    assertEquals(h.run("next"), h.latest().orElseThrow());
    assertTrue(Files.exists(good.resolve("_SUCCESS")), "the earlier run is kept");
    try (Stream<Path> s = Files.list(h.runs())) {
      assertThat("the killed run's staging folder is removed",
          s.filter(f -> f.getFileName().toString().startsWith(".")).toList(), empty());
    }
  }
}
