package org.coopevents.extract;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.extract.Analysis.CueHit;

/**
 * The day of a signing that its own sentence does not date: the day of the talks it followed
 * (the nearest dated sentence of talks before it), else, when the signing sentence speaks of
 * talks or the visit ("по итогам переговоров подписали"), the page's header date, its
 * dateline's day or its publication date. One instance per article: the day of the talks before each sentence is
 * worked out once, sentence by sentence, so that many signing sentences do not each walk back
 * over the article (which was quadratic in its length).
 */
final class SigningDate {
  private final Analysis an;
  /** talksBefore[k]: the day of the nearest dated talks in sentences [0, k); valid for k <= done. */
  private final LocalDate[] talksBefore;
  private int done;
  /** The lead sentence after the dateline (-1 none), -2 until worked out. */
  private int lead = -2;

  SigningDate(Analysis an) {
    this.an = an;
    this.talksBefore = new LocalDate[an.sentences.size() + 1];
  }

  LocalDate fromContext(int si) {
    Sentences.Span s = an.sentences.get(si);
    LocalDate date = talksBefore(si);
    boolean afterTalks = an.hasCue(s.start(), s.end(), Cue.TALKS) || an.hasCue(s.start(), s.end(), Cue.DISCUSSED)
        || an.hasCue(s.start(), s.end(), Cue.VISIT_NOUN);
    // a headline says nothing of the day: only a body sentence after talks takes the report's date
    // "Жапаров и Рахмон поставили подписи под соглашением о границе, сообщила пресс-служба": a
    // signing the body opens with, told on a source's word and dated by nothing, is the news of
    // the report's day
    boolean lead = si == an.bodyLead() && attributed(s);
    // "briefed the press on her recent visit to India ... After the talks the two sides signed": a
    // signing of a visit the report tells as over is not of the report's day
    boolean past = date == null && toldAfterVisit(an, si);
    if (date == null && (afterTalks || lead) && !pastSpanBefore(si) && !past) {
      date = an.headerDate != null ? an.headerDate : an.headlineLike[si] ? null : an.dayOfReport();
    }
    if (date == null && an.datelineDate != null && si == leadAfterDateline() && !past) date = an.datelineDate;
    return date;
  }

  /**
   * The report tells, up to signing sentence {@code si}, the visit as over by its day ("her recent
   * state visit to India", "visited Uzbekistan last week", "по итогам визита ... на прошлой неделе"),
   * or the signing sentence itself names a past week ("signed last week"): a signing it tells with
   * no day of its own was on a day of that visit, not on the report's.
   */
  static boolean toldAfterVisit(Analysis an, int si) {
    if (si < 0) return false;
    Sentences.Span own = an.sentences.get(si);
    if (VisitDates.pastWeek(an, own.start(), own.end())) return true;
    for (int k = 0; k <= si; k++) {
      if (an.furniture[k]) continue;
      Sentences.Span s = an.sentences.get(k);
      if (VisitDates.visitToldPast(an, s.start(), s.end())) return true;
    }
    return false;
  }

