package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.coopevents.nightly.RunDiff;
import org.coopevents.nightly.RunHistory;
import org.coopevents.nightly.TinyRun;
import org.coopevents.sink.TableSchemas;
import org.coopevents.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly rebuilds end to end on a tiny archive: an alarm holds latest back, --force
 * publishes, two runs on the same archive are identical table by table, one added article
 * changes only its own rows, old runs are pruned; and the failures that need no run.
 */
class NightlyCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int nightly(String... args) {
    out.reset();
    err.reset();
    return NightlyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static final String[][] ARTICLES = {
      {"tiny-1", "2024-03-12", "Tokayev arrives in Baku on state visit",
          "BAKU, 12 March 2024. President of Kazakhstan Kassym-Jomart Tokayev arrived in Baku on "
          + "Tuesday on a two-day state visit to Azerbaijan at the invitation of President Ilham "
          + "Aliyev.\n\nThe two leaders held talks on transport corridors across the Caspian Sea "
          + "and on cooperation in energy. Following the talks, the presidents signed a treaty on "
          + "allied relations, and the governments signed an agreement on cooperation in the "
          + "field of transport."},
      {"tiny-2", "2024-05-20", "Mirziyoyev and Japarov meet in Tashkent",
          "TASHKENT, 20 May 2024. President of Uzbekistan Shavkat Mirziyoyev received President "
          + "of Kyrgyzstan Sadyr Japarov, who is in Tashkent on an official visit.\n\nThe sides "
          + "discussed water management, trade and the construction of the "
          + "China-Kyrgyzstan-Uzbekistan railway. A memorandum of understanding on cooperation in "
          + "agriculture was signed following the negotiations."},
      {"tiny-3", "2023-10-05", "Rahmon visits Beijing",
          "BEIJING, 5 October 2023. President of Tajikistan Emomali Rahmon paid an official "
          + "visit to China on 4-5 October and held talks with President Xi Jinping.\n\nThe "
          + "leaders agreed to expand cooperation in mining and energy. An agreement on mutual "
          + "protection of investments was signed."},
      {"tiny-4", "2024-02-01", "Snow expected in Astana",
          "ASTANA, 1 February 2024. Forecasters expect heavy snow in the capital over the "
          + "weekend, with temperatures falling to minus 25 degrees at night."}};

  private static final String[] ADDED = {"tiny-5", "2024-06-11",
      "Berdimuhamedov holds talks in Tehran",
      "TEHRAN, 11 June 2024. President of Turkmenistan Serdar Berdimuhamedov arrived in Tehran "
      + "on an official visit and held talks with the President of Iran.\n\nThe sides signed an "
      + "agreement on cooperation in the gas sector and a memorandum on railway transport."};

  private static Path archive(Path file, String[]... articles) throws Exception {
    ObjectMapper m = new ObjectMapper();
    StringBuilder b = new StringBuilder();
    for (String[] a : articles) {
      Map<String, String> rec = new LinkedHashMap<>();
      rec.put("id", a[0]);
      rec.put("url", "https://wire.example/" + a[1].replace('-', '/') + "/" + a[0]);
      rec.put("source", "Steppe Wire");
      rec.put("published_at", a[1]);
      rec.put("language", "en");
      rec.put("title", a[2]);
      rec.put("text", a[2] + "\n\n" + a[3]);
      b.append(m.writeValueAsString(rec)).append('\n');
    }
    Files.createDirectories(file.getParent());
    return Files.writeString(file, b.toString());
  }

