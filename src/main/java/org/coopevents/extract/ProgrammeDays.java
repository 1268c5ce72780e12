package org.coopevents.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coopevents.extract.Analysis.Ref;

/**
 * The days of a visit ahead told by its programme, line by line, where the statement of the visit
 * names none: "On Tuesday, the president will lay a wreath in Bishkek. On Wednesday, the two
 * leaders will hold talks", "Во вторник ... В среду ...". A programme line opens with its day
 * (at most a preposition before it), follows the visit's first statement, names only the guest's
 * and the host's states (or none) and is no report of the past ("On Monday, the Kremlin announced
 * the trip"). The block ends at the first sentence that names a third state.
 */
final class ProgrammeDays {
  /** How many days a programme told line by line may span. */
  private static final int MAX_SPAN_DAYS = 7;

  private ProgrammeDays() {}

  /** The first and last days of the programme lines (equal for one day), or null when there are none. */
  static LocalDate[] of(Analysis an, VisitFinder.Visit v) {
    int first = Integer.MAX_VALUE;
    for (VisitFinder.Candidate c : v.candidates) first = Math.min(first, c.sentence);
    LocalDate lo = null;
    LocalDate hi = null;
    for (int si = first + 1; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      if (!ofPairOrNone(an, s, v)) break;
      DateFinder.DateMention d = openingDay(an, s);
      if (d == null || past(an, s) || reported(an, d, s)) continue;
      if (an.anchor != null && d.from().isBefore(an.anchor)) continue;
      LocalDate last = d.to() != null ? d.to() : d.from();
      if (lo == null || d.from().isBefore(lo)) lo = d.from();
      if (hi == null || last.isAfter(hi)) hi = last;
    }
    if (lo == null || ChronoUnit.DAYS.between(lo, hi) > MAX_SPAN_DAYS) return null;
    return new LocalDate[] {lo, hi};
  }

  private static boolean ofPairOrNone(Analysis an, Sentences.Span s, VisitFinder.Visit v) {
    for (Ref r : an.refsIn(s.start(), s.end())) {
      if (!r.iso3().equals(v.guest) && !r.iso3().equals(v.host)) return false;
    }
    return true;
  }

  /** The sentence's first date when it opens the sentence (at most one word before it). */
  private static DateFinder.DateMention openingDay(Analysis an, Sentences.Span s) {
    for (DateFinder.DateMention d : an.dates(s.start(), s.end(), true)) {
      if (!VisitDates.usable(an, d)) continue;
      int first = an.tokens.firstAtOrAfter(s.start());
      int at = an.tokens.firstAtOrAfter(d.start());
      return at - first <= 1 ? d : null;
    }
    return null;
  }

  /** A past verb and no future word: the line reports what was done, not the programme. */
  private static boolean past(Analysis an, Sentences.Span s) {
    return an.hasCue(s.start(), s.end(), Cue.PAST) && !an.hasCue(s.start(), s.end(), Cue.FUTURE);
  }

  /** "On Monday, Peskov told reporters": a verb of saying within four words after the day. */
  private static boolean reported(Analysis an, DateFinder.DateMention d, Sentences.Span s) {
    int t = an.tokens.firstAtOrAfter(d.end());
    for (int k = t; k < Math.min(an.tokens.size(), t + 4) && an.tokens.start(k) < s.end(); k++) {
      if (VisitFinder.is(VisitFinder.Role.REPORTING, an.tokens.norm(k))) return true;
    }
    return false;
  }
}
