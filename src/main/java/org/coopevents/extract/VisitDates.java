package org.coopevents.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.knowledge.Titles;

/**
 * The days of a visit: what one statement of it dates ({@link #read}), and the first and last
 * day of the visit an article reports from all its statements ({@link #settle}).
 *
 * <p>A statement's date is the date nearest its visit word, a range first, read with the words
 * around it ({@code visit_date_words.tsv}): "until Wednesday" gives the last day; a verb that
 * ends the visit ("wrapped up", "завершился") makes the date the last day, and with a stated
 * length ("three-day") the first day is counted back from it; "starting on", "the opening day"
 * give a first day with the last one open; a date right after a verb of saying ("said on
 * Thursday that") is the day of the statement, not of the visit; a tweet's signature date and
 * dates in figures (page stamps) are no visit's days.
 *
 * <p>An article's visit: the days its statements give that lie close together (gaps of at most
 * {@link #GAP_DAYS}), the group with a range or a first day preferred, else the one most
 * statements give, else the earliest. Its first day is the earliest day of that group, its last
 * day the latest when the statements give more than one day (a programme: arrival on the 26th,
 * stops on the 27th and 28th); one day alone is a first day and, unless it is an arrival or a
 * start, the last. A length stated in the article ("a two-day trip") fixes a missing last day.
 * A planned visit is not dated before its announcement: such a date is the day of the
 * announcement. A visit whose statements carry no day takes the days of the sentences that
 * state it; an arrival told as news with no day of its own happened on the day of the report.
 */
final class VisitDates {
  /** Days between two dates of one article that still belong to one visit's programme. */
  static final int GAP_DAYS = 3;

  enum Role { UNTIL, END, START, BEGUN, REPORT, FROM, RETURN, RECAP, DAY_1, DAY_2, DAY_3, DAY_4, ONE, LEAVE, SET_OFF, LEG, FINITE, STAY, GUEST_PRONOUN, STAY_ON, STAY_UNTIL, A_DAY, SIGNED, RECENT, PAST_WEEK, WEEK, EARLIER, PRECEDES }

  private static final RoleWords<Role> WORDS = RoleWords.load("visit_date_words.tsv", Role.class);

  private VisitDates() {}

  /** Whether the normalised word has the role. */
  static boolean is(Role role, String word) {
    return WORDS.is(role, word);
  }

  // ------------------------------------------------------------------ one statement

  /**
   * The days the statement at [from, to) gives its visit: {@code c.start}/{@code c.end}, with
   * {@code c.rangeDate} for a stated range and {@code c.arrivalDate} for a first day whose last
   * day is open; {@code c.start} null with {@code c.end} set when only the last day is stated.
   */
  static void read(Analysis an, VisitFinder.Candidate c, List<CueHit> cues, CueHit cue, int from, int to) {
    c.durationDays = statedLength(an, cues);
    Found f = scan(an, c, cue, from, to);
    if (f.best() == null) {
      if (f.until() != null) c.end = f.until().to();
      return;
    }
    place(an, c, cue, from, to, f);
  }

  /**
   * The dates a statement gives its visit: the nearest usable one (a span before a day), and the
   * ones marked as its last day ("until"), as ended, or as the day of an arrival counted back from.
   */
  private record Found(DateFinder.DateMention best, DateFinder.DateMention until, DateFinder.DateMention ended,
      DateFinder.DateMention arrival, LocalDate firstDay, LocalDate lastDay) {}

  private static Found scan(Analysis an, VisitFinder.Candidate c, CueHit cue, int from, int to) {
    DateFinder.DateMention best = null;
    int bestDist = Integer.MAX_VALUE;
    DateFinder.DateMention until = null;
    DateFinder.DateMention ended = null;
    DateFinder.DateMention arrival = null;
    LocalDate firstDay = null;
    LocalDate lastDay = null;
    boolean recap = recap(an, cue, from);
    // "Biden arrives in New Delhi on Thursday": a present arrival with a weekday tells the schedule ahead
    boolean presentArrival = c.ongoing && cue.is(Cue.ARRIVE)
        && VisitFinder.is(VisitFinder.Role.ONGOING, an.tokens.norm(cue.tokenStart()))
        // "heads to Astana on Monday", "travels to Hanoi on Sunday": a present move with no other tense
        || c.tense == null && cue.is(Cue.ARRIVE) && VisitFinder.is(VisitFinder.Role.PRESENT_MOVE, an.tokens.norm(cue.tokenStart()))
        // "leaves on Tuesday for a three-day visit", "вылетает во вторник": the move itself is dated
        || c.tense == null && movesOnWeekday(an, from, to);
    for (DateFinder.DateMention d : an.dates(from, to, c.tense == Cue.FUTURE || presentArrival)) {
      if (!usable(an, d) || tourStart(an, d, cue) || inClauseOfOtherPlace(an, c, d, from)) continue;
      // "returned home on Sunday after state visits to ...": the day of the return
      if ((before(an, d, Role.RETURN, 5, false) || after(an, d, Role.RETURN, 3)) && !homeAtEnd(an, d)) continue;
      // "в понедельник подвели итоги визита": the day of the summing up
      if (recap && !d.isRange()) continue;
      if (before(an, d, Role.UNTIL, 2, true)) {
        if (until == null) until = d;
        continue;
      }
      if (before(an, d, Role.REPORT, 2, false) || saidAfterTheVisit(an, d, cue) || precedesVisit(an, d)) continue;
      if (ended == null && before(an, d, Role.END, 2, false)) ended = d;
      if (arrival == null && RelativeDays.afterArrival(an.text.substring(d.start(), d.end()))) arrival = d;
      if (c.tense == Cue.FUTURE && (an.anchor == null || !d.from().isBefore(an.anchor)) && aheadInClause(an, d, from, to)) {
        // days ahead only: "who is due to visit Brazil on Wednesday, met Lula on Monday"
        if (firstDay == null || d.from().isBefore(firstDay)) firstDay = d.from();
        if (lastDay == null || d.to().isAfter(lastDay)) lastDay = d.to();
      }
      int dist = d.start() >= cue.end() ? d.start() - cue.end() : cue.start() - d.end() + 5;
      if (d.isRange()) dist -= 1000;
      if (dist < bestDist) {
        bestDist = dist;
        best = d;
      }
    }
    return new Found(best, until, ended, arrival, firstDay, lastDay);
  }

  /** How many words after a word of PRECEDES the visit word may stand ("ahead of Xi Jinping's state visit"). */
  private static final int PRECEDES_REACH = 8;

  /**
   * "talks set on Tuesday ahead of the state visit", "в понедельник, накануне визита": a word of
   * PRECEDES right after the date (one word between allowed) and a visit noun a few words after it:
   * the day comes before the visit and is not one of its days, whatever cue the statement is read from.
   */
  /** Words that end the phrase after a word of PRECEDES before a visit word ("ahead of the summit for a visit"). */
  private static final Set<String> PRECEDES_BREAK = Set.of("for", "on", "with", "to", "at", "in", "and", "с", "на", "и", "для");

  private static boolean precedesVisit(Analysis an, DateFinder.DateMention d) {
    int t = an.tokens.firstAtOrAfter(d.end());
    for (int k = t; k >= 0 && k < Math.min(t + 2, an.tokens.size()); k++) {
      if (!is(Role.PRECEDES, an.tokens.norm(k))) continue;
      int last = Math.min(k + PRECEDES_REACH, an.tokens.size() - 1);
      for (CueHit h : an.cuesIn(an.tokens.end(k), an.tokens.end(last))) {
        if (!h.is(Cue.VISIT_NOUN) && !h.is(Cue.TRIP)) continue;
        // "ahead of the SCO summit for a state visit": the visit is not what the day precedes
        for (int j = k + 1; j < h.tokenStart(); j++) if (PRECEDES_BREAK.contains(an.tokens.norm(j))) return false;
        return true;
      }
      return false;
    }
    return false;
  }

