package org.coopevents.dedup;

import org.coopevents.model.EventRow;

/**
 * The groups inside which events are compared: the same event type and the same country pair
 * (ordered guest → host for visits, unordered otherwise); signings and cooperation also in the
 * same year (of the event's date, else of its first report). Visits of a pair share one block
 * over all years, so a visit across New Year is not split and a report that fixes no date at
 * all can meet the pair's one visit (see {@link EventGroupMerger}); a pair's visits are few.
 * Memory of a merge step grows with the largest such group, never with the corpus. A signing
 * reported across a new year can be split: the documented price of year blocks.
 *
 * <p>A SIGNING or COOPERATION with neither a date nor a first report (an article without a
 * publication date) takes the year of the merged visit it was held during, from the visit's
 * dates or else its first report ({@link #of(RawEvent)}):
 * otherwise it would sit alone in a block without a year and never meet the other reports of its
 * signing, although the merger would join them as held during the same visit. Only an event
 * with no date, no first report and no dated parent visit stays in the block without a year.
 */
public final class BlockKeys {
  private BlockKeys() {}

  /** The block of an event, without its parent visit's dates. */
  public static String of(EventRow e) {
    return of(e, null);
  }

  /** The block of a raw event, its parent visit's reconciled start date taken into account. */
  public static String of(RawEvent r) {
    return of(r.event, r.parentStart != null ? r.parentStart : r.parentReported);
  }

  static String of(EventRow e, String parentStart) {
    String date = e.startDate != null && e.eventType.equals("SIGNING") || e.eventType.equals("VISIT")
        && e.startDate != null ? e.startDate : e.firstReported;
    if (date == null && !e.eventType.equals("VISIT")) date = parentStart;
    String year = e.eventType.equals("VISIT") ? "*"
        : date == null || date.length() < 4 ? "----" : date.substring(0, 4);
    return e.eventType + "|" + e.actor1Country + "|" + e.actor2Country + "|" + year;
  }
}
