package org.coopevents.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
  @TempDir Path dataset;

  private Path completeRun(RunHistory h, String id) throws IOException {
    Path r = Files.createDirectories(h.run(id).resolve("events")).getParent();
    Files.writeString(r.resolve("_SUCCESS"), "");
    Files.writeString(h.runs().resolve(id + ".log"), "log of " + id);
    return r;
  }

  @Test
  void latestIsARelativeSymlinkSwappedToTheNewRun() throws Exception {
    RunHistory h = new RunHistory(dataset);
    assertEquals(Optional.empty(), h.latest());
    Path a = completeRun(h, "20240101T010000Z");
    Path b = completeRun(h, "20240102T010000Z");
    h.pointLatestTo(a);
    assertEquals(Path.of("runs/20240101T010000Z"), Files.readSymbolicLink(h.latestLink()));
    assertTrue(Files.exists(dataset.resolve("latest/_SUCCESS")));
    h.pointLatestTo(b);
    assertEquals(Optional.of(b), h.latest());
    try (Stream<Path> s = Files.list(dataset)) {
      assertEquals(List.of("latest", "runs"), s.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary link is left");
    }
  }

  @Test
  void refusesAnIncompleteRunOrALatestThatIsAFolder() throws Exception {
    RunHistory h = new RunHistory(dataset);
    Path done = completeRun(h, "20240101T010000Z");
    Path half = Files.createDirectories(h.run("20240102T010000Z"));
    h.pointLatestTo(done);
    IOException e = assertThrows(IOException.class, () -> h.pointLatestTo(half));
    assertTrue(e.getMessage().contains("has no _SUCCESS"), e.getMessage());
    assertEquals(Optional.of(done), h.latest());

    Files.delete(h.latestLink());
    Files.createDirectory(h.latestLink());
    e = assertThrows(IOException.class, () -> h.pointLatestTo(done));
    assertTrue(e.getMessage().contains("is not a symlink"), e.getMessage());
  }

  @Test
  void pruneKeepsTheNewestRunsAndTheOneLatestPointsTo() throws Exception {
    RunHistory h = new RunHistory(dataset);
    for (int day = 1; day <= 5; day++) completeRun(h, "2024010" + day + "T010000Z");
    h.pointLatestTo(h.run("20240102T010000Z")); // e.g. the later runs were flagged
    List<Path> deleted = h.prune(2);
    assertEquals(List.of(h.run("20240101T010000Z"), h.run("20240103T010000Z")), deleted);
    assertEquals(List.of(h.run("20240102T010000Z"), h.run("20240104T010000Z"),
        h.run("20240105T010000Z")), h.completedRuns());
    assertFalse(Files.exists(h.runs().resolve("20240101T010000Z.log")));
    assertTrue(Files.exists(h.runs().resolve("20240104T010000Z.log")));
  }

  @Test
  void leftoversOfKilledRunsAreRemovedButNotThoseOfALiveOne() throws Exception {
    RunHistory h = new RunHistory(dataset);
    Files.createDirectories(h.runs());
    long dead = deadPid();
    long me = ProcessHandle.current().pid();
    Path staleStaging = Files.createDirectories(
        h.runs().resolve(".20240101T010000Z.staging-20240101-010000-" + dead).resolve("events"));
    Path liveStaging = Files.createDirectories(
        h.runs().resolve(".20240102T010000Z.staging-20240102-010000-" + me));
    Path trash = Files.createDirectories(h.runs().resolve(".trash-20231201T010000Z/events"));
    Path tmpLink = Files.createSymbolicLink(dataset.resolve(".latest.tmp-" + dead),
        Path.of("runs/x"));
    List<Path> removed = h.removeLeftovers();
    assertEquals(3, removed.size(), removed.toString());
    assertFalse(Files.exists(staleStaging.getParent()));
    assertFalse(Files.exists(trash.getParent()));
    assertFalse(Files.exists(tmpLink, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.exists(liveStaging));
  }

  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }
}
