package org.coopevents.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coopevents.knowledge.Knowledge;

/**
 * {@code coopevents generate --articles=N --seed=S --output=DIR [--bad-share=0.01]}: writes a
 * generated corpus ({@code DIR/input/}), its gold ({@code DIR/gold.jsonl}) and a summary
 * ({@code DIR/generated.json}). N counts every input unit, bad records included.
 */
public final class GenerateCommand {
  static final String USAGE = "usage: scripts/coopevents generate --articles=N --output=DIR "
      + "[--seed=S (default 1)] [--bad-share=0.01]";

  private GenerateCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    long n = -1;
    long seed = 1;
    double bad = 0.01;
    String output = null;
    try {
      for (String a : args) {
        if (a.equals("--help") || a.equals("-h")) {
          out.println(USAGE);
          return 0;
        }
        String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
        if (a.startsWith("--articles=")) n = Long.parseLong(v);
        else if (a.startsWith("--seed=")) seed = Long.parseLong(v);
        else if (a.startsWith("--bad-share=")) bad = Double.parseDouble(v);
        else if (a.startsWith("--output=")) output = v;
        else throw new IllegalArgumentException("unknown option " + a);
      }
      if (n < 1) throw new IllegalArgumentException("--articles=N (N >= 1) is required");
      if (output == null || output.isBlank()) throw new IllegalArgumentException("--output=DIR is required");
      if (bad < 0 || bad > 0.5) throw new IllegalArgumentException("--bad-share must be in 0..0.5");
    } catch (IllegalArgumentException e) {
      err.println("coopevents generate: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Path dir = Path.of(output);
    try {
      if (Files.exists(dir.resolve("input"))) {
        err.println("coopevents generate: " + dir + "/input exists; choose an empty folder");
        return 2;
      }
      long t0 = System.nanoTime();
      CorpusGenerator.Summary s = new CorpusGenerator(Knowledge.load(), seed, bad).write(n, dir);
      out.printf("coopevents generate: %d units (%d articles, %d bad records) in %s, %.1f MB, %.1f s%n",
          s.units(), s.articles(), s.units() - s.articles(), dir, s.bytes() / 1e6,
          (System.nanoTime() - t0) / 1e9);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("coopevents generate: failed: " + e);
      return 1;
    }
  }
}
