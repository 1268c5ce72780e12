package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every subcommand tells a user who got something wrong. */
class InterfaceTest {
  @TempDir Path dir;

  /** Runs the launcher's entry point with stdout/stderr captured: {code, err}. */
  private static Object[] main(String... args) {
    PrintStream out0 = System.out;
    PrintStream err0 = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Object[] {code, e.toString(StandardCharsets.UTF_8) + o.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out0);
      System.setErr(err0);
    }
  }

  @Test
  void aMissingFolderGivesTheSameExitCodeInEverySubcommand() {
    String missing = dir.resolve("no-such-folder").toString();
    String gold = dir.resolve("no-such-gold.jsonl").toString();
    List<String[]> commands = List.of(
        new String[] {"run", "--input=" + missing, "--output=" + dir.resolve("o1")},
        new String[] {"nightly", "--archive=" + missing, "--dataset=" + dir.resolve("ds")},
        new String[] {"evaluate", "--output=" + missing, "--gold=" + gold},
        new String[] {"report", missing},
        new String[] {"compare", missing, dir.resolve("other").toString()},
        new String[] {"bench", "core", "--corpus=" + missing});
    for (String[] c : commands) {
      Object[] r = main(c);
      assertEquals(Main.BAD_COMMAND_LINE, r[0], String.join(" ", c) + "\n" + r[1]);
      assertThat(String.join(" ", c), (String) r[1], containsString("no-such-"));
    }
  }

  @Test
  void aBadOptionValueNamesTheOptionAndWhatIsValid() {
    Object[] r = main("run", "--input=testdata/samples", "--output=" + dir.resolve("o"),
        "--maxUnitBytes=abc");
    assertEquals(Main.BAD_COMMAND_LINE, r[0]);
    String err = (String) r[1];
    assertThat(err, containsString("--maxUnitBytes=abc"));
    assertThat(err, containsString("whole number"));
    assertThat(err, not(containsString("Jackson")));
    assertThat(err, not(containsString("com.fasterxml")));
    assertEquals(1, err.strip().lines().count(), err);

    r = main("run", "--input=testdata/samples", "--output=" + dir.resolve("o"), "--overwrite=maybe");
    assertEquals(Main.BAD_COMMAND_LINE, r[0]);
    assertThat((String) r[1], containsString("--overwrite=maybe"));
    assertThat((String) r[1], containsString("true or false"));
  }

  @Test
  void runnerNamesAreAcceptedInAnyCaseAndAnUnknownOneListsTheValidOnes() {
    for (String name : List.of("direct", "DIRECT", "DirectRunner", "directrunner")) {
      assertEquals("DirectRunner", RunnerNames.canonical(name), name);
    }
    assertEquals("FlinkRunner", RunnerNames.canonical("flink"));
    assertEquals("FlinkRunner", RunnerNames.canonical("FLINK"));
    assertEquals("FlinkRunner", RunnerNames.canonical("FlinkRunner"));
    assertEquals("SparkRunner", RunnerNames.canonical("spark"));
    assertEquals("DataflowRunner", RunnerNames.canonical("dataflow"));
    assertEquals(List.of("--input=a", "--runner=FlinkRunner", "--x=1"),
        List.of(RunnerNames.normalise(new String[] {"--input=a", "--runner=flink", "--x=1"})));

    Object[] r = main("run", "--input=testdata/samples", "--output=" + dir.resolve("o"), "--runner=storm");
    assertEquals(Main.BAD_COMMAND_LINE, r[0]);
    String err = (String) r[1];
    assertThat(err, containsString("--runner=storm"));
    assertThat(err, containsString("DirectRunner"));
    assertThat(err, containsString("FlinkRunner"));
    assertThat(err, containsString("SparkRunner"));
  }

  @Test
  void aRunnerWhoseJarIsNotBuiltSaysHowToGetIt() {
    // the test class path holds the Flink runner, not Spark's: the message names the profile
    Object[] r = main("run", "--input=testdata/samples", "--output=" + dir.resolve("o"), "--runner=spark");
    assertEquals(Main.BAD_COMMAND_LINE, r[0]);
    assertThat((String) r[1], containsString("SparkRunner"));
    assertThat((String) r[1], containsString("-Pspark"));
  }

  @Test
  void theProgressLineSaysWhatItCounts() {
    String line = ProgressReporter.line(10, java.util.Map.of("articles_read", 100L,
        "events_extracted", 40L, "units_rejected", 2L), false);
    assertThat(line, containsString("event mentions 40"));
    assertThat(line, not(containsString(" events 40")));
  }
}
