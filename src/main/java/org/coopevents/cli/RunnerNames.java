package org.coopevents.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Beam runners the launcher knows, by any spelling: {@code flink}, {@code FLINK},
 * {@code FlinkRunner} and {@code org.apache.beam.runners.flink.FlinkRunner} are one runner.
 * {@link #normalise} rewrites {@code --runner=...} to the name Beam takes and refuses an unknown
 * runner with the list of known ones; {@link #notInThisJar} says how to get a known runner whose
 * classes this jar does not hold.
 */
final class RunnerNames {
  /** Canonical name → Maven profile of the jar that holds it (empty: every jar). */
  static final Map<String, String> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("DirectRunner", "");
    KNOWN.put("FlinkRunner", "flink");
    KNOWN.put("SparkRunner", "spark");
    KNOWN.put("DataflowRunner", "dataflow");
  }

  private RunnerNames() {}

  /** The canonical name of a runner in any case, with or without "Runner" or its package; null when unknown. */
  static String canonical(String name) {
    if (name == null) return null;
    String n = name.strip().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot >= 0) n = n.substring(dot + 1);
    if (n.endsWith("runner")) n = n.substring(0, n.length() - "runner".length());
    for (String k : KNOWN.keySet()) {
      if (k.toLowerCase(Locale.ROOT).equals(n + "runner")) return k;
    }
    return null;
  }

  /** The arguments with {@code --runner=} spelled as Beam takes it. */
  static String[] normalise(String[] args) {
    String[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (!out[i].startsWith("--runner=")) continue;
      String given = out[i].substring("--runner=".length());
      String c = canonical(given);
      if (c == null) {
        throw new UsageException("--runner=" + given + " is not a runner this job knows; valid: "
            + String.join(", ", KNOWN.keySet()) + " (any case; 'flink' = FlinkRunner)");
      }
      out[i] = "--runner=" + c;
    }
    return out;
  }

  /** Why a known runner cannot be used from this jar, and how to get one that holds it. */
  static String notInThisJar(String runner) {
    String profile = KNOWN.getOrDefault(runner, "");
    return "--runner=" + runner + ": this jar does not hold the " + runner + "; the launcher "
        + "builds and uses target/coopevents-" + profile + ".jar (Maven profile -P" + profile
        + ") when you run 'scripts/coopevents run --runner=" + runner + " ...'";
  }
}
