package org.coopevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README facts that must stay true as the code changes, checked against the code itself. */
class ReadmeFactsTest {
  /** The summary lines that depend on the inputs only (not on the time, the paths or the machine). */
  static final List<String> SUMMARY_LINES = List.of("inputs", "articles", "rejects", "skipped", "tables");

  static String readme() throws Exception {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }

  static List<String> summaryLines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String head = line.split(" ", 2)[0];
      if (SUMMARY_LINES.contains(head)) out.add(line.stripTrailing());
    }
    return out;
  }

  @Test
  void theRunSummaryShownIsWhatTheJobPrintsOnTestdata(@TempDir Path dir) throws Exception {
    String readme = readme();
    int done = readme.indexOf("coopevents run: done");
    assertTrue(done > 0, "the README shows a run summary");
    String block = readme.substring(done, readme.indexOf("```", done));
    assertTrue(readme.contains("scripts/coopevents run --input=testdata --output=out/testdata"),
        "the README names the command of the summary");
    CommandRun r = CommandRun.of(RunCommand::run, "--input=testdata",
        "--output=" + dir.resolve("out"), "--progressSeconds=0");
    assertEquals(0, r.code, r.err);
    assertEquals(String.join("\n", summaryLines(r.out)), String.join("\n", summaryLines(block)),
        "update the README's run summary to what the job prints today:\n" + r.out);
  }

  @Test
  void theSubcommandTableListsEverySubcommandOfTheLauncher() throws Exception {
    TreeSet<String> commands = new TreeSet<>();
    Matcher usage = Pattern.compile("(?m)^  ([a-z]+) ").matcher(Main.USAGE);
    while (usage.find()) commands.add(usage.group(1));
    Matcher script = Pattern.compile("(?m)^  ([a-z]+)\\)")
        .matcher(Files.readString(Path.of("scripts/coopevents"), StandardCharsets.UTF_8));
    while (script.find()) commands.add(script.group(1));
    assertTrue(commands.containsAll(List.of("run", "nightly", "evaluate", "report", "generate",
        "bench", "compare", "help", "test", "build")), commands.toString());
    String readme = readme();
    String table = readme.substring(readme.indexOf("## Subcommands"),
        readme.indexOf("\n## ", readme.indexOf("## Subcommands") + 1));
    for (String c : commands) {
      assertTrue(table.contains("| `scripts/coopevents " + c), "README subcommand table lacks " + c);
    }
  }

  @Test
  void theContractsAreNamedWithTheirPath() throws Exception {
    String readme = readme();
    Matcher m = Pattern.compile("(dataset|inputs|gold-format|sectors)\\.md").matcher(readme);
    List<String> bare = new ArrayList<>();
    while (m.find()) {
      if (!readme.substring(Math.max(0, m.start() - 15), m.start()).equals("../shared/spec/")) {
        bare.add(readme.substring(Math.max(0, m.start() - 20), m.end()));
      }
    }
    assertEquals(List.of(), bare, "name contracts as ../shared/spec/NAME.md");
    for (String contract : List.of("dataset", "inputs", "gold-format", "sectors")) {
      assertTrue(readme.contains("../shared/spec/" + contract + ".md"), contract);
    }
  }
}
