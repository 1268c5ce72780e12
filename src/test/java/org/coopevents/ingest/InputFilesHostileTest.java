package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 items 5, 6 and 10 (dangling links, one file spelled two ways): what the input
 * listing makes of special files, links and the job's own outputs. Nothing here opens a file;
 * the timeout only guards the suite should a regression open a named pipe (it would block).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputFilesHostileTest {
  @TempDir Path dir;

  private Path write(String rel, String content) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  static void mkfifo(Path p) throws IOException, InterruptedException {
    Files.createDirectories(p.getParent());
    Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertEquals(0, pr.waitFor(), "mkfifo " + p);
  }

  @Test
  void aNamedPipeOrADeviceNamedDirectlyIsRefusedWithOneLineNamingIt() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    mkfifo(fifo);
    InputFiles.InputException e = assertThrows(InputFiles.InputException.class,
        () -> InputFiles.resolve(fifo.toString()));
    assertThat(e.getMessage(), containsString(fifo.toString()));
    assertThat(e.getMessage(), containsString("named pipe"));
    assertThat(e.getMessage(), containsString("not a regular file"));
    Path zero = dir.resolve("zero.jsonl");
    Files.createSymbolicLink(zero, Path.of("/dev/zero"));
    e = assertThrows(InputFiles.InputException.class, () -> InputFiles.resolve(zero.toString()));
    assertThat(e.getMessage(), containsString(zero.toString()));
    assertThat(e.getMessage(), containsString("character device"));
    assertTrue(!e.getMessage().contains("\n"), "one line");
  }

  @Test
  void specialFilesAndDanglingLinksInsideAFolderAreListedToBeRejected() throws Exception {
    Path good = write("in/good.jsonl", "{\"text\":\"x\"}\n");
    Path fifo = dir.resolve("in/pipe.jsonl");
    mkfifo(fifo);
    Path zero = dir.resolve("in/zero.txt");
    Files.createSymbolicLink(zero, Path.of("/dev/zero"));
    Path dangling = dir.resolve("in/gone.jsonl");
    Files.createSymbolicLink(dangling, dir.resolve("in/nowhere.jsonl"));
    List<String> files = InputFiles.resolve(dir.resolve("in").toString());
    assertThat(files, contains(dangling.toString(), good.toString(), fifo.toString(), zero.toString()));
    assertThat(InputFiles.notRegular(good.toString()).isPresent(), org.hamcrest.Matchers.is(false));
    assertThat(InputFiles.notRegular(fifo.toString()).orElseThrow(), containsString("named pipe"));
    assertThat(InputFiles.notRegular(zero.toString()).orElseThrow(), containsString("/dev/zero"));
    assertThat(InputFiles.notRegular(dangling.toString()).orElseThrow(), containsString("does not exist"));
    assertTrue(InputFiles.isDanglingLink(dangling.toString()));
    // named directly, a dangling link is refused with its target
    InputFiles.InputException e = assertThrows(InputFiles.InputException.class,
        () -> InputFiles.resolve(dangling.toString()));
    assertThat(e.getMessage(), containsString("nowhere.jsonl, which does not exist"));
  }

  @Test
  void theSameFileSpelledSeveralWaysIsListedOnceUnderItsCanonicalName() throws IOException {
    Path f = write("a/x.jsonl", "{\"text\":\"x\"}\n");
    Files.createSymbolicLink(dir.resolve("a/y.jsonl"), f);
    Path cwd = Path.of("").toAbsolutePath();
    String relative = cwd.relativize(f).toString();
    String spec = dir + "/a/./x.jsonl," + dir + "//a//x.jsonl," + relative + "," + f + ","
        + dir.resolve("a") + "," + dir + "/a/../a/*.jsonl";
    InputFiles.Resolved r = InputFiles.resolveAll(spec);
    assertThat(r.files, contains(f.toString()));
  }

  private Path outputFolder(String rel) throws IOException {
    Path o = dir.resolve(rel);
    Files.createDirectories(o);
    Files.writeString(o.resolve("_manifest.json"), "{\"manifest_version\":\"1\"}\n");
    Files.write(o.resolve("_SUCCESS"), new byte[0]);
    Files.writeString(o.resolve("_diff.json"), "{}\n");
    return o;
  }

  @Test
  void theJobsOwnOutputsInsideAnInputFolderAreSkippedAndReported() throws IOException {
    Path good = write("in/2024/articles.jsonl", "{\"text\":\"x\"}\n");
    Path out = outputFolder("in/out");
    Path run = outputFolder("in/dataset/runs/20241206T000000Z");
    InputFiles.Resolved r = InputFiles.resolveAll(dir.resolve("in").toString());
    assertThat(r.files, contains(good.toString()));
    assertThat(r.skippedOutputFolders, contains(run.toString(), out.toString()));
    // globs skip them too
    r = InputFiles.resolveAll(dir + "/in/**.json*");
    assertThat(r.files, contains(good.toString()));
    assertThat(r.skippedOutputFolders, contains(run.toString(), out.toString()));
    // an output folder, or one of its files, named directly is refused
    InputFiles.InputException e = assertThrows(InputFiles.InputException.class,
        () -> InputFiles.resolve(out.toString()));
    assertThat(e.getMessage(), containsString("coopevents output folder"));
    e = assertThrows(InputFiles.InputException.class,
        () -> InputFiles.resolve(out.resolve("_manifest.json").toString()));
    assertThat(e.getMessage(), containsString("does not read its own outputs"));
    // a folder of inputs without markers is read as before
    assertThat(InputFiles.resolveAll(dir.resolve("in/2024").toString()).skippedOutputFolders, empty());
  }
}