  /** Whether the tense word nearest to the date in the statement [from, to) speaks of the future. */
  private static boolean aheadInClause(Analysis an, DateFinder.DateMention d, int from, int to) {
    return RelativeDays.tense(an.text.substring(from, to), d.start() - from, d.end() - from) > 0;
  }

  /** How many days apart the days of one statement's programme may lie. */
  private static final int PROGRAMME_SPAN_DAYS = 4;

  /**
   * A statement of the visit ahead that dates its items by separate days ("On Tuesday he will hold
   * talks in Tashkent, and on Wednesday the guest will travel to Samarkand", "во вторник проведет
   * переговоры, а в среду посетит Самарканд"): the earliest is the first day, the latest the last
   * (or later, by a stated length). Not where a day is marked as the last or counted from the arrival.
   */
  private static boolean programme(VisitFinder.Candidate c, Found f) {
    if (c.tense != Cue.FUTURE || f.until() != null || f.ended() != null || f.arrival() != null
        || f.firstDay() == null) return false;
    long span = java.time.temporal.ChronoUnit.DAYS.between(f.firstDay(), f.lastDay());
    if (span < 1 || span > PROGRAMME_SPAN_DAYS) return false;
    c.start = f.firstDay();
    c.end = c.durationDays > span ? c.start.plusDays(c.durationDays - 1) : f.lastDay();
    c.rangeDate = true;
    return true;
  }

  /** The first and last days from the nearest date, read by the words around it. */
  private static void place(Analysis an, VisitFinder.Candidate c, CueHit cue, int from, int to, Found f) {
    DateFinder.DateMention best = f.best();
    DateFinder.DateMention until = f.until();
    DateFinder.DateMention ended = f.ended();
    DateFinder.DateMention arrival = f.arrival();
    c.start = best.from();
    if (best.isRange()) {
      c.end = best.to();
      c.rangeDate = true;
      return;
    }
    if (programme(c, f)) return;
    if (arrival != null) {
      // "held talks on Wednesday, a day after arriving for a three-day visit": the arrival opens it
      c.start = arrival.from();
      c.end = c.durationDays > 0 ? c.start.plusDays(c.durationDays - 1) : null;
      c.arrivalDate = true;
      return;
    }
    if (ended != null && ended.from().isAfter(best.from()) && ended.from().isBefore(best.from().plusDays(10))) {
      // "the visit, which began on Tuesday, ended on Wednesday": its first and last day
      c.end = ended.to();
      c.rangeDate = true;
      return;
    }
    boolean ending = endVerbNear(an, cue, from, to) || before(an, best, Role.END, 2, false);
    if (ending && otherLeg(an, c, cue)) {
      // "wrapped up his Rwanda visit on Tuesday and flew to Uganda": the day the tour moved on
      // opens the next leg; the length stated is that of the leg ended
      c.durationDays = 0;
      c.end = null;
      c.arrivalDate = true;
      return;
    }
    if (ending || leftPlaceOn(an, c, best, from, to)) {
      // "сегодня завершился трехдневный визит": the date is the last day
      c.end = best.to();
      c.start = c.durationDays > 0 ? c.end.minusDays(c.durationDays - 1) : null;
      c.rangeDate = c.start != null;
      return;
    }
    if (c.ongoing && c.tense == Cue.PAST && !cue.is(Cue.ARRIVE) && an.anchor != null && best.from().isAfter(an.anchor)
        && !near(an, best, Role.START, 4) && !before(an, best, Role.FROM, 1, false)) {
      // "is on a three-day visit to the US, where he will address Congress on Thursday": under
      // way, and a single later day is an item of its programme, not its first day
      c.start = null;
      c.end = null;
      return;
    }
    int ordinal = dayOfVisit(an, cue, from);
    if (ordinal == 1) {
      // "on the first day of her state visit, on Thursday": the first day, the last one open
      c.end = c.durationDays > 0 ? c.start.plusDays(c.durationDays - 1) : null;
      c.arrivalDate = c.end == null;
      return;
    }
    if (ordinal > 1) {
      // "on the second day of his visit ... on Thursday": the visit began the day before
      c.start = best.from().minusDays(ordinal - 1);
      c.end = c.durationDays > 0 ? c.start.plusDays(c.durationDays - 1) : null;
      c.arrivalDate = c.end == null;
      return;
    }
    if (until != null && !until.from().isBefore(c.start) && until.from().isBefore(c.start.plusDays(10))) {
      // "landed on Monday to begin a visit that will last until Wednesday"
      c.end = until.from();
      c.rangeDate = true;
      return;
    }
    // "departs Abuja on Tuesday for an official visit to South Africa": the day of leaving for the
    // host opens the visit at most; its last day is not told
    if (cue.is(Cue.ARRIVE) || c.departure || setsOffFor(an, best, cue) || near(an, best, Role.START, 4) || opensWithStart(an, best)
        || startVerbBefore(an, cue, from) || before(an, best, Role.FROM, 1, false) && !printedAsRange(an, best)) {
      c.end = c.durationDays > 0 ? c.start.plusDays(c.durationDays - 1) : null;
      c.arrivalDate = true;
    } else {
      c.end = c.durationDays > 0 ? c.start.plusDays(c.durationDays - 1) : best.from();
    }
  }

  /**
   * "arrived in Kampala on Tuesday from Rwanda, where he spent Monday and Tuesday": a date in a
   * where-clause ("where", "где") set after another state than the host tells of that state's days.
   */
  private static boolean inClauseOfOtherPlace(Analysis an, VisitFinder.Candidate c, DateFinder.DateMention d, int from) {
    if (c.host == null) return false;
    int comma = an.text.lastIndexOf(',', d.start());
    if (comma < from) return false;
    String next = an.text.substring(comma + 1, Math.min(d.start(), comma + 10)).strip().toLowerCase();
    if (!next.startsWith("where ") && !next.startsWith("где ")) return false;
    for (Ref r : an.refsIn(from, comma)) {
      if (an.text.substring(r.end(), comma).isBlank()) return !r.iso3().equals(c.host);
    }
    return false;
  }

  /**
   * "his Rwanda visit", "his visit to Rwanda": the trip noun of the statement names a state other
   * than the candidate's host, so its ending tells of the tour's previous leg.
   */
  private static boolean otherLeg(Analysis an, VisitFinder.Candidate c, CueHit cue) {
    if (c.host == null || !cue.is(Cue.VISIT_NOUN) && !cue.is(Cue.TRIP)) return false;
    int after = cue.tokenEnd();
    boolean to = after < an.tokens.size() && ONWARD.contains(an.tokens.norm(after));
    for (Ref r : an.refsIn(an.tokens.start(Math.max(0, cue.tokenStart() - 1)), cue.end() + 40)) {
      boolean modifier = r.kind() == Analysis.RefKind.NAME && r.tokenEnd() == cue.tokenStart();
      boolean object = to && r.tokenStart() == after + 1;
      if (modifier || object) return !r.iso3().equals(c.host);
    }
    return false;
  }

  /**
   * A present-tense move of the statement right before a weekday: "leaves on Tuesday for",
   * "departs Sunday", "вылетает во вторник" (PRESENT_MOVE words): the weekday is the next one.
   */
  private static boolean movesOnWeekday(Analysis an, int from, int to) {
    int end = an.tokens.firstAtOrAfter(to);
    for (int k = an.tokens.firstAtOrAfter(from); k < end; k++) {
      if (!VisitFinder.is(VisitFinder.Role.PRESENT_MOVE, an.tokens.norm(k))) continue;
      for (int j = k + 1; j < Math.min(end, k + 4); j++) {
        if (RelativeDays.weekday(an.tokens.norm(j))) return true;
      }
    }
    return false;
  }

