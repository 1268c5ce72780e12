package org.coopevents.extract;

import java.time.LocalDate;
import org.coopevents.extract.Analysis.CueHit;

/**
 * The day of a signing that its own sentence does not date: the day of the talks it followed
 * (a dated sentence of talks before it), else, when the signing sentence speaks of talks or the
 * visit ("по итогам переговоров подписали"), the page's header date or its publication date.
 */
final class SigningDate {
  private SigningDate() {}

  static LocalDate fromContext(Analysis an, int si) {
    Sentences.Span s = an.sentences.get(si);
    LocalDate date = null;
    for (int k = si - 1; date == null && k >= 0; k--) {
      Sentences.Span prev = an.sentences.get(k);
      if (an.furniture[k]) continue;
      CueHit talks = null;
      CueHit arrive = null;
      for (CueHit c : an.cuesIn(prev.start(), prev.end())) {
        if (talks == null && (c.is(Cue.TALKS) || c.is(Cue.DISCUSSED))) talks = c;
        if (arrive == null && c.is(Cue.ARRIVE)) arrive = c;
      }
      if (talks == null) continue;
      int bestD = Integer.MAX_VALUE;
      for (DateFinder.DateMention d : an.dates(prev.start(), prev.end(), false)) {
        if (d.start() < an.datelineEnd || d.isRange() || !d.resolved()) continue;
        if (an.anchor != null && d.from().isAfter(an.anchor)) continue;
        int dist = Math.abs(d.start() - talks.start());
        // "who arrived in Astana yesterday": the day of arrival, not of the talks
        if (arrive != null && Math.abs(d.start() - arrive.start()) < dist) continue;
        if (dist < bestD) {
          bestD = dist;
          date = d.to();
        }
      }
    }
    boolean afterTalks = an.hasCue(s.start(), s.end(), Cue.TALKS) || an.hasCue(s.start(), s.end(), Cue.DISCUSSED)
        || an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN);
    // a headline says nothing of the day: only a body sentence after talks takes the report's date
    if (date == null && afterTalks) date = an.headerDate != null ? an.headerDate : an.headlineLike[si] ? null : an.anchor;
    return date;
  }
}
