package org.coopevents.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clock of the per-stage counters ({@code read_nanos}, {@code clean_nanos},
 * {@code extract_nanos}): the CPU time of the current thread, so that a stage's figure is the
 * work it did and not the time other processes or the JIT and the collector held its core (on
 * a loaded 2-core machine the wall-clock figures of one 100k run doubled from one hour to the
 * next). Wall-clock nanoseconds where the JVM cannot tell a thread's CPU time.
 */
public final class StageClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

  private StageClock() {}

  /** Nanoseconds of the current thread's CPU (or of the wall clock), for differences only. */
  public static long now() {
    return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Whether {@link #now} counts CPU time (else wall-clock time). */
  public static boolean countsCpu() {
    return CPU;
  }
}
