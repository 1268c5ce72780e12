package org.coopevents.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.Leaders;

/**
 * Finds visits: a visit cue (visit, visited, arrived, trip; визит, посетил, прибыл), its
 * destination (the state or capital after to/in/в, or the object of "visited"/"посетил") and
 * its guest (the state of the leader who travels: genitive "visit of X", the subject before the
 * cue, or the other state of the sentence). A leader-level actor (a leader's name or title, or a
 * kind of visit) must be named. Phone calls, meetings on the sidelines, invitations and past
 * visits mentioned in passing are skipped. Candidates of one article are grouped by (guest,
 * host); a group's status, kind, dates and city come from its sentences.
 */
final class VisitFinder {

  /** A visit read from one sentence. */
  static final class Candidate {
    final int sentence;
    String guest;
    String host;
    int strength;
    /** FUTURE / PAST / null. */
    Cue tense;
    String kind;
    LocalDate start;
    LocalDate end;
    boolean rangeDate;
    String city;
    boolean hostFromDestination;
    boolean arrivalDate;
    /** Read from an arrival verb ("arrived", "прилетел", "lands"). */
    boolean arrival;
    boolean fromEnumeration;
    /** The tense is a present statement of the stay ("is on a visit", "находится с визитом"). */
    boolean ongoing;
    /** Read from a departure towards the host ("вылетел в Китай", "left for Washington"). */
    boolean departure;
    int durationDays;
    List<String> extraHosts = List.of();
    /** A trip to a region ({@link #regionTour}): only the dateline may name its host. */
    boolean regionTour;
    /** Read from the next clause of its sentence ({@link #nextLeg}): the sentence's days are the first leg's. */
    boolean clauseOfSentence;
    /**
     * The office of a host named by its title alone ("The Prime Minister welcomed ..."), or null:
     * whoever held it on the visit's day is the host person when the report names no other.
     */
    Leaders.Role hostTitleRole;
    /** The leader whose visit the cue names ({@link CueOwner}), or null: the guest's person first. */
    Ref owner;
    /**
     * The visit is only the frame of a programme told in the future ("в ходе визита стороны
     * подпишут", "during the visit the sides will sign"): no tense of the visit's own, but one
     * that has not begun where nothing else dates or tells it.
     */
    boolean programmeAhead;

    Candidate(int sentence) {
      this.sentence = sentence;
    }
  }

  /** A visit of the article after grouping. */
  static final class Visit {
    String guest;
    String host;
    String status;
    String kind;
    LocalDate start;
    LocalDate end;
    String city;
    String guestPerson;
    String hostPerson;
    int strength;
    boolean hostInferred;
    /** Named only as a further stop of an enumeration ("and then to X"). */
    boolean enumerationOnly;
    final List<Candidate> candidates = new ArrayList<>();
  }

  /** "был в Китае", "was in Beijing": a stay is a visit only with a state or capital right after it. */
  private static boolean placeNext(Analysis an, CueHit c) {
    for (Ref r : an.refsIn(c.end(), Math.min(an.text.length(), c.end() + 40))) {
      return r.tokenStart() == c.tokenEnd() && (r.kind() == RefKind.NAME || r.kind() == RefKind.CAPITAL);
    }
    return false;
  }

  private static final Set<String> DEST_PREP = Set.of("to", "in", "into", "в", "во");
  private static final Set<String> GEN_PREP = Set.of("of", "by");

  /**
   * The word before a state or capital sends the guest there: to/in/в, or Russian "на" before the
   * name of a state ("на Украину", "на Кубу", "на Кипр", "на Филиппины"), the states Russian
   * names with "на"; "на" before a capital or an adjective is no destination ("на Москву").
   */
  static boolean destPrep(Analysis an, Ref r) {
    String before = an.tokenBefore(r.tokenStart());
    return DEST_PREP.contains(before) || an.russian && before.equals("на") && r.kind() == RefKind.NAME;
  }
  private static final Set<String> ORIGIN = Set.of("from", "из", "после");
  private static final Set<String> LIST_SEP = Set.of("and", "и", "then", "а");

  /**
   * The destination of a cue: a state or capital after to/in/в (or the object of a visiting
   * verb), else one said before the cue in the same clause ("who is in Kazakhstan on a state
   * visit", "находящийся в Пакистане с визитом"). Returns {destination, genitive guest}; further
   * destinations of an enumeration go to {@code extra}.
   */
  private static Ref[] destination(Analysis an, List<Ref> refs, CueHit cue, boolean talks, List<Ref> extra) {
    Ref dest = null;
    Ref genitive = null;
    boolean verbal = cue.is(Cue.VISIT_VERB);
    int objectAt = verbal ? objectToken(an, cue) : cue.tokenEnd();
    boolean denied = false;
    for (Ref r : refs) {
      if (r.start() < cue.end()) continue;
      // "не в Россию, а в Казахстан": the denied place is not the destination; the one set against it is
      if (dest == null && !denied && clauseBreak(an, cue.end(), r.start())) break;
      String before = an.tokenBefore(r.tokenStart());
      if (negatedPlace(an, r)) {
        denied = true;
        continue;
      }
      boolean adjacent = r.tokenStart() == cue.tokenEnd() || verbal && r.tokenStart() == objectAt;
      boolean place = placeLike(an, r);
      // "left for Washington": the departure phrase ends in its preposition
      boolean leadsTo = adjacent && cue.is(Cue.ARRIVE) && an.tokens.norm(cue.tokenEnd() - 1).equals("for");
      // "a two-nation tour of Ghana and Namibia", "турне по Гане и Бразилии": a tour goes round
      // the places of its "of" / "по"
      boolean tourOf = cue.is(Cue.TRIP) && r.kind() == RefKind.NAME && r.tokenStart() == cue.tokenEnd() + 1
          && (before.equals("of") || an.russian && before.equals("по"))
          && WORDS.is(Role.TOUR, an.tokens.norm(cue.tokenEnd() - 1));
      if (dest == null && place && (destPrep(an, r) || adjacent && verbal || leadsTo || tourOf || capitalOf(an, r))) {
        dest = r;
      } else if (dest != null && place && r.kind() != RefKind.PERSON
          && (LIST_SEP.contains(before) || an.text.substring(Math.max(0, r.start() - 2), r.start()).contains(","))
          && r.tokenStart() - dest.tokenEnd() <= 3 && extra.size() < 6) {
        extra.add(r);
        // enumeration: "to Turkmenistan, Kazakhstan and Uzbekistan"
      } else if (genitive == null && dest == null && !ORIGIN.contains(before)
          && (GEN_PREP.contains(before) || r.kind() == RefKind.PERSON || an.russian && r.kind() != RefKind.CAPITAL)) {
        genitive = r;
      }
      if (dest != null && extra.isEmpty() && r != dest && r.tokenStart() - dest.tokenEnd() > 3) break;
    }
    if (dest == null && !talks) {
      // before the cue, in the same clause
      for (int k = refs.size() - 1; k >= 0; k--) {
        Ref r = refs.get(k);
        if (r.start() >= cue.start()) continue;
        if (cue.tokenStart() - r.tokenEnd() > 8) break;
        // "завершив программу в Самарканде, глава государства отправился в эту страну с визитом":
        // the destination is named by a pronoun, so the place before it is where the guest was
        if (an.russian && thitherBetween(an, r.tokenEnd(), Math.min(an.tokens.size(), cue.tokenEnd() + 3))) break;
        String before = an.tokenBefore(r.tokenStart());
        boolean onward = departedFor(an, r) && !DepartureWording.endingVisit(an, cue, true);
        if (placeLike(an, r) && (destPrep(an, r) || capitalOf(an, r) || onward)
            && r.kind() != RefKind.PERSON) {
          dest = r;
          break;
        }
        if (invertedObject(an, r, cue)) {
          dest = r;
          break;
        }
        // "his Kazakhstan visit", "the China trip"; a name before an arrival verb is its subject
        if (r.tokenEnd() == cue.tokenStart() && r.kind() == RefKind.NAME && !an.russian
            && (cue.is(Cue.VISIT_NOUN) || cue.is(Cue.TRIP))) {
          dest = r;
          break;
        }
      }
    }
    return new Ref[] {dest, genitive};
  }


  /**
   * "Сочи посетил президент Беларуси", "Ташкент посетил Касым-Жомарт Токаев": a Russian place
   * opening the clause right before a visiting verb, the subject (a title in the nominative or a
   * leader) after it, is the verb's object.
   */
  private static boolean invertedObject(Analysis an, Ref r, CueHit cue) {
    if (!an.russian || !placeLike(an, r) || r.kind() == RefKind.PERSON || r.kind() == RefKind.ADJECTIVE) return false;
    CueHit verb = cue.is(Cue.VISIT_VERB) && r.tokenEnd() == cue.tokenStart() ? cue : kindThenVerb(an, r, cue);
    if (verb == null) return false;
    int open = an.tokens.firstAtOrAfter(an.sentences.get(an.sentenceOfOffset(r.start())).start());
    if (open != r.tokenStart() && an.text.substring(an.tokens.end(r.tokenStart() - 1), r.start()).indexOf(',') < 0) return false;
    int t = verb.tokenEnd();
    if (t >= an.tokens.size()) return false;
    if (WORDS.is(Role.SUBJECT_TITLE, an.tokens.norm(t))) return true;
    for (Ref p : an.refsIn(cue.end(), Math.min(an.text.length(), cue.end() + 60))) {
      return p.tokenStart() == t && p.kind() == RefKind.PERSON;
    }
    return false;
  }

  /** "Ташкент с рабочим визитом посетил": the kind of visit set between the place and the verb; the verb, or null. */
  private static CueHit kindThenVerb(Analysis an, Ref r, CueHit cue) {
    int t = r.tokenEnd();
    if (!cue.is(Cue.VISIT_NOUN) || !WITH.contains(an.tokens.norm(t)) || cue.tokenStart() > t + 3) return null;
    for (CueHit h : an.cuesIn(cue.end(), Math.min(an.text.length(), cue.end() + 40))) {
      if (h.tokenStart() == cue.tokenEnd() && h.is(Cue.VISIT_VERB)) return h;
    }
    return null;
  }

  private static final Set<String> DEMONSTRATIVE = Set.of("эту", "этот", "это", "эти", "ту", "тот");

  /** "в эту страну", "туда": a Russian destination named by a pronoun between the tokens. */
  private static boolean thitherBetween(Analysis an, int fromToken, int toToken) {
    for (int t = fromToken; t < toToken; t++) {
      String w = an.tokens.norm(t);
      if (w.equals("туда")) return true;
      if (DEST_PREP.contains(w) && t + 1 < an.tokens.size() && DEMONSTRATIVE.contains(an.tokens.norm(t + 1))) return true;
    }
    return false;
  }

  /**
   * "left on Tuesday for Egypt on an official visit": a place after "for", with a departure verb a
   * few words before it (a day or a time between), is where the guest goes.
   */
  static boolean departedFor(Analysis an, Ref r) {
    int t = r.tokenStart();
    if (t < 2 || !an.tokens.norm(t - 1).equals("for") || an.russian) return false;
    for (int k = t - 2; k >= Math.max(0, t - 6); k--) {
      if (an.text.substring(an.tokens.end(k), an.tokens.start(k + 1)).indexOf(',') >= 0) return false;
      if (departsAt(an, k)) return true;
    }
    return false;
  }

  /**
   * "left Beijing for Astana on a state visit to Kazakhstan": a departure for a place of the
   * destination's state (departedFor) before the visit word in its clause sets the guest on the
   * way to that visit.
   */
  private static boolean departedForHostBefore(Analysis an, Ref dest, CueHit cue, int from) {
    for (Ref r : an.refsIn(from, cue.start())) {
      if (r.kind() != RefKind.PERSON && r.kind() != RefKind.ADJECTIVE && r.iso3().equals(dest.iso3()) && departedFor(an, r)) return true;
    }
    return false;
  }

  /** "reached Germany" is an arrival; "reached an agreement" is not: such a verb needs a place as its object. */
  /**
   * Where a visiting verb's object stands: right after the verb, or after the kind of visit set
   * between them ("посетит с официальным визитом Италию", "посетил с рабочим визитом Казахстан").
   */
  private static int objectToken(Analysis an, CueHit verb) {
    int t = verb.tokenEnd();
    if (t + 1 >= an.tokens.size() || !(an.tokens.norm(t).equals("с") || an.tokens.norm(t).equals("со"))) return t;
    // "посетит с дружественным государственным визитом КНДР": a word or two may qualify the kind
    for (CueHit h : an.cuesIn(verb.end(), Math.min(an.text.length(), verb.end() + 80))) {
      if (h.tokenStart() > t + 3) break;
      if (h.is(Cue.VISIT_NOUN)) return h.tokenEnd();
    }
    return t;
  }

  private static boolean placeObject(Analysis an, CueHit c) {
    if (!WORDS.is(Role.OBJECT_ONLY, an.tokens.norm(c.tokenEnd() - 1))) return true;
    for (Ref r : an.refsIn(c.end(), Math.min(an.text.length(), c.end() + 40))) {
      return r.tokenStart() <= c.tokenEnd() + 1 && r.kind() != RefKind.PERSON;
    }
    return false;
  }


