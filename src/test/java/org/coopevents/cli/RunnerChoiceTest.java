package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which runner {@code run} uses: the one given, else by the size of the inputs. */
class RunnerChoiceTest {
  private static final long LIMIT = RunCommand.FLINK_FROM_INPUT_BYTES;

  @Test
  void smallInputsStayOnTheDirectRunner() {
    RunCommand.RunnerChoice c = RunCommand.chooseRunner(new String[] {"--input=x"}, LIMIT - 1, true);
    assertEquals("DirectRunner", c.runner());
    assertThat(c.why(), containsString("under"));
  }

  @Test
  void largeInputsGoToFlinkWhenTheJarHasIt() {
    RunCommand.RunnerChoice c = RunCommand.chooseRunner(new String[] {"--input=x"}, LIMIT, true);
    assertEquals("FlinkRunner", c.runner());
    assertThat(c.why(), containsString("spills to disk"));
    RunCommand.RunnerChoice without = RunCommand.chooseRunner(new String[] {"--input=x"}, LIMIT, false);
    assertEquals("DirectRunner", without.runner());
    assertThat(without.why(), containsString("no Flink runner"));
  }

  @Test
  void aGivenRunnerIsKeptWhateverTheSize() {
    RunCommand.RunnerChoice d = RunCommand.chooseRunner(
        new String[] {"--runner=DirectRunner"}, 100 * LIMIT, true);
    assertEquals("DirectRunner", d.runner());
    assertEquals("given by --runner", d.why());
    assertEquals("SparkRunner", RunCommand.chooseRunner(
        new String[] {"--runner=org.apache.beam.runners.spark.SparkRunner"}, 0, true).runner());
  }

  @Test
  void theTestClassPathHasFlink() {
    assertEquals(true, RunCommand.flinkAvailable());
  }
}
