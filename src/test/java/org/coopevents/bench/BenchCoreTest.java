package org.coopevents.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCoreTest {

  @Test
  void measuresTheCoreAloneInRoundsOnAnExistingFolder() {
    CommandRun r = CommandRun.of(BenchCommand::run, "core", "--corpus=testdata/dev", "--core=40",
        "--rounds=2");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("round 1: 40 articles"), r.out);
    assertTrue(r.out.contains("round 2: 40 articles"), r.out);
    assertTrue(r.out.contains("articles and"), r.out);
    assertTrue(r.out.contains("sketch "), "the dedup sketch is part of the core: " + r.out);
  }

  @Test
  void badOptionsAndMissingInputsAreRefused(@TempDir Path dir) {
    assertEquals(2, CommandRun.of(BenchCommand::run, "core").code);
    assertEquals(2, CommandRun.of(BenchCommand::run, "core", "--corpus=x", "--rounds=0").code);
    assertEquals(2, CommandRun.of(BenchCommand::run, "core", "--corpus=x", "--articles=5").code);
    CommandRun empty = CommandRun.of(BenchCommand::run, "core", "--corpus=" + dir);
    assertEquals(1, empty.code);
    assertTrue(empty.err.contains("no input files"), empty.err);
  }
}