  /** "not to Russia", "не в Россию": a place the sentence denies. */
  private static boolean negatedPlace(Analysis an, Ref r) {
    int t = r.tokenStart();
    return t >= 2 && DEST_PREP.contains(an.tokens.norm(t - 1)) && WORDS.is(Role.NEGATION, an.tokens.norm(t - 2));
  }

  /**
   * "departed from India after wrapping up his visit", "left Colombo on Wednesday after concluding
   * his two-day visit": a state or capital right after a departure verb (or after its "from"), in a
   * sentence whose visit word has a verb of ending beside it; the place left is the host. Without
   * the ending, the place left may be the guest's own ("left New Delhi for Washington").
   */
  private static Ref leftAtEnd(Analysis an, List<Ref> refs, CueHit cue) {
    if (!DepartureWording.endingVisit(an, cue, true)) return null;
    for (Ref r : refs) {
      if (r.start() >= cue.start()) break;
      if (DepartureWording.placeLeft(an, r)) return r;
    }
    return null;
  }

  /**
   * "who flew in from St Petersburg", "прилетел сюда из Москвы": an arrival at the report's place
   * ("in", "here"), so the place after "from" is the guest's previous stop, not the host he leaves.
   */
  private static boolean cameIn(Analysis an, CueHit cue) {
    int t = cue.tokenEnd();
    if (t >= an.tokens.size()) return false;
    String w = an.tokens.norm(t);
    return w.equals("in") && t + 1 < an.tokens.size() && an.tokens.norm(t + 1).equals("from")
        || ArrivalHere.here(w);
  }

  /** A state or capital named after from/из: the place a movement starts from, or null. */
  private static Ref fromPlace(Analysis an, List<Ref> refs) {
    for (Ref r : refs) {
      if (r.kind() != RefKind.PERSON && ORIGIN.contains(an.tokenBefore(r.tokenStart()))) return r;
    }
    return null;
  }

