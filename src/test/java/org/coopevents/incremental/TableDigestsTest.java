package org.coopevents.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.coopevents.nightly.TinyRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row digests find the same rows in any file order, and count rows found in one run only. */
class TableDigestsTest {
  @TempDir Path dir;

  @Test
  void sameRowsInOtherFilesAreTheSameAndAChangedRowCountsOnEachSide() throws Exception {
    Path a = new TinyRun().event("e1", "VISIT", "2024-03-12", "Baku")
        .event("e2", "SIGNING", "2024-03-13", "Baku").article("a1").mention("e1", "a1")
        .writeTo(dir.resolve("a"));
    Path b = new TinyRun().event("e2", "SIGNING", "2024-03-13", "Baku")
        .event("e1", "VISIT", "2024-03-12", "Baku").article("a1").mention("e1", "a1")
        .writeTo(dir.resolve("b"));
    Path c = new TinyRun().event("e1", "VISIT", "2024-03-12", "Astana")
        .event("e2", "SIGNING", "2024-03-13", "Baku").article("a1").mention("e1", "a1")
        .writeTo(dir.resolve("c"));
    Map<String, TableDigests.Difference> same = TableDigests.of(a).compare(TableDigests.of(b));
    assertTrue(same.values().stream().allMatch(TableDigests.Difference::same), same.toString());
    Map<String, TableDigests.Difference> other = TableDigests.of(a).compare(TableDigests.of(c));
    assertEquals(new TableDigests.Difference(2, 1, 1), other.get("events"));
    assertTrue(other.get("articles").same());
  }
}
