package org.coopevents.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.cli.RunCommand;
import org.coopevents.testing.DuckDb;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real run on {@code testdata/samples}: the run writes {@code report.html}; headless
 * Chromium loads it, its key numbers equal the table counts read by DuckDB, and a screenshot
 * is kept as {@code target/report-screenshot.png}. The README's SQL runs on the same output.
 */
class ReportOnSamplesTest {
  @TempDir static Path shared;
  static Path out;

  @BeforeAll
  static void runOnSamples() {
    out = shared.resolve("out");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = RunCommand.run(new String[] {"--input=testdata/samples", "--output=" + out},
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
    assertFalse(e.toString(StandardCharsets.UTF_8).contains("report.html not written"),
        e.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theRunWritesTheReportAndTheCommandRewritesItTheSame() throws Exception {
    Path report = out.resolve(ReportWriter.FILE_NAME);
    assertTrue(Files.isRegularFile(report));
    byte[] written = Files.readAllBytes(report);
    Files.delete(report);
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = ReportCommand.run(new String[] {out.toString()},
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
    assertArrayEquals(written, Files.readAllBytes(report),
        "the report of the run and the one rewritten from its tables must be the same page");
    String html = new String(written, StandardCharsets.UTF_8);
    assertTrue(html.contains("testdata/samples"), "the page names the run's input");
  }

  @Test
  void reportCommandRefusesAFolderWithoutTables(@TempDir Path empty) {
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = ReportCommand.run(new String[] {empty.toString()}, System.out,
        new PrintStream(e, true, StandardCharsets.UTF_8));
    assertEquals(2, code, "a bad command line, as in evaluate");
    assertTrue(e.toString(StandardCharsets.UTF_8).contains("no events/ table folder"));
  }

  @Test
  void chromiumShowsTheTableCounts() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "chromium is not installed: the browser check is skipped "
        + "(CI installs it; Debian: apt-get install chromium)");
    Path report = out.resolve(ReportWriter.FILE_NAME);
    Path profile = Files.createTempDirectory(shared, "chromium");
    Chromium dom = chromium(chromium.get(), profile, "--dump-dom", report);
    assertEquals(0, dom.exit, dom.stderr);
    assertFalse(dom.stderr.contains("CONSOLE("), "the page logs to the console: " + dom.stderr);
    assertFalse(dom.stderr.contains("Failed to load"), dom.stderr);
    Document page = Jsoup.parse(dom.stdout);
    assertEquals("coopevents run report", page.title());
    for (String id : List.of("months", "pairs", "sectors", "largest", "quality")) {
      assertEquals(1, page.select("section#" + id).size(), "section " + id);
    }
    assertFalse(page.select("svg.chart rect").isEmpty(), "the monthly chart has bars");
    try (DuckDb db = new DuckDb(out)) {
      for (String table : List.of("articles", "events", "documents", "mentions", "rejects")) {
        Element n = page.getElementById("n-" + table);
        assertTrue(n != null, "no #n-" + table + " on the page");
        long expected = db.count("SELECT count(*) FROM " + db.table(table));
        assertEquals(expected, Long.parseLong(n.attr("data-count")), table);
        assertEquals(String.valueOf(expected), n.text(), table);
      }
      long dated = db.count("SELECT count(*) FROM " + db.table("events")
          + " WHERE start_date IS NOT NULL");
      long events = db.count("SELECT count(*) FROM " + db.table("events"));
      double share = Double.parseDouble(page.getElementById("start-date-share").attr("data-share"));
      assertEquals((double) dated / events, share, 1e-4);
    }

    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = ReportCommand.run(new String[] {out.toString(), "--screenshot=" + shot},
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
    assertTrue(o.toString(StandardCharsets.UTF_8).contains(shot.toString()), "names the picture");
    byte[] png = Files.readAllBytes(shot);
    assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
        "a PNG screenshot");
  }

  @Test
  void screenshotWithoutAFolderOrWithAnUnknownOptionIsABadCommandLine() {
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
    assertEquals(2, ReportCommand.run(new String[] {"--screenshot=x.png"}, System.out, err));
    assertEquals(2, ReportCommand.run(new String[] {out.toString(), "--width=3"}, System.out, err));
    assertTrue(e.toString(StandardCharsets.UTF_8).contains("not --width=3"), e.toString());
  }

  @Test
  void theBrowserIsFoundOnThePathInOrder(@TempDir Path bin) throws Exception {
    assertTrue(Screenshot.browser(bin.toString()).isEmpty(), "an empty folder has no browser");
    Path chrome = Files.createFile(bin.resolve("google-chrome"));
    assertTrue(Screenshot.browser(bin.toString()).isEmpty(), "not executable");
    assertTrue(chrome.toFile().setExecutable(true));
    Path other = Files.createDirectory(bin.resolve("other"));
    Path chromium = Files.createFile(other.resolve("chromium"));
    assertTrue(chromium.toFile().setExecutable(true));
    assertEquals(chromium, Screenshot.browser(bin + java.io.File.pathSeparator + other).get(),
        "chromium is preferred wherever it is on the PATH");
    assertEquals(chrome, Screenshot.browser(bin.toString()).get());
  }

  @Test
  void theReadmeQueriesRun() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf("### Three questions in SQL");
    assertTrue(at > 0, "README has the analysts' questions");
    List<String> queries = new ArrayList<>();
    Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(at));
    while (m.find()) queries.add(m.group(1).replace("OUT/", out + "/").trim());
    assertEquals(3, queries.size());
    try (DuckDb db = new DuckDb(out)) {
      List<String> signed = db.rows(queries.get(0));
      assertFalse(signed.isEmpty(), "the samples hold documents signed in 2024");
      List<String> growth = db.rows(queries.get(1));
      assertFalse(growth.isEmpty());
      db.rows(queries.get(2)); // must run; the samples have no event with three outlets
      long threeOutlets = db.count("SELECT count(*) FROM " + db.table("events")
          + " WHERE num_sources >= 3");
      assertEquals(threeOutlets, db.rows(queries.get(2)).size());
    }
  }

  private static final class Chromium {
    final int exit;
    final String stdout;
    final String stderr;

    Chromium(int exit, String stdout, String stderr) {
      this.exit = exit;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  private static Chromium chromium(Path exe, Path profile, String action, Path page)
      throws IOException, InterruptedException {
    Path o = Files.createTempFile(shared, "chromium", ".out");
    Path e = Files.createTempFile(shared, "chromium", ".err");
    Process p = new ProcessBuilder(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile, "--window-size=1280,2000", action,
        page.toAbsolutePath().toUri().toString())
        .redirectOutput(o.toFile()).redirectError(e.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish within 5 minutes");
    }
    return new Chromium(p.exitValue(), Files.readString(o, StandardCharsets.UTF_8),
        Files.readString(e, StandardCharsets.UTF_8));
  }

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