  /**
   * The kind a later sentence gives the visit its own sentences leave unnamed, in a possessive
   * that points back at it: "her recent state visit to India had achieved much", "his official
   * visit to Vietnam was a success" (POSSESSIVE words of visit_grammar_words.tsv, at most three
   * words before the kind, which the host's name follows after "to"); not in a sentence dated by
   * another year ("his state visit to India in 2015"). Null when no sentence says it.
   */
  private static String kindElsewhere(Analysis an, Visit v) {
    int year = v.start != null ? v.start.getYear() : an.anchor != null ? an.anchor.getYear() : -1;
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      int first = an.tokens.firstAtOrAfter(s.start());
      int last = an.tokens.firstAtOrAfter(s.end());
      // token by token: "her recent state visit" is one cue of a past visit (PAST_REFERENCE)
      for (int t = first + 1; t + 3 < last; t++) {
        String kind = kindWord(an.tokens.norm(t));
        if (kind == null || !an.tokens.norm(t + 1).equals("visit") || !an.tokens.norm(t + 2).equals("to")) continue;
        boolean host = false;
        for (Ref r : an.refsIn(s.start(), s.end())) {
          host |= r.tokenStart() == t + 3 && r.iso3().equals(v.host)
              && (r.kind() == RefKind.NAME || r.kind() == RefKind.CAPITAL);
        }
        if (!host) continue;
        boolean possessive = false;
        for (int b = t - 1; b >= Math.max(first, t - 4); b--) {
          if (WORDS.is(Role.POSSESSIVE, an.tokens.norm(b))) possessive = true;
        }
        if (!possessive) continue;
        boolean otherYear = an.anchor != null && PastYear.named(an.text.substring(s.start(), s.end()), an.anchor);
        for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) {
          otherYear |= year > 0 && d.from() != null && d.from().getYear() != year;
        }
        if (!otherYear) return kind;
      }
    }
    return null;
  }

  private static String kindWord(String w) {
    if (WORDS.is(Role.KIND_WORKING, w)) return "WORKING";
    if (WORDS.is(Role.KIND_STATE, w)) return "STATE";
    if (WORDS.is(Role.KIND_OFFICIAL, w)) return "OFFICIAL";
    return null;
  }

  /** The kind of visit the sentence names first (state, official, working), or null. */
  static String kindOf(Analysis an, List<CueHit> cues) {
    for (CueHit h : cues) {
      if (h.is(Cue.KIND_WORKING)) return "WORKING";
      if (h.is(Cue.KIND_STATE)) return "STATE";
      if (h.is(Cue.KIND_OFFICIAL)) return "OFFICIAL";
    }
    // "an official two-day visit", "a state five-day visit", "an official one-day visit": the
    // kind before the length, which is a number, "day" and the visit word
    for (CueHit v : cues) {
      if (!(v.is(Cue.VISIT_NOUN) || v.is(Cue.TRIP)) || v.tokenStart() < 4) continue;
      int t = v.tokenStart();
      if (!an.tokens.norm(t - 1).equals("day")) continue;
      String w = an.tokens.norm(t - 3);
      if (WORDS.is(Role.KIND_WORKING, w)) return "WORKING";
      if (WORDS.is(Role.KIND_STATE, w)) return "STATE";
      if (WORDS.is(Role.KIND_OFFICIAL, w)) return "OFFICIAL";
    }
    return null;
  }

  /** "his first since ... last May": the past reference belongs to a since-clause. */
  private static boolean afterSince(Analysis an, int from, CueHit c) {
    int a = an.tokens.firstAtOrAfter(from);
    for (int t = c.tokenStart() - 1; t >= Math.max(a, c.tokenStart() - 18); t--) {
      String w = an.tokens.norm(t);
      if (w.equals("since") || w.equals("впервые") || w.equals("after")) return true;
    }
    return false;
  }

  /** A comma, a relative pronoun or more than eight words between a cue and a state. */
  private static boolean clauseBreak(Analysis an, int from, int to) {
    String between = an.text.substring(from, to);
    if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) return true;
    String low = " " + between.toLowerCase() + " ";
    if (low.contains(" that ") || low.contains(" which ") || low.contains(" who ") || low.contains(" котор")) return true;
    return an.tokens.firstAtOrAfter(to) - an.tokens.firstAtOrAfter(from) > 8;
  }

  /**
   * A state named as the owner of the capital a destination preposition leads to: "в столице
   * Казахстана", "in the capital of Kazakhstan". Without this the state reads as a genitive
   * guest ("визит Председателя КНР" and "в столице Казахстана" look alike word by word).
   */
  static boolean capitalOf(Analysis an, Ref r) {
    if (r.kind() != RefKind.NAME) return false;
    int t = r.tokenStart();
    if (t >= 2 && an.tokens.norm(t - 1).startsWith("столиц")) {
      return DEST_PREP.contains(an.tokenBefore(t - 1));
    }
    if (t >= 3 && an.tokens.norm(t - 1).equals("of") && an.tokens.norm(t - 2).equals("capital")) {
      return DEST_PREP.contains(an.tokenBefore(t - 2));
    }
    return false;
  }

  /** A state's name or capital, or its adjective before "capital"/"столица". */
  private static boolean placeLike(Analysis an, Ref r) {
    if (r.kind() == RefKind.NAME || r.kind() == RefKind.CAPITAL) return true;
    if (r.kind() == RefKind.ADJECTIVE && r.tokenEnd() < an.tokens.size()) {
      String nx = an.tokens.norm(r.tokenEnd());
      return nx.equals("capital") || nx.startsWith("столиц") || nx.equals("city") || nx.equals("город");
    }
    return false;
  }

  private VisitFinder() {}

  /** Roles of the grammar words in {@code visit_grammar_words.tsv}. */
  enum Role { FRAME, ONWARD, RELATIVE, NEGATION, NOUN_PREP, PREPARING, SUPPORT_VERB, OBJECT_ONLY, ONGOING, DEPART, PAST_ENDING,
    REPORTING, BACK, POSSESSIVE, AIRPORT, HELD, NEXT_LEG, BEEN, KIND_STATE, KIND_OFFICIAL, KIND_WORKING, TOUR, ENVOY,
    SUBJECT_TITLE, GUEST_OBJECT, STAY_NOUN, PRESENT_MOVE, FIRST, COPULA, PRESENCE, REMOTE, LATER_HOUR, LEAVE,
    PARTICIPLE, CLAUSE_FILLER, REGION, CALLED_OFF, PUT_OFF, OFF_VERB, NEW_TIME_PREP, NEW_TIME, MOVED_FROM,
    DENIAL, DENIAL_FILLER, PRIVATE, PAST_PLAN, HAPPEN, AHEAD, OTHERS_POSSESSIVE, LEADERS, SEE_OFF, SET_OUT,
    SET_OUT_PARTICLE }

  private static final RoleWords<Role> WORDS = RoleWords.load("visit_grammar_words.tsv", Role.class);

  static boolean is(Role role, String word) {
    return WORDS.is(role, word);
  }

  /**
   * A verb of setting off at token k: a departure word (role DEPART: "left", "вылетел"), or a verb
   * of role SET_OUT with its particle right after it ("set off", "sets out"); "set" alone schedules
   * ("talks set on Tuesday").
   */
  static boolean departsAt(Analysis an, int k) {
    if (k < 0 || k >= an.tokens.size()) return false;
    String w = an.tokens.norm(k);
    if (WORDS.is(Role.DEPART, w)) return true;
    return WORDS.is(Role.SET_OUT, w) && k + 1 < an.tokens.size() && WORDS.is(Role.SET_OUT_PARTICLE, an.tokens.norm(k + 1));
  }

  static List<Visit> find(Analysis an) {
    List<Candidate> cands = new ArrayList<>();
    for (int si = 0; si < an.sentences.size(); si++) {
      Sentences.Span s = an.sentences.get(si);
      if (an.furniture[si] || an.headlineLike[si] && !titleLine(an, s)) continue;
      Candidate c = fromSentence(an, si, s.start(), s.end());
      if (c == null || c.host == null) {
        // a visit seen through a ceremony both leaders attend, or through the leader "visiting"
        Candidate seen = WitnessedSigning.candidate(an, si, s.start(), s.end());
        if (seen == null) seen = VisitingLeader.candidate(an, si, s.start(), s.end());
        if (seen == null) seen = Farewell.candidate(an, si, s.start(), s.end());
        if (seen != null) c = seen;
      } else {
        c = VisitingLeader.turned(c, VisitingLeader.candidate(an, si, s.start(), s.end()));
      }
      // a sentence that calls the visit off tells none; read only where a visit was found
      if (c != null && !CalledOffVisit.calledOff(an, an.cuesIn(s.start(), s.end()), s.start(), s.end())) {
        cands.add(c);
        for (String h : c.extraHosts) {
          Candidate e = new Candidate(si);
          e.guest = c.guest;
          e.host = h;
          e.strength = c.strength;
          e.tense = c.tense;
          e.kind = c.kind;
          e.hostFromDestination = true;
          e.fromEnumeration = true;
          if (c.rangeDate) {
            e.start = null;
          }
          cands.add(e);
        }
        if (!c.extraHosts.isEmpty() && !c.rangeDate) {
          c.start = null;
          c.end = null;
        }
        Candidate next = nextLeg(an, si, s, c);
        if (next != null) cands.add(next);
      }
    }
    return group(an, cands);
  }

  /**
   * "Токаев посетит Узбекистан в марте, а в апреле совершит визит в Германию", "will visit Russia,
   * after which he will travel to Austria": a clause after a comma and a NEXT_LEG word or pair of
   * words, read on its own, that sends the same guest to another host; its
   * guest, when the clause names none, is the sentence's. Null when there is none.
   */
  private static Candidate nextLeg(Analysis an, int si, Sentences.Span s, Candidate first) {
    if (first.host == null || first.guest == null) return null;
    int end = an.tokens.firstAtOrAfter(s.end());
    for (int t = an.tokens.firstAtOrAfter(s.start()) + 1; t < end - 2; t++) {
      String w = an.tokens.norm(t);
      if (!WORDS.is(Role.NEXT_LEG, w) && !WORDS.is(Role.NEXT_LEG, w + " " + an.tokens.norm(t + 1))) continue;
      if (an.text.substring(an.tokens.end(t - 1), an.tokens.start(t)).indexOf(',') < 0) continue;
      Candidate c = fromSentence(an, si, an.tokens.start(t), s.end(), true);
      if (c == null || c.host == null || c.host.equals(first.host)) return null;
      if (c.guest == null) c.guest = first.guest;
      // ", and then travel to Peru": a clause without a tense of its own continues the sentence's
      if (c.tense == null) c.tense = first.tense;
      c.clauseOfSentence = true;
      return c.guest.equals(c.host) ? null : c;
    }
    return null;
  }

  /** The sentence's line is the article's title. */
  private static boolean titleLine(Analysis an, Sentences.Span s) {
    return an.article.title != null && !an.article.title.isBlank()
        && an.text.substring(s.lineStart(), s.lineEnd()).strip().equals(an.article.title.strip());
  }

  /**
   * The visit one sentence states, or null: the cue that states it ({@link #visitCue}), the
   * place it goes to ({@link #placed}), the host by invitation when no place is named
   * ({@link #hostByInvitation}), the guest, then status, kind and days ({@link #settle}).
   */
  private static Candidate fromSentence(Analysis an, int si, int from, int to) {
    return fromSentence(an, si, from, to, false);
  }

  /** {@code leaderKnown}: the clause continues a sentence whose leader-level guest is known. */
  private static Candidate fromSentence(Analysis an, int si, int from, int to, boolean leaderKnown) {
    List<CueHit> cues = an.cuesIn(from, to);
    CueHit cue = visitCue(an, cues, from);
    if (cue == SKIP) return null;
    // "before flying to Kazakhstan": the next leg told in passing (the one met before is no traveller);
    // "is expected to travel on to Moscow", "will fly on to Mongolia": the next leg of the trip
    if (cue != null && cue.is(Cue.ARRIVE) && legAfterwards(an, cue)) return null;
    boolean onwardLeg = cue != null && cue.is(Cue.ARRIVE) && (onward(an, cue.tokenEnd()) || onward(an, cue.tokenEnd() - 2));
    boolean talksOnly = false;
    if (cue == null) {
      cue = DepartureWording.leavingFor(an, from, to);
      if (cue != null) cues = withCue(cues, cue);
    }
    if (cue == null) {
      cue = placeCue(an, cues, from, to);
      talksOnly = cue != null;
      if (cue == null) return HostingClause.candidate(an, si, from, to, cues);
    }
    List<Ref> refs = an.refsIn(from, to);
    boolean kindCue = false;
    for (CueHit c : cues) kindCue |= c.is(Cue.KIND_STATE) || c.is(Cue.KIND_OFFICIAL) || c.is(Cue.KIND_WORKING);
    if (!leaderKnown && !leaderLevel(an, cues, refs, cue, from, to, kindCue)) return null;
    if (pastInPassing(an, from, to)) return null;

    Candidate c = new Candidate(si);
    List<Ref> extraDest = new ArrayList<>();
    Placed placed = placed(an, cues, refs, cue, talksOnly, extraDest, from, to);
    cue = placed.cue;
    Ref dest = placed.dest;
    Ref genitive = placed.genitive;
    Ref back = ReturnFrom.host(an, refs, cue, from);
    if (back != null && (dest == null || dest.tokenStart() < back.tokenStart())) {
      // "вернулся в Хараре из Экваториальной Гвинеи, где находился с визитом": the state left hosted
      dest = back;
      genitive = null;
      extraDest.clear();
    }
    CueHit here = ArrivalHere.cue(an, cues);
    if (here != null) {
      // "KAMPALA: ... arrived here on Thursday after a visit to Rwanda": the dateline's state hosts
      cue = here;
      dest = null;
      genitive = null;
      c.host = an.datelineIso3;
      c.hostFromDestination = true;
      c.city = an.datelineCity;
    }
    // "left Washington for a six-day trip to Asia", "his Central Asian tour": a tour of a region has no one host
    c.regionTour = dest == null && c.host == null && regionTour(an, cue);
    if (dest == null && talksOnly && datelineMeeting(an, cue, from, to)) {
      // "HANOI, June 12 - ... met Vietnamese President To Lam here": the dateline's state hosts the talks
      c.host = an.datelineIso3;
      c.hostFromDestination = true;
      c.city = an.datelineCity;
    }
    if (dest == null && c.host == null) {
      // "Biden is due to welcome Yoon in Washington on the opening day of a state visit": the host's clause
      Candidate hosting = HostingClause.candidate(an, si, from, to, cues);
      if (hosting != null) {
        hosting.kind = kindOf(an, cues);
        return hosting;
      }
      hostByInvitation(an, c, cues, refs, to);
    }
    // "flew from Riyadh on Wednesday", "вылетел из Пекина": a departure from the host; its day is not the visit's
    Ref origin = dest == null && cue.is(Cue.ARRIVE) && !cameIn(an, cue) ? fromPlace(an, refs) : null;
    if (dest == null && origin == null) {
      // "departed from India on Tuesday after wrapping up his three-day visit": the place left at the end
      Ref left = leftAtEnd(an, refs, cue);
      if (left != null) {
        c.host = left.iso3();
        c.hostFromDestination = true;
        if (left.kind() == RefKind.CAPITAL) c.city = VisitCity.of(an, left);
      }
    }
    if (origin != null) {
      c.host = origin.iso3();
      c.hostFromDestination = true;
    }
    if (dest != null) {
      c.host = dest.iso3();
      c.hostFromDestination = true;
      if (dest.kind() == RefKind.CAPITAL || dest.kind() == RefKind.ADJECTIVE || capitalOf(an, dest)) {
        c.city = VisitCity.of(an, dest);
      }
    }
    if (here != null) extraDest.clear();
    c.guest = guestOf(an, refs, cue, genitive, c.host, extraDest, cues, from);
    c.owner = CueOwner.of(an, refs, cue, genitive);
    if (envoyGuest(an, refs, c.guest, cues, from, to)) return null;
    c.extraHosts = new ArrayList<>();
    for (Ref r : extraDest) if (!r.iso3().equals(c.guest) && !r.iso3().equals(c.host)) c.extraHosts.add(r.iso3());
    c.strength = (c.host != null ? 2 : 0) + (c.guest != null ? 1 : 0) + (kindCue ? 1 : 0);
    if (talksOnly) c.strength = Math.min(c.strength, 2);
    settle(an, c, cues, cue, dest, origin, from, to);
    if (onwardLeg && !nextStop(c)) return null;
    if (CalledOffVisit.putOffToNewTime(an, from, to)) {
      // "has been postponed until next month": the visit lies ahead, whatever the tense
      c.tense = Cue.FUTURE;
      c.ongoing = false;
    }
    if (c.city == null && c.host != null) c.city = VisitCity.firstOf(an, refs, c.host);
    return c;
  }

  /** The cues of a clause with one more, made from its words, in text order. */
  private static List<CueHit> withCue(List<CueHit> cues, CueHit made) {
    List<CueHit> all = new ArrayList<>(cues);
    int at = 0;
    while (at < all.size() && all.get(at).start() < made.start()) at++;
    all.add(at, made);
    return all;
  }

  /**
   * A next leg ahead ("will fly on to Mongolia") is on the way like a departure: it names no host
   * for the article and gives way to a stay of the guest under way ({@link #group}); one told in
   * the past ("flew on to Uganda") is left to the sentences that tell of the stay there (false).
   */
  private static boolean nextStop(Candidate c) {
    if (c.tense != Cue.FUTURE && !c.departure) return false;
    c.departure = true;
    c.arrival = false;
    return true;
  }

  private static final Set<String> REGION_PREP = Set.of("to", "of", "for", "through", "across", "в", "по");

  /**
   * A trip or movement to a region, not a state ("a trip to Asia", "departs for Europe", "a tour of
   * Southeast Asia", "турне по Африке", "his Asian tour"): the word of role REGION right after the
   * cue's preposition (a word of qualification between), or a REGION word just before a trip noun.
   */
  private static boolean regionTour(Analysis an, CueHit cue) {
    int t = cue.tokenEnd();
    boolean prep = an.tokens.norm(t - 1).equals("for"); // "departs for Asia": the cue ends in it
    if (!prep && t < an.tokens.size() && REGION_PREP.contains(an.tokens.norm(t))) {
      prep = true;
      t++;
    }
    for (int k = t; prep && k < Math.min(an.tokens.size(), t + 2); k++) {
      if (WORDS.is(Role.REGION, an.tokens.norm(k))) return true;
    }
    if (!cue.is(Cue.TRIP)) return false;
    for (int k = Math.max(0, cue.tokenStart() - 2); k < cue.tokenStart(); k++) {
      if (WORDS.is(Role.REGION, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /** Marks a sentence {@link #visitCue} rules out (a call, the sidelines, a past reference…). */
  private static final CueHit SKIP = new CueHit(java.util.Set.of(), -1, -1, -1, -1);

  /**
   * The first cue that states a visit (a visit noun, a visit verb with a place object, an
   * arrival, a trip, a stay followed by a place); null when there is none; {@link #SKIP} when the
   * sentence is a call, a sideline meeting, a past reference or a greeting, or an invitation
   * rather than a visit made at one.
   */
  private static CueHit visitCue(Analysis an, List<CueHit> cues, int from) {
    CueHit aside = asideOfSidelines(an, cues);
    if (aside != null) return aside;
    CueHit cue = null;
    boolean invite = false;
    boolean atInvitation = false;
    for (CueHit c : cues) {
      if (c.is(Cue.PAST_REFERENCE) && afterSince(an, from, c)) continue;
      // "will travel to Moscow, the Kremlin said, adding that the dates were agreed in a phone call"
      if (c.is(Cue.CALL) && cue != null && an.text.substring(cue.end(), c.start()).indexOf(',') >= 0) continue;
      if (c.is(Cue.CALL) || c.is(Cue.SIDELINES) || c.is(Cue.PAST_REFERENCE) || c.is(Cue.GREETING)) return SKIP;
      // "on a private visit", "his annual private stay", "с частным визитом": no state's visit
      if ((c.is(Cue.VISIT_NOUN) || c.is(Cue.TRIP)) && c.tokenStart() > 0
          && WORDS.is(Role.PRIVATE, an.tokens.norm(c.tokenStart() - 1))) {
        return SKIP;
      }
      if (c.is(Cue.INVITE)) invite = true;
      if (c.is(Cue.AT_INVITATION)) atInvitation = true;
      if (c.is(Cue.VISIT_VERB) && !placeObject(an, c)) continue;
      if (c.is(Cue.STAY) && !placeNext(an, c)) continue;
      if (c.is(Cue.TRIP) && !stayNoun(an, c)) continue;
      if (cue == null && (c.is(Cue.VISIT_NOUN) || c.is(Cue.VISIT_VERB) || c.is(Cue.ARRIVE) || c.is(Cue.TRIP))) cue = c;
    }
    if (invite && !atInvitation) return SKIP;
    if (cue != null && backHome(an, cue)) {
      // "landed back in India": the guest is home again; "arrived back in Islamabad after a
      // visit to Saudi Arabia": the visit is the one he comes back from
      for (CueHit c : cues) {
        if (c.start() > cue.start() && (c.is(Cue.VISIT_NOUN) || c.is(Cue.TRIP))) return c;
      }
      return SKIP;
    }
    return cue;
  }

  /**
   * "Xi, who is due to pay a state visit to Brazil on Wednesday, met Lula on the sidelines of the
   * G20": a coming visit told in a relative clause of its own, apart from the sideline meeting,
   * is the visit's cue; the meeting on the sidelines stays none. Null when the sentence has no
   * sidelines, or a call, a past reference, a greeting or an invitation, or no such clause.
   */
  private static CueHit asideOfSidelines(Analysis an, List<CueHit> cues) {
    CueHit side = null;
    for (CueHit c : cues) {
      if (c.is(Cue.CALL) || c.is(Cue.PAST_REFERENCE) || c.is(Cue.GREETING) || c.is(Cue.INVITE)) return null;
      if (c.is(Cue.SIDELINES)) side = c;
    }
    if (side == null) return null;
    for (CueHit c : cues) {
      if (!c.is(Cue.VISIT_NOUN) && !(c.is(Cue.VISIT_VERB) && placeObject(an, c))) continue;
      int open = an.text.lastIndexOf(',', c.start());
      int close = an.text.indexOf(',', c.end());
      if (open < 0 || close < 0 || side.start() > open && side.start() < close) continue;
      int first = an.tokens.firstAtOrAfter(open + 1);
      if (first < 0 || first >= an.tokens.size() || !WORDS.is(Role.RELATIVE, an.tokens.norm(first))) continue;
      for (CueHit f : cues) if (f.is(Cue.FUTURE) && f.start() > open && f.start() < close) return c;
    }
    return null;
  }

  /**
   * "his three-day stay in Hanoi", "during the stay": "stay" is a trip noun after a word of role
   * STAY_NOUN (a possessive, an article, a length); as a verb ("will stay in power") it is none.
   * Any other trip word passes.
   */
  private static boolean stayNoun(Analysis an, CueHit c) {
    if (c.tokenEnd() - c.tokenStart() != 1 || !an.tokens.norm(c.tokenStart()).equals("stay")) return true;
    return c.tokenStart() > 0 && WORDS.is(Role.STAY_NOUN, an.tokens.norm(c.tokenStart() - 1));
  }

  /** "arrived back in", "flew home": an arrival verb followed by a word of coming home. */
  private static boolean backHome(Analysis an, CueHit c) {
    return c.is(Cue.ARRIVE) && c.tokenEnd() < an.tokens.size() && WORDS.is(Role.BACK, an.tokens.norm(c.tokenEnd()));
  }

  /** The cue that names the visit's destination, the destination, and a guest in the genitive. */
  private record Placed(CueHit cue, Ref dest, Ref genitive) {}

  /**
   * Where the sentence sends the guest: the cue that names a destination wins, else the first
   * cue; failing both, a place right after talks ("held talks in Ashgabat … at the start of a
   * state visit").
   */
  private static Placed placed(Analysis an, List<CueHit> cues, List<Ref> refs, CueHit cue,
      boolean talksOnly, List<Ref> extraDest, int from, int to) {
    Ref dest = null;
    Ref genitive = null;
    CueHit ending = DepartureWording.endingAmongDepartures(an, cues, from, to);
    if (ending != null) {
      // "left for South Africa, concluding his state visit to Equatorial Guinea": the visit that ends
      Ref[] found = destination(an, refs, ending, false, extraDest);
      return new Placed(ending, found[0], found[1]);
    }
    for (CueHit h : cues) {
      if (!(h.is(Cue.VISIT_NOUN) || h.is(Cue.VISIT_VERB) || h.is(Cue.ARRIVE) || h.is(Cue.TRIP)) && h != cue) continue;
      if (backHome(an, h)) continue; // "arrived back in Islamabad": the guest's home, no destination
      Ref[] found = destination(an, refs, h, talksOnly && h == cue, extraDest);
      if (found[0] != null) {
        return new Placed(h, found[0], found[1]);
      }
      if (h == cue) genitive = found[1];
    }
    for (CueHit h : cues) {
      if (!h.is(Cue.TALKS)) continue;
      dest = talksPlaceBefore(an, h, an.sentences.get(an.sentenceOfOffset(h.start())).start());
      if (dest == null && an.russian) dest = heldAt(an, h, to);
      if (dest != null) break;
      int reach = h.tokenEnd() + 8;
      int objectEnd = -1;
      for (Ref r : an.refsIn(h.end(), to)) {
        if (r.tokenStart() > reach) break;
        if ((r.kind() == RefKind.CAPITAL || r.kind() == RefKind.NAME)
            && (destPrep(an, r) || atSeat(an, r))) {
          dest = r;
          break;
        }
        // "talks between Sharif and Uzbek President Mirziyoyev in Islamabad": the second party continues the ones met
        if (metObject(an, h, r) || objectEnd >= 0 && r.tokenStart() <= objectEnd + PARTY_GAP && metObject(an, r)) {
          reach = Math.max(reach, r.tokenEnd() + PLACE_AFTER_OBJECT);
          objectEnd = r.tokenEnd();
        }
      }
      if (dest != null) break;
    }
    return new Placed(cue, dest, genitive);
  }

  /**
   * No place named: "at the invitation of President Ilham Aliyev" makes the inviter's country
   * the host, and "travelled to Shusha" (a town the gazetteer does not know) gives the city.
   */
  private static void hostByInvitation(Analysis an, Candidate c, List<CueHit> cues,
      List<Ref> refs, int to) {
    for (CueHit h : cues) {
      if (!h.is(Cue.AT_INVITATION)) continue;
      for (Ref r : an.refsIn(h.end(), to)) {
        if (r.tokenStart() > h.tokenEnd() + 6) break;
        if (r.kind() != RefKind.CAPITAL) {
          c.host = r.iso3();
          c.hostFromDestination = true;
          break;
        }
      }
    }
    if (c.host == null) hostByTalks(an, c, cues, to);
    if (c.host == null || an.russian) return;
    for (CueHit h : cues) {
      if (!(h.is(Cue.ARRIVE) || h.is(Cue.VISIT_VERB) || h.is(Cue.TRIP))) continue;
      int t = h.tokenEnd();
      if (t + 1 < an.tokens.size() && (an.tokens.norm(t).equals("to") || an.tokens.norm(t).equals("in"))
          && an.tokens.upperFirst(t + 1) && an.tokens.start(t + 1) < to) {
        boolean known = false;
        for (Ref r : refs) known |= r.tokenStart() == t + 1;
        if (!known) c.city = an.tokens.raw(t + 1);
      }
    }
  }

  private static final Set<String> WITH = Set.of("with", "с", "со");

  /**
   * No place known: "arrived in Sochi for talks with Putin", "прибыл в Сочи на переговоры с
   * Путиным" makes the state of the head of state or government the talks are held with the
   * host (the one arriving comes to him).
   */
  private static void hostByTalks(Analysis an, Candidate c, List<CueHit> cues, int to) {
    for (CueHit h : cues) {
      if (!h.is(Cue.TALKS) || !arrivesBefore(cues, h)) continue;
      int t = h.tokenEnd();
      if (t >= an.tokens.size() || !WITH.contains(an.tokens.norm(t))) continue;
      for (Ref r : an.refsIn(h.end(), to)) {
        if (r.tokenStart() > t + 6) break;
        if (an.text.substring(h.end(), r.start()).indexOf(',') >= 0) break;
        if (r.kind() != RefKind.PERSON) continue;
        Leaders.Role role = r.person().role();
        if (role.top()) {
          c.host = r.iso3();
          c.hostFromDestination = true;
        }
        return;
      }
    }
  }

  /**
   * An arrival said before the talks ("arrived in Sochi for talks with Putin"); one after them
   * ("talks with Tokayev, who arrived on a state visit") tells of the partner, not of the subject.
   */
  private static boolean arrivesBefore(List<CueHit> cues, CueHit talks) {
    for (CueHit h : cues) {
      if (h.is(Cue.ARRIVE) && !h.is(Cue.STAY) && h.start() < talks.start()) return true;
    }
    return false;
  }

  /**
   * "Erdogan is the first foreign head of state to visit Shusha", "became the first Indian leader to
   * travel to Kyiv": an infinitive after "the" and an ordinal of precedence (role FIRST) that follow
   * a copula of the present or the past (role COPULA) tells a visit made, not one to come ("will be
   * the first" has "be", no such copula).
   */
  private static boolean firstToVisit(Analysis an, CueHit cue) {
    int t = cue.tokenStart();
    if (t == 0 || !an.tokens.norm(t).equals("to") && !an.tokens.norm(t - 1).equals("to")) return false;
    for (int k = t - 1; k >= Math.max(2, t - 8); k--) {
      if (!WORDS.is(Role.FIRST, an.tokens.norm(k))) continue;
      // "is the first ... to visit", "became the first": a copula in the present or the past
      return an.tokens.norm(k - 1).equals("the") && WORDS.is(Role.COPULA, an.tokens.norm(k - 2));
    }
    return false;
  }

  /** Status (from the tense near the cue), arrival or departure, kind and days of a candidate. */
  private static void settle(Analysis an, Candidate c, List<CueHit> cues, CueHit cue, Ref dest,
      Ref origin, int from, int to) {
    Tense tense = tenseOf(an, cues, cue, from, to);
    // "during the visit they went to the White House": a past event inside the visit tells that
    // the visit took place; a future one tells only of the programme
    // but "в ходе предстоящего визита стороны подпишут": a visit called upcoming is itself ahead
    if (insideFrame(an, cue) && tense.cue() != Cue.PAST && !calledAhead(an, cue)) {
      c.programmeAhead = tense.cue() == Cue.FUTURE || programmeVerbAhead(an, cues, cue);
      tense = new Tense(null, false);
    }
    if (tense.cue() == Cue.FUTURE && firstToVisit(an, cue)) tense = new Tense(Cue.PAST, false);
    c.tense = tense.cue();
    c.ongoing = tense.ongoing();
    // "is in Russia" tells no day of arrival, nor does "flew from Tashkent"
    c.arrival = (cue.is(Cue.ARRIVE) && !cue.is(Cue.STAY) && !WORDS.is(Role.BEEN, an.tokens.norm(cue.tokenStart()))
        || arrivalAfterVisit(an, cues, cue)) && origin == null;
    if (dest != null && (cue.is(Cue.ARRIVE) && departsAt(an, cue.tokenStart()) || departedFor(an, dest)
        || departedForHostBefore(an, dest, cue, from)) && c.tense != Cue.FUTURE) {
      // "вылетел в Китай", "left for Washington": on the way; the stay lies ahead
      c.departure = true;
      c.tense = Cue.FUTURE;
      c.arrival = false;
    }
    c.kind = kindOf(an, cues);
    if (origin == null) readDates(an, c, cues, cue, from, to);
    if (c.departure && tense.cue() != Cue.FUTURE && c.start == null && c.end == null) setOffOnDatelineDay(an, c, from, to);
  }

  /**
   * "ACCRA, March 4 (Wire) - President X has left Ghana for Nigeria on a two-day state visit": a
   * departure not told as ahead, with no day of its own, leaves on the dated dateline's day, which
   * opens the visit as a stated day of leaving does ({@link VisitDates}); its last day stays open.
   */
  private static void setOffOnDatelineDay(Analysis an, Candidate c, int from, int to) {
    if (an.datelineDate == null) return;
    for (DateFinder.DateMention d : an.dates(from, to, false)) {
      if (d.start() >= an.datelineEnd) return;
    }
    c.start = an.datelineDate;
    c.end = c.durationDays > 0 ? c.start.plusDays(c.durationDays - 1) : null;
    c.arrivalDate = true;
  }

  /** How far (in tokens) the verb of arrival may follow the visit noun it completes. */
  private static final int ARRIVAL_AFTER_VISIT = 3;

  /**
   * "С государственным визитом в Казахстан прибыл президент Монголии", "В Астану с официальным
   * визитом прибыл ...": the Russian order that puts the visit noun first, then the verb of arrival
   * in the past, a place at most between: an arrival all the same.
   */
  private static boolean arrivalAfterVisit(Analysis an, List<CueHit> cues, CueHit cue) {
    if (!an.russian || !cue.is(Cue.VISIT_NOUN)) return false;
    for (CueHit h : cues) {
      if (h.tokenStart() < cue.tokenEnd() || h.tokenStart() - cue.tokenEnd() > ARRIVAL_AFTER_VISIT) continue;
      if (h.is(Cue.ARRIVE) && h.is(Cue.PAST) && !h.is(Cue.STAY) && !departsAt(an, h.tokenStart())
          && !WORDS.is(Role.BEEN, an.tokens.norm(h.tokenStart()))) {
        return true;
      }
    }
    return false;
  }

  /** How many words the participants of talks may take between the noun and its verb of holding. */
  private static final int HELD_REACH = 20;

  /**
   * "Переговоры Сергея Лаврова и министра иностранных дел Лаоса состоялись в Москве": the place
   * after the verb of holding (role HELD) that follows the noun of talks and its participants in
   * the same clause, or null.
   */
  private static Ref heldAt(Analysis an, CueHit c, int to) {
    for (Ref r : an.refsIn(c.end(), to)) {
      if (r.tokenStart() > c.tokenEnd() + HELD_REACH) break;
      if (an.text.substring(c.end(), r.start()).indexOf(',') >= 0) break;
      int prep = r.tokenStart() - 1;
      if (prep < 1 || r.kind() != RefKind.CAPITAL && r.kind() != RefKind.NAME || !destPrep(an, r)) continue;
      if (WORDS.is(Role.HELD, an.tokens.norm(prep - 1))) return r;
    }
    return null;
  }

  /**
   * "held talks in Minsk", "signed in Riyadh": talks, a meeting or a signing in/в + the host's
   * place, between two leaders; a signing told as background (ratification, a relative clause) is none.
   */
  private static CueHit placeCue(Analysis an, List<CueHit> cues, int from, int to) {
    boolean background = false;
    for (CueHit c : cues) background |= c.is(Cue.SIGN_NEGATIVE);
    for (CueHit c : cues) {
      if (!c.is(Cue.TALKS) && !c.is(Cue.SIGN) || c.is(Cue.SIGN) && (background || relativeBefore(an, c.tokenStart()))) continue;
      if (c.is(Cue.TALKS) && datelineMeeting(an, c, from, to)) return c;
      Ref before = talksPlaceBefore(an, c, from);
      if (before != null && twoLeaders(an, from, to, before.iso3())) return c;
      Ref held = c.is(Cue.TALKS) && an.russian ? heldAt(an, c, to) : null;
      if (held != null && twoLeaders(an, from, to, held.iso3()) && !thirdCountry(an, from, to, held)) return c;
      boolean skipped = false;
      int objectEnd = -1;
      int reach = c.tokenEnd() + (c.is(Cue.TALKS) ? 8 : 6);
      for (Ref r : an.refsIn(c.end(), to)) {
        if (r.tokenStart() > reach) break;
        // "talks with Berdimuhamedov, in Astana with Tokayev": past a comma the place is another clause's
        if (r.tokenStart() > c.tokenEnd() && an.text.substring(c.end(), r.start()).indexOf(',') >= 0) break;
        if ((r.kind() == RefKind.CAPITAL || c.is(Cue.TALKS) && r.kind() == RefKind.NAME)
            && (destPrep(an, r) || c.is(Cue.TALKS) && atSeat(an, r))
            && twoLeaders(an, from, to, r.iso3()) && (!skipped || hostParty(an, from, to, r))
            && !thirdCountry(an, from, to, r)) {
          return c;
        }
        // "met his Chinese counterpart Wang Yi in Beijing": the one met stands between the verb and the place
        // "talks between Prime Minister Shehbaz Sharif and Uzbek President Shavkat Mirziyoyev in Islamabad":
        // the second party, and the name after its title, continue the ones met
        boolean nextObject = skipped && r.tokenStart() <= objectEnd + PARTY_GAP && metObject(an, r);
        if (c.is(Cue.TALKS) && (metObject(an, c, r) || nextObject)) {
          if (envoy(an, r)) break; // "met the Chinese ambassador in Nairobi": an envoy, no visit
          skipped = true;
          objectEnd = r.tokenEnd();
          // "with Brazilian President Luiz Inacio Lula da Silva in Brasilia": the place is near the end of the name
          reach = Math.max(reach, r.tokenEnd() + PLACE_AFTER_OBJECT);
          continue;
        }
        break;
      }
    }
    return null;
  }

  /** How far (in tokens) after the end of the one met the place of the talks may start ("... da Silva in Brasilia"). */
  private static final int PLACE_AFTER_OBJECT = 2;

  /** How far (in tokens) "here" may stand from the talks it places ("met President To Lam here on Wednesday"). */
  private static final int HERE_WINDOW = 8;

  /**
   * Talks placed by the dateline ("HANOI, June 12 (Wire) - ... met Vietnamese President To Lam
   * here"; "SEOUL, May 14 (Wire) -- South Korean President Yoon Suk Yeol held talks with Kenyan
   * President William Ruto on Tuesday"): with no place named after the talks, "here" near them,
   * or, in the dateline's own sentence, a leader of the dateline's state as the subject meeting a
   * leader of another state, puts the talks in the dateline's state.
   */
  private static boolean datelineMeeting(Analysis an, CueHit c, int from, int to) {
    if (an.datelineIso3 == null || c.start() < an.datelineEnd) return false;
    if (!twoLeaders(an, from, to, an.datelineIso3)) return false;
    // "Scholz, who met Xi in April", "said he had met": talks told as background
    if (relativeBefore(an, c.tokenStart()) || c.tokenStart() > 0 && an.tokens.norm(c.tokenStart() - 1).equals("had")) {
      return false;
    }
    int n = an.tokens.size();
    for (int t = an.tokens.firstAtOrAfter(from); t < n && an.tokens.start(t) < to; t++) {
      // "met Putin at the BRICS summit": a summit of many states is held wherever it is, not "here"
      if ((an.tokens.norm(t).equals("summit") || an.tokens.norm(t).startsWith("саммит"))
          && (t < c.tokenStart() || t >= c.tokenEnd())) {
        return false;
      }
    }
    for (Ref r : an.refsIn(c.end(), to)) {
      // "met ... in Tokyo", "talks in Geneva": a place of its own
      if ((r.kind() == RefKind.CAPITAL || r.kind() == RefKind.NAME) && destPrep(an, r)) {
        return false;
      }
    }
    for (int t = Math.max(0, c.tokenStart() - 2); t < Math.min(n, c.tokenEnd() + HERE_WINDOW) && an.tokens.start(t) < to; t++) {
      if (an.tokens.norm(t).equals("here")) return true;
    }
    // "МОСКВА, 5 марта. /ТАСС/." split off as a sentence of its own: the lead after it is the dateline's
    if ((an.datelineEnd < from || an.datelineEnd > to) && !an.leadOfSplitDateline(from)) return false;
    Ref subject = null;
    Ref met = null;
    for (Ref r : an.refsIn(Math.max(from, an.datelineEnd), to)) {
      if (r.start() < c.start()) {
        if (subject == null) subject = r;
      } else if (met == null && metObject(an, c, r)) {
        met = r;
      } else if (met != null && met.kind() != RefKind.PERSON && r.kind() == RefKind.PERSON
          && r.iso3().equals(met.iso3()) && r.tokenStart() <= met.tokenEnd() + PARTY_GAP) {
        // "с Президентом Республики Узбекистан Шавкатом Мирзиёевым": the state's name, then its leader
        met = r;
      }
    }
    // "АСТАНА, 8 октября. /Казинформ/. Глава государства провел переговоры с …": the dateline
    // state's leader by title alone is the subject who hosts
    if (subject == null && met != null && !met.iso3().equals(an.datelineIso3) && an.russian
        && an.hasLeaderTitle(Math.max(from, an.datelineEnd), c.start())) {
      return personOrTitled(an, c, met, to);
    }
    if (an.russian && subject != null && met == null) return jointSubjects(an, Math.max(from, an.datelineEnd), c.start());
    if (subject == null || met == null || subject.kind() == RefKind.CAPITAL || subject.iso3().equals(met.iso3())) return false;
    // the host meets the guest ("Xi met with Kazakh Prime Minister ..."), or the guest meets the
    // host ("12 June, Hanoi: Malaysian Prime Minister Anwar Ibrahim held talks with his Vietnamese counterpart")
    if (!subject.iso3().equals(an.datelineIso3) && !met.iso3().equals(an.datelineIso3)) return false;
    return personOrTitled(an, c, met, to);
  }

  /**
   * "АСТАНА, 5 июня. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев и Председатель КНР Си
   * Цзиньпин провели переговоры": the leaders of exactly two states named before the talks, their
   * subject, one of them of the dateline's state.
   */
  private static boolean jointSubjects(Analysis an, int from, int cueStart) {
    java.util.Set<String> states = new java.util.LinkedHashSet<>();
    for (Ref r : an.refsIn(from, cueStart)) {
      if (r.kind() == RefKind.PERSON && !FormerHolder.outOfOffice(an, r)) states.add(r.iso3());
    }
    return states.size() == 2 && states.contains(an.datelineIso3);
  }

  /** The one met is a leader: named, or a state's word with a leader's title after it or (Russian) before it. */
  private static boolean personOrTitled(Analysis an, CueHit c, Ref met, int to) {
    // "с президентом Монголии": the title before the state's name
    return (met.kind() == RefKind.PERSON || !an.titlesIn(met.end(), Math.min(to, met.end() + 25)).isEmpty()
        || an.russian && !an.titlesIn(c.end(), met.start()).isEmpty()
        || an.tokens.norm(met.tokenEnd()).equals("counterpart")) && !envoy(an, met);
  }

  /**
   * "Jaishankar held talks with Locsin on his first visit": a visit or trip noun after a possessive (no
   * state between) is the visit of the sentence's subject, the leader named first, not of the
   * one met just before the cue; null when no possessive or no such leader.
   */
  private static String possessiveSubject(Analysis an, List<Ref> refs, CueHit cue, String host, List<CueHit> cues) {
    if (!cue.is(Cue.VISIT_NOUN) && !cue.is(Cue.TRIP)) return null;
    int possessive = -1;
    for (int t = cue.tokenStart() - 1; t >= Math.max(0, cue.tokenStart() - 4) && possessive < 0; t--) {
      if (WORDS.is(Role.POSSESSIVE, an.tokens.norm(t))) possessive = t;
    }
    if (possessive < 0) return null;
    for (Ref r : refs) {
      // "his visit to China", "on Li's visit": a state between the possessive and the visit
      if (r.tokenStart() > possessive && r.tokenStart() < cue.tokenStart()) return null;
    }
    Ref first = null;
    for (Ref r : refs) {
      if (r.start() < an.datelineEnd || r.kind() == RefKind.CAPITAL) continue; // "MANILA:", "in Beijing"
      if (first == null) first = r;
      if (r.tokenStart() > possessive) return null;
      if (r.kind() == RefKind.PERSON) {
        if (hostVerbBetween(an, cues, r.end(), an.tokens.start(possessive))) return null;
        return first.iso3().equals(r.iso3()) && !r.iso3().equals(host) ? r.iso3() : null;
      }
    }
    return null;
  }

  /**
   * "Путин проведет переговоры с Нарендрой Моди в рамках его официального визита": a possessive
   * that is not reflexive (role OTHERS_POSSESSIVE, no state between it and the visit noun) makes
   * the visit that of the one met in the talks before it, not the subject's; null when there is none.
   */
  private static String partnersVisit(Analysis an, List<Ref> refs, CueHit cue, String host, List<CueHit> cues) {
    if (!an.russian || !cue.is(Cue.VISIT_NOUN) && !cue.is(Cue.TRIP)) return null;
    int possessive = -1;
    for (int t = cue.tokenStart() - 1; t >= Math.max(0, cue.tokenStart() - 3) && possessive < 0; t--) {
      if (WORDS.is(Role.OTHERS_POSSESSIVE, an.tokens.norm(t))) possessive = t;
    }
    if (possessive < 0) return null;
    Ref met = null;
    for (Ref r : refs) {
      if (r.tokenStart() >= possessive && r.tokenStart() < cue.tokenStart()) return null;
      if (r.tokenStart() < possessive && r.kind() != RefKind.CAPITAL && partnerOfTalks(an, cues, r)) met = r;
    }
    return met == null || met.iso3().equals(host) ? null : met.iso3();
  }

  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "be");

  /**
   * "The Amir received President Ruto, on the occasion of his official visit": an active verb of
   * hosting between the subject and the possessive; the visit is then the one received, not the
   * subject's ("was received by" is passive and keeps the subject the guest).
   */
  private static boolean hostVerbBetween(Analysis an, List<CueHit> cues, int from, int to) {
    for (CueHit h : cues) {
      if (h.start() < from || h.start() >= to || !h.is(Cue.HOST_VERB)) continue;
      if (h.tokenStart() == 0 || !PASSIVE_AUX.contains(an.tokens.norm(h.tokenStart() - 1))) return true;
    }
    return false;
  }

  /**
   * "В Ташкенте прошли переговоры", "в Кремле состоялись переговоры", "Во Дворце Независимости
   * Президент Беларуси Александр Лукашенко провел переговоры": in a Russian report the place of the
   * talks may open the clause, two or three words before them, the subject (a leader and his title)
   * between. An English report fronts it with a comma: "At the Akorda, Tokayev held talks".
   */
  private static Ref talksPlaceBefore(Analysis an, CueHit c, int from) {
    if (!c.is(Cue.TALKS)) return null;
    if (!an.russian) {
      Ref in = inPlaceForTalks(an, c, from);
      return in != null ? in : frontedPlace(an, c, from);
    }
    Ref found = null;
    int subject = 0;
    for (Ref r : an.refsIn(from, c.start())) {
      if (r.kind() == RefKind.ADJECTIVE) continue; // "в Кремле прошли российско-вьетнамские переговоры"
      boolean place = r.kind() == RefKind.CAPITAL || r.kind() == RefKind.NAME;
      if (place && destPrep(an, r)) {
        found = r;
        subject = 0;
      } else if (found != null && subjectAfterPlace(an, found, r)) {
        subject += r.tokenEnd() - r.tokenStart();
      } else {
        found = null;
      }
    }
    if (found == null || c.tokenStart() - found.tokenEnd() - subject > 4) return null;
    // the host is a party of the talks ("переговоры президентов Узбекистана и Казахстана"), not
    // only their venue ("в Москве прошли переговоры министров Ирана и Турции")
    return hostParty(an, from, an.sentences.get(an.sentenceOfOffset(c.start())).end(), found) ? found : null;
  }

  /**
   * The subject between a fronted place and the talks ("Во Дворце Независимости Президент Беларуси
   * Александр Лукашенко провел переговоры"): a leader, or a state's name in his title, with no
   * comma or preposition of place between.
   */
  private static boolean subjectAfterPlace(Analysis an, Ref place, Ref r) {
    if (r.kind() != RefKind.PERSON && (r.kind() != RefKind.NAME || destPrep(an, r))) return false;
    return an.text.substring(place.end(), r.start()).indexOf(',') < 0;
  }

  /**
   * "At the Akorda, Tokayev held talks with ...", "In Minsk, Lukashenko met ...": a seat of power or
   * a capital after at/in that opens the sentence (past a dateline) and a comma, the talks in the
   * clause after it; null otherwise.
   */
  private static Ref frontedPlace(Analysis an, CueHit c, int from) {
    int open = Math.max(from, an.datelineEnd > from && an.datelineEnd < c.start() ? an.datelineEnd : from);
    int first = an.tokens.firstAtOrAfter(open);
    if (first < 0 || first >= c.tokenStart()) return null;
    String prep = an.tokens.norm(first);
    if (!prep.equals("at") && !prep.equals("in")) return null;
    for (Ref r : an.refsIn(open, c.start())) {
      if (r.kind() != RefKind.CAPITAL || !an.tokenBefore(r.tokenStart()).equals(prep)) return null;
      int comma = an.text.indexOf(',', r.end());
      if (comma < 0 || comma >= c.start() || !an.text.substring(r.end(), comma).isBlank()) return null;
      return hostParty(an, from, an.sentences.get(an.sentenceOfOffset(c.start())).end(), r) ? r : null;
    }
    return null;
  }

  /**
   * "Egyptian FM in Ankara for talks", "Lavrov in Pyongyang for talks with Kim" (headlines that
   * drop the verb): a state or capital after "in", right before "for" and the talks, is their
   * place; null otherwise.
   */
  private static Ref inPlaceForTalks(Analysis an, CueHit c, int from) {
    int t = c.tokenStart();
    if (t < 3 || !an.tokens.norm(t - 1).equals("for")) return null;
    Ref found = null;
    for (Ref r : an.refsIn(from, c.start())) {
      if (r.tokenEnd() == t - 1 && (r.kind() == RefKind.CAPITAL || r.kind() == RefKind.NAME)
          && an.tokens.norm(r.tokenStart() - 1).equals("in")) {
        found = r;
      }
    }
    return found;
  }

  /**
   * The place's state is a party of the meeting, named otherwise than by the place ("met his
   * Chinese counterpart in Beijing"), not only its venue ("met Kazakhstan's Tokayev in Minsk").
   */
  private static boolean hostParty(Analysis an, int from, int to, Ref place) {
    for (Ref r : an.refsIn(from, to)) {
      if (r != place && r.iso3().equals(place.iso3()) && r.kind() != RefKind.CAPITAL) return true;
    }
    return false;
  }

  /**
   * "Мирзиёев и Си Цзиньпин провели переговоры в Москве": the talks name two states other than
   * the place's and not the place's own: a meeting in a third country (a summit's host), no visit to it.
   */
  private static boolean thirdCountry(Analysis an, int from, int to, Ref place) {
    if (!an.russian || hostParty(an, from, to, place)) return false;
    String first = null;
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() == RefKind.CAPITAL || r.iso3().equals(place.iso3())) continue;
      if (first == null) first = r.iso3();
      else if (!first.equals(r.iso3())) return true;
    }
    return false;
  }

  /** "met Jaishankar at Hyderabad House", "talks at the Kremlin": a seat of power or capital after "at". */
  private static boolean atSeat(Analysis an, Ref r) {
    return r.kind() == RefKind.CAPITAL && an.tokenBefore(r.tokenStart()).equals("at");
  }

  /**
   * "the Chinese ambassador", "China's envoy", "Ambassador of China": an envoy word (role ENVOY)
   * right after the state's word or within two words before it; an envoy posted to the host is
   * no visiting leader.
   */
  /**
   * "Newly appointed Chinese Ambassador Yao Wen paid a courtesy call on President Shahabuddin",
   * "Indian High Commissioner Pranay Verma called on the Prime Minister": the guest's state is named
   * only as an envoy's and none of its leaders is named; the diplomat posted there makes no visit.
   * Nor does a state named only as the state of an office below its leaders ({@link GuestOffice}:
   * "Iranian Parliament Speaker", "Chinese Vice Premier", "Belarusian opposition leader").
   */
  private static boolean envoyGuest(Analysis an, List<Ref> refs, String guest, List<CueHit> cues, int from, int to) {
    if (guest == null) return false;
    boolean envoy = false;
    for (Ref r : refs) {
      if (!r.iso3().equals(guest)) continue;
      if (r.kind() == RefKind.PERSON || !envoy(an, r) && !GuestOffice.below(an, r, cues, from, to)) return false;
      envoy = true;
    }
    return envoy;
  }

  static boolean envoy(Analysis an, Ref r) {
    int n = an.tokens.size();
    for (int t = r.tokenEnd(); t < Math.min(n, r.tokenEnd() + 2); t++) {
      if (WORDS.is(Role.ENVOY, an.tokens.norm(t))) return true;
    }
    for (int t = Math.max(0, r.tokenStart() - 3); t < r.tokenStart(); t++) {
      if (WORDS.is(Role.ENVOY, an.tokens.norm(t))) return true;
    }
    return false;
  }

  /**
   * A leader, or a state's adjective or name, within four words after talks or a meeting ("met
   * Wang Yi", "met his Chinese counterpart", "met US President Biden", "held talks with
   * Jaishankar"): the one met.
   */
  private static boolean metObject(Analysis an, CueHit c, Ref r) {
    return metObject(an, r) && r.tokenStart() <= c.tokenEnd() + 4;
  }

  /** A leader, or a state's adjective or name without a preposition of place: one who is met. */
  private static boolean metObject(Analysis an, Ref r) {
    // a state's name without a preposition qualifies the one met: "met US President Joe Biden"
    boolean object = r.kind() == RefKind.PERSON || r.kind() == RefKind.ADJECTIVE || r.kind() == RefKind.DEMONYM
        || r.kind() == RefKind.NAME;
    return object && !destPrep(an, r);
  }

  /** How far (in tokens) after one party met the next may start ("... Sharif and Uzbek President Shavkat ..."). */
  private static final int PARTY_GAP = 3;

  /**
   * A leader-level actor: a leader's name or title or a kind of visit in the sentence, else "he"
   * before the cue with a leader named earlier in the article ("He arrived in Baku").
   */
  private static boolean leaderLevel(Analysis an, List<CueHit> cues, List<Ref> refs, CueHit cue, int from, int to,
      boolean kindCue) {
    for (Ref r : refs) if (r.kind() == RefKind.PERSON && !FormerHolder.outOfOffice(an, r)) return true;
    if (an.hasLeaderTitle(from, to)) return true;
    // "a working visit of the regional delegation": a kind of visit alone is no leader's visit
    // when a delegation or a governor, not a leader, is the one who travels
    boolean subnational = false;
    for (CueHit c : cues) subnational |= c.is(Cue.DELEGATION) || c.is(Cue.SUBNATIONAL);
    if (kindCue && !subnational) return true;
    boolean pronoun = false;
    for (CueHit c : cues) pronoun |= c.is(Cue.PRONOUN) && c.start() < cue.start();
    if (!pronoun) return false;
    for (Ref r : an.refs) {
      if (r.start() >= from) break;
      if (r.kind() == RefKind.PERSON) return true;
    }
    return false;
  }

  /**
   * The guest: the genitive after the cue, else the nearest state before the cue, else "he" before
   * the cue standing for the leader last named before the sentence, else any other state of the
   * clause (never a further stop of the trip, nor a state named in a relative clause after the cue).
   */
  private static String guestOf(Analysis an, List<Ref> refs, CueHit cue, Ref genitive, String host,
      List<Ref> stops, List<CueHit> cues, int from) {
    if (genitive != null && !genitive.iso3().equals(host)) return genitive.iso3();
    Ref attached = AttachedGuest.of(an, refs, cues, cue, from);
    if (attached != null && !attached.iso3().equals(host)) return attached.iso3();
    String partner = partnersVisit(an, refs, cue, host, cues);
    if (partner != null) return partner;
    String subject = possessiveSubject(an, refs, cue, host, cues);
    if (subject != null) return subject;
    int[] apposition = apposition(an, refs, cue, from);
    int pronounAt = pronounSubject(an, cues, cue);
    for (int k = refs.size() - 1; k >= 0; k--) {
      Ref r = refs.get(k);
      if (r.start() >= cue.start() || r.iso3().equals(host) || FormerHolder.outOfOffice(an, r)) continue;
      if (r.start() > apposition[0] && r.start() < apposition[1]) continue;
      if (r.start() > pronounAt) continue;
      if (r.kind() == RefKind.CAPITAL || ORIGIN.contains(an.tokenBefore(r.tokenStart()))) continue;
      if (destPrep(an, r) && r.kind() != RefKind.PERSON || DepartureWording.placeOfLeaving(an, r)) continue;
      if (topicAfterPossessive(an, r) || partnerOfTalks(an, cues, r) || placeOfTripNoun(cues, r)) continue;
      return r.iso3();
    }
    boolean pronoun = false;
    for (CueHit h : cues) pronoun |= h.is(Cue.PRONOUN) && h.end() <= cue.start();
    if (pronoun) {
      // "Then he goes on to Qatar": he is the leader the report last named, not the one he talks
      // with ("Biden will hold talks with Prime Minister Kishida. He will then travel to Seoul")
      for (int k = an.firstRef(from) - 1; k >= 0; k--) {
        Ref r = an.refs.get(k);
        if (r.kind() != RefKind.PERSON || partnerNamedBefore(an, r) || FormerHolder.outOfOffice(an, r)) continue;
        if (!r.iso3().equals(host)) return r.iso3();
        break;
      }
    }
    for (Ref r : refs) {
      if (stops.contains(r) || r.start() > cue.end() && relativeBetween(an, cue.tokenEnd(), r.tokenStart())) continue;
      if (FormerHolder.outOfOffice(an, r)) continue;
      if (placeOfTripNoun(cues, r) || DepartureWording.placeOfLeaving(an, r)) continue;
      if (!r.iso3().equals(host) && r.kind() != RefKind.CAPITAL
          && !ORIGIN.contains(an.tokenBefore(r.tokenStart()))
          && !(destPrep(an, r) && r.kind() != RefKind.PERSON)) {
        return r.iso3();
      }
    }
    return null;
  }

  /**
   * "has left for South Africa, where he will attend the swearing-in of President Ramaphosa and then
   * pay a state visit to Namibia": a subject pronoun before the cue, with no relative word between,
   * makes the states named between it and the cue objects of its clause, not the guest. Returns the
   * pronoun's offset, or the end of the text when there is none.
   */
  private static int pronounSubject(Analysis an, List<CueHit> cues, CueHit cue) {
    int at = Integer.MAX_VALUE;
    for (CueHit h : cues) {
      if (h.is(Cue.PRONOUN) && h.end() <= cue.start()) at = h.start();
    }
    if (at == Integer.MAX_VALUE) return at;
    return relativeBetween(an, an.tokens.firstAtOrAfter(at) + 1, cue.tokenStart()) ? Integer.MAX_VALUE : at;
  }

  /**
   * "after winding up his three-day Rwanda visit", "his India trip": a state's name set before a
   * trip noun as its modifier is where that trip went, never who made it.
   */
  private static boolean placeOfTripNoun(List<CueHit> cues, Ref r) {
    if (r.kind() != RefKind.NAME) return false;
    for (CueHit h : cues) {
      if (h.tokenStart() == r.tokenEnd() && (h.is(Cue.VISIT_NOUN) || h.is(Cue.TRIP))) return true;
    }
    return false;
  }

  /**
   * "проведет переговоры с министром иностранных дел Ганы, затем посетит Бразилию", "held talks with
   * Ghana's foreign minister, then went on to Brazil": a state in the with-phrase of talks before
   * the cue is the one the guest talked with, not the guest.
   */
  private static boolean partnerOfTalks(Analysis an, List<CueHit> cues, Ref r) {
    for (CueHit h : cues) {
      if (!h.is(Cue.TALKS) || h.end() > r.start() || h.tokenEnd() >= an.tokens.size()) continue;
      if (WITH.contains(an.tokens.norm(h.tokenEnd())) && r.tokenStart() <= h.tokenEnd() + 5
          && an.text.substring(h.end(), r.start()).indexOf(',') < 0) {
        return true;
      }
    }
    return false;
  }

  /** A leader named as the partner of talks in a sentence before the one read ({@link #partnerOfTalks}). */
  private static boolean partnerNamedBefore(Analysis an, Ref r) {
    int si = an.sentenceOfOffset(r.start());
    return si >= 0 && partnerOfTalks(an, an.cuesIn(an.sentences.get(si).start(), r.start()), r);
  }

  /**
   * "backs China's Ukraine stance", "Russia's Syria policy": a state's name right after another
   * state's possessive is the topic of that state's stance, not an actor of the visit.
   */
  private static boolean topicAfterPossessive(Analysis an, Ref r) {
    if (r.kind() != RefKind.NAME || r.start() < 3) return false;
    String before = an.text.substring(r.start() - 3, r.start());
    if (!before.equals("'s ") && !before.equals("’s ")) return false;
    for (Ref o : an.refsIn(Math.max(0, r.start() - 40), r.start())) {
      if (o.end() == r.start() - 3 && o.kind() != RefKind.PERSON) return true;
    }
    return false;
  }

  /**
   * "Lukashenko, a close ally of Russia's Vladimir Putin, arrived on Sunday": the commas that
   * enclose an apposition between a leader named first and the cue (at most three words from the
   * closing comma to the cue); the states inside tell who the subject is, not who travels. Returns
   * the offsets of the two commas, or {-1, -1}.
   */
  private static int[] apposition(Analysis an, List<Ref> refs, CueHit cue, int from) {
    int close = an.text.lastIndexOf(',', cue.start());
    if (close < from || an.tokens.firstAtOrAfter(close) + 3 < cue.tokenStart()) return new int[] {-1, -1};
    int open = an.text.lastIndexOf(',', close - 1);
    if (open < from) return new int[] {-1, -1};
    for (Ref r : refs) {
      if (r.start() >= open) break;
      if (r.kind() == RefKind.PERSON && an.text.substring(r.end(), open).isBlank()) return new int[] {open, close};
    }
    return new int[] {-1, -1};
  }

  /** The candidate's days: see {@link VisitDates#read}. */
  private static void readDates(Analysis an, Candidate c, List<CueHit> cues, CueHit cue, int from, int to) {
    VisitDates.read(an, c, cues, cue, from, to);
  }

  /**
   * A leader of the place's state and a leader-level actor of another state in the sentence: talks
   * "in Moscow" between Putin and Raisi are a visit; talks in Moscow between two ministers of
   * other states are not a visit to Russia.
   */
  static boolean twoLeaders(Analysis an, int from, int to, String placeIso3) {
    boolean other = false;
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() == RefKind.CAPITAL || r.iso3().equals(placeIso3)) continue;
      other |= r.kind() == RefKind.PERSON || an.hasLeaderTitle(from, to);
    }
    return other;
  }


  /** "travel on to", "onward to", "далее в": the next leg of a trip. */
  private static boolean onward(Analysis an, int t) {
    if (t >= an.tokens.size()) return false;
    String w = an.tokens.norm(t);
    return WORDS.is(Role.ONWARD, w) || w.equals("on") && t + 1 < an.tokens.size() && an.tokens.norm(t + 1).equals("to");
  }

  /**
   * "is due to meet the chairman before flying to Kazakhstan", "before leaving for Hanoi": a movement
   * in a clause of "before" is the next leg of the trip, told in passing.
   */
  private static boolean legAfterwards(Analysis an, CueHit cue) {
    return cue.tokenStart() > 0 && an.tokens.norm(cue.tokenStart() - 1).equals("before");
  }

  /** "the treaty, which the two presidents signed in Tashkent": a relative clause tells background. */
  private static boolean relativeBefore(Analysis an, int token) {
    return relativeBetween(an, Math.max(0, token - 5), token);
  }

  /** "a visit that will take him to Xinjiang": the verb after a relative pronoun tells of the clause. */
  private static boolean relativeBetween(Analysis an, int fromToken, int toToken) {
    for (int t = fromToken; t < toToken; t++) {
      String w = an.tokens.norm(t);
      if (WORDS.is(Role.RELATIVE, w)) return true;
    }
    return false;
  }


  /**
   * The visit noun inside a frame of another event: "during the visit", "в ходе визита", "in the
   * course of the visit", "as part of the visit". The sentence's verb then tells of that other event
   * (talks, openings, signings), not of the visit, so it gives the visit no tense.
   */
  /** "the upcoming visit", "предстоящего визита": an adjective of the future (role AHEAD) right before the visit noun. */
  private static boolean calledAhead(Analysis an, CueHit cue) {
    for (int t = cue.tokenStart() - 1; t >= Math.max(0, cue.tokenStart() - 2); t--) {
      if (WORDS.is(Role.AHEAD, an.tokens.norm(t))) return true;
    }
    return false;
  }

  static boolean insideFrame(Analysis an, CueHit cue) {
    if (!cue.is(Cue.VISIT_NOUN) && !cue.is(Cue.TRIP)) return false;
    for (int t = cue.tokenStart() - 1; t >= Math.max(0, cue.tokenStart() - 4); t--) {
      String w = an.tokens.norm(t);
      if (WORDS.is(Role.FRAME, w)) return true;
      if (w.equals("visit") || w.startsWith("визит")) return false;
    }
    return false;
  }

  /** A past visit recalled: a dated reference long before the article, or "in 2019". */
  static boolean pastInPassing(Analysis an, int from, int to) {
    if (an.anchor == null) return false;
    return an.memo(an.pastInPassingMemo, from, to, () -> readPastInPassing(an, from, to));
  }

  private static boolean readPastInPassing(Analysis an, int from, int to) {
    // "in 2019", "В 2017 году", "his 2014 visit": a year of the past
    if (PastYear.named(an.text.substring(from, to), an.anchor)) return true;
    for (DateFinder.DateMention d : an.dates(from, to, false)) {
      if (d.start() < an.datelineEnd) continue;
      if (d.resolved() && ChronoUnit.DAYS.between(d.to(), an.anchor) > 60) return true;
    }
    return false;
  }


  /** "pay", "make", "совершить": the verb that carries a visit noun ("the visit he paid"). */
  private static boolean supportVerb(Analysis an, CueHit h) {
    for (int t = h.tokenStart(); t < h.tokenEnd(); t++) if (WORDS.is(Role.SUPPORT_VERB, an.tokens.norm(t))) return true;
    return false;
  }


  static Cue tense(Analysis an, List<CueHit> cues, CueHit cue, int from, int to) {
    return tenseOf(an, cues, cue, from, to).cue();
  }

  /** The tense of a statement; {@code ongoing} when a present statement of the stay gives it. */
  record Tense(Cue cue, boolean ongoing) {}

  private static boolean ongoingWord(Analysis an, CueHit h) {
    return WORDS.is(Role.ONGOING, an.tokens.norm(h.tokenStart()));
  }

  static Tense tenseOf(Analysis an, List<CueHit> cues, CueHit cue, int from, int to) {
    if (cue.is(Cue.FUTURE) || preparing(an, cue)) return new Tense(Cue.FUTURE, false);
    if (cue.is(Cue.PAST)) return new Tense(Cue.PAST, ongoingWord(an, cue));
    int window = an.russian ? 6 : 5;
    Cue best = null;
    boolean bestOngoing = false;
    int bestDist = Integer.MAX_VALUE;
    for (CueHit h : cues) {
      if (h == cue) continue;
      boolean fut = h.is(Cue.FUTURE);
      boolean past = h.is(Cue.PAST);
      if (!fut && !past) continue;
      // "с начала пандемии": after a preposition the word is a noun, not a verb in the past
      if (past && !fut && h.tokenStart() > 0 && WORDS.is(Role.NOUN_PREP, an.tokens.norm(h.tokenStart() - 1))) continue;
      int dist;
      if (h.tokenEnd() <= cue.tokenStart()) dist = cue.tokenStart() - h.tokenEnd();
      else if (h.tokenStart() >= cue.tokenEnd() && (openRelative(an, cue.tokenEnd(), h.tokenStart())
          || an.text.substring(cue.end(), h.start()).indexOf(';') >= 0)) {
        continue; // "…с визитом; после переговоров стороны собираются…": another clause's verb
      }
      else if (h.tokenStart() >= cue.tokenEnd() && cue.is(Cue.VISIT_NOUN) && supportVerb(an, h)) {
        // "the state visit Olaf Scholz will pay to France": the visit's own verb, its subject between
        dist = Math.max(0, h.tokenStart() - cue.tokenEnd() - 3);
      }
      else if (h.tokenStart() >= cue.tokenEnd()) dist = (h.tokenStart() - cue.tokenEnd()) + (an.russian ? 0 : 3);
      else dist = 0;
      if (dist > window) continue;
      if (dist < bestDist) {
        bestDist = dist;
        best = fut ? Cue.FUTURE : Cue.PAST;
        bestOngoing = !fut && ongoingWord(an, h);
      }
    }
    if (an.russian) {
      // a Russian reflexive past ("встретились", "завершился"): past by its ending
      int first = Math.max(an.tokens.firstAtOrAfter(from), cue.tokenStart() - window);
      int last = Math.min(an.tokens.firstAtOrAfter(to), cue.tokenEnd() + window);
      for (int t = first; t < last; t++) {
        if (t >= cue.tokenStart() && t < cue.tokenEnd() || !WORDS.is(Role.PAST_ENDING, an.tokens.norm(t))) continue;
        int dist = t < cue.tokenStart() ? cue.tokenStart() - t - 1 : t - cue.tokenEnd();
        if (t >= cue.tokenEnd() && openRelative(an, cue.tokenEnd(), t)) continue;
        if (dist < bestDist) {
          bestDist = dist;
          best = Cue.PAST;
          bestOngoing = false;
        }
      }
    }
    return new Tense(best, bestOngoing);
  }

  /**
   * "обсудили подготовку визита", "discussed preparations for the visit": a visit being prepared
   * is still ahead, whatever the tense of the verb that tells of the preparing.
   */
  private static boolean preparing(Analysis an, CueHit cue) {
    if (!cue.is(Cue.VISIT_NOUN)) return false;
    for (int t = cue.tokenStart() - 1; t >= Math.max(0, cue.tokenStart() - 3); t--) {
      if (WORDS.is(Role.PREPARING, an.tokens.norm(t))) return true;
    }
    return false;
  }

  /**
   * "В ходе визита президента Казахстана Касым-Жомарта Токаева в Россию стороны подпишут …":
   * the first verb of tense after a visit that frames another event, its guest and host between,
   * is of the future (not one of a relative clause, nor past a semicolon).
   */
  private static boolean programmeVerbAhead(Analysis an, List<CueHit> cues, CueHit cue) {
    CueHit before = null;
    for (CueHit h : cues) {
      if (!h.is(Cue.FUTURE) && !h.is(Cue.PAST)) continue;
      if (h.tokenStart() < cue.tokenStart()) {
        before = h;
        continue;
      }
      if (h.tokenStart() < cue.tokenEnd()) continue;
      if (openRelative(an, cue.tokenEnd(), h.tokenStart()) || an.text.substring(cue.end(), h.start()).indexOf(';') >= 0) {
        return false;
      }
      return h.is(Cue.FUTURE) && !h.is(Cue.PAST);
    }
    // "проведет переговоры с Моди в рамках его визита": the clause's verb before the frame
    return before != null && before.is(Cue.FUTURE) && !before.is(Cue.PAST)
        && !relativeBetween(an, before.tokenStart(), cue.tokenStart())
        && an.text.substring(before.end(), cue.start()).indexOf(';') < 0;
  }

  /** A relative clause opened between the tokens and not closed by a comma before the last one. */
  private static boolean openRelative(Analysis an, int fromToken, int toToken) {
    for (int t = fromToken; t < toToken; t++) {
      if (!WORDS.is(Role.RELATIVE, an.tokens.norm(t))) continue;
      int comma = an.text.indexOf(',', an.tokens.end(t));
      return comma < 0 || comma >= an.tokens.start(toToken);
    }
    return false;
  }

  private static List<Visit> group(Analysis an, List<Candidate> cands) {
    if (cands.isEmpty()) return List.of();
    // the article's host: the best destination named, else the dateline
    Map<String, Integer> hostScore = new LinkedHashMap<>();
    // a departure onward ("leaves for Indonesia on Wednesday") names the next host, not the article's
    for (Candidate c : cands) if (c.host != null && !c.departure) hostScore.merge(c.host, c.strength, Integer::sum);
    String articleHost = best(hostScore);
    boolean hostInferred = false;
    if (articleHost == null && an.datelineIso3 != null) {
      articleHost = an.datelineIso3;
      hostInferred = true;
    }
    Map<String, Integer> guestScore = new LinkedHashMap<>();
    for (Candidate c : cands) if (c.guest != null) guestScore.merge(c.guest, c.strength, Integer::sum);
    for (Candidate c : cands) {
      if (c.regionTour && !hostInferred) continue; // no destination the text names is the tour's
      if (c.host == null && articleHost != null && !articleHost.equals(c.guest)) {
        c.host = articleHost;
        if (hostInferred && c.guest != null) c.strength += 1;
      }
      if (c.host == null && c.guest != null) {
        // the other state most named in the article
        String other = null;
        int w = 0;
        for (Map.Entry<String, Integer> e : placeWeight(an).entrySet()) {
          if (!e.getKey().equals(c.guest) && e.getValue() > w) {
            other = e.getKey();
            w = e.getValue();
          }
        }
        if (other != null && w >= 2) c.host = other;
      }
      if (c.guest == null && c.host != null) {
        String g = null;
        int w = 0;
        for (Map.Entry<String, Integer> e : guestScore.entrySet()) {
          if (!e.getKey().equals(c.host) && e.getValue() > w) {
            g = e.getKey();
            w = e.getValue();
          }
        }
        if (g == null) {
          for (Map.Entry<String, Integer> e : travellerWeight(an).entrySet()) {
            if (!e.getKey().equals(c.host) && !hostScore.containsKey(e.getKey()) && e.getValue() > w) {
              g = e.getKey();
              w = e.getValue();
            }
          }
        }
        c.guest = g;
      }
    }
    Map<String, Visit> groups = new LinkedHashMap<>();
    for (Candidate c : cands) {
      if (c.guest == null || c.host == null || c.guest.equals(c.host)) continue;
      Visit v = groups.computeIfAbsent(c.guest + ">" + c.host, k -> new Visit());
      v.guest = c.guest;
      v.host = c.host;
      v.strength += c.strength;
      v.candidates.add(c);
    }
    for (Visit v : groups.values()) settle(an, v);
    // one direction per pair: the better supported one, unless each is a stay of its own days
    // ("Li Qiang flew to Russia ... Mishustin himself was in China on 3 and 4 November")
    List<Visit> out = new ArrayList<>();
    for (Visit v : groups.values()) {
      Visit rev = groups.get(v.host + ">" + v.guest);
      // "Biden travels to New Delhi next week; Modi visited the US earlier this year": a visit told in
      // passing does not stand for the pair against the visit that is the news
      boolean revNews = rev != null && !VisitBackground.inPassing(an, rev);
      boolean ownNews = !VisitBackground.inPassing(an, v);
      if (rev != null && (rev.strength > v.strength || rev.strength == v.strength
          && rev.candidates.get(0).sentence < v.candidates.get(0).sentence) && !apart(v, rev)
          && (revNews || !ownNews)) {
        continue;
      }
      if (rev != null && revNews && !ownNews && !apart(v, rev)) continue;
      boolean explicit = explicit(v);
      if (!explicit && v.strength < 2) continue;
      v.hostInferred = !explicit && hostInferred;
      v.enumerationOnly = v.candidates.stream().allMatch(c -> c.fromEnumeration);
      out.add(v);
    }
    // "he will be in Russia and Belarus": a further stop, named only in an enumeration while the
    // guest's stay elsewhere is under way, is the next leg told in passing (like "travel on to")
    // and so is a departure for it ("leaves for Indonesia on Wednesday")
    out.removeIf(v -> nextLeg(v) && "PLANNED".equals(v.status)
        && out.stream().anyMatch(o -> o != v && o.guest.equals(v.guest) && !nextLeg(o) && "OCCURRED".equals(o.status)));
    return out;
  }

  /** "said on Friday": a verb of saying within three words before the date. */
  private static boolean saidOn(Analysis an, int offset) {
    int t = an.tokens.firstAtOrAfter(offset);
    for (int k = t - 1; k >= Math.max(0, t - 3); k--) if (WORDS.is(Role.REPORTING, an.tokens.norm(k))) return true;
    return false;
  }

  private static boolean nextLeg(Visit v) {
    return v.enumerationOnly || v.candidates.stream().allMatch(c -> c.departure || c.fromEnumeration);
  }

  private static boolean explicit(Visit v) {
    for (Candidate c : v.candidates) if (c.hostFromDestination || c.strength >= 3) return true;
    return false;
  }

  /** Two visits of a pair, each with its destination stated and dated, on days more than a day apart. */
  private static boolean apart(Visit a, Visit b) {
    if (a.start == null || b.start == null || !explicit(a) || !explicit(b)) return false;
    LocalDate aEnd = a.end != null ? a.end : a.start;
    LocalDate bEnd = b.end != null ? b.end : b.start;
    return aEnd.plusDays(1).isBefore(b.start) || bEnd.plusDays(1).isBefore(a.start);
  }

  /**
   * State weights for a host nobody names as a destination: names and leaders count 2, capitals,
   * seats of power and adjectives 1 (an adjective mostly qualifies something else: "российского
   * вторжения", "Russian gas").
   */
  private static Map<String, Integer> placeWeight(Analysis an) {
    Map<String, Integer> w = new LinkedHashMap<>();
    for (Ref r : an.refs) {
      int si = an.sentenceOfOffset(r.start());
      if (si >= 0 && an.furniture[si]) continue;
      w.merge(r.iso3(), r.kind() == RefKind.NAME || r.kind() == RefKind.PERSON ? 2 : 1, Integer::sum);
    }
    return w;
  }

  /**
   * State weights for a guest no candidate names ("Vice President Hamid Ansari reached Uganda
   * after a three-day stay in Rwanda"), in the order first named: a state the text only sets
   * after to/in/в ("in Rwanda", "to Uganda") or names by its capital is a place the trip went to,
   * and one named with "talks with" is the partner ("held talks with President Paul Kagame"),
   * not where the traveller comes from; persons and names count 2, adjectives 1. The caller
   * leaves out every state a candidate goes to.
   */
  private static Map<String, Integer> travellerWeight(Analysis an) {
    Map<String, Integer> w = new LinkedHashMap<>();
    for (Ref r : an.refs) {
      int si = an.sentenceOfOffset(r.start());
      if (si >= 0 && an.furniture[si] || r.kind() == RefKind.CAPITAL || FormerHolder.outOfOffice(an, r)) continue;
      if (r.kind() == RefKind.NAME && destPrep(an, r)) continue;
      if (si >= 0 && partnerOfTalks(an, an.cuesIn(an.sentences.get(si).start(), r.start()), r)) continue;
      w.merge(r.iso3(), r.kind() == RefKind.NAME || r.kind() == RefKind.PERSON ? 2 : 1, Integer::sum);
    }
    return w;
  }

  private static String best(Map<String, Integer> score) {
    String b = null;
    int w = 0;
    for (Map.Entry<String, Integer> e : score.entrySet()) {
      if (e.getValue() > w) {
        b = e.getKey();
        w = e.getValue();
      }
    }
    return b;
  }

  /** Status, kind, dates, city and persons of a group. */
  private static void settle(Analysis an, Visit v) {
    // a statement that the visit took place wins over lines that announce its programme
    boolean past = false;
    boolean ongoing = false;
    boolean future = false;
    boolean programmeAhead = false;
    for (Candidate c : v.candidates) {
      if (c.tense == Cue.PAST && c.ongoing) ongoing = true;
      else if (c.tense == Cue.PAST) past = true;
      if (c.tense == Cue.FUTURE) future = true;
      programmeAhead |= c.programmeAhead;
    }
    VisitDates.settle(an, v, !past && !ongoing && future);
    if (past) v.status = "OCCURRED";
    else if (ongoing) v.status = statedDaysAhead(an, v) ? "PLANNED" : "OCCURRED";
    // "Biden is due to welcome Yoon today, the opening day of the visit": under way on the report's day
    else if (future) v.status = reportDay(an, v) ? "OCCURRED" : "PLANNED";
    else if (startsAfterReport(an, v)) v.status = "PLANNED";
    // "в ходе визита Токаева в Россию стороны подпишут декларацию", told of no day: the visit lies ahead
    else if (programmeAhead && v.start == null) v.status = "PLANNED";
    else v.status = "OCCURRED";
    VisitDates.afterStatus(an, v);
    for (Candidate c : v.candidates) {
      if (c.kind != null) {
        v.kind = c.kind;
        break;
      }
    }
    if (v.kind == null) v.kind = kindElsewhere(an, v);
    if (v.kind == null) v.kind = "UNSPECIFIED";
    for (Candidate c : v.candidates) {
      if (c.city != null) {
        v.city = c.city;
        break;
      }
    }
    if (v.city == null && v.host.equals(an.datelineIso3)) v.city = an.datelineCity;
    if (v.city == null) v.city = VisitCity.named(an, v);
    // "arrived in Singapore": a visit to a city-state is in its one city
    if (v.city == null) v.city = an.kb.countries.cityStateCapital(v.host);
    LocalDate on = v.start != null ? v.start : an.anchor;
    Ref guest = person(an, v.guest, v.candidates, null, null, false, on);
    v.guestPerson = guest == null ? null : guest.person().nameEn();
    if (v.guestPerson == null) {
      // "Foreign Minister of Egypt Sameh Shoukry": a guest leaders.tsv does not list, named with the title
      List<Integer> sentences = new ArrayList<>();
      for (Candidate c : v.candidates) sentences.add(c.sentence);
      v.guestPerson = TitledPerson.name(an, v.guest, sentences);
    }
    // by rank (a prime minister's host is the premier, a foreign minister's the foreign minister)
    // wherever the report names that counterpart, its visit's sentences first: reports of one
    // premier's visit name the host president and the host premier in different orders, and dedup
    // (EventGroupMerger) keeps visits with different hosts apart (realistic CHN-RUS-2024-08: three
    // rows, Putin in some, Mishustin in others)
    Leaders.Role role = guest == null ? null : guest.person().role();
    Leaders.Role rank = role == null || role == Leaders.Role.HEAD_OF_STATE || role == Leaders.Role.LEADER ? null : role;
    Ref host = person(an, v.host, v.candidates, rank, guest, true, on);
    v.hostPerson = host == null ? null : host.person().nameEn();
    if (v.hostPerson == null && on != null) v.hostPerson = titledHost(an, v, on);
  }

  /** The holder, on {@code on}, of the office a statement named the host by ({@link Candidate#hostTitleRole}), or null. */
  private static String titledHost(Analysis an, Visit v, LocalDate on) {
    for (Candidate c : v.candidates) {
      if (c.hostTitleRole == null || !v.host.equals(c.host)) continue;
      Leaders.Term t = an.kb.leaders.holder(v.host, c.hostTitleRole, on);
      if (t != null) return t.nameEn();
    }
    return null;
  }

  /**
   * "is paying a state visit to India from 5 to 7 May" (or "from 19 June", "starting 19 June") in a
   * report of 2 May: a present statement whose own span of days, or stated first day, lies after the report (a single later day is mostly a programme item:
   * "is on a visit, where he will meet Modi on Friday").
   */
  private static boolean statedDaysAhead(Analysis an, Visit v) {
    if (an.anchor == null) return false;
    for (Candidate c : v.candidates) {
      if (c.tense == Cue.PAST && c.ongoing && c.start != null && c.start.isAfter(an.anchor)
          && (c.arrival || c.arrivalDate || c.end != null && c.end.isAfter(c.start))) {
        return true;
      }
    }
    return false;
  }

  /** The visit's first day lies after the report's day. */
  private static boolean startsAfterReport(Analysis an, Visit v) {
    return v.start != null && an.anchor != null && v.start.isAfter(an.anchor);
  }

  /**
   * A statement in the future tense dates the visit by the report's own day ("on Tuesday, the
   * opening day of the visit, Biden is due to welcome Yoon" in a report of that Tuesday); not a
   * later hour of that day ("will travel to Vienna on Tuesday evening": still ahead).
   */
  private static boolean reportDay(Analysis an, Visit v) {
    if (an.anchor == null) return false;
    for (Candidate c : v.candidates) {
      if (c.tense != Cue.FUTURE || c.departure) continue;
      if (LaterHour.ofReportDay(an, an.sentences.get(c.sentence))) continue; // "will travel on Tuesday evening"
      if (c.start != null) {
        if (!c.start.isAfter(an.anchor) && !(c.end != null ? c.end : c.start).isBefore(an.anchor)) return true;
        continue;
      }
      // a statement read without days of its own (the host's welcome): the day its sentence names
      Sentences.Span s = an.sentences.get(c.sentence);
      for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) {
        if (d.start() < an.datelineEnd) continue; // the dateline dates the report, not the visit
        if (d.resolved() && !d.isRange() && d.from().equals(an.anchor) && !saidOn(an, d.start())) return true;
      }
    }
    return false;
  }

  /**
   * The leader of {@code iso3} the visit names: in the visit's sentences first, else in the
   * article. With {@code rank} (the guest's office), a leader of that office named anywhere in the
   * article wins: a prime minister's host is the prime minister, a foreign minister's the foreign
   * minister.
   */
  /**
   * "В аэропорту гостя встретил премьер-министр Али Асадов": those named in a sentence of the
   * airport greet the guest; they go after the others named in the visit's sentences
   * ({@code found[0, own)}) and after the others named in the article (the rest), in order.
   */
  private static void greetersLast(Analysis an, List<Ref> found, int own) {
    for (int[] part : new int[][] {{0, own}, {own, found.size()}}) {
      List<Ref> seg = found.subList(part[0], part[1]);
      List<Ref> sorted = new ArrayList<>(seg);
      sorted.sort(java.util.Comparator.comparing((Ref r) -> atAirport(an, r)));
      for (int i = 0; i < sorted.size(); i++) seg.set(i, sorted.get(i));
    }
  }

  private static boolean atAirport(Analysis an, Ref r) {
    int si = an.sentenceOfOffset(r.start());
    if (si < 0) return false;
    Sentences.Span s = an.sentences.get(si);
    return airportIn(an, s.start(), s.end());
  }

  /** Whether a word of the airport ("аэропорту", "airport") is in text[from, to). */
  static boolean airportIn(Analysis an, int from, int to) {
    for (int t = an.tokens.firstAtOrAfter(from); t >= 0 && t < an.tokens.size() && an.tokens.start(t) < to; t++) {
      if (WORDS.is(Role.AIRPORT, an.tokens.norm(t))) return true;
    }
    return false;
  }

  private static boolean personOf(Ref r, String iso3, LocalDate on) {
    return r.kind() == RefKind.PERSON && r.iso3().equals(iso3) && (on == null || r.person().validAt(on));
  }

  /**
   * The person of the state who leads or hosts the visit. Only a person whose term covers the
   * visit's day {@code on} (its first day, else the report's; null: any) is one: "к могиле
   * общенационального лидера Гейдара Алиева" in a report of Putin's 2019 visit names no host, nor
   * does "former President Abdullah Gul" lead the visit of a state.
   */
  private static Ref person(Analysis an, String iso3, List<Candidate> cands, Leaders.Role rank, Ref leader,
      boolean host, LocalDate on) {
    List<Ref> found = new ArrayList<>();
    if (!host) {
      // "briefed reporters on Prime Minister Sheikh Hasina's state visit": the one whose visit it is,
      // as the visit's first statement names it (a later "possible trip by President Erdogan" is another)
      Ref owner = cands.isEmpty() ? null : cands.get(0).owner;
      if (owner != null && personOf(owner, iso3, on)) found.add(owner);
    }
    for (Candidate c : cands) {
      Sentences.Span s = an.sentences.get(c.sentence);
      for (Ref r : an.refsIn(s.start(), s.end())) {
        if (personOf(r, iso3, on)) found.add(r);
      }
    }
    int own = found.size();
    for (int i = 0; i < an.refs.size(); i++) {
      Ref r = an.refs.get(i);
      int si = an.sentenceOfOffset(r.start());
      if (si >= 0 && an.furniture[si]) continue;
      if (personOf(r, iso3, on)) found.add(r);
    }
    if (found.isEmpty()) return null;
    if (host) greetersLast(an, found, own);
    if (leader != null && leader.person().role() != Leaders.Role.FOREIGN_MINISTER) {
      // a head of state or government is hosted by a head of state or government: a foreign
      // minister who speaks of the visit ("the kingdom's foreign minister said ...") is no host
      List<Ref> kept = new ArrayList<>();
      int keptOwn = 0;
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i).person().role() == Leaders.Role.FOREIGN_MINISTER) continue;
        kept.add(found.get(i));
        if (i < own) keptOwn++;
      }
      if (kept.isEmpty()) return null;
      found = kept;
      own = keptOwn;
    }
    if (rank != null) {
      Leaders.Term holder = an.anchor == null ? null : an.kb.leaders.holder(iso3, rank, an.anchor);
      for (Ref r : found) {
        if (r.person().role() == rank || holder != null && holder.nameEn().equals(r.person().nameEn())) return r;
      }
    }
    return found.get(0);
  }
}
