package org.coopevents.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class StageClockTest {
  @Test
  void timeSpentWaitingIsNotCountedAsTheStagesWork() throws InterruptedException {
    assumeTrue(StageClock.countsCpu(), "this JVM cannot tell a thread's CPU time");
    long t0 = StageClock.now();
    Thread.sleep(300);
    long waited = StageClock.now() - t0;
    // a wall clock would count the whole 300 ms
    assertTrue(waited < 100_000_000L, "sleeping counted " + waited / 1_000_000 + " ms");
  }
}
