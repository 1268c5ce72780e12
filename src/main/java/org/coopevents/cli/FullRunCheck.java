package org.coopevents.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopevents.incremental.TableDigests;
import org.coopevents.nightly.RunHistory;
import org.coopevents.sink.OutputPublisher;

/**
 * {@code nightly --verify-full}: after an incremental run, a full run of the same archive into a
 * hidden folder of {@code runs/}, its tables compared row for row (every column, as
 * {@link TableDigests}) with the incremental run's; the folder is deleted afterwards. A
 * difference is an alarm.
 */
final class FullRunCheck {
  private final Map<String, TableDigests.Difference> diff;
  private final int code;
  private final double seconds;
  private final String failure;

  private FullRunCheck(Map<String, TableDigests.Difference> diff, int code, double seconds, String failure) {
    this.diff = diff;
    this.code = code;
    this.seconds = seconds;
    this.failure = failure;
  }

  static FullRunCheck run(RunHistory history, String id, String archive, List<String> runArgs,
      Path incrementalRun, PrintStream out, PrintStream err) {
    Path full = history.runs().resolve(".verify-" + id + "-" + ProcessHandle.current().pid());
    List<String> args = new ArrayList<>();
    args.add("--input=" + archive);
    args.add("--output=" + full);
    args.addAll(runArgs);
    long t0 = System.nanoTime();
    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    int code = RunCommand.run(args.toArray(String[]::new),
        new PrintStream(quiet, true, StandardCharsets.UTF_8), err, OutputPublisher.Mode.NEW_FOLDER);
    double seconds = (System.nanoTime() - t0) / 1e9;
    try {
      if (code != 0) return new FullRunCheck(null, code, seconds, "the full run failed (exit " + code + ")");
      return new FullRunCheck(TableDigests.of(full).compare(TableDigests.of(incrementalRun)),
          code, seconds, null);
    } catch (IOException | RuntimeException e) {
      return new FullRunCheck(null, code, seconds, "the comparison failed: " + e.getMessage());
    } finally {
      try {
        OutputPublisher.deleteTree(full);
      } catch (IOException e) {
        err.println("coopevents nightly: could not delete " + full + "; the next run removes it");
      }
    }
  }

  boolean same() {
    return diff != null && diff.values().stream().allMatch(TableDigests.Difference::same);
  }

  String summary() {
    if (diff == null) return "verify-full: " + failure;
    if (same()) {
      long rows = diff.values().stream().mapToLong(TableDigests.Difference::rows).sum();
      return String.format(Locale.ROOT, "verify-full: the tables are identical to a full run's "
          + "(%d rows; the full run took %.1f s)", rows, seconds);
    }
    StringBuilder b = new StringBuilder("verify-full: the incremental run differs from a full run:");
    diff.forEach((t, x) -> {
      if (!x.same()) b.append(' ').append(t).append(" ").append(x.onlyInFirst())
          .append(" rows only in the full run, ").append(x.onlyInSecond()).append(" only in this run;");
    });
    return b.toString();
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("same", same());
    m.put("full_run_seconds", Math.round(seconds * 10) / 10.0);
    if (failure != null) m.put("failure", failure);
    if (diff != null) {
      Map<String, Object> tables = new LinkedHashMap<>();
      diff.forEach((t, x) -> tables.put(t, Map.of("rows", x.rows(),
          "only_in_full_run", x.onlyInFirst(), "only_in_this_run", x.onlyInSecond())));
      m.put("tables", tables);
    }
    return m;
  }
}
