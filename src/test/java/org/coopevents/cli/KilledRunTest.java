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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL in mid-flight leaves the existing output as it was. */
class KilledRunTest {
  @TempDir Path dir;

  @Test
  void killedRunLeavesExistingOutputAndTheNextRunSucceeds() throws Exception {
    Path input = dir.resolve("in.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 30_000; i++) {
        w.write("{\"id\":\"k" + i + "\",\"language\":\"en\",\"text\":\"Article " + i
            + " about the weather and markets, with nothing else in it at all.\"}\n");
      }
    }
    Path out = org.coopevents.testing.FakeOutput.write(dir.resolve("dataset"),
        "the previous good run");

    Process p = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
        "org.coopevents.cli.Main", "run", "--input=" + input, "--output=" + out,
        "--overwrite=true")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    boolean staged = false;
    while (System.nanoTime() < deadline && p.isAlive() && !staged) {
      try (Stream<Path> s = Files.list(dir)) {
        staged = s.anyMatch(f -> f.getFileName().toString().startsWith(".dataset.staging-"));
      }
      Thread.sleep(20);
    }
    assertTrue(staged, "the child never started staging: " + Files.readString(dir.resolve("child.log")));
    Thread.sleep(300);
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));

    assertEquals("the previous good run", Files.readString(out.resolve("marker.txt")));
    assertTrue(org.coopevents.sink.OutputSafety.isCoopeventsOutput(out));

    // The next run (on a small input, to keep the test short) succeeds and cleans up.
    Path small = dir.resolve("small").resolve("in.jsonl");
    Files.createDirectories(small.getParent());
    Files.writeString(small, "{\"id\":\"s1\",\"language\":\"en\",\"text\":\"Markets were calm on Monday.\"}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RunCommand.run(new String[] {"--input=" + small, "--output=" + out, "--overwrite=true"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(0, code, err.toString());
    assertTrue(Files.exists(out.resolve("_manifest.json")));
    assertFalse(Files.exists(out.resolve("marker.txt")));
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> left = s.filter(f -> f.getFileName().toString().startsWith(".dataset."))
          .filter(f -> !f.getFileName().toString().equals(".dataset.lock"))
          .filter(f -> !f.equals(org.coopevents.sink.OutputPublisherAccess.target(out)))
          .toList();
      assertThat("stale staging folders are removed by the next run", left, empty());
    }
  }
}
