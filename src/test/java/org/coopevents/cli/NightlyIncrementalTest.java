package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nightly keeps its state in DATASET/state: the second night reads only the new file, and
 * {@code --verify-full} finds its tables identical to a full run's.
 */
class NightlyIncrementalTest {
  @TempDir Path dir;

  @Test
  void theSecondNightReadsOnlyTheNewFileAndVerifiesAgainstAFullRun() throws Exception {
    Path archive = dir.resolve("archive");
    Files.createDirectories(archive);
    Files.copy(Path.of("testdata/dev/en/government-portals.jsonl"), archive.resolve("a.jsonl"));
    Path dataset = dir.resolve("dataset");

    CommandRun first = CommandRun.of(NightlyCommand::run, "--archive=" + archive,
        "--dataset=" + dataset, "--run-id=n1");
    assertEquals(0, first.code, first.err);
    assertThat(first.err, containsString("no state yet"));
    assertTrue(Files.exists(dataset.resolve("state/index.json")));

    Files.copy(Path.of("testdata/dev/en/press-services.jsonl"), archive.resolve("b.jsonl"));
    CommandRun second = CommandRun.of(NightlyCommand::run, "--archive=" + archive,
        "--dataset=" + dataset, "--run-id=n2", "--verify-full");
    assertEquals(0, second.code, second.err);
    assertThat(second.out, containsString("verify-full: the tables are identical to a full run's"));
    JsonNode m = new ObjectMapper().readTree(dataset.resolve("runs/n2/_manifest.json").toFile())
        .path("incremental");
    assertEquals(1, m.path("files_reused").asInt());
    assertEquals(1, m.path("reread_by_reason").path("new").asInt());
    JsonNode diff = new ObjectMapper().readTree(dataset.resolve("runs/n2/_diff.json").toFile());
    assertTrue(diff.path("verify_full").path("same").asBoolean());
    assertEquals(dataset.resolve("runs/n2").toRealPath(), dataset.resolve("latest").toRealPath());
    try (Stream<Path> s = Files.list(dataset.resolve("runs"))) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".verify-")),
          "the full run made for the check is deleted");
    }
  }
}