  @Test
  void alarmHoldsLatestForcePublishesRunsAreDeterministicAndOneArticleTouchesOnlyItsRows()
      throws Exception {
    Path ds = dir.resolve("dataset");
    RunHistory h = new RunHistory(ds);
    // a previous run with far more events than the tiny archive yields
    TinyRun big = new TinyRun();
    for (int i = 0; i < 60; i++) big.event("ev-old-" + i, "VISIT", "2022-01-01", "Baku");
    Path old = big.writeTo(h.run("20000101T000000Z"));
    h.pointLatestTo(old);
    Path a = archive(dir.resolve("archive-a/wire.jsonl"), ARTICLES);

    // 1. events fall from 60 to a handful: flagged, latest stays
    assertEquals(NightlyCommand.FLAGGED, nightly("--archive=" + a, "--dataset=" + ds,
        "--run-id=r1"), err.toString());
    assertThat(err.toString(), containsString("ALARM EVENT_DROP events fell from 60 to"));
    assertThat(err.toString(), containsString("FLAGGED run r1: latest stays at runs/20000101T000000Z"));
    assertEquals(old, h.latest().orElseThrow());
    JsonNode diff1 = new ObjectMapper().readTree(h.run("r1").resolve("_diff.json").toFile());
    assertTrue(diff1.path("flagged").asBoolean());
    assertFalse(diff1.path("published").asBoolean());
    assertEquals(60, diff1.path("tables").path("events").path("removed").asLong());

    // 2. the same archive again, forced: published
    assertEquals(NightlyCommand.OK, nightly("--archive=" + a, "--dataset=" + ds,
        "--run-id=r2", "--force"), err.toString());
    assertEquals(h.run("r2"), h.latest().orElseThrow());
    JsonNode manifest = new ObjectMapper().readTree(h.run("r2").resolve("_manifest.json").toFile());
    assertEquals(a.toString(), manifest.path("input_fingerprints").get(0).path("path").asText());
    assertEquals(64, manifest.path("input_fingerprints").get(0).path("sha256").asText().length());
    assertTrue(manifest.path("versions").path("code").asText().matches("(git|jar):.+"));

    // determinism: r1 and r2 hold the same rows in every table, IDs included
    try (DuckDb db = new DuckDb(h.run("r1"))) {
      for (String t : TableSchemas.TABLES) {
        String r1 = db.table(t);
        String r2 = "read_parquet('" + h.run("r2").resolve(t) + "/*.parquet')";
        assertEquals(db.count("SELECT count(*) FROM " + r1), db.count("SELECT count(*) FROM " + r2), t);
        assertEquals(0, db.count("SELECT count(*) FROM (SELECT * FROM " + r1 + " EXCEPT ALL "
            + "SELECT * FROM " + r2 + ")"), t + ": rows of r1 missing from r2");
        assertEquals(0, db.count("SELECT count(*) FROM (SELECT * FROM " + r2 + " EXCEPT ALL "
            + "SELECT * FROM " + r1 + ")"), t + ": rows of r2 missing from r1");
      }
      assertTrue(db.count("SELECT count(*) FROM " + db.table("events")) > 0,
          "the tiny archive yields events");
    }

    // 3. one more article: only its rows change; old runs are pruned to two
    Path b = archive(dir.resolve("archive-b/wire.jsonl"), append(ARTICLES, ADDED));
    assertEquals(NightlyCommand.OK, nightly("--archive=" + b, "--dataset=" + ds,
        "--run-id=r3", "--keep=2"), err.toString());
    assertEquals(h.run("r3"), h.latest().orElseThrow());
    RunDiff d = RunDiff.compare(h.run("r2"), h.run("r3"), 1000);
    assertEquals(List.of("tiny-5"), d.table("articles").addedSample());
    List<String> touched = new ArrayList<>();
    try (DuckDb db = new DuckDb(h.run("r3"))) {
      touched.addAll(db.rows("SELECT DISTINCT event_id FROM " + db.table("mentions")
          + " WHERE article_id = 'tiny-5'"));
    }
    assertThat("the new article yields events", touched, not(empty()));
    for (String t : TableSchemas.TABLES) assertEquals(0, d.table(t).removed(), t);
    assertThat(d.table("events").addedSample(), everyItem(in(touched)));
    assertThat(d.changedSample().stream().map(RunDiff.ChangedEvent::eventId).toList(),
        everyItem(in(touched)));
    for (String m : d.table("mentions").addedSample()) assertTrue(m.endsWith("|tiny-5"), m);
    assertEquals(List.of(h.run("r2"), h.run("r3")), h.completedRuns());
    assertThat(out.toString(), containsString("pruned 20000101T000000Z"));
    assertThat(out.toString(), containsString("pruned r1"));
  }

  private static String[][] append(String[][] rows, String[] row) {
    String[][] all = java.util.Arrays.copyOf(rows, rows.length + 1);
    all[rows.length] = row;
    return all;
  }

  @Test
  void aSecondRunWhileOneHoldsTheLockExitsAtOnce() throws Exception {
    Path ds = Files.createDirectories(dir.resolve("dataset/runs"));
    try (FileChannel ch = FileChannel.open(ds.getParent().resolve(".nightly.lock.jvm"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
      assertEquals(NightlyCommand.LOCKED, nightly("--archive=testdata/samples/jsonl",
          "--dataset=" + ds.getParent()));
      assertThat(err.toString(), containsString("another nightly run"));
    }
  }

  @Test
  void nightlyShExitsWith75WhileAnotherHoldsTheFlock() throws Exception {
    Path ds = Files.createDirectories(dir.resolve("dataset"));
    Path lock = ds.resolve(".nightly.lock");
    Process holder = new ProcessBuilder("flock", lock.toString(), "sleep", "60").start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline
          && new ProcessBuilder("flock", "-n", lock.toString(), "true").start().waitFor() == 0) {
        Thread.sleep(50);
      }
      Process p = new ProcessBuilder("bash", "scripts/nightly.sh", dir.toString(), ds.toString())
          .redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(75, p.exitValue(), text);
      assertThat(text, containsString("another nightly run of " + ds + " is in progress"));
      assertFalse(Files.exists(ds.resolve("latest")));
    } finally {
      holder.destroyForcibly();
      holder.waitFor();
    }
  }

  @Test
  void aDatasetUnderARegularFileIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertEquals(NightlyCommand.DATASET_UNUSABLE, nightly("--archive=testdata/samples/jsonl",
        "--dataset=" + file.resolve("dataset")));
    assertThat(err.toString(), containsString("cannot create " + file.resolve("dataset/runs")));
  }

  @Test
  void tooLittleFreeSpaceIsAClearError() throws Exception {
    assertEquals(NightlyCommand.DATASET_UNUSABLE, nightly("--archive=testdata/samples/jsonl",
        "--dataset=" + dir.resolve("dataset"), "--min-free-bytes=" + Long.MAX_VALUE));
    assertThat(err.toString(), containsString("is full"));
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(NightlyCommand.USAGE, nightly("--dataset=" + dir));
    assertThat(err.toString(), containsString("--archive is required"));
    assertEquals(NightlyCommand.USAGE, nightly("--archive=a", "--dataset=b", "--max-event-drop=2"));
    assertThat(err.toString(), containsString("give a share from 0 to 1"));
    assertEquals(NightlyCommand.USAGE, nightly("--archive=a", "--dataset=b", "--output=c"));
  }
}
