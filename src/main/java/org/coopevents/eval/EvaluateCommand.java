package org.coopevents.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code coopevents evaluate --output=DIR --gold=FILE[,FILE...] [--json=FILE]}: scores a
 * dataset folder written by {@code coopevents run} against gold annotations and prints the
 * figures, then every miss and false positive. A gold argument may be a folder: every
 * {@code *.gold.jsonl} or {@code gold.jsonl} below it.
 */
public final class EvaluateCommand {
  static final String USAGE = "usage: scripts/coopevents evaluate --output=DIR "
      + "--gold=FILE[,FILE...] [--json=FILE]";
  private static final String VALID = "valid: --output=DIR, --gold=FILE[,FILE...], "
      + "--json=FILE, --help";

  private EvaluateCommand() {}

  /** Runs the subcommand; returns 0 ok, 1 failed (unreadable tables or JSON), 2 bad arguments. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String output = null;
    String gold = null;
    String json = null;
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE);
        out.println("  --output=DIR   a folder written by 'coopevents run'");
        out.println("  --gold=FILE    gold JSON Lines (gold-format.md), comma-separated; a folder "
            + "stands for every *.gold.jsonl or gold.jsonl below it");
        out.println("  --json=FILE    also write every figure as JSON");
        return 0;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      String value = eq < 0 ? null : a.substring(eq + 1).trim();
      if (!name.equals("--output") && !name.equals("--gold") && !name.equals("--json")) {
        return bad(err, "unknown argument '" + a + "'; " + VALID);
      }
      if (value == null || value.isEmpty()) {
        return bad(err, name + " needs a value, written " + name + "=VALUE; " + VALID);
      }
      switch (name) {
        case "--output" -> output = value;
        case "--gold" -> gold = value;
        default -> json = value;
      }
    }
    if (output == null) {
      return bad(err, "--output is required: the folder written by 'coopevents run', "
          + "e.g. --output=out/testdata");
    }
    if (gold == null) {
      return bad(err, "--gold is required: gold JSON Lines files or folders holding "
          + "*.gold.jsonl, e.g. --gold=eval/seed/seed.gold.jsonl");
    }
    Path dir = Path.of(output);
    if (!Files.exists(dir)) {
      return bad(err, "--output " + output + " does not exist: give the folder written by "
          + "'coopevents run'");
    }
    if (!Files.isDirectory(dir)) {
      return bad(err, "--output " + output + " is a file: give the folder written by "
          + "'coopevents run'");
    }
    if (!Files.exists(dir.resolve("_SUCCESS"))) {
      return bad(err, "--output " + output + " has no _SUCCESS: it is not a finished run of "
          + "'coopevents run'; give a complete output folder");
    }
    if (json != null && Files.isDirectory(Path.of(json))) {
      return bad(err, "--json " + json + " is a folder: give the file to write, e.g. "
          + "--json=eval.json");
    }
    List<Path> goldFiles;
    List<List<GoldArticle>> goldArticles = new ArrayList<>();
    try {
      goldFiles = GoldFile.resolve(gold);
      for (Path f : goldFiles) goldArticles.add(GoldFile.read(f));
    } catch (GoldFile.GoldFormatException e) {
      return bad(err, e.getMessage());
    }
    OutputTables tables;
    try {
      tables = OutputTables.read(dir);
    } catch (OutputTables.OutputFolderException e) {
      return bad(err, "--output " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      err.println("coopevents evaluate: cannot read the tables of " + output + ": "
          + e.getMessage());
      return 1;
    }
    Scores scores = new Scorer().scoreFiles(goldArticles, tables);
    // article-level copies, when the gold marks them (generated corpora do)
    DuplicateScore copies = DuplicateScore.of(CopyMarks.read(goldFiles),
        new ArticleMatcher(tables.articles()).pair(goldArticles));
    out.println("coopevents evaluate: " + dir + " against " + goldFiles.size()
        + " gold file(s): " + String.join(", ", goldFiles.stream().map(Path::toString).toList()));
    ScoreReport.print(scores, copies, out);
    if (json != null) {
      try {
        Path j = Path.of(json).toAbsolutePath();
        if (j.getParent() != null) Files.createDirectories(j.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValue(j.toFile(), ScoreReport.json(scores, copies));
      } catch (IOException e) {
        err.println("coopevents evaluate: cannot write --json " + json + ": " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  private static int bad(PrintStream err, String message) {
    err.println("coopevents evaluate: " + message);
    return 2;
  }
}
