package org.coopevents.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmsTest {
  private final Alarms alarms = new Alarms(0.2, 0.05);

  private static RunCounts counts(long events, long articles, long rejects, String... changed) {
    return new RunCounts(events, articles, rejects, List.of(changed));
  }

  @Test
  void eventDropBeyondTheShareIsFlagged() {
    List<String> a = alarms.check(counts(100, 500, 0), counts(79, 500, 0));
    assertThat(a, hasSize(1));
    assertThat(a.get(0), startsWith("EVENT_DROP events fell from 100 to 79"));
  }

  @Test
  void dropUpToTheShareAndGrowthAreNot() {
    assertEquals(List.of(), alarms.check(counts(100, 500, 0), counts(80, 500, 0)));
    assertEquals(List.of(), alarms.check(counts(100, 500, 0), counts(140, 700, 0)));
  }

  @Test
  void rejectShareRiseIsFlaggedButGrowthAtTheSameShareIsNot() {
    // 10% of units rejected before; 20% now
    assertThat(alarms.check(counts(50, 90, 10), counts(50, 80, 20)), hasSize(1));
    assertThat(alarms.check(counts(50, 90, 10), counts(50, 80, 20)).get(0),
        startsWith("REJECT_RISE"));
    // twice the archive, same 10% rejected
    assertEquals(List.of(), alarms.check(counts(50, 90, 10), counts(100, 180, 20)));
  }

  @Test
  void changedInputIsFlaggedEvenOnTheFirstRun() {
    List<String> a = alarms.check(null, counts(5, 10, 0, "archive/wire-2024.jsonl"));
    assertThat(a, hasSize(1));
    assertThat(a.get(0), startsWith("INPUT_CHANGED 1 input file(s)"));
    assertEquals(List.of(), alarms.check(null, counts(0, 0, 100)));
  }
}
