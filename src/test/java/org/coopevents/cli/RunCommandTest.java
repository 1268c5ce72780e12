package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coopevents.testing.CommandRun;
import org.coopevents.testing.DuckDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command end to end on the bundled sample corpus, read back with DuckDB. */
class RunCommandTest {
  @TempDir static Path shared;
  static Path out;
  static String stdout;

  static CommandRun run(String... args) {
    return CommandRun.of(RunCommand::run, args);
  }

  @BeforeAll
  static void runOnSamples() {
    out = shared.resolve("out");
    CommandRun r = run("--input=testdata/samples", "--output=" + out);
    assertEquals(0, r.code, r.err);
    stdout = r.out;
  }

  @Test
  void theRunNamesTheJitItsJvmWasGiven() {
    assertEquals("JIT C1 only", RunCommand.compiler(List.of("-Xmx2g", "-XX:TieredStopAtLevel=1")));
    assertEquals("JIT C2 only", RunCommand.compiler(List.of("-XX:-TieredCompilation")));
    assertEquals("JIT C1 and C2", RunCommand.compiler(List.of("-XX:TieredStopAtLevel=4")));
    assertEquals("JIT C1 and C2", RunCommand.compiler(List.of("-XX:+UseParallelGC")));
  }

  @Test
  void warnsWhenTheInputsLookTooBigForTheDirectRunnersHeap() {
    long mb = 1_000_000L;
    assertTrue(RunCommand.heapWarning(10 * mb, 2_000 * mb).isEmpty(), "testdata-sized input");
    String w = RunCommand.heapWarning(400 * mb, 2_000 * mb).orElseThrow();
    assertThat(w, containsString("400 MB"));
    assertThat(w, containsString("-Xmx6g"));
    assertThat(w, containsString("--runner=SparkRunner"));
    assertTrue(RunCommand.heapWarning(400 * mb, 8_000 * mb).isEmpty(), "100k passed with -Xmx8g");
  }

  @Test
  void everyTableHasTheContractColumnsAndTypes() throws Exception {
    Map<String, Map<String, String>> expected = new LinkedHashMap<>();
    expected.put("events", cols("event_id VARCHAR", "event_type VARCHAR", "actor1_country VARCHAR",
        "actor2_country VARCHAR", "actor1_person VARCHAR", "actor2_person VARCHAR", "status VARCHAR",
        "visit_kind VARCHAR", "start_date DATE", "end_date DATE", "location_country VARCHAR",
        "location_city VARCHAR", "sectors VARCHAR[]", "stance VARCHAR", "document_count INTEGER",
        "parent_event_id VARCHAR", "cameo_code VARCHAR", "num_articles INTEGER",
        "num_sources INTEGER", "first_reported DATE", "confidence DOUBLE"));
    expected.put("documents", cols("document_id VARCHAR", "event_id VARCHAR", "title VARCHAR",
        "doc_type VARCHAR", "parties VARCHAR[]", "signed_date DATE", "sectors VARCHAR[]",
        "period_start_year INTEGER", "period_end_year INTEGER", "article_ids VARCHAR[]",
        "num_articles INTEGER", "num_sources INTEGER"));
    expected.put("mentions", cols("event_id VARCHAR", "article_id VARCHAR", "url VARCHAR",
        "source VARCHAR", "evidence VARCHAR", "evidence_start INTEGER", "evidence_end INTEGER"));
    expected.put("articles", cols("article_id VARCHAR", "url VARCHAR", "source VARCHAR",
        "title VARCHAR", "language VARCHAR", "published_date DATE", "input_file VARCHAR",
        "text VARCHAR", "duplicate_of VARCHAR", "outcome VARCHAR", "event_count INTEGER"));
    expected.put("rejects", cols("input_file VARCHAR", "location VARCHAR", "reason VARCHAR",
        "detail VARCHAR", "sample VARCHAR"));
    try (DuckDb db = new DuckDb(out)) {
      for (Map.Entry<String, Map<String, String>> t : expected.entrySet()) {
        Map<String, String> actual = db.columns(t.getKey());
        t.getValue().forEach((col, type) ->
            assertEquals(type, actual.get(col), t.getKey() + "." + col));
      }
    }
  }

