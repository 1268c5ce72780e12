package org.coopevents.extract;

import java.time.LocalDate;

/**
 * "Modi will travel to Vienna on Tuesday evening" in a report of that Tuesday: a day of the report
 * followed by a later part of it (evening, night, afternoon; role LATER_HOUR of
 * visit_grammar_words.tsv). A future statement so dated tells of a visit still ahead, not one under
 * way on the report's day.
 */
final class LaterHour {
  private LaterHour() {}

  /** The span names the report's own day with a later hour of it right after the day. */
  static boolean ofReportDay(Analysis an, Sentences.Span s) {
    LocalDate anchor = an.anchor;
    if (anchor == null) return false;
    for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) {
      if (!d.resolved() || d.isRange() || !d.from().equals(anchor)) continue;
      int next = an.tokens.firstAtOrAfter(d.end());
      if (next < an.tokens.size() && an.tokens.start(next) < s.end()
          && VisitFinder.is(VisitFinder.Role.LATER_HOUR, an.tokens.norm(next))) {
        return true;
      }
    }
    return false;
  }
}
