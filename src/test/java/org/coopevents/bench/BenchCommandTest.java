package org.coopevents.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void aCollectorFlagIsToldFromOtherJvmOptions() {
    // the bench passes the launcher's collector to its child unless --jvm names one: two
    // collectors on one command line stop the JVM
    assertTrue(BenchCommand.GC_FLAG.matcher("-XX:+UseParallelGC").matches());
    assertTrue(BenchCommand.GC_FLAG.matcher("-Xmx4g -XX:+UseG1GC").find());
    assertTrue(BenchCommand.GC_FLAG.matcher("-XX:+UseZGC").matches());
    assertFalse(BenchCommand.GC_FLAG.matcher("-XX:+UseCompressedOops").matches());
    assertFalse(BenchCommand.GC_FLAG.matcher("-Xmx4g -Xlog:gc:file=gc.log").find());
  }

  @Test
  void theRunsProgressLinesAreFollowedAsTheyAreAppendedToItsLog(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path log = dir.resolve("run.log");
    BenchCommand.LogFollower f = new BenchCommand.LogFollower(log);
    assertTrue(f.newProgressLines().isEmpty(), "no log yet");
    java.nio.file.Files.writeString(log, "SLF4J: a warning\nprogress       5 s  articles 10\nprogress  ");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("progress       5 s  articles 10"),
        f.newProgressLines());
    java.nio.file.Files.writeString(log, "    10 s  articles 20\n", java.nio.file.StandardOpenOption.APPEND);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("progress      10 s  articles 20"),
        f.newProgressLines());
    assertTrue(f.newProgressLines().isEmpty(), "nothing new");
  }
}
