package org.coopevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher sizes the JVM of a run from its local input unless COOPEVENTS_JAVA_OPTS says
 * otherwise: the heap (1.75 GiB and half the bytes under the input paths), and the JIT (the
 * quick compiler only under 64 MiB of input). The run's first line says what it got. Runs
 * scripts/coopevents (an integration test: it needs the packaged jar).
 */
class LauncherJvmIT {
  @TempDir Path tmp;

  @Test
  void theHeapFollowsTheInputUnlessTheUserSetsOne() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("one.jsonl"), "{\"id\":\"a\",\"title\":\"Talks\","
        + "\"text\":\"The ministers met in Minsk on Monday.\"}\n", StandardCharsets.UTF_8);
    // 2 GiB more under the input (sparse, and not an input name, so the job does not read it):
    // the heap grows by half of it
    try (var f = new java.io.RandomAccessFile(in.resolve("blob.bin").toFile(), "rw")) {
      f.setLength(2L << 30);
    }
    long bytes = Files.size(in.resolve("one.jsonl")) + Files.size(in.resolve("blob.bin"));

    long sized = heapMb(ClusterIT.launcher(tmp.resolve("h1"),
        java.util.Map.of("COOPEVENTS_JAVA_OPTS", ""), "run", "--input=" + in,
        "--output=" + tmp.resolve("out1"), "--runner=DirectRunner", "--progressSeconds=0"));
    long expectedXmx = (1792L * 1024 * 1024 + bytes / 2) / (1024 * 1024);
    // the JVM reports its -Xmx less one survivor space; without the input's share it would be
    // under 1792 MB
    assertTrue(sized <= expectedXmx && sized >= expectedXmx * 8 / 10 && sized > 1792,
        "heap " + sized + " MB for -Xmx" + expectedXmx + "m");

    long given = heapMb(ClusterIT.launcher(tmp.resolve("h2"),
        java.util.Map.of("COOPEVENTS_JAVA_OPTS", "-Xmx3g"), "run", "--input=" + in,
        "--output=" + tmp.resolve("out2"), "--runner=DirectRunner", "--progressSeconds=0"));
    assertTrue(given > 2400 && given <= 3072, "heap " + given + " MB for -Xmx3g");
  }

  @Test
  void aSmallInputRunsOnTheQuickCompilerUnlessTheUserPicksOne() throws Exception {
    Path in = tmp.resolve("small");
    Files.createDirectories(in);
    Files.writeString(in.resolve("one.jsonl"), "{\"id\":\"a\",\"title\":\"Talks\","
        + "\"text\":\"The ministers met in Minsk on Monday.\"}\n", StandardCharsets.UTF_8);
    String quick = firstLine(ClusterIT.launcher(tmp.resolve("j1"),
        java.util.Map.of("COOPEVENTS_JAVA_OPTS", ""), "run", "--input=" + in,
        "--output=" + tmp.resolve("out1"), "--runner=DirectRunner", "--progressSeconds=0"));
    assertTrue(quick.contains("JIT C1 only"), quick);

    String chosen = firstLine(ClusterIT.launcher(tmp.resolve("j2"),
        java.util.Map.of("COOPEVENTS_JAVA_OPTS", "-XX:-TieredCompilation"), "run", "--input=" + in,
        "--output=" + tmp.resolve("out2"), "--runner=DirectRunner", "--progressSeconds=0"));
    assertTrue(chosen.contains("JIT C2 only"), chosen);

    // over 64 MiB (a sparse file beside the input) the optimizing compiler is back
    try (var f = new java.io.RandomAccessFile(in.resolve("blob.bin").toFile(), "rw")) {
      f.setLength(65L << 20);
    }
    String large = firstLine(ClusterIT.launcher(tmp.resolve("j3"),
        java.util.Map.of("COOPEVENTS_JAVA_OPTS", ""), "run", "--input=" + in,
        "--output=" + tmp.resolve("out3"), "--runner=DirectRunner", "--progressSeconds=0"));
    assertTrue(large.contains("JIT C1 and C2"), large);
  }

  private static String firstLine(ClusterIT.Launched r) {
    assertEquals(0, r.code(), r.err());
    return r.err().lines().filter(l -> l.contains("heap up to")).findFirst().orElse(r.err());
  }

  private static long heapMb(ClusterIT.Launched r) {
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("heap up to (\\d+) MB").matcher(r.err());
    assertTrue(m.find(), r.err());
    return Long.parseLong(m.group(1));
  }
}
