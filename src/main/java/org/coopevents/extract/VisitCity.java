package org.coopevents.extract;

import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;

/**
 * The city of a visit whose statements name none: the host's capital where another sentence of
 * the article places the visit's programme there ("talks at the highest level in Beijing", "In
 * Beijing, the two leaders signed", "В Эр-Рияде предстоят переговоры"). The sentence is prose
 * of the two states (it names no third one) and tells no past visit in passing.
 */
final class VisitCity {
  private static final Set<String> AT = Set.of("in", "в", "во");

  private VisitCity() {}

  /**
   * The English name of the city a place reference names: a city of cities.tsv ("в Самарканде" ->
   * Samarkand), else the capital of the reference's state (a capital, a seat of power, a state's
   * adjective before "столица").
   */
  static String of(Analysis an, Ref r) {
    if (r.kind() == RefKind.CAPITAL) {
      String city = an.kb.countries.cityEn(an.text.substring(r.start(), r.end()));
      if (city != null) return city;
    }
    return an.kb.countries.capitalEn(r.iso3());
  }

  /**
   * The city of the first capital or city of {@code iso3} among {@code refs}, one of the text
   * after the dateline before the dateline's own ("RIYADH: ... received Erdogan at Al-Salam Palace
   * in Jeddah", "MOSCOW - Putin received Xi in Sochi": the report is filed in one city, the
   * meeting held in another); null when none.
   */
  static String firstOf(Analysis an, List<Ref> refs, String iso3) {
    Ref dateline = null;
    for (Ref r : refs) {
      if (r.kind() != RefKind.CAPITAL || !r.iso3().equals(iso3)) continue;
      if (r.start() >= an.datelineEnd) return of(an, r);
      if (dateline == null) dateline = r;
    }
    return dateline == null ? null : of(an, dateline);
  }

  /** The host's capital (its English name) named after "in"/"в" in a sentence of the pair, else null. */
  static String named(Analysis an, VisitFinder.Visit v) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si] || an.headlineLike[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      List<Ref> refs = an.refsIn(s.start(), s.end());
      Ref capital = null;
      boolean other = false;
      for (Ref r : refs) {
        if (!r.iso3().equals(v.guest) && !r.iso3().equals(v.host)) other = true;
        if (capital == null && r.kind() == RefKind.CAPITAL && r.iso3().equals(v.host)
            && AT.contains(an.tokenBefore(r.tokenStart()))) {
          capital = r;
        }
      }
      if (capital == null || other || VisitFinder.pastInPassing(an, s.start(), s.end())) continue;
      return of(an, capital);
    }
    return null;
  }
}
