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
import org.coopevents.testing.DuckDb;
import org.junit.jupiter.api.BeforeAll;
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

  @TempDir static Path shared;
  static Path out;
  static CommandRun run;

  /** One run of the README's command on {@code testdata}, shared by the checks below. */
  @BeforeAll
  static void runOnTestdata() {
    out = shared.resolve("out");
    run = CommandRun.of(RunCommand::run, "--input=testdata", "--output=" + out,
        "--progressSeconds=0");
    assertEquals(0, run.code, run.err);
  }

  @Test
  void theRunSummaryShownIsWhatTheJobPrintsOnTestdata() throws Exception {
    String readme = readme();
    int done = readme.indexOf("coopevents run: done");
    assertTrue(done > 0, "the README shows a run summary");
    String block = readme.substring(done, readme.indexOf("```", done));
    assertTrue(readme.contains("scripts/coopevents run --input=testdata --output=out/testdata"),
        "the README names the command of the summary");
    assertEquals(String.join("\n", summaryLines(run.out)), String.join("\n", summaryLines(block)),
        "update the README's run summary to what the job prints today:\n" + run.out);
  }

  /**
   * The answers the README quotes for its three SQL questions are what those queries give on
   * a run on {@code testdata} today: the number of documents and one of them, the three sectors
   * that grow most, and the number of events told by three outlets or more.
   */
  @Test
  void theSqlAnswersQuotedAreWhatTheQueriesGiveOnTestdata() throws Exception {
    String readme = readme();
    String section = readme.substring(readme.indexOf("### Three questions in SQL"));
    section = section.substring(0, section.indexOf("\n## "));
    List<String> queries = new ArrayList<>();
    Matcher q = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (q.find()) queries.add(q.group(1).replace("OUT/", out + "/").trim());
    assertEquals(3, queries.size(), "three questions");
    try (DuckDb db = new DuckDb(out)) {
      List<String> signed = db.rows(queries.get(0));
      Matcher docs = quoted(section, "\\((\\d+) documents on `testdata/`, e\\.g\\.\\s+`([^`]+)`");
      assertEquals(signed.size(), Integer.parseInt(docs.group(1)),
          "documents signed in 2024 on testdata");
      assertTrue(signed.contains(docs.group(2).replaceAll("\\s+", " ")),
          "the example row is one of the answers: " + signed.subList(0, Math.min(5, signed.size())));

      List<String> growth = db.rows(queries.get(1));
      Matcher top = quoted(section, "on `testdata/`,\\s+((?:[A-Z_]+\\s+\\d+ → \\d+,?\\s*){3});");
      List<String> shown = new ArrayList<>();
      for (String part : top.group(1).split(",")) shown.add(part.strip().replaceAll("\\s+", " "));
      List<String> actual = new ArrayList<>();
      for (String row : growth.subList(0, Math.min(3, growth.size()))) {
        String[] c = row.split(" \\| ");
        actual.add(c[0] + " " + c[1] + " → " + c[2]);
      }
      assertEquals(actual, shown, "the sectors that grow most on testdata");

      Matcher three = quoted(section, "on `testdata/` it gives (\\d+) such events");
      assertEquals(db.rows(queries.get(2)).size(), Integer.parseInt(three.group(1)),
          "events told by at least three outlets on testdata");
    }
  }

  private static Matcher quoted(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), "the README quotes the answer (" + regex + ")");
    return m;
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