  @Test
  void mentionsCarryTheirArticlesSectorsAsAnExtraListColumnLikeEventsSectors() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      Map<String, String> mentions = db.columns("mentions");
      assertEquals(db.columns("events").get("sectors"), mentions.get("sectors"));
      assertEquals(8, mentions.size(), "the seven dataset.md columns and the sectors extra: " + mentions);
      // a cooperation mention's sectors are among its event's (the union over its articles)
      long outside = db.count("SELECT count(*) FROM " + db.table("mentions") + " m JOIN "
          + db.table("events") + " e USING (event_id) WHERE m.sectors IS NOT NULL"
          + " AND NOT list_has_all(e.sectors, m.sectors)");
      assertEquals(0, outside);
      long coopMentions = db.count("SELECT count(*) FROM " + db.table("mentions") + " m JOIN "
          + db.table("events") + " e USING (event_id) WHERE e.event_type = 'COOPERATION'"
          + " AND len(m.sectors) > 0");
      assertTrue(coopMentions > 0, "some cooperation mention names its own sectors");
    }
  }

  private static Map<String, String> cols(String... specs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String s : specs) {
      int sp = s.indexOf(' ');
      m.put(s.substring(0, sp), s.substring(sp + 1));
    }
    return m;
  }

  @Test
  void countsAgreeBetweenTablesManifestAndSummary() throws Exception {
    JsonNode m = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    try (DuckDb db = new DuckDb(out)) {
      long articles = db.count("SELECT count(*) FROM " + db.table("articles"));
      long rejects = db.count("SELECT count(*) FROM " + db.table("rejects"));
      assertEquals(articles, m.at("/totals/articles").asLong());
      assertEquals(rejects, m.at("/totals/rejects").asLong());
      assertEquals(articles + rejects, m.at("/totals/units_read").asLong());
      assertTrue(m.at("/totals/balanced").asBoolean());
      for (JsonNode f : m.get("inputs")) {
        String file = f.get("path").asText();
        long acc = db.count("SELECT count(*) FROM " + db.table("articles")
            + " WHERE input_file = '" + file + "'");
        long rej = db.count("SELECT count(*) FROM " + db.table("rejects")
            + " WHERE input_file = '" + file + "'");
        assertEquals(f.get("units_read").asLong(), acc + rej, file);
        assertEquals(f.get("accepted").asLong(), acc, file);
        assertTrue(f.get("size_bytes").asLong() >= 0, file);
      }
      assertEquals(1, m.at("/totals/skipped_records/request").asLong());
      assertThat(stdout, containsString("articles  " + articles));
      assertThat(stdout, containsString(out.toString()));
      List<String> reasons = db.rows("SELECT DISTINCT reason FROM " + db.table("rejects"));
      for (String r : List.of("MALFORMED_JSON", "NOT_AN_OBJECT", "WRONG_FIELD_TYPE", "MISSING_BODY",
          "BAD_ENCODING", "NESTING_TOO_DEEP", "EMPTY_FILE", "BINARY_FILE", "TRUNCATED_GZIP",
          "CORRUPT_WARC_RECORD", "NOT_A_WARC")) {
        assertThat(reasons, hasItem(r));
      }
    }
  }

  @Test
  void articlesHoldCleanedTextWithoutFurniture() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      List<String> steppe = db.rows("SELECT text FROM " + db.table("articles")
          + " WHERE source = 'steppe-daily'");
      assertEquals(1, steppe.size());
      assertThat(steppe.get(0), containsString("Hakan Fidan paid an official visit"));
      assertFalse(steppe.get(0).contains("All rights reserved"));
      assertFalse(steppe.get(0).contains("Most read"));
      List<String> ru = db.rows("SELECT text FROM " + db.table("articles")
          + " WHERE url LIKE '%moskva-vedomosti%'");
      assertThat(ru.get(0), containsString("Мишустин"));
      assertEquals(0, db.count("SELECT count(*) FROM " + db.table("articles")
          + " WHERE text LIKE '%\u00a0%' OR text LIKE '%\r%'"));
    }
  }

  @Test
  void publishedFolderHasSuccessAndNoLeftovers() throws Exception {
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    try (Stream<Path> s = Files.walk(out)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith(".")).toList(), empty());
    }
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertThat(s.filter(p -> p.getFileName().toString().contains("staging")).toList(), empty());
    }
  }

  @Test
  void existingOutputIsRefusedUnlessOverwriteAndOnlyACoopeventsOutputIsReplaced(@TempDir Path dir)
      throws Exception {
    Path o = dir.resolve("o");
    Files.createDirectories(o);
    Files.writeString(o.resolve("keep.txt"), "old");
    CommandRun r = run("--input=testdata/samples/jsonl", "--output=" + o);
    assertEquals(2, r.code);
    assertThat(r.err, containsString("already exists"));
    assertThat(r.err, containsString("--overwrite=true"));
    CommandRun foreign = run("--input=testdata/samples/jsonl", "--output=" + o, "--overwrite=true");
    assertEquals(2, foreign.code);
    assertThat(foreign.err, containsString("not a coopevents output"));
    assertEquals(1, foreign.err.strip().lines().count(), foreign.err);
    assertEquals("old", Files.readString(o.resolve("keep.txt")));

    Path own = dir.resolve("own");
    CommandRun first = run("--input=testdata/samples/jsonl", "--output=" + own);
    assertEquals(0, first.code, first.err);
    Files.writeString(own.resolve("keep.txt"), "written into the first run");
    CommandRun ok = run("--input=testdata/samples/jsonl", "--output=" + own, "--overwrite=true");
    assertEquals(0, ok.code, ok.err);
    assertFalse(Files.exists(own.resolve("keep.txt")));
    assertTrue(Files.exists(own.resolve("_SUCCESS")));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat("only the outputs, their current versions and the lock file are left",
          s.map(p -> p.getFileName().toString()).sorted().toList().toString(),
          org.hamcrest.Matchers.matchesPattern(
              "\\[\\.o\\.lock, \\.own\\.lock, \\.own\\.v-[0-9-]+, o, own\\]"));
    }
  }

  @Test
  void aJobThatFailsLeavesTheExistingOutputAndNoStaging(@TempDir Path dir) throws Exception {
    Path o = org.coopevents.testing.FakeOutput.write(dir.resolve("o"), "previous run");
    // A runner setting the DirectRunner rejects only once the job starts: a real failure.
    CommandRun r = run("--input=testdata/samples/jsonl", "--output=" + o, "--overwrite=true",
        "--targetParallelism=-1");
    assertEquals(1, r.code);
    assertThat(r.err, containsString("left as it was"));
    assertEquals("previous run", Files.readString(o.resolve("marker.txt")));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.filter(p -> !p.equals(o) && !p.getFileName().toString().equals(".o.lock"))
          .toList(), empty());
    }
  }

  @Test
  void badCommandLinesStopBeforeAnyWorkWithOneClearLine(@TempDir Path dir) throws Exception {
    CommandRun unknown = run("--input=testdata/samples", "--output=" + dir.resolve("a"), "--colour=red");
    assertEquals(2, unknown.code);
    assertThat(unknown.err, containsString("unknown option --colour"));
    assertThat(unknown.err, containsString("--input, --output"));

    CommandRun missing = run("--output=" + dir.resolve("b"));
    assertEquals(2, missing.code);
    assertThat(missing.err, containsString("--input is required"));

    CommandRun nothing = run("--input=" + dir.resolve("nowhere"), "--output=" + dir.resolve("c"));
    assertEquals(2, nothing.code);
    assertThat(nothing.err, containsString("does not exist"));

    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    CommandRun underFile = run("--input=testdata/samples/jsonl", "--output=" + file.resolve("out"));
    assertEquals(2, underFile.code);
    assertThat(underFile.err, containsString("--output"));

    CommandRun badNumber = run("--input=testdata/samples", "--output=" + dir.resolve("d"),
        "--maxUnitBytes=12");
    assertEquals(2, badNumber.code);
    assertThat(badNumber.err, containsString("from 1024"));

    CommandRun notANumber = run("--input=testdata/samples", "--output=" + dir.resolve("e"),
        "--maxJsonDepth=deep");
    assertEquals(2, notANumber.code);
    assertThat(notANumber.err, containsString("maxJsonDepth"));

    for (String n : List.of("a", "b", "c", "d", "e")) assertFalse(Files.exists(dir.resolve(n)));
    assertEquals(1, unknown.err.strip().lines().count(), unknown.err);
  }
}