  /** A verb of saying in the sentence ("said", "сообщила пресс-служба"): news told on a source's word. */
  private boolean attributed(Sentences.Span s) {
    int end = an.tokens.firstAtOrAfter(s.end());
    for (int k = an.tokens.firstAtOrAfter(s.start()); k < end; k++) {
      if (VisitDates.is(VisitDates.Role.REPORT, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /**
   * "On the first day of the visit, the leaders signed", "в рамках второго дня визита подписали": the
   * signing sentence {@code si}, dating nothing itself, names the ordinal of a day of the visit;
   * that day counted from the visit's first day, else null.
   */
  static LocalDate onDayOfVisit(Analysis an, int si, LocalDate visitStart, LocalDate visitEnd) {
    if (visitStart == null || an.furniture[si]) return null;
    Sentences.Span s = an.sentences.get(si);
    for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) {
      if (d.resolved() && d.start() >= an.datelineEnd) return null;
    }
    int end = an.tokens.firstAtOrAfter(s.end());
    for (int k = an.tokens.firstAtOrAfter(s.start()); k + 1 < end; k++) {
      String next = an.tokens.norm(k + 1);
      if (!next.equals("day") && !next.startsWith("дн") && !next.startsWith("ден")) continue;
      int n = ordinal(an.tokens.norm(k));
      if (n == 0 || !visitOrStay(an, k + 1, Math.min(end - 1, k + 6), s.end())) continue;
      LocalDate day = visitStart.plusDays(n - 1);
      return visitEnd == null || !day.isAfter(visitEnd) ? day : null;
    }
    return null;
  }

  /**
   * A page titled as the outcomes of a visit ("List of Outcomes: State Visit of ...") that dates
   * its signing nowhere in its text: the documents were exchanged during the visit it is about, on
   * the day the page was published when that falls within the visit (or the visit is not dated),
   * else on the visit's only day. Null when the page is no outcome page or the day is not told.
   */
  static LocalDate outcomePageDay(Analysis an, String a, String b, List<VisitFinder.Visit> visits, int si) {
    if (!SigningClause.outcomePage(an) || toldAfterVisit(an, si)) return null;
    LocalDate page = an.dayOfReport();
    for (VisitFinder.Visit v : visits) {
      if (!"OCCURRED".equals(v.status) || !(v.guest.equals(a) && v.host.equals(b) || v.guest.equals(b) && v.host.equals(a))) continue;
      if (v.start == null) return page;
      LocalDate end = v.end != null ? v.end : v.start;
      if (page != null && !page.isBefore(v.start) && !page.isAfter(end)) return page;
      return v.start.equals(end) ? v.start : null;
    }
    return page;
  }

  /**
   * A visit word, or a word of the guest's stay ("of his stay in Kyiv", "пребывания в Киеве"),
   * in tokens [from, to] of a sentence that ends at {@code sentenceEnd}.
   */
  private static boolean visitOrStay(Analysis an, int from, int to, int sentenceEnd) {
    if (an.hasCue(an.tokens.start(from), Math.min(sentenceEnd, an.tokens.end(to)), Cue.VISIT_NOUN)) return true;
    for (int k = from; k <= to; k++) {
      if (VisitDates.is(VisitDates.Role.STAY, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /**
   * A signing its text does not date itself (no day, or only the report's day or the talks' day
   * taken from the context) during an occurred visit of its pair that the article dates: it took
   * place during that visit. Undated, it takes the day of a one-day visit, or the first day of a
   * visit whose end is not told when the report is of that day ("ДУШАНБЕ, 20 сентября. ... прибыл
   * ... Затем были подписаны ..."); a longer visit does not tell which of its days. A visit the
   * article does not date gives the day of its wire's dateline. A day from the context past the
   * visit ("arrived on Monday", told on Wednesday: "В ходе визита подписаны ...") gives way to the
   * visit's first day, or to none when the visit's several days are told.
   */
  static void duringVisit(Analysis an, SigningFinder.Signing sg, List<VisitFinder.Visit> visits) {
    if (sg.dateStated) return;
    for (VisitFinder.Visit v : visits) {
      if (!"OCCURRED".equals(v.status)
          || !(v.guest.equals(sg.a) && v.host.equals(sg.b) || v.guest.equals(sg.b) && v.host.equals(sg.a))) {
        continue;
      }
      if (v.start == null) {
        // a wire dated by its dateline tells a visit it dates no further and a signing in it,
        // unless it tells that visit as over ("on her recent visit")
        if (sg.date == null && !toldAfterVisit(an, an.sentenceOfOffset(sg.evidenceStart))) sg.date = an.datelineDate;
      } else if (sg.date == null) {
        if (v.start.equals(v.end) || v.end == null && v.start.equals(an.dayOfReport())) sg.date = v.start;
      } else if (sg.date.isAfter(v.end != null && !v.end.isBefore(v.start) ? v.end : v.start.plusDays(1))) {
        // a visit of several told days does not tell which of them
        sg.date = v.end != null && v.end.isAfter(v.start) ? null : v.start;
      }
      return;
    }
  }

  private static int ordinal(String w) {
    if (VisitDates.is(VisitDates.Role.DAY_1, w)) return 1;
    if (VisitDates.is(VisitDates.Role.DAY_2, w)) return 2;
    if (VisitDates.is(VisitDates.Role.DAY_3, w)) return 3;
    if (VisitDates.is(VisitDates.Role.DAY_4, w)) return 4;
    return 0;
  }

  /**
   * The sentence that a dated dateline opens ("ЕРЕВАН, 10 марта. /АРМЕНПРЕСС/. Министры ...
   * подписали ...", "MINSK, 2 April (BelTA) - ... signed ..."): the news of the wire's day, so a
   * signing it tells without a day of its own took place then. -1 when there is none.
   */
  private int leadAfterDateline() {
    if (lead == -2) lead = an.leadAfterDateline();
    return lead;
  }

  /**
   * The nearest dated sentence before {@code si} gives days that ended before the report's day
   * ("3-4 июня находился в Казахстане с визитом", told on the 6th): a signing "в ходе визита"
   * after it happened during those days, not on the day of the report.
   */
  private boolean pastSpanBefore(int si) {
    LocalDate day = an.dayOfReport();
    if (day == null) return false;
    for (int k = si - 1; k >= 0; k--) {
      if (an.furniture[k]) continue;
      Sentences.Span p = an.sentences.get(k);
      DateFinder.DateMention last = null;
      for (DateFinder.DateMention d : an.dates(p.start(), p.end(), false)) {
        if (d.start() < an.datelineEnd || !d.resolved()) continue;
        last = d;
      }
      if (last != null) return last.isRange() && last.to().isBefore(day);
    }
    return false;
  }

  /** The day of the nearest sentence of talks before sentence {@code si} that dates them, or null. */
  private LocalDate talksBefore(int si) {
    while (done < si) {
      LocalDate d = talksDay(done);
      talksBefore[done + 1] = d != null ? d : talksBefore[done];
      done++;
    }
    return talksBefore[si];
  }

  /** The day sentence {@code k} dates its talks by, or null (furniture, no talks, no date). */
  private LocalDate talksDay(int k) {
    if (an.furniture[k]) return null;
    Sentences.Span prev = an.sentences.get(k);
    CueHit talks = null;
    CueHit arrive = null;
    for (CueHit c : an.cuesIn(prev.start(), prev.end())) {
      if (talks == null && (c.is(Cue.TALKS) || c.is(Cue.DISCUSSED))) talks = c;
      if (arrive == null && c.is(Cue.ARRIVE)) arrive = c;
    }
    if (talks == null) return null;
    LocalDate date = null;
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
    // "ТАШКЕНТ, 27 мая. /ТАСС/. Путин, прибывший накануне ..., провел переговоры": talks in the
    // lead of a dated wire, dated by nothing of their own, were held on the wire's day
    if (date == null && an.datelineDate != null && k == leadAfterDateline()
        && an.hasCue(prev.start(), prev.end(), Cue.PAST) && !an.hasCue(prev.start(), prev.end(), Cue.FUTURE)) {
      date = an.datelineDate;
    }
    return date;
  }
}