  /** How many words before its date a verb of setting off may stand ("departs Abuja on Tuesday"). */
  private static final int SET_OFF_REACH = 4;

  /**
   * "departs Abuja on Tuesday for an official visit to South Africa", "вылетает в среду с визитом":
   * a verb of setting off (VisitFinder role DEPART) a few words before the date or right after it,
   * the visit word after the date: the date is the day of leaving for the visit, its first day at most.
   */
  private static boolean setsOffFor(Analysis an, DateFinder.DateMention d, CueHit cue) {
    if (cue.start() < d.end()) return false;
    // "on Monday left Beijing for Astana on a state visit", "в понедельник отбыл в Астану": the verb
    // right after its date
    if (VisitFinder.departsAt(an, an.tokens.firstAtOrAfter(d.end()))) return true;
    int t = an.tokens.firstAtOrAfter(d.start());
    for (int k = t - 1; k >= Math.max(0, t - SET_OFF_REACH); k--) {
      if (VisitFinder.departsAt(an, k)) return true;
    }
    return false;
  }

  /**
   * "from Monday", "starting Saturday": a weekday read with its own word of a first day
   * (RelativeDays keeps the word inside the mention), which fixes the first day only.
   */
  private static boolean opensWithStart(Analysis an, DateFinder.DateMention d) {
    if (!d.relative() || d.isRange()) return false;
    int t = an.tokens.firstAtOrAfter(d.start());
    if (t >= an.tokens.size() || an.tokens.start(t) >= d.end()) return false;
    String w = an.tokens.norm(t);
    return is(Role.FROM, w) || is(Role.START, w);
  }

  /**
   * "on the first day of her visit", "on the second day of his visit", "the third day of the state
   * visit": the ordinal of the visit's day the statement tells of (a word of role DAY_n, then
   * "day", a few words before the visit word), else 0.
   */
  private static int dayOfVisit(Analysis an, CueHit cue, int from) {
    if (!cue.is(Cue.VISIT_NOUN) && !cue.is(Cue.TRIP)) return 0;
    int lo = Math.max(an.tokens.firstAtOrAfter(from), cue.tokenStart() - 6);
    for (int k = cue.tokenStart() - 2; k >= lo; k--) {
      String next = an.tokens.norm(k + 1);
      if (!next.equals("day") && !next.startsWith("дн") && !next.startsWith("ден")) continue;
      String w = an.tokens.norm(k);
      if (is(Role.DAY_1, w)) return 1;
      if (is(Role.DAY_2, w)) return 2;
      if (is(Role.DAY_3, w)) return 3;
      if (is(Role.DAY_4, w)) return 4;
    }
    return 0;
  }

  /**
   * The length of the visit its statement gives: "two-day", "three-day", "four-day" (cues), else
   * a number and "day" a few words before a visit or trip word ("a five-day state visit", "his
   * 10-day tour", "a one-day working visit", "a day-long visit"); 0 when none is stated.
   */
  static int statedLength(Analysis an, List<CueHit> cues) {
    int n = 0;
    for (CueHit h : cues) {
      if (h.is(Cue.DURATION_2)) n = 2;
      if (h.is(Cue.DURATION_3)) n = 3;
      if (h.is(Cue.DURATION_4)) n = 4;
    }
    if (n > 0) return n;
    for (CueHit v : cues) {
      // "after three days of talks", "four days of meetings": the length of the stay
      int k = v.tokenStart();
      if ((v.is(Cue.TALKS) || v.is(Cue.VISIT_NOUN)) && k >= 3 && an.tokens.norm(k - 1).equals("of")
          && an.tokens.norm(k - 2).equals("days")) {
        int len = lengthWord(an, an.tokens.norm(k - 3));
        if (len > 1 && len <= 14) return len;
      }
    }
    for (int i = 0; i < cues.size(); i++) {
      CueHit v = cues.get(i);
      if (!v.is(Cue.VISIT_NOUN) && !v.is(Cue.TRIP)) continue;
      // "a 10-day tour of Africa": a tour's length is that of all its stops
      if (VisitFinder.is(VisitFinder.Role.TOUR, an.tokens.norm(v.tokenEnd() - 1))) continue;
      for (int k = v.tokenStart() - 1; k >= Math.max(1, v.tokenStart() - 4); k--) {
        String w = an.tokens.norm(k);
        if (w.equals("long") && an.tokens.norm(k - 1).equals("day")) return 1; // "a day-long visit"
        // "on a day's official visit": "day", the "s" of its possessive, an article of one before it
        if (k >= 2 && w.equals("s") && an.tokens.norm(k - 1).equals("day") && is(Role.A_DAY, an.tokens.norm(k - 2))) return 1;
        if (!w.equals("day")) continue;
        int len = lengthWord(an, an.tokens.norm(k - 1));
        if (len > 0 && len <= 14) return len;
      }
    }
    return 0;
  }

