package org.coopevents.dedup;

import org.coopevents.model.EventRow;

/**
 * The groups inside which events are compared: the same event type and the same country pair
 * (ordered guest → host for visits, unordered otherwise) in the same year (of the event's date,
 * else of its first report). Memory of a merge step grows with the largest such group, never
 * with the corpus. An event reported across a new year can be split: the documented price of
 * year blocks.
 */
public final class BlockKeys {
  private BlockKeys() {}

  public static String of(EventRow e) {
    String date = e.startDate != null && e.eventType.equals("SIGNING") || e.eventType.equals("VISIT")
        && e.startDate != null ? e.startDate : e.firstReported;
    String year = date == null ? "----" : date.substring(0, 4);
    return e.eventType + "|" + e.actor1Country + "|" + e.actor2Country + "|" + year;
  }
}
