package org.coopevents.sink;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coopevents.cli.RunCommand;
import org.coopevents.testing.CommandRun;
import org.coopevents.testing.FakeOutput;

/**
 * The checks every remote store passes (HDFS and an S3-compatible server): the job writes
 * there, readers find the current run through {@code _LATEST}, and a run that fails or stops
 * at any upload never shows: the pointer keeps naming the complete previous run.
 */
final class RemoteStoreChecks {
  private RemoteStoreChecks() {}

  /** A store whose upload or commit number {@code at} fails (the earlier ones are done). */
  static final class Failing implements RemoteStore {
    private final RemoteStore real;
    private final int at;
    int count;

    Failing(RemoteStore real, int at) {
      this.real = real;
      this.at = at;
    }

    private void step(String what) throws IOException {
      if (++count == at) throw new IOException("injected failure at step " + at + " (" + what + ")");
    }

    @Override
    public void upload(Path local, String uri) throws IOException {
      step("upload " + uri);
      real.upload(local, uri);
    }

    @Override
    public void writeWhole(String uri, byte[] bytes) throws IOException {
      step("commit " + uri);
      real.writeWhole(uri, bytes);
    }

    @Override
    public byte[] readSmall(String uri) throws IOException {
      return real.readSmall(uri);
    }

    @Override
    public Map<String, Long> list(String prefix) throws IOException {
      return real.list(prefix);
    }

    @Override
    public void deletePrefix(String prefix) throws IOException {
      real.deletePrefix(prefix);
    }
  }

  /** What a reader sees: the marker of the run {@code _LATEST} names, after checking it whole. */
  static String current(RemoteStore store, String dir) throws IOException {
    String run = RemotePublisher.latestRun(dir, store);
    if (run == null) return "none";
    Map<String, Long> files = store.list(dir + "/" + run);
    assertEquals(new TreeSet<>(List.of("_SUCCESS", "_manifest.json", "events/part-0.parquet",
        "marker.txt")), files.keySet(), "the current run is whole");
    String marker = new String(store.readSmall(dir + "/" + run + "marker.txt"), StandardCharsets.UTF_8);
    assertEquals(marker, new String(store.readSmall(dir + "/" + run + "events/part-0.parquet"),
        StandardCharsets.UTF_8));
    return marker;
  }

  private static TreeSet<String> runs(RemoteStore store, String dir) throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    for (String k : store.list(dir + "/runs").keySet()) ids.add(k.substring(0, k.indexOf('/')));
    return ids;
  }

  /** Fails each upload and the commit in turn; then a good run clears the leftovers. */
  static void failingEachStepKeepsThePreviousRun(RemoteStore store, String dir, Path tmp)
      throws Exception {
    RemotePublisher first = RemotePublisher.prepare(dir, false, store);
    first.publish(FakeOutput.write(tmp.resolve("old"), "old"));
    assertEquals("old", current(store, dir));
    int steps = 5; // four files, then the pointer
    for (int n = 1; n <= steps; n++) {
      Failing failing = new Failing(store, n);
      RemotePublisher p = RemotePublisher.prepare(dir, true, failing);
      Path local = FakeOutput.write(tmp.resolve("new-" + n), "new " + n);
      IOException e = assertThrows(IOException.class, () -> p.publish(local));
      assertThat(e.getMessage(), containsString("injected failure at step " + n));
      assertEquals("old", current(store, dir), "failed at step " + n);
      Thread.sleep(2); // run ids are milliseconds
    }
    assertEquals(1 + (steps - 1), runs(store, dir).size(), "the old run and four partial ones: "
        + runs(store, dir));
    RemotePublisher good = RemotePublisher.prepare(dir, true, store);
    assertEquals(List.of(), good.publish(FakeOutput.write(tmp.resolve("good"), "good")));
    assertEquals("good", current(store, dir));
    TreeSet<String> left = runs(store, dir);
    assertEquals(2, left.size(), "the good run and the one readers may still hold: " + left);
    assertTrue(left.first().compareTo(left.last()) < 0);
  }

  /** The job end to end: a new output, a refused rerun, an overwrite that moves _LATEST. */
  static void theJobPublishesThroughLatest(RemoteStore store, String dir, String input,
      String... extra) throws Exception {
    CommandRun r = CommandRun.of(RunCommand::run, args(input, dir, false, extra));
    assertEquals(0, r.code, r.err);
    String run1 = RemotePublisher.latestRun(dir, store);
    assertThat(r.out, containsString(dir + "/" + run1.replaceAll("/$", "")));
    Map<String, Long> files = store.list(dir + "/" + run1);
    for (String table : TableSchemas.TABLES) {
      assertTrue(files.keySet().stream().anyMatch(k -> k.startsWith(table + "/")
          && k.endsWith(".parquet")), table + " in " + files.keySet());
    }
    assertTrue(OutputSafety.isCoopeventsManifest(store.readSmall(dir + "/" + run1
        + "_manifest.json")));
    assertTrue(files.containsKey("_SUCCESS") && files.containsKey("report.html"), files.toString());
    assertTrue(files.keySet().stream().noneMatch(k -> k.startsWith(".") || k.contains("/.")),
        "no temporary files: " + files.keySet());

    CommandRun again = CommandRun.of(RunCommand::run, args(input, dir, false, extra));
    assertEquals(2, again.code, again.err);
    assertThat(again.err, containsString("already exists"));

    CommandRun over = CommandRun.of(RunCommand::run, args(input, dir, true, extra));
    assertEquals(0, over.code, over.err);
    String run2 = RemotePublisher.latestRun(dir, store);
    assertNotEquals(run1, run2);
    assertEquals(folders(store.list(dir + "/" + run1).keySet()),
        folders(store.list(dir + "/" + run2).keySet()), "the same tables and files");

    String foreign = dir + "-foreign";
    store.writeWhole(foreign + "/notes.txt", "mine".getBytes(StandardCharsets.UTF_8));
    CommandRun refused = CommandRun.of(RunCommand::run, args(input, foreign, true, extra));
    assertEquals(2, refused.code, refused.err);
    assertThat(refused.err, containsString("not a coopevents run"));
    assertNull(RemotePublisher.latestRun(foreign, store));
  }

  private static TreeSet<String> folders(java.util.Set<String> keys) {
    TreeSet<String> out = new TreeSet<>();
    for (String k : keys) out.add(k.contains("/") ? k.substring(0, k.indexOf('/') + 1) : k);
    return out;
  }

  /** A two-article input written for these tests. */
  static Path smallInput(Path dir) throws IOException {
    Path f = dir.resolve("small.jsonl");
    java.nio.file.Files.writeString(f, "{\"id\":\"s1\",\"language\":\"en\",\"title\":"
        + "\"Ministers meet in Astana\",\"published_at\":\"2024-03-05\",\"text\":\"ASTANA, "
        + "March 5 - Foreign Minister Murat Nurtleu of Kazakhstan received his Turkish "
        + "counterpart Hakan Fidan in Astana on Tuesday, and the two ministers signed a "
        + "memorandum of understanding on cooperation in energy.\"}\n"
        + "{\"id\":\"s2\",\"language\":\"en\",\"text\":\"Markets were calm on Monday.\"}\n");
    return f;
  }

  private static String[] args(String input, String dir, boolean overwrite, String... extra) {
    List<String> a = new java.util.ArrayList<>(List.of("--input=" + input, "--output=" + dir));
    if (overwrite) a.add("--overwrite=true");
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }
}
