package org.coopevents.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code coopevents report DIR}: (re)writes {@code DIR/report.html} for an existing output. */
public final class ReportCommand {
  static final String USAGE = "usage: scripts/coopevents report DIR   "
      + "(writes DIR/report.html from the tables of a finished run)";

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
    if (args.length != 1 || args[0].startsWith("--")) {
      err.println("coopevents report: give exactly one output folder");
      err.println(USAGE);
      return 2;
    }
    Path dir = Path.of(args[0]);
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
    try {
      Path manifest = dir.resolve("_manifest.json");
      byte[] json = Files.isRegularFile(manifest) ? Files.readAllBytes(manifest) : null;
      if (json == null) err.println("coopevents report: no _manifest.json in " + dir
          + "; the run's inputs, version and time are left blank");
      out.println(ReportWriter.write(dir, json));
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("coopevents report: cannot write the report of " + dir + ": " + e.getMessage());
      return 1;
    }
  }
}
