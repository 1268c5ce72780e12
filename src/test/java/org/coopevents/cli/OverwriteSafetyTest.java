package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coopevents.sink.OutputSafety;
import org.coopevents.testing.CommandRun;
import org.coopevents.testing.FakeOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No folder the user owns is replaced (issue 16, item 2): {@code --overwrite=true} replaces only
 * a coopevents output, never a folder that is, holds or lies inside an input, and nightly takes
 * only a dataset folder it made. Each refusal is one line, a non-zero exit, and every file stays.
 */
class OverwriteSafetyTest {
  @TempDir Path dir;

  private Path archive(Path where) throws IOException {
    Files.createDirectories(where);
    Files.writeString(where.resolve("a.jsonl"), "{\"id\":\"x1\",\"language\":\"en\","
        + "\"text\":\"Markets were calm on Monday and nothing else happened.\"}\n");
    return where;
  }

  /** Every file under the folder with its content, to compare before and after. */
  private static TreeMap<String, String> snapshot(Path root) throws IOException {
    TreeMap<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return m;
  }

  private static void refused(CommandRun r, int code, String why) {
    assertEquals(code, r.code, r.err);
    assertThat(r.err, containsString(why));
    assertEquals(1, r.err.strip().lines().count(), r.err);
  }

  @Test
  void runRefusesToReplaceAnInputItsParentAForeignFolderOrAnOutputInsideAnInput()
      throws Exception {
    Path a = archive(dir.resolve("home/archive"));
    Path home = dir.resolve("home");
    Files.writeString(home.resolve(".profile"), "PATH=$PATH:~/bin\n");
    Path ownInside = FakeOutput.write(a.resolve("out"), "an output inside the archive");
    Path foreign = Files.createDirectories(dir.resolve("elsewhere/photos"));
    Files.writeString(foreign.resolve("cat.jpg"), "not really a picture");
    TreeMap<String, String> before = snapshot(dir);

    refused(CommandRun.of(RunCommand::run, "--input=" + a, "--output=" + a, "--overwrite=true"),
        2, "it is an input");
    refused(CommandRun.of(RunCommand::run, "--input=" + a.resolve("a.jsonl"), "--output=" + a,
        "--overwrite=true"), 2, "it holds the input");
    refused(CommandRun.of(RunCommand::run, "--input=" + a, "--output=" + home,
        "--overwrite=true"), 2, "it holds the input");
    refused(CommandRun.of(RunCommand::run, "--input=" + home + "/**/*.jsonl",
        "--output=" + ownInside, "--overwrite=true"), 2, "lies inside the input");
    refused(CommandRun.of(RunCommand::run, "--input=" + a.resolve("a.jsonl"),
        "--output=" + foreign, "--overwrite=true"), 2, "not a coopevents output");

    TreeMap<String, String> after = snapshot(dir);
    after.keySet().removeIf(k -> k.endsWith(".lock"));
    assertEquals(before, after, "every file is where it was, unchanged");
  }

  @Test
  void inputRootsCoverFoldersFilesAndTheFixedPartOfGlobsThatReachIntoFolders() throws Exception {
    Path a = archive(dir.resolve("arch"));
    Files.createDirectories(a.resolve("sub"));
    List<Path> roots = OutputSafety.inputRoots(a + "/**/*.jsonl," + dir + "/*.warc", List.of());
    assertEquals(List.of(a.toRealPath()), roots);
    assertEquals(List.of(a.toRealPath()), OutputSafety.inputRoots(a + "/*/x.jsonl", List.of()));
    assertEquals(List.of(a.resolve("a.jsonl").toRealPath()),
        OutputSafety.inputRoots(a + "/*.jsonl", List.of(a.resolve("a.jsonl").toString())));
    assertFalse(OutputSafety.inputConflict(dir.resolve("out"), roots).isPresent());
    assertEquals("it lies inside the input " + a.toRealPath(),
        OutputSafety.inputConflict(a.resolve("sub"), roots).orElseThrow());
  }

  @Test
  void nightlyRefusesADatasetThatIsAnInputOrHoldsFilesItDidNotWrite() throws Exception {
    Path a = archive(dir.resolve("archive"));
    Path foreign = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(foreign.resolve("q3.txt"), "quarterly figures");
    Path runs = Files.createDirectories(dir.resolve("lookalike/runs/2024"));
    Files.writeString(runs.resolve("_SUCCESS"), "");
    Files.writeString(runs.resolve("thesis.tex"), "chapter one");
    TreeMap<String, String> before = snapshot(dir);

    refused(CommandRun.of(NightlyCommand::run, "--archive=" + a, "--dataset=" + a),
        NightlyCommand.DATASET_UNUSABLE, "it is an input");
    refused(CommandRun.of(NightlyCommand::run, "--archive=" + a, "--dataset=" + dir),
        NightlyCommand.DATASET_UNUSABLE, "it holds the input");
    refused(CommandRun.of(NightlyCommand::run, "--archive=" + a, "--dataset=" + foreign),
        NightlyCommand.DATASET_UNUSABLE, "q3.txt, which nightly did not write");
    refused(CommandRun.of(NightlyCommand::run, "--archive=" + a,
        "--dataset=" + dir.resolve("lookalike")), NightlyCommand.DATASET_UNUSABLE,
        "is not a coopevents run");

    Process p = new ProcessBuilder("bash", "scripts/nightly.sh", a.toString(), foreign.toString())
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(4, p.exitValue(), text);
    assertThat(text, containsString("q3.txt, which nightly did not write"));

    assertEquals(before, snapshot(dir), "nothing created or changed in any of them");
    try (Stream<Path> s = Files.walk(dir)) {
      assertFalse(s.anyMatch(f -> f.getFileName().toString().equals("runs")
          && !f.getParent().getFileName().toString().equals("lookalike")), "no runs/ made");
    }
  }
}
