package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coopevents.compare.OutputDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on embedded Flink writes the same rows, with the same IDs, as on the DirectRunner
 * (the Flink runner is on the test classpath; the jar gets it with -Pflink). Real Flink and
 * Spark clusters are checked by {@link ClusterIT} (README, "Running at scale").
 */
class FlinkRunnerEquivalenceTest {
  @TempDir Path tmp;

  static String[] run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = RunCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    String err = e.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err);
    return new String[] {o.toString(StandardCharsets.UTF_8), err};
  }

  @Test
  void flinkWritesTheDirectRunnersRows() throws Exception {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    String[] d = run("--input=testdata/samples", "--output=" + direct, "--progressSeconds=1");
    String[] f = run("--input=testdata/samples", "--output=" + flink, "--runner=FlinkRunner",
        "--progressSeconds=1");
    OutputDiff diff = OutputDiff.compare(direct, flink);
    for (OutputDiff.TableDiff t : diff.tables().values()) {
      assertTrue(t.same(), t.table + ": only on the DirectRunner " + t.onlyInA
          + "; only on Flink " + t.onlyInB);
    }
    assertThat(diff.tables().get("events").rowsA, greaterThan(0L));
    assertThat(diff.tables().get("articles").rowsA, greaterThan(0L));
    assertThat(diff.tables().get("rejects").rowsA, greaterThan(0L));
    // both runs end with a progress line from the counters
    assertThat(d[1], containsString("(end)"));
    assertThat(f[1], containsString("(end)"));
    assertThat(f[1], containsString("articles " + diff.tables().get("articles").rowsA));
  }

  @Test
  void flinkAndSparkGetLocalDefaultsUnlessGiven() {
    assertThat(String.join(" ", RunCommand.clusterRunnerDefaults("FlinkRunner",
        new String[] {"--input=x"}, 6)), containsString("--parallelism=6"));
    assertThat(String.join(" ", RunCommand.clusterRunnerDefaults("FlinkRunner",
        new String[] {"--input=x"}, 6)), containsString("--objectReuse=true"));
    assertThat(String.join(" ", RunCommand.clusterRunnerDefaults("FlinkRunner",
        new String[] {"--input=x"}, 6)), containsString("--reIterableGroupByKeyResult=true"));
    assertThat(String.join(" ", RunCommand.clusterRunnerDefaults("FlinkRunner",
        new String[] {"--input=x"}, 6)), containsString("--fasterCopy=true"));
    assertEquals(4, RunCommand.clusterRunnerDefaults("FlinkRunner",
        new String[] {"--parallelism=3", "--objectReuse=false", "--fasterCopy=false",
            "--reIterableGroupByKeyResult=false"}, 6).length,
        "all given: nothing added");
    assertThat(String.join(" ", RunCommand.clusterRunnerDefaults("SparkRunner",
        new String[] {"--input=x"}, 6)), containsString("--sparkMaster=local[6]"));
    assertThat(String.join(" ", RunCommand.clusterRunnerDefaults("SparkRunner",
        new String[] {"--input=x"}, 6)), containsString("--storageLevel=DISK_ONLY"));
    assertEquals(2, RunCommand.clusterRunnerDefaults("SparkRunner",
        new String[] {"--sparkMaster=spark://h:7077", "--storageLevel=DISK_ONLY"}, 6).length,
        "both given: nothing added");
    assertEquals(1, RunCommand.clusterRunnerDefaults("DirectRunner",
        new String[] {"--input=x"}, 6).length);
  }

  @Test
  void progressLineSaysCountsAndRate() {
    String l = ProgressReporter.line(10, java.util.Map.of("articles_read", 250L,
        "events_extracted", 40L, "units_rejected", 3L), false);
    assertThat(l, containsString("articles 250  event mentions 40  rejects 3  25.0 articles/s"));
    assertThat(ProgressReporter.line(4, null, false), containsString("reports its counters at the end"));
  }
}
