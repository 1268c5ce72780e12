package org.coopevents.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Tokens;

/**
 * The signing clause of a sentence: a signing verb (signed, inked, put their signatures to,
 * подписали, были подписаны) or a signing noun told in the past ("the talks were followed by the
 * signing of documents"), an object that is a document, and none of what makes it something else
 * than a new bilateral signing: a future or planned signing, a negation, a ratification or a
 * draft, a business deal, a past signing recalled (a date months back, a past year, "recall
 * that", "earlier"), a signing by regions, or a treaty of three or more states. Also reads the
 * stated count ("a package of 14 documents", "signed three memorandums").
 */
final class SigningClause {
  /**
   * A sentence that reports a new signing; {@code firstDay} is the first of the days its date
   * spans when that date is a stretch of days ("в ходе визита 12–14 марта были подписаны"), else
   * the date itself.
   */
  record Clause(int sentence, int from, int to, CueHit sign, List<DocTypes.Mention> docs,
      Integer count, LocalDate date, LocalDate firstDay, boolean titleLine, boolean heading) {}

  /** The longest stretch of days a signing sentence may date the signing by: the days of a visit. */
  private static final int VISIT_SPAN_DAYS = 10;

  private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "t", "neither",
      "nor", "не", "ни", "без", "нет");

  private static final Pattern PAST_YEAR = Pattern.compile("(?<![\\p{L}\\d])(?:in|в)\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\\s+)?((?:19|20)\\d\\d)(?:\\s+(?:году|года|year))?(?![\\d\\-–])");

  private SigningClause() {}

  /** Words that make the date after them a named document's own ("соглашение ... от 27 августа 1996 года"). */
  private static final Set<String> DOCUMENT_DATE_WORDS = Set.of("от", "dated");

  /**
   * A date that belongs to a document named before it, not to the signing: "a protocol amending
   * the agreement ... of 27 August 1996", "протокол о внесении изменений в соглашение ... от 27
   * августа 1996 года". The date follows "от"/"dated", or "of" after a document word.
   */
  static boolean documentDate(Analysis an, List<DocTypes.Mention> docs, int dateStart) {
    int t = an.tokens.firstAtOrAfter(dateStart) - 1;
    if (t < 0) return false;
    String w = an.tokens.norm(t);
    boolean afterDoc = false;
    for (DocTypes.Mention m : docs) afterDoc |= m.end() <= an.tokens.start(t);
    if (!afterDoc) return false;
    return DOCUMENT_DATE_WORDS.contains(w) || w.equals("of");
  }

  /**
   * A year that names a document by its date, right before its type word ("a protocol to amend
   * the 2015 agreement on ...", "the 1996 treaty"): the document's year, not the signing's.
   */
  static boolean yearOfDocument(Analysis an, List<DocTypes.Mention> docs, DateFinder.DateMention d) {
    int next = an.tokens.firstAtOrAfter(d.end());
    for (DocTypes.Mention m : docs) {
      if (m.tokenStart() == next && an.text.substring(d.end(), m.start()).isBlank()
          && d.end() - d.start() == 4) {
        return true;
      }
    }
    return false;
  }

  /** The signing clause of sentence {@code si}, or null when it reports no new signing. */
  static Clause read(Analysis an, int si) {
    Sentences.Span s = an.sentences.get(si);
    if (an.furniture[si]) return null;
    boolean titleLine = titleLine(an, s);
    // "Exchange of MoUs", "Agreements signed:": a heading over the list of signed documents
    boolean heading = SigningHeading.listHeading(an, si);
    if (an.headlineLike[si] && !titleLine && !heading) return null;
    int from = s.start();
    int to = s.end();
    List<CueHit> cues = an.cuesIn(from, to);
    CueHit sign = null;
    CueHit nounSign = null;
    for (CueHit c : cues) {
      if (!c.is(Cue.SIGN)) continue;
      if (c.is(Cue.SIGN_NOUN)) {
        if (nounSign == null) nounSign = c;
      } else {
        sign = c;
        break;
      }
    }
    if (sign == null && nounSign != null) {
      // "the talks were followed by the signing of documents": a noun needs a past tense; "the
      // programme includes the signing of documents", "в программе — подписание" is a plan
      boolean past = false;
      boolean future = false;
      for (CueHit c : cues) {
        past |= c.is(Cue.PAST) || c.is(Cue.SIGN_PAST);
        future |= c.is(Cue.FUTURE) && !inRelativeClause(an, from, c) || c.is(Cue.SIGN_FUTURE);
      }
      // a heading over a list tells what was done, without a tense
      if (!past && !heading || future) return null;
      sign = nounSign;
    }
    if (sign == null) sign = renewal(an, from, to);
    if (sign == null) sign = issue(an, from, to);
    if (sign == null && heading) sign = headingSign(an, from);
    if (sign == null) return null;
    List<DocTypes.Mention> docsHere = an.docTypesIn(from, to);
    int firstDoc = docsHere.isEmpty() ? to : docsHere.get(0).start();
    boolean objectNamed = !docsHere.isEmpty();
    boolean negative = false;
    // "documents between ministries and enterprises, among them the Roadmap ...": when the
    // named documents are introduced as members of the counted ones, the signing clause ends
    // at the word "documents", not at the first named document
    int namedFrom = firstDoc;
    CueHit countedWord = null;
    for (CueHit c : an.cuesIn(sign.end(), firstDoc)) {
      if (countedWord == null && c.is(Cue.DOCUMENTS)) countedWord = c;
      if (countedWord != null && c.is(Cue.INCLUDE)) namedFrom = countedWord.end();
    }
    int documentsEnd = docsHere.isEmpty() ? documentsWordEnd(an, sign.end(), to) : -1;
    if (documentsEnd >= 0) namedFrom = documentsEnd;
    int clauseEnd = Math.max(namedFrom, sign.end());
    for (CueHit c : cues) {
      if (c.is(Cue.DOCUMENTS) || c.is(Cue.PACKAGE)) objectNamed = true;
      if (c.start() < clauseEnd || c.start() < sign.end() + 40) {
        if (c.is(Cue.SIGN_FUTURE) || c.is(Cue.GREETING)) negative = true;
        if (c.is(Cue.SIGN_NEGATIVE) && c.start() < clauseEnd && !stateBank(an, c)
            && !StateCorporations.describes(an.text, an.tokens, c.tokenStart(), c.tokenEnd())) {
          negative = true;
        }
      }
      // "Recall that ... were signed", "the recently signed", "подписанные ранее": told in passing
      if (c.is(Cue.SIGN_BACKGROUND) && (c.start() < sign.start() || c.tokenStart() - sign.tokenEnd() <= 2)) negative = true;
      // a governor, a mayor, an akim: regions sign, not states
      if (c.is(Cue.SUBNATIONAL) && !stateBank(an, c)) negative = true;
      if (c.is(Cue.MULTILATERAL)) negative = true;
    }
    for (CueHit c : an.cuesIn(from, sign.start())) {
      if (c.is(Cue.FUTURE) && sign.tokenStart() - c.tokenEnd() <= 8 && !inRelativeClause(an, from, c)) {
        boolean pastBetween = false;
        for (CueHit d : an.cuesIn(c.end(), sign.start())) pastBetween |= d.is(Cue.PAST);
        if (!pastBetween) negative = true;
      }
    }
    // "No agreements were signed", "документы не подписаны"
    for (int t = Math.max(an.tokens.firstAtOrAfter(from), sign.tokenStart() - 4); t < sign.tokenStart(); t++) {
      if (NEGATIONS.contains(an.tokens.norm(t))) negative = true;
    }
    // "signed no major deals", "signed nothing of substance": the object is denied
    // (not a heading's first word: "S.No. Name of MoU/Agreement" heads a table)
    if (!heading && sign.tokenEnd() < an.tokens.size() && WORDS.is(Role.NO_OBJECT, an.tokens.norm(sign.tokenEnd()))) negative = true;
    // "the signing of the agreement ... was postponed", "подписание ... отложено"
    for (int t = an.tokens.firstAtOrAfter(from); t < an.tokens.firstAtOrAfter(to); t++) {
      if (WORDS.is(Role.CANCEL, an.tokens.norm(t))) negative = true;
    }
    // a list heading ("Outcomes at a glance") names its documents in the items under it
    if (an.text.charAt(to - 1) == ':' || heading) objectNamed = true;
    if (!objectNamed || negative) return null;
    if (multilateral(an, from, to) || SummitTrip.signingOfGathering(an, si, from, to)) return null;
    if (RegionalSigning.after(an, si, from, to)) return null;
    // a past signing recalled
    LocalDate date = null;
    LocalDate firstDay = null;
    boolean past = false;
    int bestDist = Integer.MAX_VALUE;
    for (DateFinder.DateMention d : an.dates(from, to, false)) {
      if (!d.resolved() || d.start() < an.datelineEnd) continue;
      if (documentDate(an, docsHere, d.start()) || yearOfDocument(an, docsHere, d)) continue;
      if (an.anchor != null && ChronoUnit.DAYS.between(d.to(), an.anchor) > 60) past = true;
      if (an.anchor != null && d.from().isAfter(an.anchor)) continue;
      int dist = Math.abs(d.start() - sign.start());
      if (dist < bestDist) {
        bestDist = dist;
        date = d.to();
        long span = ChronoUnit.DAYS.between(d.from(), d.to());
        firstDay = span > 0 && span <= VISIT_SPAN_DAYS ? d.from() : d.to();
      }
    }
    if (past || yearInPast(an, from, to) || monthInPast(an, from, to)) return null;
    return new Clause(si, from, to, sign, docsHere, count(an, from, to), date, firstDay, titleLine,
        heading);
  }

  /** Words that open a relative clause after a comma: a tense there is not the signing's. */
  private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose", "that", "where",
      "который", "которая", "которое", "которые", "которых", "где");
  /** How many tokens before a future cue its relative word may stand ("who will meet again"). */
  private static final int RELATIVE_REACH = 4;

  /**
   * The cue stands in a relative clause set off by a comma ("..., which will boost trade", "Xi and
   * Tokayev, who will meet again next year, witnessed the signing"): its tense tells about
   * something else than the signing.
   */
  static boolean inRelativeClause(Analysis an, int from, CueHit c) {
    int a = an.tokens.firstAtOrAfter(from);
    for (int t = c.tokenStart() - 1; t >= Math.max(a, c.tokenStart() - RELATIVE_REACH); t--) {
      if (!RELATIVE.contains(an.tokens.norm(t))) continue;
      int s = an.tokens.start(t);
      int b = s - 1;
      while (b >= from && an.text.charAt(b) == ' ') b--;
      return b >= from && an.text.charAt(b) == ',';
    }
    return false;
  }

  /** "MoUs/Agreements" over a list on an outcome page: the heading stands for the signing. */
  private static CueHit headingSign(Analysis an, int from) {
    int t = an.tokens.firstAtOrAfter(from);
    return new CueHit(Set.of(Cue.SIGN, Cue.SIGN_NOUN), an.tokens.start(t), an.tokens.end(t), t, t + 1);
  }

  /**
   * "witnessed the signing of 15 cooperation documents covering investment and law
   * enforcement": without a type word the object ends at the documents word, and what follows
   * it are topics ("law" there is no law being signed). -1 without a documents word.
   */
  private static int documentsWordEnd(Analysis an, int from, int to) {
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.DOCUMENTS) || c.is(Cue.PACKAGE)) return c.end();
    }
    return -1;
  }

  private enum Role { RENEWAL, OUTCOME, ISSUE, PENDING, CANCEL, STATE_BANK, COUNTED_OTHER, AMONG, VENUE, VENUE_MODIFIER,
    NO_OBJECT, ADOPT }

  /**
   * The signing cue {@code c} tells only a text issued or adopted ("issued a joint statement",
   * "приняли декларацию"), no signature (signing_words.tsv ISSUE, ADOPT).
   */
  static boolean declarative(Analysis an, CueHit c) {
    for (int t = c.tokenStart(); t < c.tokenEnd(); t++) {
      String w = an.tokens.norm(t);
      if (!WORDS.is(Role.ISSUE, w) && !WORDS.is(Role.ADOPT, w)) return false;
    }
    return true;
  }

  /** The most words between "governor" and the bank it heads: "Governor of the Maldives Monetary Authority". */
  private static final int BANK_REACH = 6;

  /**
   * A bank or a governor cue that names a state's central bank or its governor ("the central
   * bank governors", "the State Bank of Vietnam", "Governor of the Maldives Monetary Authority";
   * signing_words.tsv STATE_BANK; "the Bank of Russia", knowledge/state_banks.tsv): a state body,
   * no commercial or regional signatory.
   */
  private static boolean stateBank(Analysis an, CueHit c) {
    int t = c.tokenStart();
    if (StateBanks.names(an.tokens, t, c.tokenEnd(), c.is(Cue.SUBNATIONAL) ? BANK_REACH : 0)) return true;
    for (int k = Math.max(0, t - 2); k < Math.min(an.tokens.size(), c.tokenEnd() + BANK_REACH); k++) {
      if (k >= t && k < c.tokenEnd()) continue;
      if (WORDS.is(Role.STATE_BANK, an.tokens.norm(k))) return true;
    }
    return false;
  }

  /** The article's title names the outcomes of a visit or talks ("List of Outcomes: ...", "Итоги визита"). */
  static boolean outcomePage(Analysis an) {
    String title = an.article.title == null ? "" : an.article.title;
    Tokens tt = Tokens.of(title);
    for (int i = 0; i < tt.size(); i++) if (WORDS.is(Role.OUTCOME, tt.norm(i))) return true;
    return false;
  }

  private static final RoleWords<Role> WORDS = RoleWords.load("signing_words.tsv", Role.class);

  /** A word of text[from, to) names the outcomes of a visit or talks ("Outcomes at a glance", "Итоги"). */
  static boolean outcomeWord(Analysis an, int from, int to) {
    for (int t = an.tokens.firstAtOrAfter(from); t < an.tokens.firstAtOrAfter(to); t++) {
      if (WORDS.is(Role.OUTCOME, an.tokens.norm(t))) return true;
    }
    return false;
  }
  /** A word that heads a place of signing ("palace", "ministry", "резиденции"): signing_words.tsv VENUE. */
  static boolean venueWord(String norm) {
    return WORDS.is(Role.VENUE, norm);
  }

  /** A word in lower case within a venue's name before its head ("foreign", "presidential"). */
  static boolean venueModifier(String norm) {
    return WORDS.is(Role.VENUE_MODIFIER, norm);
  }

  /** Token {@code t} is a word that picks some of the documents out ("Among the key documents:", "Среди них"). */
  static boolean amongWord(Analysis an, int t) {
    return t < an.tokens.size() && WORDS.is(Role.AMONG, an.tokens.norm(t));
  }

  /** The most tokens between a renewal verb and the type word of its object ("renewed their two memoranda"). */
  private static final int RENEWAL_OBJECT_GAP = 3;

  /** Token {@code t} is a renewal verb ("renewed"), which opens its documents as a signing verb does. */
  static boolean renewalWord(Analysis an, int t) {
    return WORDS.is(Role.RENEWAL, an.tokens.norm(t));
  }

  /**
   * "India and Bangladesh renewed their memoranda of understanding on health", "стороны продлили
   * соглашение о ...": a document signed again for a new term, read as a signing verb. Only when a
   * type word follows the verb within a few words.
   */
  private static CueHit renewal(Analysis an, int from, int to) {
    if (!an.hasDocTypeIn(from, to)) return null;
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(to);
    List<DocTypes.Mention> docs = null;
    for (int t = a; t < b; t++) {
      if (!renewalWord(an, t)) continue;
      if (docs == null) docs = an.docTypesIn(from, to);
      boolean passive = passiveAux(an, a, t);
      for (DocTypes.Mention m : docs) {
        boolean object = m.tokenStart() > t && m.tokenStart() - t - 1 <= RENEWAL_OBJECT_GAP;
        // "Another MoU, on sports, was renewed": the document is the subject of the passive verb
        boolean subject = passive && m.tokenEnd() <= t && t - m.tokenEnd() <= RENEWAL_SUBJECT_GAP;
        if (object || subject) return new CueHit(Set.of(Cue.SIGN), an.tokens.start(t), an.tokens.end(t), t, t + 1);
      }
    }
    return null;
  }

  /** The most tokens between the type word of a passive renewal's subject and its verb ("MoU on cooperation in sports was renewed"). */
  private static final int RENEWAL_SUBJECT_GAP = 10;
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been");

  /** Token {@code t} follows a past passive auxiliary ("was renewed", "were also extended", "has been renewed"). */
  private static boolean passiveAux(Analysis an, int first, int t) {
    int k = t - 1;
    if (k >= first && an.tokens.norm(k).equals("also")) k--;
    return k >= first && PASSIVE_AUX.contains(an.tokens.norm(k))
        && !(k - 2 >= first && an.tokens.norm(k).equals("been") && an.tokens.norm(k - 2).equals("will"));
  }

  /** Words between a declaration and its participle: "the joint statement which was issued". */
  private static final Set<String> ISSUE_GAP = Set.of("which", "that", "was", "were", "jointly", "also");

  /**
   * "China and Cambodia issued a joint declaration on ...", "in a joint statement released after
   * the talks": a declaration made public by both sides, read as a signing verb. Only when a
   * declaration-type word is within a few words of the verb, before or after it, and the verb is
   * not "to be issued" (a plan).
   */
  private static CueHit issue(Analysis an, int from, int to) {
    if (!an.hasDocTypeIn(from, to)) return null;
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(to);
    List<DocTypes.Mention> docs = null;
    for (int t = a; t < b; t++) {
      if (!WORDS.is(Role.ISSUE, an.tokens.norm(t))) continue;
      if (t > a && an.tokens.norm(t - 1).equals("be")) continue;
      if (docs == null) docs = an.docTypesIn(from, to);
      for (DocTypes.Mention m : docs) {
        if (!m.docType().type().equals("DECLARATION")) continue;
        boolean after = m.tokenStart() > t && m.tokenStart() - t - 1 <= RENEWAL_OBJECT_GAP;
        // "the joint statement issued after the talks", "... which was released on Tuesday"
        int gap = 0;
        for (int u = m.tokenEnd(); u < t; u++) gap += ISSUE_GAP.contains(an.tokens.norm(u)) ? 0 : 1;
        boolean before = m.tokenEnd() <= t && t - m.tokenEnd() <= 3 && gap == 0;
        if (after || before) return new CueHit(Set.of(Cue.SIGN), an.tokens.start(t), an.tokens.end(t), t, t + 1);
      }
    }
    return null;
  }

  /**
   * The article is about a ratification (its title or lead says so): the signing it tells of is
   * the one being ratified, told in passing.
   */
  static boolean ratificationArticle(Analysis an) {
    String title = an.article.title == null ? "" : an.article.title;
    Tokens tt = Tokens.of(title);
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < tt.size(); i++) words.add(tt.norm(i));
    for (int i = 0; i < words.size(); i++) if (ratificationAt(words, i)) return true;
    for (int k = 0; k < an.sentences.size(); k++) {
      if (an.furniture[k] || an.headlineLike[k]) continue;
      Sentences.Span s = an.sentences.get(k);
      words.clear();
      for (int t = an.tokens.firstAtOrAfter(s.start()); t < an.tokens.firstAtOrAfter(s.end()); t++) {
        words.add(an.tokens.norm(t));
      }
      for (int i = 0; i < words.size(); i++) if (ratificationAt(words, i)) return true;
      return false;
    }
    return false;
  }

  /** How far back a word that makes a ratification a step ahead may stand ("needs to be ratified"). */
  private static final int PENDING_REACH = 3;

  /**
   * Word {@code i} of {@code words} (normalised tokens) tells of a ratification done or under way
   * ("parliament ratified", "закон о ратификации"), not of one still ahead of a document just
   * signed ("will enter into force after ratification", "needs to be ratified", "вступит в силу
   * после ратификации", "подлежит ратификации"; signing_words.tsv PENDING).
   */
  static boolean ratificationAt(List<String> words, int i) {
    if (!ratify(words.get(i))) return false;
    for (int k = i - 1; k >= Math.max(0, i - PENDING_REACH); k--) {
      if (WORDS.is(Role.PENDING, words.get(k))) return false;
    }
    return true;
  }

  private static boolean ratify(String w) {
    return w.startsWith("ratif") || w.startsWith("ратифи");
  }

  /**
   * Three or more states named one after another ("Tajikistan, Kyrgyzstan and Uzbekistan",
   * "Таджикистана, Кыргызстана и Узбекистана"): a multilateral treaty, not a bilateral signing.
   */
  static boolean multilateral(Analysis an, int from, int to) {
    int run = 1;
    Ref prev = null;
    Set<String> inRun = new java.util.HashSet<>();
    for (Ref r : an.refsIn(from, to)) {
      if (r.kind() == RefKind.PERSON || r.kind() == RefKind.CAPITAL) continue;
      if (prev != null && !r.iso3().equals(prev.iso3())) {
        String gap = an.text.substring(prev.end(), r.start()).strip().toLowerCase(java.util.Locale.ROOT);
        // "Argentina, the Philippines and Russia": an article before a name still joins the list
        if (gap.endsWith(" the")) gap = gap.substring(0, gap.length() - 3).strip();
        boolean joined = gap.equals(",") || gap.equals("и") || gap.equals("and") || gap.equals(", and")
            || gap.equals(", и");
        if (joined) {
          run++;
          inRun.add(r.iso3());
        } else {
          run = 1;
          inRun.clear();
        }
      }
      if (run == 1) {
        inRun.clear();
        inRun.add(r.iso3());
      }
      if (inRun.size() >= 3) return true;
      prev = r;
    }
    return false;
  }

  private static final Pattern MONTH_ALONE = Pattern.compile("(?<![\\p{L}\\d])(?:in|в)\\s+(January|February|March|April|May|June|July|August|September|October|November|December|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![\\p{L}])(?!\\s*,?\\s*(?:19|20)\\d\\d)(?!\\s+\\d)");

  /**
   * "the agreements signed by their presidents in March" in an October report: a month named
   * alone, neither the report's month nor the one before it, tells a signing of months back.
   */
  private static boolean monthInPast(Analysis an, int from, int to) {
    if (an.anchor == null) return false;
    Matcher m = MONTH_ALONE.matcher(an.text).region(from, to);
    while (m.find()) {
      int month = DateFinder.month(m.group(1));
      if (month < 0) continue;
      int back = (an.anchor.getMonthValue() - month + 12) % 12;
      if (back >= 2) return true;
    }
    return false;
  }

  private static boolean yearInPast(Analysis an, int from, int to) {
    if (an.anchor == null) return false;
    if (PastYear.named(an.text.substring(from, to), an.anchor)) return true;
    Matcher m = PAST_YEAR.matcher(an.text.substring(from, to));
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) < an.anchor.getYear()) return true;
    }
    return false;
  }

  /**
   * The sentence's line is the article's title repeated in the text (lines are stored without
   * their surrounding white space). Compared in place, without copying the line: on a page of
   * one long line a copy per sentence made reading quadratic in the length.
   */
  static boolean titleLine(Analysis an, Sentences.Span s) {
    String title = an.article.title == null ? "" : an.article.title.strip();
    int len = s.lineEnd() - s.lineStart();
    return len == title.length() && an.text.regionMatches(s.lineStart(), title, 0, len);
  }

  /**
   * "a package of 14 documents", "six agreements were signed", "подписано 14 документов". Looks
   * only at the cues and document types of the sentence, found by position (not by a scan of the
   * article's lists, which made the count quadratic in the article's length).
   */
  static Integer count(Analysis an, int from, int to) {
    int n = countCode(an, from, to);
    return n > 0 ? n : null;
  }

  /**
   * Whether text[from, to) counts its documents only roughly ("более 20 документов", "more
   * than 30 agreements"): the documents it goes on to name are then some of them, not all.
   */
  static boolean approximateCount(Analysis an, int from, int to) {
    return countCode(an, from, to) < 0;
  }

  /** The count of {@link #count}, -1 for a rough one, 0 for none. */
  private static int countCode(Analysis an, int from, int to) {
    Tokens t = an.tokens;
    int a = t.firstAtOrAfter(from);
    int b = t.firstAtOrAfter(to);
    List<CueHit> cues = null;
    List<DocTypes.Mention> docTypes = null;
    for (int i = a; i < b; i++) {
      Integer n = null;
      if (t.isNumber(i) && t.norm(i).length() <= 3) n = Integer.parseInt(t.norm(i));
      else n = an.kb.docTypes.numberWord(t.norm(i));
      if (n == null || n < 2) continue;
      // "ATHENS, Oct 8 - Six agreements ...": the dateline's day is no count, and a number right
      // before another one gives way to it
      if (t.start(i) < an.datelineEnd) continue;
      if (i + 1 < b && (t.isNumber(i + 1) || an.kb.docTypes.numberWord(t.norm(i + 1)) != null)) continue;
      // "3 апреля подписаны документы", "on 8 May signed documents": the day of a date is no count
      if (t.isNumber(i) && inDate(an, from, to, i)) continue;
      if (cues == null) {
        cues = an.cuesIn(from, to);
        docTypes = an.docTypesIn(from, to);
      }
      // followed within 3 tokens by documents / a plural document type
      boolean counted = false;
      for (int j = i + 1; j < Math.min(b, i + 4 + russianAdjectivePair(an, i + 1, b)) && !counted; j++) {
        // "в присутствии лидеров двух стран подписаны документы", "the two presidents, documents":
        // the number counts the word before, not the documents
        if (j > i + 1 && (WORDS.is(Role.COUNTED_OTHER, t.norm(j - 1)) || punctuated(an, j - 1, j))) break;
        for (CueHit c : cues) {
          if (c.tokenStart() == j && (c.is(Cue.DOCUMENTS))) counted = true;
        }
        for (DocTypes.Mention d : docTypes) {
          // "под тремя совместными заявлениями": the form's or the text's plural
          if (d.tokenStart() == j && (d.docType().plural() || DocumentListReader.plural(an, d))) counted = true;
        }
        String w = t.norm(j);
        if (w.startsWith("документ") || w.equals("documents") || w.startsWith("соглашени")) counted = true;
      }
      if (!counted) continue;
      // "a dozen", "два десятка"; "dozens of": rough
      n = DocumentCount.grouped(an, i, n);
      // "more than 30", "около 20": not an exact count
      if (n < 0 || approximateBefore(an, i)) return -1;
      if (i + 1 < b && (t.norm(i + 1).equals("plus") || an.text.startsWith("+", t.end(i)))) return -1;
      return DocumentCount.total(an, a, i, n, b);
    }
    return 0;
  }

  /** The number at token {@code i} is part of a date in text[from, to). */
  private static boolean inDate(Analysis an, int from, int to, int i) {
    for (DateFinder.DateMention d : an.dates(from, to, false)) {
      if (d.start() <= an.tokens.start(i) && an.tokens.end(i) <= d.end()) return true;
    }
    return false;
  }

  /** Text between tokens {@code a} and {@code b} holds a punctuation mark that ends a phrase. */
  private static boolean punctuated(Analysis an, int a, int b) {
    String gap = an.text.substring(an.tokens.end(a), an.tokens.start(b));
    for (int k = 0; k < gap.length(); k++) if (",.;:()".indexOf(gap.charAt(k)) >= 0) return true;
    return false;
  }

  /** Russian adjectives that end in the plural genitive or nominative: "межгосударственных", "новые". */
  private static final java.util.regex.Pattern RU_PLURAL_ADJECTIVE = java.util.regex.Pattern.compile(".{3,}(?:ых|их|ые|ие)");

  /**
   * "10 межгосударственных и межправительственных документов": two adjectives joined by "и"
   * right after a count, which put its noun two tokens further; 2 then, else 0.
   */
  private static int russianAdjectivePair(Analysis an, int j, int b) {
    if (!an.russian || j + 2 >= b) return 0;
    Tokens t = an.tokens;
    return RU_PLURAL_ADJECTIVE.matcher(t.norm(j)).matches() && t.norm(j + 1).equals("и")
        && RU_PLURAL_ADJECTIVE.matcher(t.norm(j + 2)).matches() ? 2 : 0;
  }

  /**
   * A cue of approximation that ends at token {@code i} or the one before ("more than 30",
   * "около 20"). Cues do not overlap, so their ends rise with their starts: the ones that can
   * end there are the last before token i, found by binary search.
   */
  private static boolean approximateBefore(Analysis an, int i) {
    List<CueHit> cues = an.cues;
    int lo = 0;
    int hi = cues.size();
    while (lo < hi) {
      an.lookups++;
      int mid = (lo + hi) >>> 1;
      if (cues.get(mid).tokenEnd() <= i) lo = mid + 1;
      else hi = mid;
    }
    // cues [0, lo) end at or before token i; those ending before i - 1 cannot match
    for (int k = lo - 1; k >= 0 && cues.get(k).tokenEnd() >= i - 1; k--) {
      an.lookups++;
      if (cues.get(k).is(Cue.APPROXIMATE)) return true;
    }
    return false;
  }
}
