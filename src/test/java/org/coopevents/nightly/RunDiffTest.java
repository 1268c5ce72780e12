package org.coopevents.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDiffTest {
  @TempDir Path dir;

  @Test
  void findsAddedRemovedAndChangedRowsByTheirIds() throws Exception {
    Path a = new TinyRun()
        .event("ev-1", "VISIT", "2024-03-12", "Baku")
        .event("ev-2", "SIGNING", "2024-03-13", "Baku")
        .event("ev-3", "VISIT", "2023-11-02", "Astana")
        .article("art-1").article("art-2")
        .mention("ev-1", "art-1").mention("ev-2", "art-1").mention("ev-3", "art-2")
        .reject("line 7")
        .writeTo(dir.resolve("a"));
    Path b = new TinyRun()
        .event("ev-1", "VISIT", "2024-03-12", "Baku")
        .event("ev-2", "SIGNING", "2024-03-14", "Sumgait")
        .event("ev-4", "VISIT", "2024-05-20", "Tashkent")
        .article("art-1").article("art-3")
        .mention("ev-1", "art-1").mention("ev-2", "art-1").mention("ev-4", "art-3")
        .reject("line 7").reject("line 9")
        .writeTo(dir.resolve("b"));

    RunDiff d = RunDiff.compare(a, b, 10);

    assertFalse(d.identical());
    RunDiff.TableDiff events = d.table("events");
    assertEquals(3, events.previousRows());
    assertEquals(1, events.added());
    assertEquals(1, events.removed());
    assertEquals(List.of("ev-4"), events.addedSample());
    assertEquals(List.of("ev-3"), events.removedSample());
    assertEquals(1, d.changedEvents());
    assertEquals("ev-2", d.changedSample().get(0).eventId());
    assertThat(d.changedSample().get(0).columns(), contains("start_date", "location_city"));
    assertEquals(List.of("art-3"), d.table("articles").addedSample());
    assertEquals(List.of("ev-3|art-2"), d.table("mentions").removedSample());
    assertEquals(List.of("in.jsonl|line 9|NOT_JSON"), d.table("rejects").addedSample());
    assertEquals(0, d.table("documents").added() + d.table("documents").removed());
  }

  @Test
  void aRunComparedWithItselfIsIdentical() throws Exception {
    Path a = new TinyRun().event("ev-1", "VISIT", "2024-03-12", "Baku").article("art-1")
        .mention("ev-1", "art-1").writeTo(dir.resolve("a"));
    RunDiff d = RunDiff.compare(a, a, 10);
    assertTrue(d.identical());
    assertEquals(1, d.table("events").rows());
  }

  @Test
  void sampleIsCapped() throws Exception {
    Path a = new TinyRun().writeTo(dir.resolve("a"));
    TinyRun many = new TinyRun();
    for (int i = 0; i < 12; i++) many.article("art-" + (100 + i));
    Path b = many.writeTo(dir.resolve("b"));
    RunDiff d = RunDiff.compare(a, b, 5);
    assertEquals(12, d.table("articles").added());
    assertEquals(List.of("art-100", "art-101", "art-102", "art-103", "art-104"),
        d.table("articles").addedSample());
  }
}
