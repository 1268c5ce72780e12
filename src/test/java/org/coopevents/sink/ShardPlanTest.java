package org.coopevents.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShardPlanTest {
  private static final long MB = 1_000_000L;

  @Test
  void articlesAreWrittenPerBundleTheOtherTablesAFilePer8Gib() {
    assertEquals(0, new ShardPlan(0).shards("articles"), "no shuffle of the text");
    assertEquals(0, new ShardPlan(3980 * MB).shards("articles"), "the 1M corpus");
    assertEquals(1, new ShardPlan(0).shards("mentions"), "an empty input still gets a file");
    assertEquals(1, new ShardPlan(3980 * MB).shards("mentions"));
    assertEquals(1, new ShardPlan(3980 * MB).shards("documents"));
    assertEquals(2, new ShardPlan(9000 * MB).shards("rejects"));
  }

  @Test
  void theNumberOfFilesIsCapped() {
    assertEquals(ShardPlan.MAX_SHARDS, new ShardPlan(Long.MAX_VALUE / 2).shards("mentions"));
  }
}
