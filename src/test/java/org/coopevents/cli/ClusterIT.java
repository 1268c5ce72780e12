package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coopevents.compare.OutputDiff;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real clusters on this machine, started and stopped through the launcher: a Flink session
 * cluster (job manager and task manager JVMs) and a Spark standalone cluster (master and worker
 * JVMs, the worker launching an executor JVM). The job submitted to each with
 * {@code run --flinkMaster=HOST:PORT} / {@code --sparkMaster=spark://HOST:PORT} writes exactly
 * the rows of a DirectRunner run on the same input (testdata: JSON Lines, pages, WARC files,
 * bad records, syndicated copies). An integration test (failsafe, {@code mvn verify}): it builds
 * the Flink and Spark jars on first use and takes a few minutes.
 */
class ClusterIT {
  static final Path ROOT = Path.of("").toAbsolutePath();
  /** Absolute: a worker resolves paths in its own working folder. */
  static final String INPUT = ROOT.resolve("testdata").toString();
  /** A limit for one launcher command; a jar build plus a run takes 2-8 minutes here. */
  static final long LIMIT_MINUTES = 20;

  @TempDir static Path tmp;
  static Path direct;

  @BeforeAll
  static void runOnTheDirectRunner() {
    direct = tmp.resolve("out-direct");
    CommandRun r = CommandRun.of(RunCommand::run, "--input=" + INPUT, "--output=" + direct,
        "--progressSeconds=0");
    assertEquals(0, r.code, r.err);
  }

  @Test
  void flinkSessionClusterWritesTheDirectRunnersRows() throws Exception {
    int port = freePort();
    runOnCluster("flink", List.of("--port=" + port), "127.0.0.1:" + port,
        "--runner=FlinkRunner", "--flinkMaster=127.0.0.1:" + port);
  }

  @Test
  void sparkStandaloneClusterWritesTheDirectRunnersRows() throws Exception {
    int port = freePort();
    runOnCluster("spark", List.of("--port=" + port, "--webui-port=" + freePort()),
        "spark://127.0.0.1:" + port, "--runner=SparkRunner",
        "--sparkMaster=spark://127.0.0.1:" + port);
  }

  @Test
  void runFailsAtOnceWhenNoClusterAnswers() throws Exception {
    int port = freePort();
    Launched r = launcher(tmp.resolve("none"), "run", "--runner=FlinkRunner",
        "--flinkMaster=127.0.0.1:" + port, "--input=" + INPUT, "--output=" + tmp.resolve("none/out"));
    assertEquals(2, r.code, r.err);
    assertThat(r.err, containsString("nothing answers at 127.0.0.1:" + port));
    assertThat(r.err, containsString("cluster start flink"));
    assertFalse(Files.exists(tmp.resolve("none/out")));
  }

  /**
   * Starts cluster NAME through the launcher, checks its status, runs the job on it, compares
   * the output with the DirectRunner's, stops it and checks that its JVMs are gone.
   */
  static void runOnCluster(String name, List<String> startOptions, String master,
      String... runnerOptions) throws Exception {
    Path home = tmp.resolve("clusters-" + name);
    List<String> start = new ArrayList<>(List.of("cluster", "start", name));
    start.addAll(startOptions);
    List<Long> pids = new ArrayList<>();
    try {
      Launched started = launcher(home, start.toArray(new String[0]));
      assertEquals(0, started.code, started.err);
      assertEquals(master, started.out.strip(), "start prints the master address");
      try (var files = Files.list(home.resolve(name))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
          pids.add(Long.parseLong(Files.readString(f).strip()));
        }
      }
      assertEquals(2, pids.size(), "a master and a worker JVM");
      for (long pid : pids) assertTrue(alive(pid), "pid " + pid + " runs");

      Launched status = launcher(home, "cluster", "status", name);
      assertEquals(0, status.code, status.out + status.err);
      assertThat(status.out, containsString(master));

      Path out = tmp.resolve("out-" + name);
      List<String> run = new ArrayList<>(List.of("run", "--input=" + INPUT, "--output=" + out,
          "--progressSeconds=0"));
      run.addAll(List.of(runnerOptions));
      Launched job = launcher(home, run.toArray(new String[0]));
      assertEquals(0, job.code, job.err);

      OutputDiff diff = OutputDiff.compare(direct, out);
      for (OutputDiff.TableDiff t : diff.tables().values()) {
        assertTrue(t.same(), name + " " + t.table + ": only on the DirectRunner " + t.onlyInA
            + "; only on the cluster " + t.onlyInB);
      }
      assertThat(diff.tables().get("events").rowsA, greaterThan(0L));
      assertThat(diff.tables().get("documents").rowsA, greaterThan(0L));
      assertThat(diff.tables().get("rejects").rowsA, greaterThan(0L));
    } finally {
      Launched stopped = launcher(home, "cluster", "stop", name);
      assertEquals(0, stopped.code, stopped.err);
    }
    for (long pid : pids) assertFalse(alive(pid), "pid " + pid + " was stopped");
    Launched status = launcher(home, "cluster", "status", name);
    assertNotEquals(0, status.code, "status of a stopped cluster");
    assertThat(status.out, containsString("not running"));
  }

  record Launched(int code, String out, String err) {}

  /** Runs scripts/coopevents with its cluster state under HOME; output goes to files. */
  static Launched launcher(Path home, String... args) throws IOException, InterruptedException {
    return launcher(home, java.util.Map.of(), args);
  }

  /** As above, with these variables added to the environment. */
  static Launched launcher(Path home, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ROOT.resolve("scripts/coopevents").toString());
    cmd.addAll(List.of(args));
    Files.createDirectories(home);
    Path out = Files.createTempFile(home, "launcher", ".out");
    Path err = Files.createTempFile(home, "launcher", ".err");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("COOPEVENTS_CLUSTER_HOME", home.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(String.join(" ", args) + " did not end within " + LIMIT_MINUTES + " minutes: "
          + Files.readString(err, StandardCharsets.UTF_8));
    }
    return new Launched(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
