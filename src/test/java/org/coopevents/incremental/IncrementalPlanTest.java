package org.coopevents.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopevents.incremental.IncrementalPlan.Reason;
import org.coopevents.nightly.InputFingerprint;
import org.junit.jupiter.api.Test;

/** What an incremental run reuses, re-reads (and why) and drops; how the next index looks. */
class IncrementalPlanTest {
  private static final String V1 = "code:aaa";

  private static InputFingerprint f(String path, long size, long mtime, String sha) {
    return new InputFingerprint(path, size, mtime, sha);
  }

  private static StateIndex index(String version, Map<String, InputFingerprint> files,
      String segment, int written) {
    Map<String, StateIndex.FileEntry> entries = new java.util.TreeMap<>();
    files.forEach((p, fp) -> entries.put(p, new StateIndex.FileEntry(StateIndex.fileKey(version, fp), segment)));
    return new StateIndex(version, entries,
        Map.of(segment, new StateIndex.Segment(Map.of("part-0.avro", 10L), written)));
  }

  @Test
  void unchangedFilesAreReusedNewAndChangedOnesReadGoneOnesDropped() {
    StateIndex prev = index(V1, Map.of("a", f("a", 10, 1, "x"), "b", f("b", 20, 2, "y"),
        "c", f("c", 30, 3, null)), "s1", 3);
    IncrementalPlan plan = IncrementalPlan.of(prev, V1, List.of(f("a", 10, 1, "x"),
        f("b", 20, 2, "z"), f("d", 5, 4, "w"), f("remote://e", -1, -1, null)), "s2");
    assertEquals(Set.of("a"), plan.reused.keySet());
    assertEquals(Map.of("b", Reason.CHANGED, "d", Reason.NEW, "remote://e", Reason.NO_FINGERPRINT),
        plan.reread);
    assertEquals(List.of("c"), plan.dropped);
    assertEquals(Set.of("s1"), plan.segmentsToRead());
    assertEquals(Set.of(StateIndex.fileKey(V1, f("a", 10, 1, "x"))), plan.liveKeys());
    // a is 1 of the 3 files s1 was written for: its records move to the new segment
    assertEquals(plan.liveKeys(), plan.rewriteKeys);
    StateIndex next = plan.next(Map.of("part-0.avro", 99L));
    assertEquals(Set.of("a", "b", "d"), next.files.keySet(), "the remote file is not indexed");
    assertEquals(Set.of("s2"), next.segments.keySet(), "s1 holds no file any more");
    assertEquals(3, next.segments.get("s2").inputFiles());
  }

  @Test
  void aSegmentStillMostlyLiveIsKeptAndNamedByTheNextIndex() {
    StateIndex prev = index(V1, Map.of("a", f("a", 1, 1, null), "b", f("b", 2, 2, null)), "s1", 2);
    IncrementalPlan plan = IncrementalPlan.of(prev, V1, List.of(f("a", 1, 1, null),
        f("b", 2, 2, null), f("c", 3, 3, null)), "s2");
    assertEquals(Set.of(), plan.rewriteKeys);
    StateIndex next = plan.next(Map.of("part-0.avro", 5L));
    assertEquals("s1", next.files.get("a").segment());
    assertEquals("s2", next.files.get("c").segment());
    assertEquals(Set.of("s1", "s2"), next.segments.keySet());
  }

  @Test
  void aNewVersionOrNoStateReadsEverything() {
    StateIndex prev = index(V1, Map.of("a", f("a", 1, 1, "x")), "s1", 1);
    IncrementalPlan v2 = IncrementalPlan.of(prev, "code:bbb", List.of(f("a", 1, 1, "x")), "s2");
    assertEquals(Map.of("a", Reason.NEW_VERSION), v2.reread);
    IncrementalPlan none = IncrementalPlan.of(null, V1, List.of(f("a", 1, 1, "x")), "s2");
    assertEquals(Map.of("a", Reason.NO_STATE), none.reread);
    assertEquals(List.of(), none.dropped);
    assertEquals(Map.of("no_state", 1), none.rereadByReason());
  }

  @Test
  void theIndexSurvivesJsonAndBadIndexesSayWhy() throws IOException {
    StateIndex prev = index(V1, Map.of("a\tb", f("a\tb", 1, 1, "x")), "s1", 1);
    StateIndex back = StateIndex.parse(prev.toJson());
    assertEquals(prev.files, back.files);
    assertEquals(prev.segments, back.segments);
    assertEquals(V1, back.version);
    IOException e = assertThrows(IOException.class,
        () -> StateIndex.parse(("{\"state_format\": \"1\", \"version\": \"v\", \"segments\": {}, "
            + "\"files\": {\"a\": {\"key\": \"k\", \"segment\": \"gone\"}}}")
            .getBytes(StandardCharsets.UTF_8)));
    assertEquals("index.json: a is in segment gone, which the index does not list", e.getMessage());
    assertThrows(IOException.class, () -> StateIndex.parse("{not json".getBytes(StandardCharsets.UTF_8)));
    assertNull(StateIndex.fileKey(V1, f("x", -1, -1, null)));
  }
}
