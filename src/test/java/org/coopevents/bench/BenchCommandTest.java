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
}
