package org.coopevents.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintsTest {
  @TempDir Path dir;

  @Test
  void smallFilesAreHashedLargeOnesAreNot() throws Exception {
    Path small = Files.writeString(dir.resolve("small.jsonl"), "{\"id\":\"a\"}\n");
    Path large = Files.writeString(dir.resolve("large.jsonl"), "x".repeat(200));
    InputFingerprints f = new InputFingerprints(100);
    InputFingerprint s = f.take(small.toString());
    assertEquals(11, s.sizeBytes());
    assertEquals(64, s.sha256().length());
    assertEquals(InputFingerprints.sha256(small), s.sha256());
    assertNull(f.take(large.toString()).sha256());
    assertEquals(-1, f.take(dir.resolve("gone").toString()).sizeBytes());
    assertNull(f.take("gs://bucket/archive.warc.gz").sha256());
  }

  @Test
  void detectsRewrittenAppendedAndVanishedFiles() throws Exception {
    Path same = Files.writeString(dir.resolve("same.jsonl"), "one\n");
    Path rewritten = Files.writeString(dir.resolve("rewritten.jsonl"), "abcd\n");
    Path appended = Files.writeString(dir.resolve("appended.jsonl"), "one\n");
    Path vanished = Files.writeString(dir.resolve("vanished.jsonl"), "one\n");
    List<String> files = List.of(same.toString(), rewritten.toString(), appended.toString(),
        vanished.toString());
    InputFingerprints f = new InputFingerprints(1 << 20);
    List<InputFingerprint> before = f.take(files);
    assertNotNull(before.get(1).sha256());

    FileTime t = Files.getLastModifiedTime(rewritten);
    Files.writeString(rewritten, "wxyz\n");
    Files.setLastModifiedTime(rewritten, t); // same size and time: only the hash tells
    Files.writeString(appended, "two\n", java.nio.file.StandardOpenOption.APPEND);
    Files.delete(vanished);

    assertEquals(List.of(rewritten.toString(), appended.toString(), vanished.toString()),
        InputFingerprints.changed(before, f.take(files)));
    assertEquals(List.of(), InputFingerprints.changed(before, before));
  }
}
