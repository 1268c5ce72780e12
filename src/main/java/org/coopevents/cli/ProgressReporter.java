package org.coopevents.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * Runs a pipeline and, while it runs, prints a one-line progress report every few seconds
 * from the job's Beam counters (namespace {@code coopevents}): articles read, event mentions
 * found (events as each article reports them, before the same event told by several articles
 * is merged), rejected units and the rate of articles per second. Only attempted metric values are read:
 * Flink and Spark fill no committed values.
 *
 * <p>Runners differ in when the counters can be seen: the DirectRunner (with
 * {@code blockOnRun=false}) and Spark return from {@code run()} at once and update the counters
 * as work completes; Flink's attached batch execution returns from {@code run()} only at the
 * end, so until then the report says how long the job has been running.
 */
final class ProgressReporter {
  static final String NAMESPACE = "coopevents";

  private final PrintStream err;
  private final long startNanos = System.nanoTime();
  private final AtomicReference<PipelineResult> result = new AtomicReference<>();

  private ProgressReporter(PrintStream err) {
    this.err = err;
  }

  /**
   * Runs {@code p} to its end and returns its result, in a terminal state; prints a progress
   * line every {@code seconds} seconds (none when 0) and one last line when the job has ended.
   */
  static PipelineResult runAndReport(Pipeline p, int seconds, PrintStream err) {
    if (seconds <= 0) {
      PipelineResult r = p.run();
      r.waitUntilFinish();
      return r;
    }
    ProgressReporter reporter = new ProgressReporter(err);
    CountDownLatch finished = new CountDownLatch(1);
    Thread poller = new Thread(() -> {
      try {
        while (!finished.await(seconds, TimeUnit.SECONDS)) reporter.report(false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "coopevents-progress");
    poller.setDaemon(true);
    poller.start();
    PipelineResult r;
    try {
      r = p.run();
      reporter.result.set(r);
      waitUntilTerminal(r, seconds);
    } finally {
      finished.countDown();
      try {
        poller.join(TimeUnit.SECONDS.toMillis(seconds) + 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    reporter.report(true);
    return r;
  }

  private static PipelineResult.State waitUntilTerminal(PipelineResult r, int seconds) {
    PipelineResult.State state = r.getState();
    while (state == null || !state.isTerminal()) {
      // waitUntilFinish with a timeout returns null while the job still runs on some runners
      PipelineResult.State s = r.waitUntilFinish(org.joda.time.Duration.standardSeconds(seconds));
      state = s != null ? s : r.getState();
    }
    return state;
  }

  private void report(boolean last) {
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    PipelineResult r = result.get();
    Map<String, Long> counters = r == null ? null : counters(r);
    synchronized (err) {
      err.println(line(elapsed, counters, last));
    }
  }

  /** The attempted values of the job's counters by name; null when the runner gives none. */
  static Map<String, Long> counters(PipelineResult r) {
    try {
      MetricQueryResults q = r.metrics().queryMetrics(MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.inNamespace(NAMESPACE)).build());
      Map<String, Long> out = new TreeMap<>();
      for (MetricResult<Long> c : q.getCounters()) {
        Long v = c.getAttempted();
        if (v != null) out.merge(c.getName().getName(), v, Long::sum);
      }
      return out;
    } catch (RuntimeException e) {
      return null; // e.g. a detached Flink job, or metrics not available yet
    }
  }

  /** One progress line: elapsed time, counts and rate, or only the time when counts are unknown. */
  static String line(double elapsedSeconds, Map<String, Long> counters, boolean last) {
    String head = String.format("progress  %6.0f s  ", elapsedSeconds);
    if (counters == null) {
      return head + (last ? "job ended" : "running (this runner reports its counters at the end)");
    }
    long articles = counters.getOrDefault("articles_read", 0L);
    long events = counters.getOrDefault("events_extracted", 0L);
    long rejects = counters.getOrDefault("units_rejected", 0L);
    double rate = elapsedSeconds > 0 ? articles / elapsedSeconds : 0;
    return head + String.format("articles %,d  event mentions %,d  rejects %,d  %,.1f articles/s%s",
        articles, events, rejects, rate, last ? "  (end)" : "");
  }
}
