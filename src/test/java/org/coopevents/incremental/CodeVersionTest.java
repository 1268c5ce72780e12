package org.coopevents.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.coopevents.ingest.ReadLimits;
import org.junit.jupiter.api.Test;

/** What the state's version covers, and the plan line of a run that re-reads nothing. */
class CodeVersionTest {
  @Test
  void codeThatShapesStoredRecordsIsHashedCodeAfterTheStateIsNot() {
    assertTrue(CodeVersion.shapesRecords("org/coopevents/extract/VisitFinder.class"));
    assertTrue(CodeVersion.shapesRecords("org/coopevents/knowledge/countries.tsv"));
    assertTrue(CodeVersion.shapesRecords("org/coopevents/pipeline/ReadArticles$ReadFn.class"));
    assertTrue(CodeVersion.shapesRecords("org/coopevents/incremental/StoredUnit.class"));
    assertTrue(CodeVersion.shapesRecords("org/coopevents/incremental/ExtractOrReuse$1.class"));
    assertTrue(CodeVersion.shapesRecords("org/coopevents/incremental/StateRecords.class"));
    assertFalse(CodeVersion.shapesRecords("org/coopevents/dedup/beam/MergeEvents.class"));
    assertFalse(CodeVersion.shapesRecords("org/coopevents/cli/RunCommand.class"));
    assertFalse(CodeVersion.shapesRecords("org/coopevents/report/ReportPage.class"));
    assertFalse(CodeVersion.shapesRecords("org/coopevents/incremental/IncrementalPipeline.class"));
    assertFalse(CodeVersion.shapesRecords("org/coopevents/incremental/StoredUnitsExtra.class"));
  }

  @Test
  void versionNamesTheReadLimits() {
    String v = CodeVersion.of(new ReadLimits(1 << 20, 64));
    assertTrue(v.startsWith("code:"), v);
    assertTrue(v.endsWith(";maxUnitBytes:1048576;maxJsonDepth:64"), v);
    assertFalse(v.equals(CodeVersion.of(new ReadLimits(2 << 20, 64))));
  }

  @Test
  void reasonsAreListedOnlyWhenFilesAreReread() {
    assertEquals("", IncrementalRun.byReason(Map.of()));
    Map<String, Integer> m = new TreeMap<>(Map.of("new", 2, "changed", 1));
    assertEquals(" (changed 1, new 2)", IncrementalRun.byReason(m));
  }
}
