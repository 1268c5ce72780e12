package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  private void touch(String rel) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
  }

  @Test
  void foldersAreSearchedRecursivelyForSupportedFilesOnly() throws IOException {
    touch("a/one.jsonl");
    touch("a/b/two.warc.gz");
    touch("a/b/c/three.txt");
    touch("a/readme.md");
    touch("a/labels.gold.jsonl");
    touch("a/.hidden/four.jsonl");
    List<String> files = InputFiles.resolve(dir.resolve("a").toString());
    assertThat(files, contains(dir.resolve("a/b/c/three.txt").toString(),
        dir.resolve("a/b/two.warc.gz").toString(), dir.resolve("a/one.jsonl").toString()));
  }

  @Test
  void globsAndCommaListsCombineWithoutDuplicates() throws IOException {
    touch("x/2024-01.jsonl");
    touch("x/2024-02.jsonl");
    touch("x/2023-12.jsonl");
    touch("y/page.txt");
    String spec = dir + "/x/2024-*.jsonl," + dir.resolve("y") + "," + dir + "/x/2024-01.jsonl";
    assertThat(InputFiles.resolve(spec), contains(dir + "/x/2024-01.jsonl",
        dir + "/x/2024-02.jsonl", dir + "/y/page.txt"));
  }

  @Test
  void nothingMatchingIsAClearError() throws IOException {
    touch("z/notes.md");
    InputFiles.InputException e = assertThrows(InputFiles.InputException.class,
        () -> InputFiles.resolve(dir.resolve("z").toString()));
    assertThat(e.getMessage(), containsString("matches no input file"));
    assertThat(e.getMessage(), containsString("*.warc.gz"));
    e = assertThrows(InputFiles.InputException.class,
        () -> InputFiles.resolve(dir.resolve("missing").toString()));
    assertThat(e.getMessage(), containsString("does not exist"));
    e = assertThrows(InputFiles.InputException.class,
        () -> InputFiles.resolve(dir.resolve("z/notes.md").toString()));
    assertThat(e.getMessage(), containsString("not a supported input file"));
  }

  @Test
  void filesThatAreNotInputsByNameAreCountedByKind(@TempDir Path d) throws Exception {
    Files.writeString(d.resolve("a.jsonl"), "{}\n");
    Files.writeString(d.resolve("b.pdf"), "x");
    Files.writeString(d.resolve("c.PDF"), "x");
    Files.writeString(d.resolve("d.csv.gz"), "x");
    Files.writeString(d.resolve("Makefile"), "x");
    Files.writeString(d.resolve(".DS_Store"), "x");
    Files.writeString(d.resolve("a.gold.jsonl"), "{}\n");
    Files.createDirectories(d.resolve("part1"));
    Files.writeString(d.resolve("part1/gold.jsonl"), "{}\n");
    InputFiles.Resolved r = InputFiles.resolveAll(d.toString());
    assertEquals(1, r.files.size());
    assertEquals(java.util.Map.of(".pdf", 2L, ".csv.gz", 1L, "no extension", 1L, "hidden", 1L,
        "gold annotations", 2L), r.skippedFilesByKind);
    assertEquals("7 files (.csv.gz 1, .pdf 2, gold annotations 2, hidden 1, no extension 1)",
        r.skippedFilesLine());
    assertEquals("", InputFiles.resolveAll(d.resolve("a.jsonl").toString()).skippedFilesLine(),
        "a file named directly skips nothing");
  }
}
