package org.coopevents.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShardPlanTest {
  private static final long MB = 1_000_000L;

  @Test
  void articlesGetAFilePer128MibOfInputTheOtherTablesPer8Gib() {
    assertEquals(1, new ShardPlan(0).shards("articles"), "an empty input still gets a file");
    assertEquals(1, new ShardPlan(1 * MB).shards("articles"));
    assertEquals(4, new ShardPlan(442 * MB).shards("articles"), "the 100k corpus");
    assertEquals(30, new ShardPlan(3980 * MB).shards("articles"), "the 1M corpus");
    assertEquals(1, new ShardPlan(3980 * MB).shards("mentions"));
    assertEquals(1, new ShardPlan(3980 * MB).shards("documents"));
    assertEquals(2, new ShardPlan(9000 * MB).shards("rejects"));
  }

  @Test
  void theNumberOfFilesIsCapped() {
    assertEquals(ShardPlan.MAX_SHARDS, new ShardPlan(Long.MAX_VALUE / 2).shards("articles"));
    assertEquals(ShardPlan.MAX_SHARDS, new ShardPlan(Long.MAX_VALUE / 2).shards("mentions"));
  }
}
