package org.coopevents.extract;

import java.time.LocalDate;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.extract.VisitFinder.Role;

/**
 * A visit told only by its farewell: "Владимир Путин покинул Бишкек. В аэропорту его проводил
 * президент Киргизии", "Putin left Bishkek on Friday and was seen off at the airport by Kyrgyz
 * President Sadyr Japarov". A leader who leaves a place of another state (a verb of leaving right
 * before it), seen off (role SEE_OFF) at the airport (role AIRPORT) by someone of that state in the
 * same sentence or the next, ends a visit to it: on the day the sentence names, else the day of the
 * report.
 */
final class Farewell {
  private Farewell() {}

  /** The visit the sentence {@code si} ends with a farewell, or null. */
  static VisitFinder.Candidate candidate(Analysis an, int si, int from, int to) {
    Ref left = null;
    for (Ref r : an.refsIn(from, to)) {
      if ((r.kind() == RefKind.NAME || r.kind() == RefKind.CAPITAL) && DepartureWording.placeLeft(an, r)) {
        left = r;
        break;
      }
    }
    if (left == null || VisitFinder.pastInPassing(an, from, to)) return null;
    String guest = null;
    for (Ref r : an.refsIn(from, left.start())) {
      if (r.kind() == RefKind.PERSON && r.person().role().top() && !r.iso3().equals(left.iso3())) {
        guest = r.iso3();
        break;
      }
    }
    if (guest == null) return null;
    if (!seenOff(an, from, to, left.iso3())) {
      if (si + 1 >= an.sentences.size() || an.furniture[si + 1]) return null;
      Sentences.Span next = an.sentences.get(si + 1);
      if (!seenOff(an, next.start(), next.end(), left.iso3())) return null;
    }
    VisitFinder.Candidate c = new VisitFinder.Candidate(si);
    c.host = left.iso3();
    c.guest = guest;
    c.hostFromDestination = true;
    c.city = left.kind() == RefKind.CAPITAL ? VisitCity.of(an, left) : null;
    c.strength = 3;
    c.tense = Cue.PAST;
    c.end = day(an, from, to);
    return c;
  }

  /** A farewell at the airport in text[from, to) by someone of state {@code host}. */
  private static boolean seenOff(Analysis an, int from, int to, String host) {
    if (!VisitFinder.airportIn(an, from, to)) return false;
    boolean seen = false;
    for (int t = an.tokens.firstAtOrAfter(from); !seen && t >= 0 && t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      // "seen off", "saw off"; "проводил" alone
      seen = VisitFinder.is(Role.SEE_OFF, an.tokens.norm(t))
          && (an.russian || t + 1 < an.tokens.size() && an.tokens.norm(t + 1).equals("off"));
    }
    if (!seen) return false;
    for (Ref r : an.refsIn(from, to)) {
      if (r.iso3().equals(host) && r.kind() != RefKind.CAPITAL) return true;
    }
    return false;
  }

  /** The one day the sentence names past its dateline, else the day of the report. */
  private static LocalDate day(Analysis an, int from, int to) {
    for (DateFinder.DateMention d : an.dates(from, to, false)) {
      if (d.resolved() && !d.isRange() && d.start() >= an.datelineEnd) return d.from();
    }
    return an.dayOfReport();
  }
}
