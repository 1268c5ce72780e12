package org.coopevents.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output (and input) on S3-compatible object storage: S3Mock, started by the test in its own
 * JVM on a loopback port, spoken to by Beam's own S3 file system over HTTP.
 */
class S3OutputTest {
  static final Path SERVER_JAR = Path.of("target/s3mock/s3mock.jar");
  static final String BUCKET = "coopevents-test";
  @TempDir static Path base;
  static Process server;
  static List<String> s3Options;

  @BeforeAll
  static void startS3() throws Exception {
    assertTrue(Files.isRegularFile(SERVER_JAR), SERVER_JAR + " is copied by the build "
        + "(maven-dependency-plugin, phase process-test-resources)");
    int http = freePort();
    int https = freePort();
    Path log = base.resolve("s3mock.log");
    server = new ProcessBuilder("java", "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-Dcom.adobe.testing.s3mock.httpPort=" + http,
        "-Dserver.port=" + https, "-Dserver.address=127.0.0.1",
        "-Dcom.adobe.testing.s3mock.domain.root=" + base.resolve("store"),
        "-Dcom.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
        "-Dspring.main.banner-mode=off", "-jar", SERVER_JAR.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    String endpoint = "http://127.0.0.1:" + http;
    while (!answers(endpoint + "/" + BUCKET)) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Mock did not start: " + Files.readString(log));
      }
      Thread.sleep(500);
    }
    s3Options = List.of("--awsRegion=us-east-1", "--endpoint=" + endpoint,
        "--awsCredentialsProvider={\"@type\":\"StaticCredentialsProvider\","
            + "\"accessKeyId\":\"test\",\"secretAccessKey\":\"test\"}");
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory
        .fromArgs(s3Options.toArray(String[]::new)).create());
  }

  @AfterAll
  static void stopS3() throws Exception {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean answers(String url) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(1000);
      c.setReadTimeout(2000);
      int code = c.getResponseCode();
      c.disconnect();
      return code == 200;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void theJobReadsFromS3WritesItsRunAndCommitsLatest(@TempDir Path tmp) throws Exception {
    String in = "s3://" + BUCKET + "/archive/small.jsonl";
    RemoteStore store = RemoteStore.forUri(in);
    store.upload(RemoteStoreChecks.smallInput(tmp), in);
    String dir = "s3://" + BUCKET + "/datasets/coopevents";
    RemoteStoreChecks.theJobPublishesThroughLatest(store, dir, in,
        s3Options.toArray(String[]::new));
    String run = RemotePublisher.latestRun(dir, store);
    String manifest = new String(store.readSmall(dir + "/" + run + "_manifest.json"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(manifest.contains(in), "the input was read from S3: " + manifest);
    assertTrue(manifest.contains(dir + "/" + run.replaceAll("/$", "")), "output recorded");
  }

  @Test
  void aRunThatFailsAtAnyStepNeverShows(@TempDir Path tmp) throws Exception {
    String dir = "s3://" + BUCKET + "/datasets/steps";
    RemoteStoreChecks.failingEachStepKeepsThePreviousRun(RemoteStore.forUri(dir), dir, tmp);
    assertEquals(2, RemoteStore.forUri(dir).list(dir + "/runs").keySet().stream()
        .map(k -> k.substring(0, k.indexOf('/'))).distinct().count());
  }
}
