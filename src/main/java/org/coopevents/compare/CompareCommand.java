package org.coopevents.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code coopevents compare DIR_A DIR_B}: compares two output folders table by table and
 * prints, per table, the row counts and the rows found only in A or only in B. Exit code 0
 * when every table holds the same rows, 1 when they differ, 2 on a bad command line or a
 * folder that is not an output.
 */
public final class CompareCommand {
  static final String USAGE = "usage: scripts/coopevents compare DIR_A DIR_B [--show=N]\n"
      + "  compares two outputs of 'coopevents run' table by table (row order and file shards\n"
      + "  ignored); prints up to N rows (default 10) only in A / only in B per table;\n"
      + "  exit 0 same, 1 different, 2 bad arguments";
  /** Longest row printed; longer ones (articles carry their text) are cut. */
  static final int ROW_CHARS = 400;

  private CompareCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String a = null;
    String b = null;
    int show = 10;
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else if (arg.startsWith("--show=")) {
        try {
          show = Integer.parseInt(arg.substring("--show=".length()));
        } catch (NumberFormatException e) {
          show = -1;
        }
        if (show < 0) {
          err.println("coopevents compare: " + arg + " is not a number of rows\n" + USAGE);
          return 2;
        }
      } else if (arg.startsWith("--")) {
        err.println("coopevents compare: unknown option " + arg + "\n" + USAGE);
        return 2;
      } else if (a == null) {
        a = arg;
      } else if (b == null) {
        b = arg;
      } else {
        err.println("coopevents compare: give exactly two folders\n" + USAGE);
        return 2;
      }
    }
    if (b == null) {
      err.println("coopevents compare: give two folders\n" + USAGE);
      return 2;
    }
    OutputDiff diff;
    try {
      diff = OutputDiff.compare(Path.of(a), Path.of(b));
    } catch (OutputDiff.NotAnOutputException e) {
      err.println("coopevents compare: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("coopevents compare: " + e.getMessage());
      return 2;
    }
    out.println("A = " + a);
    out.println("B = " + b);
    out.printf("%-10s %10s %10s %10s %10s  %s%n", "table", "rows A", "rows B", "only A",
        "only B", "");
    for (OutputDiff.TableDiff t : diff.tables().values()) {
      out.printf("%-10s %10d %10d %10d %10d  %s%n", t.table, t.rowsA, t.rowsB, t.onlyInA.size(),
          t.onlyInB.size(), t.same() ? "same" : "DIFFERENT");
    }
    for (OutputDiff.TableDiff t : diff.tables().values()) {
      if (t.same()) continue;
      print(out, t.table, "A", t.onlyInA, show);
      print(out, t.table, "B", t.onlyInB, show);
    }
    out.println(diff.same() ? "same rows in every table" : "the outputs differ");
    return diff.same() ? 0 : 1;
  }

  private static void print(PrintStream out, String table, String side, List<String> rows,
      int show) {
    if (rows.isEmpty()) return;
    out.println();
    out.printf("%s: %d row(s) only in %s%n", table, rows.size(), side);
    for (int i = 0; i < rows.size() && i < show; i++) {
      String r = rows.get(i);
      out.println("  " + (r.length() > ROW_CHARS ? r.substring(0, ROW_CHARS) + " ..." : r));
    }
    if (rows.size() > show) out.printf("  ... and %d more%n", rows.size() - show);
  }
}