  /** "one", "five", "10": a number of days; 0 for any other word. */
  private static int lengthWord(Analysis an, String w) {
    if (is(Role.ONE, w)) return 1;
    if (!w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit)) return Integer.parseInt(w);
    Integer n = an.kb.docTypes.numberWord(w);
    return n == null ? 0 : n;
  }

  /** A date of the prose: resolved, after the dateline, not a page or tweet stamp. */
  static boolean usable(Analysis an, DateFinder.DateMention d) {
    return d.resolved() && d.start() >= an.datelineEnd && !numericStamp(an, d) && !tweetStamp(an, d)
        && !gluedStamp(an, d);
  }

  /** "25 мая 2024 г.Государственный визит": a page's date glued to the first word of the text. */
  static boolean gluedStamp(Analysis an, DateFinder.DateMention d) {
    return d.end() < an.text.length() && Character.isUpperCase(an.text.charAt(d.end()))
        && an.text.charAt(d.end() - 1) == '.';
  }

  /**
   * "2023-06-26", "06.12.2021": a date in figures is a page's stamp (a byline, a timestamp), not
   * how a report dates an event in its prose.
   */
  static boolean numericStamp(Analysis an, DateFinder.DateMention d) {
    for (int i = d.start(); i < d.end(); i++) {
      char ch = an.text.charAt(i);
      if (!Character.isDigit(ch) && ch != '-' && ch != '.' && ch != '/') return false;
    }
    return true;
  }

  /** "— Name (@handle) June 25, 2023": the date that signs an embedded post. */
  static boolean tweetStamp(Analysis an, DateFinder.DateMention d) {
    int k = d.start() - 1;
    while (k >= 0 && Character.isWhitespace(an.text.charAt(k))) k--;
    if (k < 0 || an.text.charAt(k) != ')') return false;
    int open = an.text.lastIndexOf('(', k);
    return open >= 0 && k - open < 40 && open + 1 < an.text.length() && an.text.charAt(open + 1) == '@';
  }

  /**
   * A word of the role among the {@code window} tokens before the date (or, with
   * {@code first}, as the date's own first word: "until Wednesday" is one mention).
   */
  /** "the Kremlin said on Tuesday", "сообщили в среду": a date right after a verb of saying. */
  static boolean saidOn(Analysis an, DateFinder.DateMention d) {
    return before(an, d, Role.REPORT, 2, false);
  }

  private static boolean before(Analysis an, DateFinder.DateMention d, Role role, int window, boolean first) {
    int t = an.tokens.firstAtOrAfter(d.start());
    if (first && t < an.tokens.size() && an.tokens.start(t) < d.end() && is(role, an.tokens.norm(t))) return true;
    for (int k = t - 1; k >= Math.max(0, t - window); k--) {
      if (is(role, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /**
   * "left here for home on Saturday at the end of his two-day visit", "flew home today, wrapping up
   * a state visit": setting off for home (a SET_OFF word shortly before "home") in a clause that
   * ends the visit (an END word right after) is leaving the host, so the date is the visit's last
   * day. A return alone ("returned home on Sunday after visits to ...") may come days later.
   */
  private static boolean homeAtEnd(Analysis an, DateFinder.DateMention d) {
    int t = an.tokens.firstAtOrAfter(d.start());
    int after = an.tokens.firstAtOrAfter(d.end());
    for (int k = Math.max(0, t - 5); k < Math.min(an.tokens.size(), after + 3); k++) {
      if (k >= t && k < after || !an.tokens.norm(k).equals("home")) continue;
      boolean setOff = false;
      for (int j = Math.max(0, k - 3); j < k; j++) setOff |= is(Role.SET_OFF, an.tokens.norm(j));
      if (!setOff) continue;
      int from = Math.max(k + 1, after);
      for (int j = from; j < Math.min(an.tokens.size(), from + 8); j++) {
        if (is(Role.END, an.tokens.norm(j))) return true;
      }
    }
    return false;
  }

  /**
   * "'This visit will strengthen our ties,' she told a press conference at her residence today",
   * "Modi visited Egypt, the ministry said in a statement on Sunday": after the visit's word, a verb
   * of saying whose clause runs to the date with no other verb (no FINITE word between) has the
   * date for its own: the day of the statement, not of the visit.
   */
  private static boolean saidAfterTheVisit(Analysis an, DateFinder.DateMention d, CueHit cue) {
    int t = an.tokens.firstAtOrAfter(d.start());
    for (int k = t - 1; k >= Math.max(cue.tokenEnd(), t - 10); k--) {
      String w = an.tokens.norm(k);
      if (is(Role.FINITE, w)) return false;
      if (is(Role.REPORT, w)) return true;
    }
    return false;
  }

  /**
   * "a three-day visit to Ethiopia, the last stop of a week-long tour that began on March 4",
   * "Uganda is the last leg of his Africa tour starting from June 17": a first day (START or FROM
   * right before the date) of a tour named after the visit's own word, or of the tour a LEG word
   * places the visit in, dates the tour, not the leg.
   */
  private static boolean tourStart(Analysis an, DateFinder.DateMention d, CueHit cue) {
    int t = an.tokens.firstAtOrAfter(d.start());
    if (t == 0 || !is(Role.START, an.tokens.norm(t - 1)) && !is(Role.FROM, an.tokens.norm(t - 1))
        && !(t > 1 && an.tokens.norm(t - 1).equals("on") && is(Role.START, an.tokens.norm(t - 2)))) return false;
    for (int k = t - 1; k >= Math.max(0, t - 8); k--) {
      if (!VisitFinder.is(VisitFinder.Role.TOUR, an.tokens.norm(k))) continue;
      if (k >= cue.tokenEnd()) return true;
      // the tour is the cue: "Uganda is the last leg of his tour starting from June 17"
      for (int j = k - 1; j >= Math.max(0, k - 10); j--) if (is(Role.LEG, an.tokens.norm(j))) return true;
      return false;
    }
    return false;
  }

  /** A word of the role among the {@code window} tokens after the date. */
  private static boolean after(Analysis an, DateFinder.DateMention d, Role role, int window) {
    int t = an.tokens.firstAtOrAfter(d.end());
    for (int k = t; k < Math.min(an.tokens.size(), t + window); k++) {
      if (is(role, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /**
   * A word that sums the visit up among the few tokens before its visit word, in its statement:
   * "по итогам визита", "the results of Uzbek President Shavkat Mirziyoyev's visit".
   */
  private static boolean recap(Analysis an, CueHit cue, int from) {
    return roleBeforeVisitWord(an, cue, from, Role.RECAP, 8);
  }

  /** A word of the role among the {@code window} tokens before the visit word, in its statement. */
  private static boolean roleBeforeVisitWord(Analysis an, CueHit cue, int from, Role role, int window) {
    if (!cue.is(Cue.VISIT_NOUN)) return false;
    int lo = Math.max(an.tokens.firstAtOrAfter(from), cue.tokenStart() - window);
    for (int k = cue.tokenStart() - 1; k >= lo; k--) {
      if (is(role, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /**
   * "from November 17 to November 17": a range printed with both ends that names one day (its
   * first and last day are the same), so "from" does not leave its end open.
   */
  private static boolean printedAsRange(Analysis an, DateFinder.DateMention d) {
    return RANGE_JOIN.matcher(an.text).region(d.start(), d.end()).find();
  }

  private static final java.util.regex.Pattern RANGE_JOIN = java.util.regex.Pattern.compile(
      "\\s(?:to|until|till|through|and|по|до|и)\\s|\\d\\s*[-\u2013\u2014]\\s*\\d");

  /** A word of the role within {@code window} tokens of the date, on either side. */
  private static boolean near(Analysis an, DateFinder.DateMention d, Role role, int window) {
    if (before(an, d, role, window, true)) return true;
    int t = an.tokens.firstAtOrAfter(d.end());
    for (int k = t; k < Math.min(an.tokens.size(), t + window); k++) {
      if (is(role, an.tokens.norm(k))) return true;
    }
    return false;
  }

  private static final Set<String> ONWARD = Set.of("for", "to", "в", "во", "на");

  /**
   * "left Moscow on Wednesday after a three-day state visit", "покинул Москву в среду", "вылетел
   * из Пекина в пятницу": a verb of leaving (LEAVE), a place, then the date, with no destination
   * after it ("left Moscow on Wednesday for Beijing" is a departure towards): the last day.
   */
  /**
   * "Kampala for Johannesburg on": the place r, an onward word, then one to three capitalised words
   * (a place, named or not) that end right before token t.
   */
  private static boolean onwardEndsAt(Analysis an, Ref r, int t) {
    int k = r.tokenEnd();
    if (k >= an.tokens.size() || !ONWARD.contains(an.tokens.norm(k)) || t - k - 1 < 1 || t - k - 1 > 3) return false;
    for (int j = k + 1; j < t; j++) {
      if (!Character.isUpperCase(an.text.charAt(an.tokens.start(j)))) return false;
    }
    return true;
  }

  /**
   * "emplaned for Delhi on Wednesday following a two-day visit to Australia", "left for South Africa
   * on Friday, concluding his state visit to Equatorial Guinea": a verb of leaving, an onward word
   * and one to three capitalised words right before the date, for a place other than the host: the
   * guest leaves the host that day.
   */
  private static boolean onwardFromHost(Analysis an, VisitFinder.Candidate c, int t) {
    for (int k = t - 3; k >= Math.max(0, t - 5); k--) {
      if (!DepartureWording.leaving(an.tokens.norm(k)) || !ONWARD.contains(an.tokens.norm(k + 1))) continue;
      for (int j = k + 2; j < t; j++) {
        if (!Character.isUpperCase(an.text.charAt(an.tokens.start(j)))) return false;
      }
      for (Ref r : an.refsIn(an.tokens.start(k + 2), an.tokens.start(t))) {
        if (r.iso3().equals(c.host)) return false;
      }
      return c.host != null;
    }
    return false;
  }

  private static boolean leftPlaceOn(Analysis an, VisitFinder.Candidate c, DateFinder.DateMention d, int from, int to) {
    int t = an.tokens.firstAtOrAfter(d.start());
    int after = an.tokens.firstAtOrAfter(d.end());
    List<Ref> refs = an.refsIn(from, to);
    Ref left = null;
    for (Ref r : refs) {
      int k = r.tokenStart() - 1;
      if (k > 0 && FROM.contains(an.tokens.norm(k))) k--;
      if (k < 0 || !is(Role.LEAVE, an.tokens.norm(k))) continue;
      // "left Moscow on Wednesday"; "в среду покинул Москву" (the date before the verb)
      int next = an.tokens.firstAtOrAfter(r.end());
      if (r.tokenEnd() == t && !(after < an.tokens.size() && ONWARD.contains(an.tokens.norm(after)))
          || k == after && !(next < an.tokens.size() && ONWARD.contains(an.tokens.norm(next)))) {
        left = r;
        break;
      }
      // "left Kampala for Johannesburg on Wednesday": the host left, for a place named before the date
      if (r.iso3().equals(c.host) && onwardEndsAt(an, r, t)) return true;
    }
    if (left == null) return onwardFromHost(an, c, t);
    // "left Uganda for South Africa on Wednesday after a two-day visit": leaving the host ends its visit
    if (left.iso3().equals(c.host)) return true;
    // "left Beijing on Monday, heading for a state visit to Russia": the place left is not where the visit goes
    for (Ref r : refs) {
      if (r == left || r.tokenStart() == 0 || !ONWARD.contains(an.tokens.norm(r.tokenStart() - 1))) continue;
      return r.iso3().equals(left.iso3());
    }
    return true;
  }

  /**
   * "began a state visit to Kazakhstan on Tuesday", "начал официальный визит": a verb of starting
   * right before the visit word (up to three words between) makes its date the first day only.
   */
  private static boolean startVerbBefore(Analysis an, CueHit cue, int from) {
    return roleBeforeVisitWord(an, cue, from, Role.START, 4);
  }

  /**
   * A verb that ends the visit next to its word: "wrapped up a three-day visit", "визит
   * завершился" (a verb right before the date counts too: "a visit ..., which concluded on
   * Tuesday").
   */
  private static boolean endVerbNear(Analysis an, CueHit cue, int from, int to) {
    int lo = Math.max(an.tokens.firstAtOrAfter(from), cue.tokenStart() - 6);
    int hi = Math.min(an.tokens.firstAtOrAfter(to), cue.tokenEnd() + 2);
    for (int k = lo; k < hi; k++) {
      if (k >= cue.tokenStart() && k < cue.tokenEnd()) continue;
      if (is(Role.END, an.tokens.norm(k))) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ the article's visit

  /** One statement's days as an interval, with what kind of statement gave it. */
  private record Span(LocalDate lo, LocalDate hi, boolean range, boolean open, boolean endOnly, boolean departure) {}

  /**
   * Sets {@code v.start}/{@code v.end} from the visit's statements; {@code planned} when the
   * statements tell of a visit ahead (then a day before the report is the announcement's).
   */
  static void settle(Analysis an, VisitFinder.Visit v, boolean planned) {
    int duration = 0;
    for (VisitFinder.Candidate c : v.candidates) duration = Math.max(duration, c.durationDays);
    if (duration == 0) duration = articleDuration(an, v);
    List<Span> spans = spans(an, v, planned);
    if (spans.isEmpty()) {
      // statements that carry no day of their own (a host's welcome, a headline): the days of
      // the sentences that state the visit, else of the first other sentence that tells of a
      // visit of the two states (and of no third one)
      Set<Integer> own = new HashSet<>();
      for (VisitFinder.Candidate c : v.candidates) {
        own.add(c.sentence);
        if (c.clauseOfSentence) continue; // "will visit Russia on July 8-9, after which he will travel to Austria"
        Span sp = sentenceSpan(an, c.sentence, c.tense, planned);
        // "HANOI (Wire) - Putin and To Lam held talks on Thursday and signed eleven documents": a
        // statement by a signing or a meeting, with no visit word, is dated by its talks
        if (sp == null) sp = sentenceSpan(an, c.sentence, c.tense, planned, true);
        if (sp != null) spans.add(sp);
      }
      for (int si = 0; spans.isEmpty() && si < an.sentences.size(); si++) {
        if (own.contains(si) || !prose(an, si) || !aboutPair(an, si, v)) continue;
        Span sp = sentenceSpan(an, si, null, planned);
        if (sp != null) spans.add(sp);
      }
      if (spans.isEmpty()) {
        Span leg = legSpan(an, v.host, planned);
        if (leg != null) spans.add(leg);
      }
      if (spans.isEmpty() && planned) {
        // "On Tuesday, the president will lay a wreath ... On Wednesday, talks": the programme's days
        LocalDate[] p = ProgrammeDays.of(an, v);
        if (p != null) spans.add(new Span(p[0], p[1], p[1].isAfter(p[0]), !p[1].isAfter(p[0]), false, false));
      }
    }
    List<Span> starts = new ArrayList<>();
    Span endOnly = null;
    for (Span sp : spans) {
      if (sp.endOnly()) {
        if (endOnly == null) endOnly = sp;
      } else {
        starts.add(sp);
      }
    }
    if (starts.isEmpty()) {
      if (endOnly != null) {
        // the report fixes the last day; the first is its length before it, else a day of
        // arrival or start another sentence tells, else unknown
        v.end = endOnly.hi();
        v.start = duration > 0 ? v.end.minusDays(duration - 1) : startElsewhere(an, v.end);
      }
      return;
    }
    List<Span> group = bestGroup(starts);
    // the programme told in other sentences of the visit ("reaches Berlin on May 26") widens
    // the days the statements give, when it lies close to them
    Set<Integer> own = new HashSet<>();
    for (VisitFinder.Candidate c : v.candidates) if (c.start != null || c.end != null) own.add(c.sentence);
    LocalDate gLo = null;
    LocalDate gHi = null;
    for (Span sp : group) {
      if (gLo == null || sp.lo().isBefore(gLo)) gLo = sp.lo();
      LocalDate last = sp.hi() != null ? sp.hi() : sp.lo();
      if (gHi == null || last.isAfter(gHi)) gHi = last;
    }
    boolean onTheWay = group.stream().allMatch(Span::departure);
    List<Span> programme = new ArrayList<>();
    for (int si = 0; si < an.sentences.size(); si++) {
      if (own.contains(si) || !prose(an, si)) continue;
      // the sentence's own days first: most sentences give none, and ofPair is the dear test
      Span sp = sentenceSpan(an, si, null, planned, onTheWay);
      if (sp == null || sp.endOnly() || !ofPair(an, si, v)) continue;
      LocalDate last = sp.hi() != null ? sp.hi() : sp.lo();
      if (!sp.lo().isBefore(gLo.minusDays(1)) && !last.isAfter(gHi.plusDays(GAP_DAYS))) programme.add(sp);
    }
    group = new ArrayList<>(group);
    LocalDate left = gLo;
    if (onTheWay && !programme.isEmpty() && programme.stream().allMatch(sp -> sp.lo().isAfter(left))) {
      // "left for China on Wednesday; talks in Xi'an are set for 18-19 May": the day of leaving is
      // the journey's, the stay has the days of its programme
      group.clear();
    }
    group.addAll(programme);
    LocalDate lo = null;
    LocalDate hi = null;
    boolean closed = false;
    Set<LocalDate> days = new HashSet<>();
    for (Span sp : group) {
      if (lo == null || sp.lo().isBefore(lo)) lo = sp.lo();
      LocalDate last = sp.hi() != null ? sp.hi() : sp.lo();
      if (hi == null || last.isAfter(hi)) hi = last;
      closed |= !sp.open() || sp.range();
      days.add(sp.lo());
      if (sp.hi() != null) days.add(sp.hi());
    }
    v.start = lo;
    v.end = closed || days.size() > 1 ? hi : null;
    if (endOnly != null && !endOnly.hi().isBefore(lo) && endOnly.hi().isBefore(lo.plusDays(10))) {
      v.end = endOnly.hi();
    }
    if (duration > 0 && (v.end == null || v.end.equals(v.start))) v.end = v.start.plusDays(duration - 1);
    if (v.end == null) v.end = untilElsewhere(an, v.start);
    else if (v.end.equals(v.start) && duration == 0) {
      // "departs on Tuesday for an official visit ... The President will stay until Friday": a day
      // that opens the visit, then its last day said in another sentence
      LocalDate until = untilElsewhere(an, v.start);
      if (until != null) v.end = until;
    }
  }

  private static final Set<String> IN = Set.of("in", "to", "в", "во");

  /**
   * A tour's programme that dates each stop: "He will be in Greece on June 4-5, in Egypt on June 6
   * and in Kenya on June 7-8", "в Египте 6 июня": the days printed right after "in" and the host's
   * name, with no other state between (the first such place of the body), else null.
   */
  private static Span legSpan(Analysis an, String host, boolean planned) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (!prose(an, si)) continue;
      Sentences.Span s = an.sentences.get(si);
      List<Ref> refs = an.refsIn(s.start(), s.end());
      for (Ref r : refs) {
        // the state's own name: "в Дели 16 февраля" may date a summit held in the city
        if (!r.iso3().equals(host) || r.kind() != Analysis.RefKind.NAME || r.tokenStart() == 0
            || !IN.contains(an.tokens.norm(r.tokenStart() - 1))) continue;
        for (DateFinder.DateMention d : an.dates(s.start(), s.end(), planned)) {
          int t = an.tokens.firstAtOrAfter(d.start());
          if (t < r.tokenEnd() || t > r.tokenEnd() + 1 || !usable(an, d)) continue;
          if (t == r.tokenEnd() + 1 && !ON.contains(an.tokens.norm(r.tokenEnd()))) continue;
          if (planned && an.anchor != null && d.from().isBefore(an.anchor)) continue;
          return new Span(d.from(), d.to(), d.isRange(), false, false, false);
        }
      }
    }
    return null;
  }

  private static final Set<String> ON = Set.of("on", "from");

  /**
   * "Визит начался 20 марта", "20 марта прибыл в Москву", said in another sentence of a visit whose
   * last day is known: the day of arrival or start at most ten days before that last day, else null
   * (a visit that ended on a day is not dated as begun on it).
   */
  private static LocalDate startElsewhere(Analysis an, LocalDate end) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      boolean visitWord = an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN);
      boolean arrival = an.hasCue(s.start(), s.end(), Cue.ARRIVE) && !an.hasCue(s.start(), s.end(), Cue.STAY);
      if (!visitWord && !arrival) continue;
      for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) {
        if (!d.resolved() || d.isRange() || d.start() < an.datelineEnd) continue;
        if (!(arrival || near(an, d, Role.START, 4))) continue;
        if (!d.from().isAfter(end) && d.from().isAfter(end.minusDays(10)) && d.from().isBefore(end)) return d.from();
      }
    }
    return null;
  }

  private static final String[] UNTIL_ELSEWHERE =
      {"until ", "till ", "заверш", "продлится", "продолжится", " ends ", "will end", "concludes", "runs through ", "lasts through "};

  /**
   * "the visit lasts until Thursday", "визит завершится в четверг", "the trip will conclude on
   * November 22", "He will stay in the country until Friday", said in another sentence.
   */
  private static LocalDate untilElsewhere(Analysis an, LocalDate start) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      int marker = -1;
      if (an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN) || an.hasCue(s.start(), s.end(), Cue.TRIP)) {
        String low = an.text.substring(s.start(), s.end()).toLowerCase();
        for (String m : UNTIL_ELSEWHERE) {
          int i = low.indexOf(m);
          if (i >= 0 && (marker < 0 || i < marker)) marker = i;
        }
        // "the trip will conclude on November 22": a verb that ends the visit (END)
        for (int t = an.tokens.firstAtOrAfter(s.start()); t < an.tokens.size() && an.tokens.start(t) < s.end(); t++) {
          if (is(Role.END, an.tokens.norm(t))) {
            int i = an.tokens.start(t) - s.start();
            if (marker < 0 || i < marker) marker = i;
            break;
          }
        }
      } else {
        marker = stayOnUntil(an, s);
      }
      if (marker < 0) continue;
      for (DateFinder.DateMention d : an.dates(s.start(), s.end(), true)) {
        int rel = d.start() - s.start() - marker;
        if (rel < 0 || rel > 30) continue;
        if (d.resolved() && !d.isRange() && d.start() >= an.datelineEnd && !d.from().isBefore(start)
            && d.from().isBefore(start.plusDays(10))) {
          return d.from();
        }
      }
    }
    return null;
  }

  /**
   * "He will stay in the country until Friday", "Она пробудет в стране до 24 мая": a sentence
   * opened by a subject pronoun (the guest, named in the sentences before), or by "the" and a title
   * ("The President will remain in Pretoria until Friday"), with a verb of staying
   * on, then "until" or "до" (words of visit_date_words.tsv): the offset of "until" in the sentence, else -1.
   */
  private static int stayOnUntil(Analysis an, Sentences.Span s) {
    int t0 = an.tokens.firstAtOrAfter(s.start());
    if (t0 >= an.tokens.size() || an.tokens.start(t0) >= s.end()) return -1;
    if (!is(Role.GUEST_PRONOUN, an.tokens.norm(t0)) && !titleSubject(an, s, t0)) return -1;
    boolean stay = false;
    for (int t = t0 + 1; t < an.tokens.size() && an.tokens.start(t) < s.end() && t <= t0 + 12; t++) {
      String w = an.tokens.norm(t);
      if (is(Role.STAY_ON, w)) stay = true;
      else if (stay && is(Role.STAY_UNTIL, w)) return an.tokens.start(t) - s.start();
    }
    return -1;
  }

  /** "The President will stay ...", "The Malaysian leader remains ...": a sentence opened by "the" and a title. */
  private static boolean titleSubject(Analysis an, Sentences.Span s, int t0) {
    return an.tokens.norm(t0).equals("the") && an.openingTitle(s.start(), s.end(), 1) != null;
  }

  /** The days that sentence si gives the visit it tells of, read at its first visit word. */
  private static Span sentenceSpan(Analysis an, int si, Cue tense, boolean planned) {
    return sentenceSpan(an, si, tense, planned, false);
  }

  /** The same; with {@code talks}, a sentence of talks dates the stay too (the guest is on the way). */
  private static Span sentenceSpan(Analysis an, int si, Cue tense, boolean planned, boolean talks) {
    Sentences.Span s = an.sentences.get(si);
    List<CueHit> cues = an.cuesIn(s.start(), s.end());
    CueHit cue = null;
    for (CueHit h : cues) {
      if (h.is(Cue.VISIT_NOUN) || h.is(Cue.ARRIVE) || h.is(Cue.HOST_VERB) || h.is(Cue.VISIT_VERB)
          || talks && h.is(Cue.TALKS)) {
        cue = h;
        break;
      }
    }
    if (cue == null || departure(an, cue)) return null;
    VisitFinder.Candidate probe = new VisitFinder.Candidate(si);
    probe.tense = tense;
    read(an, probe, cues, cue, s.start(), s.end());
    return span(probe, planned, an.anchor);
  }

  /**
   * A sentence of the body: not page furniture, and not a headline-like line unless the
   * sentence itself ends with a full stop (a truncated last paragraph has no final stop).
   */
  private static boolean prose(Analysis an, int si) {
    if (an.furniture[si]) return false;
    if (!an.headlineLike[si]) return true;
    Sentences.Span s = an.sentences.get(si);
    String t = an.text.substring(s.start(), s.end()).strip();
    return t.endsWith(".") && s.end() < s.lineEnd();
  }

  private static final Set<String> FROM = Set.of("from", "из");

  /** "flew from Tashkent on Wednesday": a departure's day is not the visit's. */
  private static boolean departure(Analysis an, CueHit cue) {
    if (!cue.is(Cue.ARRIVE)) return false;
    for (int k = cue.tokenEnd(); k < Math.min(an.tokens.size(), cue.tokenEnd() + 2); k++) {
      if (FROM.contains(an.tokens.norm(k))) return true;
    }
    return false;
  }

  /** Sentence si names the guest or the host and no third state, and tells no past visit in passing. */
  private static boolean ofPair(Analysis an, int si, VisitFinder.Visit v) {
    Sentences.Span s = an.sentences.get(si);
    return namesPair(an, si, v) && !VisitFinder.pastInPassing(an, s.start(), s.end());
  }

  /**
   * Sentence si is of the pair ({@link #ofPair}), or it names no state at all ("The visit will
   * take place June 3-5.") and the nearest sentence before it that names any is of the pair: it
   * goes on about that sentence's visit.
   */
  private static boolean aboutPair(Analysis an, int si, VisitFinder.Visit v) {
    Sentences.Span s = an.sentences.get(si);
    if (!an.refsIn(s.start(), s.end()).isEmpty()) return ofPair(an, si, v);
    if (VisitFinder.pastInPassing(an, s.start(), s.end())) return false;
    for (int k = si - 1; k >= 0; k--) {
      Sentences.Span p = an.sentences.get(k);
      if (an.furniture[k] || an.refsIn(p.start(), p.end()).isEmpty()) continue;
      return namesPair(an, k, v);
    }
    return false;
  }

  /** Sentence si names the guest or the host and no third state. */
  private static boolean namesPair(Analysis an, int si, VisitFinder.Visit v) {
    Sentences.Span s = an.sentences.get(si);
    boolean pair = false;
    for (Ref r : an.refsIn(s.start(), s.end())) {
      if (!r.iso3().equals(v.guest) && !r.iso3().equals(v.host)) return false;
      pair = true;
    }
    return pair;
  }

  private static List<Span> spans(Analysis an, VisitFinder.Visit v, boolean planned) {
    List<Span> out = new ArrayList<>();
    for (VisitFinder.Candidate c : v.candidates) {
      Span sp = span(c, planned, an.anchor);
      if (sp != null) out.add(sp);
    }
    return out;
  }

  private static Span span(VisitFinder.Candidate c, boolean planned, LocalDate anchor) {
    if (c.start == null && c.end == null) return null;
    if (c.start == null) return new Span(c.end, c.end, false, false, true, false);
    // a planned visit is not dated before its announcement: that day is the announcement's
    if (planned && anchor != null && c.start.isBefore(anchor)) return null;
    return new Span(c.start, c.end, c.rangeDate, c.end == null, false, c.departure);
  }

  /**
   * The statements' days that lie together: groups of days at most {@link #GAP_DAYS} apart; the
   * group with a range or a start, else the one most statements give, else the earliest.
   */
  private static List<Span> bestGroup(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::lo));
    List<List<Span>> groups = new ArrayList<>();
    LocalDate reach = null;
    for (Span sp : sorted) {
      if (reach == null || sp.lo().isAfter(reach.plusDays(GAP_DAYS))) groups.add(new ArrayList<>());
      groups.get(groups.size() - 1).add(sp);
      LocalDate last = sp.hi() != null ? sp.hi() : sp.lo();
      if (reach == null || last.isAfter(reach)) reach = last;
    }
    List<Span> best = null;
    int bestScore = -1;
    for (List<Span> g : groups) {
      int score = g.size();
      for (Span sp : g) if (sp.range()) score += 2;
      if (score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * A length stated for the visit in a sentence that is no statement of it ("His schedule for the
   * two-day trip"), when that sentence names no third state.
   */
  private static int articleDuration(Analysis an, VisitFinder.Visit v) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      boolean visitWord = false;
      List<CueHit> cues = an.cuesIn(s.start(), s.end());
      for (CueHit h : cues) visitWord |= h.is(Cue.VISIT_NOUN) || h.is(Cue.TRIP);
      int d = visitWord ? statedLength(an, cues) : 0;
      if (d == 0 || !visitWord) continue;
      boolean third = false;
      for (Ref r : an.refsIn(s.start(), s.end())) third |= !r.iso3().equals(v.guest) && !r.iso3().equals(v.host);
      if (!third) return d;
    }
    int lasts = lastsDays(an);
    if (lasts > 0) return lasts;
    return oneDayRu(an) ? 1 : 0;
  }

  /**
   * "Визит продлится два дня", "the visit will last three days", "lasting four days", "is
   * expected to last two days", "will last for three days".
   */
  private static final java.util.regex.Pattern LASTS = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:продлится|продлятся|продолжится|(?:will|to)\\s+last|lasts|lasting)(?:\\s+for)?\\s+(\\p{L}+|\\d{1,2})\\s+(?:days|дня|дней)(?![\\p{L}])");

  /** A length said with a verb of lasting in a sentence that has a visit word, or 0. */
  private static int lastsDays(Analysis an) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      if (!an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN)) continue;
      java.util.regex.Matcher m = LASTS.matcher(an.text).region(s.start(), s.end());
      if (!m.find()) continue;
      int n = lengthWord(an, m.group(1).toLowerCase());
      if (n > 1 && n <= 14) return n;
    }
    return 0;
  }

  /** "однодневный визит", "провел один день в Таджикистане с визитом": a Russian one-day visit. */
  private static final java.util.regex.Pattern ONE_DAY_RU =
      java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:однодневн\\p{L}*|один день)(?![\\p{L}])");

  /** The title, or a sentence with a visit word, calls the visit a one-day one (Russian). */
  private static boolean oneDayRu(Analysis an) {
    if (!an.russian) return false;
    String title = an.article.title;
    if (title != null && title.length() < 300 && ONE_DAY_RU.matcher(title).find()) return true;
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      if (!an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN)) continue;
      if (ONE_DAY_RU.matcher(an.text).region(s.start(), s.end()).find()) return true;
    }
    return false;
  }

  /**
   * After the status is settled: an arrival told as news in the past tense, with no day of its
   * own and no statement dated on or before the report ("lands in Beijing"; the programme ahead
   * is dated), happened on the day of the dateline, else of the report; an occurred visit is
   * not dated after the report.
   */
  static void afterStatus(Analysis an, VisitFinder.Visit v) {
    if ("OCCURRED".equals(v.status) && an.anchor != null && (arrivedNow(an, v) || arrivesInLead(an, v))) {
      LocalDate day = an.datelineDate != null ? an.datelineDate : an.anchor;
      if (v.start == null || v.start.isAfter(day)) {
        if (v.end != null && v.end.isBefore(day)) v.end = null;
        v.start = day;
        // "arrived here on a three-day official visit": its length runs from the day of arrival
        int duration = 0;
        for (VisitFinder.Candidate c : v.candidates) duration = Math.max(duration, c.durationDays);
        if (v.end == null && duration > 1) v.end = day.plusDays(duration - 1);
      }
    }
    if ("OCCURRED".equals(v.status) && an.anchor != null && v.start == null && v.end == null && endedNow(an, v)) {
      // "the state visit has come to an end", told as news with no day: it ended on the day of
      // the dateline, else of the report; its first day is not known
      LocalDate day = an.datelineDate != null ? an.datelineDate : an.anchor;
      int duration = 0;
      for (VisitFinder.Candidate c : v.candidates) duration = Math.max(duration, c.durationDays);
      v.end = day;
      v.start = duration > 0 ? day.minusDays(duration - 1) : startElsewhere(an, day);
    }
    if ("OCCURRED".equals(v.status) && an.anchor != null && v.start == null && begunNow(an, v)) {
      // "Начался официальный визит ...", told as news with no first day: it began on the day of the
      // dateline, else of the report
      LocalDate day = an.datelineDate != null ? an.datelineDate : an.anchor;
      if (v.end == null || !v.end.isBefore(day)) {
        v.start = day;
        // "begins a two-day state visit": its length runs from that day
        int duration = 0;
        for (VisitFinder.Candidate c : v.candidates) duration = Math.max(duration, c.durationDays);
        if (v.end == null && duration > 1) v.end = day.plusDays(duration - 1);
      }
    }
    if ("OCCURRED".equals(v.status) && v.start == null && v.end == null && an.dayOfReport() != null
        && talksInLead(an, v)) {
      // "HANOI, June 20 (Reuters) - Putin held talks with To Lam ...", "МОСКВА, 12 марта. /ТАСС/.
      // ... провел переговоры": talks the lead of a report tells without a day were held on its
      // day (its dated dateline's, else its publication date)
      v.start = an.dayOfReport();
      v.end = v.start;
    }
    if ("OCCURRED".equals(v.status) && an.anchor != null && v.start != null && v.start.isAfter(an.anchor)) {
      // a date after the report cannot have happened: drop it rather than mislabel
      v.start = null;
      v.end = null;
    }
  }

  /**
   * A statement of the visit in the lead of its dated wire ({@link Analysis#leadAfterDateline}),
   * else of its body ({@link Analysis#bodyLead}), that tells talks, a meeting, the host receiving
   * the guest or a signing they witness in the past tense,
   * not in passing, with no day of its own, of a visit not told to last several days.
   */
  private static boolean talksInLead(Analysis an, VisitFinder.Visit v) {
    int lead = an.datelineDate != null ? an.leadAfterDateline() : an.bodyLead();
    if (lead < 0) return false;
    for (VisitFinder.Candidate c : v.candidates) {
      // "held talks in Kampala during his two-day official visit": which of its days is not told
      if (c.durationDays > 1) return false;
    }
    for (VisitFinder.Candidate c : v.candidates) {
      if (c.sentence != lead) continue;
      Sentences.Span s = an.sentences.get(lead);
      if (an.hasCue(s.start(), s.end(), Cue.FUTURE)) return false;
      // "в присутствии президентов ... подписали": a signing the two witness is told as the talks are
      boolean signed = signedIn(an, s);
      if (!an.hasCue(s.start(), s.end(), Cue.PAST) && !signed) return false;
      // "Путин принял в Кремле президента Лаоса": the host receiving the guest too
      if (!an.hasCue(s.start(), s.end(), Cue.TALKS) && !an.hasCue(s.start(), s.end(), Cue.DISCUSSED)
          && !an.hasCue(s.start(), s.end(), Cue.HOST_VERB) && !signed) return false;
      for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) {
        if (d.start() >= an.datelineEnd) return false;
      }
      // "по итогам визита ... на прошлой неделе подписали": a time past that names no day
      if (pastWeek(an, s.start(), s.end())) return false;
      return !VisitFinder.pastInPassing(an, s.start(), s.end());
    }
    return false;
  }

  /**
   * Text[from, to) names a time before the report's day without naming its day: "last week", "the
   * previous week", "на прошлой неделе", "earlier this week" (roles PAST_WEEK + WEEK, EARLIER + this +
   * WEEK). What it tells is not the news of the report's day, nor is its day known.
   */
  static boolean pastWeek(Analysis an, int from, int to) {
    int end = an.tokens.firstAtOrAfter(to);
    for (int k = an.tokens.firstAtOrAfter(from); k + 1 < end; k++) {
      String w = an.tokens.norm(k);
      if (is(Role.PAST_WEEK, w) && is(Role.WEEK, an.tokens.norm(k + 1))) return true;
      if (is(Role.EARLIER, w) && k + 2 < end && an.tokens.norm(k + 1).equals("this") && is(Role.WEEK, an.tokens.norm(k + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Text[from, to) tells a visit as over by the report's day: a RECENT word within three words before
   * a visit or trip word ("her recent state visit to India", "о недавнем визите"), or a time of
   * {@link #pastWeek} in a sentence with a visit word ("visited Uzbekistan last week").
   */
  static boolean visitToldPast(Analysis an, int from, int to) {
    List<CueHit> cues = an.cuesIn(from, to);
    boolean visitWord = false;
    for (CueHit h : cues) {
      if (!h.is(Cue.VISIT_NOUN) && !h.is(Cue.TRIP) && !h.is(Cue.PAST_REFERENCE) && !h.is(Cue.VISIT_VERB)) continue;
      visitWord |= !h.is(Cue.PAST_REFERENCE);
      // "recent state visit" is one cue of a past visit: its first word counts too
      for (int k = h.tokenStart(); k >= Math.max(an.tokens.firstAtOrAfter(from), h.tokenStart() - 3); k--) {
        if (is(Role.RECENT, an.tokens.norm(k))) return true;
      }
    }
    return visitWord && pastWeek(an, from, to);
  }

  /** A signing verb in the past tense (role SIGNED) in sentence {@code s}. */
  private static boolean signedIn(Analysis an, Sentences.Span s) {
    for (int k = an.tokens.firstAtOrAfter(s.start()); k < an.tokens.size() && an.tokens.start(k) < s.end(); k++) {
      if (is(Role.SIGNED, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /** A statement of the visit that tells it ended: a verb of ending in its sentence, beside a visit word. */
  private static boolean endedNow(Analysis an, VisitFinder.Visit v) {
    return toldNow(an, v, Role.END);
  }

  /**
   * A statement of the visit that tells it has begun, with no day of its own: a verb of beginning
   * (role BEGUN) beside a visit word in a sentence that names no date past its dateline, and not in a
   * relative clause ("a tour that began on March 4").
   */
  private static boolean begunNow(Analysis an, VisitFinder.Visit v) {
    for (VisitFinder.Candidate c : v.candidates) {
      Sentences.Span s = an.sentences.get(c.sentence);
      if (an.furniture[c.sentence] || !an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN)) continue;
      boolean dated = false;
      for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) dated |= d.start() >= an.datelineEnd;
      if (dated || VisitFinder.pastInPassing(an, s.start(), s.end())) continue;
      for (int k = an.tokens.firstAtOrAfter(s.start()); k < an.tokens.size() && an.tokens.start(k) < s.end(); k++) {
        if (is(Role.BEGUN, an.tokens.norm(k)) && (k == 0 || !VisitFinder.is(VisitFinder.Role.RELATIVE, an.tokens.norm(k - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A statement of the visit with a verb of {@code role} in its sentence, beside a visit word. */
  private static boolean toldNow(Analysis an, VisitFinder.Visit v, Role role) {
    for (VisitFinder.Candidate c : v.candidates) {
      Sentences.Span s = an.sentences.get(c.sentence);
      if (an.furniture[c.sentence] || !an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN)) continue;
      if (VisitFinder.pastInPassing(an, s.start(), s.end())) continue;
      for (int k = an.tokens.firstAtOrAfter(s.start()); k < an.tokens.size() && an.tokens.start(k) < s.end(); k++) {
        if (is(role, an.tokens.norm(k))) return true;
      }
    }
    return false;
  }

  /**
   * "ХАНОЙ, 20 июня. /ТАСС/. Путин прибывает во Вьетнам с государственным визитом": an arrival in
   * the present, with no tense word and no day of its own, in the lead of a dated wire is the news
   * of the wire's day.
   */
  private static boolean arrivesInLead(Analysis an, VisitFinder.Visit v) {
    if (an.datelineDate == null || v.start != null || v.end != null) return false;
    int lead = an.leadAfterDateline();
    for (VisitFinder.Candidate c : v.candidates) {
      if (c.sentence != lead || !c.arrival || c.tense != null) continue;
      Sentences.Span s = an.sentences.get(lead);
      return !an.hasCue(s.start(), s.end(), Cue.FUTURE);
    }
    return false;
  }

  /** An arrival in the past tense among the visit's statements, none of them dated by the report's day. */
  private static boolean arrivedNow(Analysis an, VisitFinder.Visit v) {
    for (VisitFinder.Candidate c : v.candidates) {
      LocalDate d = c.start != null ? c.start : c.end;
      if (d != null && !d.isAfter(an.anchor)) return false;
    }
    for (VisitFinder.Candidate c : v.candidates) {
      if (!c.arrival || c.tense != Cue.PAST) continue;
      // "arrived in Tashkent last week": past, on a day not told
      Sentences.Span s = an.sentences.get(c.sentence);
      if (!pastWeek(an, s.start(), s.end())) return true;
    }
    return false;
  }
}
