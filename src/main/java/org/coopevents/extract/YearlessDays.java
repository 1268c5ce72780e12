package org.coopevents.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a text states without a year ("14–15 ноября", "on March 3"), for a report that has
 * no publication date to give them one. Such days cannot date an event, but they still tell two
 * visits of one pair apart: a report of a visit on 14–15 November is not a report of the visit of
 * 21–22 December, whatever the years. Relative days ("on Friday") and days with a year are not
 * read here. Stateless and thread-safe.
 */
public final class YearlessDays {

  /** A day or a range of days of some year; {@code to} is after {@code from} or wraps past 31 December. */
  public record Days(MonthDay from, MonthDay to) {

    /** Whether these days fall within a day of epoch days lo..hi in some year near them. */
    public boolean fit(long lo, long hi) {
      int first = LocalDate.ofEpochDay(lo).getYear() - 1;
      int last = LocalDate.ofEpochDay(hi).getYear();
      for (int y = first; y <= last; y++) {
        LocalDate s = at(from, y);
        LocalDate e = at(to, y);
        if (e.isBefore(s)) e = at(to, y + 1);
        if (Math.max(s.toEpochDay(), lo) - Math.min(e.toEpochDay(), hi) <= 1) return true;
      }
      return false;
    }

    /** Whether these days and {@code o} can be the same days of one year (within a day). */
    public boolean near(Days o) {
      LocalDate s = at(o.from, 2001);
      LocalDate e = at(o.to, 2001);
      if (e.isBefore(s)) e = at(o.to, 2002);
      return fit(s.toEpochDay(), e.toEpochDay());
    }

    /** The day in year y; 29 February falls back to the 28th in a common year. */
    private static LocalDate at(MonthDay d, int y) {
      return d.isValidYear(y) ? d.atYear(y) : LocalDate.of(y, 2, 28);
    }
  }

  /** Resolves year-less days to a neutral year, only to read back their month and day. */
  private static final LocalDate NEUTRAL = LocalDate.of(2000, 7, 1);

  private YearlessDays() {}

  /** The year-less days and ranges stated in text, in text order. */
  public static List<Days> of(String text) {
    List<Days> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    List<DateFinder.DateMention> open = DateFinder.find(text, 0, text.length(), null, false);
    List<DateFinder.DateMention> read = null;
    for (DateFinder.DateMention m : open) {
      if (m.resolved() || m.relative()) continue;
      if (read == null) read = DateFinder.find(text, 0, text.length(), NEUTRAL, false);
      for (DateFinder.DateMention r : read) {
        if (r.start() == m.start() && r.end() == m.end() && r.resolved()) {
          out.add(new Days(MonthDay.from(r.from()), MonthDay.from(r.to())));
        }
      }
    }
    return out;
  }
}
