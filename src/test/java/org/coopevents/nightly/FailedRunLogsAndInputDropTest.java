package org.coopevents.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 17: vanished input files raise an alarm; logs of failed runs do not pile up. */
class FailedRunLogsAndInputDropTest {
  @TempDir Path dataset;

  @Test
  void halfTheInputFilesVanishingIsFlaggedEvenWhenTheEventsHold() {
    Alarms alarms = new Alarms(0.2, 0.05);
    RunCounts before = new RunCounts(100, 500, 0, List.of(), 60);
    RunCounts after = new RunCounts(98, 490, 0, List.of(), 30);
    List<String> a = alarms.check(before, after);
    assertThat(a, hasSize(1));
    assertThat(a.get(0), startsWith("INPUT_DROP input files fell from 60 to 30"));
    // within the share, or more files: no alarm
    assertEquals(List.of(), alarms.check(before, new RunCounts(100, 500, 0, List.of(), 55)));
    assertEquals(List.of(), alarms.check(before, new RunCounts(100, 500, 0, List.of(), 61)));
    assertThat(new Alarms(0.2, 0.05, 0.6).check(before, after), hasSize(0));
  }

  @Test
  void theFileCountIsReadFromTheManifest() throws Exception {
    Path run = Files.createDirectories(dataset.resolve("r"));
    Files.writeString(run.resolve("_manifest.json"), "{\"totals\": {\"files\": 42},"
        + " \"tables\": {\"events\": 7, \"articles\": 9, \"rejects\": 1}}");
    RunCounts c = RunCounts.read(run);
    assertEquals(42, c.files());
    assertEquals(7, c.events());
  }

  @Test
  void logsOfFailedRunsArePrunedToTheNewestFewButNeverTheCurrentOrACompleteRunsLog() throws Exception {
    RunHistory h = new RunHistory(dataset);
    Files.createDirectories(h.runs());
    List<String> failed = new ArrayList<>();
    for (int day = 1; day <= 9; day++) {
      String id = "2024010" + day + "T010000Z";
      failed.add(id);
      Files.writeString(h.runs().resolve(id + ".log"), "FAILED run " + id);
    }
    Path done = Files.createDirectories(h.run("20231231T010000Z"));
    Files.writeString(done.resolve("_SUCCESS"), "");
    Files.writeString(h.runs().resolve("20231231T010000Z.log"), "published");
    Files.writeString(h.runs().resolve("20240110T010000Z.log"), "the run now in progress");

    List<Path> deleted = h.pruneLogs(3, "20240110T010000Z");
    assertEquals(6, deleted.size(), deleted.toString());
    List<String> left;
    try (Stream<Path> s = Files.list(h.runs())) {
      left = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
    }
    assertEquals(List.of("20231231T010000Z.log", "20240107T010000Z.log", "20240108T010000Z.log",
        "20240109T010000Z.log", "20240110T010000Z.log"), left);
    assertTrue(Files.exists(done.resolve("_SUCCESS")));
    assertEquals(List.of(), h.pruneLogs(3, "20240110T010000Z"), "already bounded");
  }
}
