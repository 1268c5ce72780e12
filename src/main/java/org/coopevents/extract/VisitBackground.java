package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.CueHit;

/**
 * A visit the article tells only in passing, as background of other news: every statement of
 * it either sits in a clause that dates another event by it ("the treaty was concluded in
 * Tashkent on 22 December 2022, when the president was there on a state visit"; the main clause
 * has its own past verb or signing, no visit word, and a date of history: over 30 days before the
 * report, or a full date in a report without a publication date) or calls it past ("the recent state visit", "недавний
 * визит"). Such a visit is no event of the article. Words: {@code visit_background_words.tsv}.
 */
final class VisitBackground {
  enum Role { WHEN, EARLIER, PERIOD }

  private static final RoleWords<Role> WORDS = RoleWords.load("visit_background_words.tsv", Role.class);

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /** "in April", "in early June 2023": a month without a day (English month names, capitalised). */
  private static final java.util.regex.Pattern MONTH_ONLY = java.util.regex.Pattern.compile(
      "(?<![\\p{L}])in\\s+(?:early\\s+|late\\s+|mid-)?(January|February|March|April|May|June|July|August"
      + "|September|October|November|December)(?:,?\\s+((?:19|20)\\d\\d))?(?![\\p{L}\\d])(?!\\s+\\d)");
  /** How many tokens after the visit word its month may stand ("visited China in April"). */
  private static final int MONTH_WINDOW = 8;

  private VisitBackground() {}

  /**
   * "who visited China in April", "during his visit to Beijing in June" in a report of July: a
   * month named without a day, right after the visit word and before the report's month, dates a
   * visit of the past, in a sentence with no word of the future. The month is in the report's year
   * unless it lies after the report's month (then the year before), or its year is stated.
   */
  static boolean pastMonth(Analysis an, CueHit first, int end) {
    if (an.anchor == null || an.russian) return false;
    // "will visit Austria in September": a month ahead
    for (CueHit h : an.cuesIn(an.sentences.get(an.sentenceOfOffset(first.start())).start(), end)) {
      if (h.is(Cue.FUTURE)) return false;
    }
    int t = Math.min(first.tokenEnd() + MONTH_WINDOW, an.tokens.size());
    int to = Math.min(end, t < an.tokens.size() ? an.tokens.end(t - 1) : an.text.length());
    java.util.regex.Matcher m = MONTH_ONLY.matcher(an.text).region(first.end(), Math.max(first.end(), to));
    if (!m.find()) return false;
    // another clause between: "visited China, and in April ..." is not the visit's month
    if (an.text.substring(first.end(), m.start()).indexOf(',') >= 0) return false;
    int month = DateFinder.month(m.group(1));
    int year = m.group(2) != null ? Integer.parseInt(m.group(2))
        : month <= an.anchor.getMonthValue() ? an.anchor.getYear() : an.anchor.getYear() - 1;
    java.time.YearMonth named = java.time.YearMonth.of(year, month);
    return named.isBefore(java.time.YearMonth.from(an.anchor));
  }

  static boolean is(Role role, String word) {
    return WORDS.is(role, word);
  }

  /** Every statement of the visit tells it in passing. */
  static boolean inPassing(Analysis an, VisitFinder.Visit v) {
    if (v.candidates.isEmpty()) return false;
    for (VisitFinder.Candidate c : v.candidates) if (!inPassing(an, c.sentence)) return false;
    return true;
  }

  private static boolean visitWord(CueHit h) {
    return h.is(Cue.VISIT_NOUN) || h.is(Cue.VISIT_VERB) || h.is(Cue.ARRIVE) || h.is(Cue.TRIP)
        || h.is(Cue.HOST_VERB);
  }

  /**
   * The main clause dates its event long before the report (more than 30 days), or, in a
   * report without a publication date, by a full date: told as history, not as news.
   */
  private static boolean oldNews(Analysis an, int from, int to) {
    for (DateFinder.DateMention d : an.dates(from, to, false)) {
      if (!d.resolved() || d.relative()) continue;
      if (an.anchor == null) return yearStated(an, d);
      if (d.to().isBefore(an.anchor.minusDays(30))) return true;
    }
    return false;
  }

  private static boolean yearStated(Analysis an, DateFinder.DateMention d) {
    return YEAR.matcher(an.text).region(d.start(), d.end()).find();
  }

  static boolean inPassing(Analysis an, int si) {
    Sentences.Span s = an.sentences.get(si);
    List<CueHit> cues = an.cuesIn(s.start(), s.end());
    CueHit first = null;
    for (CueHit h : cues) {
      if (visitWord(h)) {
        first = h;
        break;
      }
    }
    if (first == null) return false;
    int from = an.tokens.firstAtOrAfter(s.start());
    // "the recent state visit": a past-marking word just before the visit word
    if (first.is(Cue.VISIT_NOUN)) {
      for (int k = first.tokenStart() - 1; k >= Math.max(from, first.tokenStart() - 3); k--) {
        if (is(Role.EARLIER, an.tokens.norm(k))) return true;
      }
    }
    // "paid a state visit to the United States earlier this year": dated as past, by the year or month
    for (int k = first.tokenEnd(); k + 2 < an.tokens.size() && an.tokens.start(k) < s.end(); k++) {
      if (is(Role.EARLIER, an.tokens.norm(k)) && an.tokens.norm(k + 1).equals("this")
          && is(Role.PERIOD, an.tokens.norm(k + 2))) {
        return true;
      }
    }
    // "visited China in April", "during his visit to Beijing in June": a month before the report's
    if (pastMonth(an, first, s.end())) return true;
    // "Modi, who visited Washington in June, ...": a relative clause tells a visit of months ago
    if (first.tokenStart() > from && VisitFinder.is(VisitFinder.Role.RELATIVE, an.tokens.norm(first.tokenStart() - 1))
        && oldNews(an, first.start(), s.end())) {
      return true;
    }
    // ", when ...": the visit dates a main clause of its own
    for (int k = first.tokenStart() - 1; k > from; k--) {
      if (!is(Role.WHEN, an.tokens.norm(k))) continue;
      int comma = an.text.lastIndexOf(',', an.tokens.start(k));
      if (comma < s.start() || an.text.substring(comma + 1, an.tokens.start(k)).strip().length() > 0) return false;
      boolean mainVerb = false;
      for (CueHit h : cues) {
        if (h.start() >= comma) break;
        if (visitWord(h)) return false;
        mainVerb |= h.is(Cue.PAST) || h.is(Cue.SIGN) || h.is(Cue.SIGN_PAST);
      }
      return mainVerb && oldNews(an, s.start(), comma);
    }
    return false;
  }
}
