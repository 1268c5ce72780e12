package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.coopevents.testing.CommandRun;
import org.coopevents.testing.DuckDb;
import org.coopevents.testing.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 items 4, 5, 6, 9 and 10 end to end: one input folder holding every hostile case
 * (odd names, special files, links, bad bytes, a damaged WARC record, a run's output), read
 * by a real {@code run}. The invariant: the run succeeds, every file is in the manifest under
 * its exact name with read = accepted + rejected, and every good record is an article.
 * The timeout guards the suite against a regression that opens a named pipe (it blocks).
 */
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputsRunTest {
  @TempDir Path dir;

  private static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"Report " + id + "\",\"text\":\"" + text + "\"}";
  }

  private static String body(String id) {
    return "Ministers of two countries met on day " + id + " and agreed to work together on "
        + "trade and energy, the ministry said in a statement.";
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String jsonl(String... ids) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) b.append(line(id, body(id))).append('\n');
    return b.toString();
  }

  /** Expected per file: accepted, then the reject reasons. */
  private final Map<String, Object[]> expected = new TreeMap<>();

  private void expect(Path file, int accepted, String... reasons) {
    expected.put(file.toString(), new Object[] {accepted, reasons});
  }

  private byte[] warcWithADamagedMiddleRecord() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 1; i <= 3; i++) {
      Path tmp = dir.resolve("rec" + i + ".warc");
      try (WarcFixtures w = new WarcFixtures(tmp, false)) {
        String html = WarcFixtures.newsPage("Report w" + i, "2024-06-12", "en", body("w" + i))
            .replace("%CHARSET%", "utf-8");
        // the first payload is gzip-encoded: gzip magic bytes inside a good record
        w.response("https://news.example/w/" + i, Instant.parse("2024-06-12T08:00:00Z"), 200,
            "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), false, i == 1);
      }
      String rec = new String(Files.readAllBytes(tmp), StandardCharsets.ISO_8859_1);
      Files.delete(tmp);
      if (i == 2) rec = rec.replace("WARC-Type: response", "WARC-Type response");
      all.write(rec.getBytes(StandardCharsets.ISO_8859_1));
    }
    return all.toByteArray();
  }

  @Test
  void everyHostileFileIsAccountedForAndEveryGoodRecordKept() throws Exception {
    // a run's output, written by the job, then lying inside the input folder
    Path seed = dir.resolve("seed/seed.jsonl");
    Files.createDirectories(seed.getParent());
    Files.writeString(seed, jsonl("s1"));
    Path oldRun = dir.resolve("in/old-run");
    Files.createDirectories(oldRun.getParent());
    assertEquals(0, CommandRun.of(RunCommand::run, "--input=" + seed, "--output=" + oldRun).code);

    expect(write("tab\there.jsonl", utf8(jsonl("t1", "t2"))), 2);
    expect(write("new\nline.jsonl", utf8(jsonl("n1") + "{broken\n")), 1, "MALFORMED_JSON");
    Path fifo = dir.resolve("in/pipe.jsonl");
    InputFilesHostile.mkfifo(fifo);
    expect(fifo, 0, "NOT_A_REGULAR_FILE");
    Path zero = dir.resolve("in/zero.txt");
    Files.createSymbolicLink(zero, Path.of("/dev/zero"));
    expect(zero, 0, "NOT_A_REGULAR_FILE");
    Path gone = dir.resolve("in/gone.jsonl");
    Files.createSymbolicLink(gone, dir.resolve("in/deleted.jsonl"));
    expect(gone, 0, "UNREADABLE_FILE");
    expect(write("nul.jsonl", utf8("{\"id\":\"z\",\"text\":\"a\u0000b\"}\n" + jsonl("u1", "u2"))), 2,
        "MALFORMED_JSON");
    byte[] u16 = jsonl("v1", "v2").getBytes(StandardCharsets.UTF_16LE);
    byte[] bom = new byte[u16.length + 2];
    bom[0] = (byte) 0xFF;
    bom[1] = (byte) 0xFE;
    System.arraycopy(u16, 0, bom, 2, u16.length);
    expect(write("utf16.jsonl", bom), 2);
    expect(write("number.jsonl", utf8("{\"id\":\"big\",\"n\":" + "7".repeat(5000) + ",\"text\":\"x\"}\n"
        + jsonl("x1"))), 1, "NUMBER_TOO_LONG");
    expect(write("empty.jsonl.gz", new byte[0]), 0, "EMPTY_FILE");
    Path plainGz = write("plain.jsonl.gz", utf8(jsonl("p1", "p2")));
    expect(plainGz, 2);
    Path mac = write("mac.jsonl", utf8(jsonl("m1", "m2", "m3").replace('\n', '\r')));
    expect(mac, 3);
    expect(write("zero-date.jsonl", utf8("{\"id\":\"d0\",\"published_at\":\"0000-01-01\",\"text\":\""
        + body("d0") + "\"}\n")), 1);
    expect(write("broken.warc", warcWithADamagedMiddleRecord()), 2, "CORRUPT_WARC_RECORD");

    Path out = dir.resolve("out");
    Path cwd = Path.of("").toAbsolutePath();
    // the folder, and two of its files spelled other ways: each file is read once
    String spec = dir.resolve("in") + "," + dir + "/./in//plain.jsonl.gz," + cwd.relativize(mac);
    CommandRun r = CommandRun.of(RunCommand::run, "--input=" + spec, "--output=" + out);
    assertEquals(0, r.code, r.err);
    assertThat(r.err, containsString("skipped 1 coopevents output folder(s) inside the input"));
    assertThat(r.err, containsString(oldRun.toString()));

    JsonNode m = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    assertEquals(oldRun.toString(), m.get("skipped_output_folders").get(0).asText());
    Map<String, JsonNode> inputs = new TreeMap<>();
    m.get("inputs").forEach(f -> inputs.put(f.get("path").asText(), f));
    assertEquals(expected.keySet(), inputs.keySet(), "every input once, under its exact name");
    long accepted = 0;
    for (Map.Entry<String, Object[]> e : expected.entrySet()) {
      JsonNode f = inputs.get(e.getKey());
      String name = e.getKey();
      assertEquals(f.get("units_read").asLong(), f.get("accepted").asLong() + f.get("rejected").asLong(),
          name + ": read = accepted + rejected");
      assertTrue(f.get("balanced").asBoolean(), name);
      assertEquals((int) e.getValue()[0], f.get("accepted").asInt(), name + ": accepted");
      String[] reasons = (String[]) e.getValue()[1];
      assertEquals(reasons.length, f.get("rejected").asInt(), name + ": rejected " + f.get("rejected_by_reason"));
      for (String reason : reasons) {
        assertEquals(1, f.get("rejected_by_reason").path(reason).asInt(), name + ": " + reason);
      }
      accepted += (int) e.getValue()[0];
    }
    assertTrue(m.get("totals").get("balanced").asBoolean());
    assertEquals(expected.size(), m.get("totals").get("files").asInt());
    assertEquals(accepted, m.get("totals").get("articles").asLong());
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(accepted, db.count("SELECT count(*) FROM " + db.table("articles")));
      // year 0000 is no date (it would read as a date BC); the article itself is kept
      assertEquals(1, db.count("SELECT count(*) FROM " + db.table("articles")
          + " WHERE input_file LIKE '%zero-date.jsonl' AND published_date IS NULL"));
    }
  }

  @Test
  void aNamedPipeGivenDirectlyIsRefusedBeforeAnyWork() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    InputFilesHostile.mkfifo(fifo);
    CommandRun r = CommandRun.of(RunCommand::run, "--input=" + fifo, "--output=" + dir.resolve("o"));
    assertEquals(2, r.code);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    assertThat(r.err, containsString(fifo + " is a named pipe (FIFO), not a regular file"));
    assertTrue(Files.notExists(dir.resolve("o")));
  }

  /** mkfifo, as the ingest tests make them. */
  static final class InputFilesHostile {
    static void mkfifo(Path p) throws IOException, InterruptedException {
      Files.createDirectories(p.getParent());
      Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
      assertEquals(0, pr.waitFor(), "mkfifo " + p);
    }
  }
}
