package org.coopevents.incremental;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.coopevents.cli.RunCommand;
import org.coopevents.compare.OutputDiff;
import org.coopevents.testing.CommandRun;
import org.coopevents.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs publish exactly the tables of a full run on the same archive: after files
 * are added (one of them taking an article id a stored file had, so that stored article is
 * renamed and extracted again, and one copying a stored article's text, so dedup links a fresh
 * article to a reused one), a file changed and a file removed; and when the state is damaged
 * they fall back to a full run, saying so.
 */
class IncrementalRunTest {
  @TempDir Path dir;

  @Test
  void incrementalRunsPublishTheFullRunsTablesAndSayWhatTheyReused() throws Exception {
    Path archive = dir.resolve("archive");
    copy("dev/en/government-portals.jsonl", archive.resolve("en/government-portals.jsonl"));
    copy("dev/en/press-services.jsonl", archive.resolve("en/press-services.jsonl"));
    copy("dev/ru/pravitelstvo-portal.jsonl", archive.resolve("ru/pravitelstvo-portal.jsonl"));
    copy("samples/bad/bad-records.jsonl", archive.resolve("bad/bad-records.jsonl"));
    Path state = dir.resolve("state");

    JsonNode first = incremental(archive, state, "inc1");
    assertSameAsFull(archive, "inc1", "full1");
    assertEquals(false, first.path("state_used").asBoolean());
    assertEquals(4, first.path("files_reread").asInt());
    assertEquals(4, first.path("reread_by_reason").path("no_state").asInt());

    // one new file sorts before en/ and takes the id of a stored article; one copies a text
    Files.writeString(archive.resolve("aa-added.jsonl"), "{\"id\": \"dev-en-002\", \"language\": "
        + "\"en\", \"published_at\": \"2024-07-01\", \"title\": \"Ministers meet in Astana\", "
        + "\"text\": \"The foreign ministers of Kazakhstan and Uzbekistan met in Astana on Monday "
        + "and talked about water and trade along the border.\"}\n");
    String copied = Files.readAllLines(archive.resolve("en/government-portals.jsonl")).get(0)
        .replaceFirst("\"id\": *\"[^\"]*\"", "\"id\": \"copy-1\"");
    Files.writeString(archive.resolve("zz-added.jsonl"), copied + "\n");
    Files.writeString(archive.resolve("en/press-services.jsonl"), "{\"id\": \"extra-1\", "
        + "\"language\": \"en\", \"text\": \"Markets were calm and nothing was signed.\"}\n",
        StandardOpenOption.APPEND);
    Files.delete(archive.resolve("ru/pravitelstvo-portal.jsonl"));

    JsonNode second = incremental(archive, state, "inc2");
    assertSameAsFull(archive, "inc2", "full2");
    assertEquals(true, second.path("state_used").asBoolean());
    assertEquals(2, second.path("files_reused").asInt());
    assertEquals(3, second.path("files_reread").asInt());
    assertEquals(2, second.path("reread_by_reason").path("new").asInt());
    assertEquals(1, second.path("reread_by_reason").path("changed").asInt());
    assertEquals(List.of(archive.resolve("ru/pravitelstvo-portal.jsonl").toString()),
        List.of(second.path("dropped_files").get(0).asText()));
    assertThat(Files.readString(dir.resolve("inc2/report.html")), containsString(
        "incremental: 2 files reused, 3 re-read (changed 1, new 2), 1 dropped (gone from the archive)"));
    try (DuckDb db = new DuckDb(dir.resolve("inc2"))) {
      assertEquals(1L, db.count("SELECT count(*) FROM " + db.table("articles")
          + " WHERE article_id = 'dev-en-002~2'"), "the stored article now has a new id");
    }

    // nothing changed: everything is reused
    JsonNode third = incremental(archive, state, "inc3");
    assertSameAsFull(archive, "inc3", "full2");
    assertEquals(5, third.path("files_reused").asInt());
    assertEquals(0, third.path("files_reread").asInt());
  }

  @Test
  void aDamagedStateFallsBackToAFullRunInOneLine() throws Exception {
    Path archive = dir.resolve("archive");
    copy("dev/en/government-portals.jsonl", archive.resolve("en/government-portals.jsonl"));
    copy("samples/bad/bad-records.jsonl", archive.resolve("bad/bad-records.jsonl"));
    Path state = dir.resolve("state");
    incremental(archive, state, "inc1");
    Path segmentFile;
    try (Stream<Path> s = Files.walk(state.resolve(StateFolder.SEGMENTS))) {
      segmentFile = s.filter(p -> p.toString().endsWith(".avro")).findFirst().orElseThrow();
    }
    Files.write(segmentFile, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);

    CommandRun r = CommandRun.of(RunCommand::run, "--input=" + archive,
        "--output=" + dir.resolve("inc2"), "--incremental=" + state);
    assertEquals(0, r.code, r.err);
    assertThat(r.err, containsString("the state is unusable"));
    assertThat(r.err, containsString("this run reads every file"));
    JsonNode m = manifest(dir.resolve("inc2")).path("incremental");
    assertFalse(m.path("state_used").asBoolean());
    assertThat(m.path("fallback").asText(), containsString("bytes, the index says"));
    assertSameAsFull(archive, "inc2", "full");
    // the damaged segment is gone; the next run reuses the new state
    assertFalse(Files.exists(segmentFile));
    assertTrue(incremental(archive, state, "inc3").path("state_used").asBoolean());
  }

  private JsonNode incremental(Path archive, Path state, String out) throws IOException {
    CommandRun r = CommandRun.of(RunCommand::run, "--input=" + archive,
        "--output=" + dir.resolve(out), "--incremental=" + state);
    assertEquals(0, r.code, r.err);
    return manifest(dir.resolve(out)).path("incremental");
  }

  private void assertSameAsFull(Path archive, String incremental, String full) throws Exception {
    if (!Files.exists(dir.resolve(full))) {
      CommandRun r = CommandRun.of(RunCommand::run, "--input=" + archive,
          "--output=" + dir.resolve(full));
      assertEquals(0, r.code, r.err);
    }
    OutputDiff d = OutputDiff.compare(dir.resolve(full), dir.resolve(incremental));
    d.tables().forEach((t, x) -> assertTrue(x.same(), t + ": only in the full run "
        + x.onlyInA + "; only in the incremental run " + x.onlyInB));
    try (DuckDb db = new DuckDb(dir.resolve(full))) {
      assertTrue(db.count("SELECT count(*) FROM " + db.table("events")) > 0,
          "the comparison has events to compare");
    }
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
  }

  private static void copy(String testdata, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(Path.of("testdata").resolve(testdata), to);
  }
}
