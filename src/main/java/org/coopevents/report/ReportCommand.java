package org.coopevents.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code coopevents report DIR}: (re)writes {@code DIR/report.html} for an existing output. */
public final class ReportCommand {
  static final String USAGE = "usage: scripts/coopevents report DIR [--screenshot=FILE.png]   "
      + "(writes DIR/report.html from the tables of a finished run; with --screenshot, also a "
      + "picture of it taken by headless Chromium)";
  static final String SCREENSHOT = "--screenshot=";

  private ReportCommand() {}

  /**
   * Returns 0 when written, 1 when the report cannot be written, 2 for a bad command line (a
   * folder that does not exist or holds no tables included, as in every subcommand).
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return 0;
    }
    Request r = Request.parse(args, err);
    if (r == null) return 2;
    Optional<Path> browser = Optional.empty();
    if (r.png != null) {
      browser = Screenshot.browser(System.getenv("PATH"));
      if (browser.isEmpty()) {
        err.println("coopevents report: --screenshot needs headless Chromium on the PATH (one of "
            + Screenshot.BROWSERS + "; Debian: apt-get install chromium)");
        return 2;
      }
    }
    Path png = r.png;
    Path dir = r.dir;
    if (!Files.exists(dir)) {
      err.println("coopevents report: " + dir + " does not exist: give a folder written by "
          + "'coopevents run'");
      return 2;
    }
    if (!Files.isDirectory(dir.resolve("events"))) {
      err.println("coopevents report: " + dir + " has no events/ table folder: give a folder "
          + "written by 'coopevents run'");
      return 2;
    }
    Path page;
    try {
      Path manifest = dir.resolve("_manifest.json");
      byte[] json = Files.isRegularFile(manifest) ? Files.readAllBytes(manifest) : null;
      if (json == null) err.println("coopevents report: no _manifest.json in " + dir
          + "; the run's inputs, version and time are left blank");
      page = ReportWriter.write(dir, json);
      out.println(page);
    } catch (IOException | RuntimeException e) {
      err.println("coopevents report: cannot write the report of " + dir + ": " + e.getMessage());
      return 1;
    }
    if (png == null) return 0;
    try {
      Screenshot.take(browser.get(), page, png);
      out.println(png.toAbsolutePath());
      return 0;
    } catch (IOException e) {
      err.println("coopevents report: the report is written, the screenshot is not: "
          + e.getMessage());
      return 1;
    }
  }

  /** The command line: one output folder and an optional picture file. */
  private record Request(Path dir, Path png) {
    static Request parse(String[] args, PrintStream err) {
      String folder = null;
      Path png = null;
      for (String a : args) {
        if (a.startsWith(SCREENSHOT) && a.length() > SCREENSHOT.length()) {
          png = Path.of(a.substring(SCREENSHOT.length()));
        } else if (a.startsWith("--") || folder != null) {
          err.println("coopevents report: give one output folder and at most "
              + "--screenshot=FILE.png (not " + a + ")");
          err.println(USAGE);
          return null;
        } else {
          folder = a;
        }
      }
      if (folder == null) {
        err.println("coopevents report: give exactly one output folder");
        err.println(USAGE);
        return null;
      }
      return new Request(Path.of(folder), png);
    }
  }
}
