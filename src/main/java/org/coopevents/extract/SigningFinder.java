package org.coopevents.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Tokens;

/**
 * Finds intergovernmental signings and their documents. Each sentence with a signing clause
 * ({@link SigningClause}) joins the article's current signing, or opens a new one when it is
 * dated apart from it (an article can report a signing of today and one of last month). The
 * documents are read by {@link DocumentListReader}, their titles cut by {@link TitleCutter}, the
 * day by {@link SigningDate} where the sentence gives none, the two parties by
 * {@link SigningParties}. The count is the stated one ("a package of 14 documents") or else the
 * number of documents listed.
 */
final class SigningFinder {

  /** One document read from the text. */
  static final class Doc {
    String type;
    String titleOriginal;
    String titleEn;
    Set<String> sectors = new LinkedHashSet<>();
    Integer periodStart;
    Integer periodEnd;
    int start;
    int end;
    /** Read from the article's title line (a headline: "X sign border treaty, reopen checkpoints"). */
    boolean fromTitle;
    /** The title is the type word alone ("Agreement"). */
    boolean bare;
    /** What the title is about: its words without type words, party names and generic words (TitleCutter.core). */
    Set<String> core = Set.of();
    private String key;

    /** The title's words in lower case, one space apart: equal for one title written twice. */
    String key() {
      if (key == null) key = NON_WORD.matcher(Tokens.norm(titleOriginal)).replaceAll(" ").strip();
      return key;
    }
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");

  /**
   * The most documents one signing holds. The largest packages reported run to some tens; the
   * bound keeps the comparison of each new document with those before it linear overall.
   */
  static final int MAX_DOCS = 200;

  /** A signing of the article. */
  static final class Signing {
    final List<Doc> docs = new ArrayList<>();
    Integer statedCount;
    /** The report counts the documents only roughly ("более 20"): those it names are some of them. */
    boolean roughCount;
    LocalDate date;
    /** The first of the days the signing is dated by ("в ходе визита 12–14 марта"), else null. */
    LocalDate firstDay;
    int evidenceStart = Integer.MAX_VALUE;
    int evidenceEnd = -1;
    final Set<String> partiesInText = new LinkedHashSet<>();
    boolean hasList;
    /** Read so far only from the article's title line: the headline of the news the body tells. */
    boolean titleOnly = true;
    /** The date was stated by a signing clause, not taken from the context (talks, page, dateline). */
    boolean dateStated;
    /** A clause tells documents signed, not only a statement issued or adopted. */
    boolean signed;
    String a;
    String b;

    void add(Doc d) {
      add(d, new ArrayList<>());
    }

    /**
     * Adds a document unless it re-mentions one already read: a short form of a long one ("Joint
     * statement" beside "Joint Statement on strengthening ..."), or the long form of one read
     * short, which replaces it. Documents of {@code sameList} (one enumeration: "a Joint
     * Statement and a Joint Statement on ...") are never re-mentions of each other; {@code d}
     * joins that list.
     */
    void add(Doc d, List<Doc> sameList) {
      if (d.titleOriginal == null || d.titleOriginal.isEmpty()) return;
      // each document is compared with those read before: a bound on their number keeps an
      // article of thousands of listed titles linear in its length
      if (docs.size() >= MAX_DOCS) return;
      // a bare type word is no title ("signed an agreement"); a joint statement often has no other
      if (d.bare && !d.type.equals("DECLARATION")) return;
      Set<String> dw = titleWords(d.titleOriginal);
      Set<String> dwEn = titleWords(d.titleEn);
      int replaced = -1;
      for (int k = 0; k < docs.size(); k++) {
        Doc o = docs.get(k);
        if (sameList.stream().anyMatch(x -> x == o)) continue;
        int same = TitleCutter.sameDocument(o, d);
        // a headline's wording gives way to the body's ("sign joint statement, set ..." beside the
        // statement's full name)
        if (same < 0 && o.fromTitle) same = 1;
        if (same < 0 && replaced < 0) return;
        if (same > 0) {
          // the fuller form takes the place of the first short one and absorbs the others
          if (replaced < 0) {
            docs.set(k, d);
            replaced = k;
          } else {
            docs.remove(k--);
          }
          continue;
        }
        if (replaced >= 0 || !o.type.equals(d.type)) continue;
        Set<String> ow = titleWords(o.titleOriginal);
        if (ow.containsAll(dw)) return;
        // a Russian re-mention in another case ("договора о границе") agrees in English
        if (d.titleEn != null && !d.titleEn.equals(d.titleOriginal) && o.titleEn != null
            && titleWords(o.titleEn).containsAll(dwEn)) {
          return;
        }
        if (dw.containsAll(ow) && dw.size() > ow.size()) {
          docs.set(k, d);
          sameList.add(d);
          return;
        }
      }
      if (replaced >= 0) {
        sameList.add(d);
        return;
      }
      String key = d.key();
      for (Doc o : docs) {
        if (o.key().equals(key)) return;
      }
      docs.add(d);
      sameList.add(d);
    }
  }

  private static final Pattern FOLLOWING = Pattern.compile("(?iu)(?<![\\p{L}])(following|следующие|следующих|list of|перечень|список)(?![\\p{L}])");

  private SigningFinder() {}

  static List<Signing> find(Analysis an) {
    if (SigningClause.ratificationArticle(an)) return List.of();
    List<Signing> signings = new ArrayList<>();
    Signing sg = null;
    Set<Integer> consumedLines = new HashSet<>();
    SigningDate dates = new SigningDate(an);
    Signing listed = titledList(an, consumedLines);
    if (listed != null) {
      signings.add(listed);
      sg = listed;
    }
    for (int si = 0; si < an.sentences.size(); si++) {
      Sentences.Span s = an.sentences.get(si);
      if (consumedLines.contains(s.line())) continue;
      SigningClause.Clause cl = SigningClause.read(an, si);
      if (cl == null) continue;
      if (sg == null || apart(an, sg, cl)) {
        sg = new Signing();
        signings.add(sg);
      }
      si = read(an, sg, cl, consumedLines, dates);
    }
    // "China and Cambodia issued a joint declaration", "the leaders adopted a joint statement": a
    // statement only issued or adopted is no new signing (its document is optional in the gold rules)
    signings.removeIf(x -> !x.signed);
    for (Signing x : signings) {
      // a headline names in short what the body names in full: its documents count only when
      // the body names none of their type
      Set<String> bodyTypes = new HashSet<>();
      for (Doc d : x.docs) if (!d.fromTitle) bodyTypes.add(d.type);
      x.docs.removeIf(d -> d.fromTitle && bodyTypes.contains(d.type));
    }
    return signings;
  }

  /**
   * The title of a page that lists signed documents: "Documents signed during the visit of ...",
   * "Agreements signed ...", "Документы, подписанные в ходе визита ...", "Подписанные документы".
   */
  private static final Pattern SIGNED_LIST_TITLE = Pattern.compile("(?iu)^\\s*(?:list of |перечень |список )?"
      + "(?:(?:documents|agreements|mous|memoranda|instruments)\\s+(?:signed|exchanged)"
      + "|(?:документы|соглашения)\\s*,?\\s+подписанные|подписанные\\s+документы)(?![\\p{L}])");

  /** The most lines before the list on a page titled as one: a dateline, a line of the date. */
  private static final int TITLED_LIST_LEAD = 2;

  /**
   * "Документы, подписанные в ходе государственного визита ..." over a text that is the list
   * itself (the title not repeated in the text): the signing the title tells, with the documents
   * of the list that opens the text (after a line or two with no document), or null.
   */
  private static Signing titledList(Analysis an, Set<Integer> consumed) {
    if (an.titleOnly == null || an.sentences.isEmpty() || !SIGNED_LIST_TITLE.matcher(an.titleOnly).find()) return null;
    int k = 0;
    for (int n = 0; n < TITLED_LIST_LEAD && k < an.sentences.size(); n++) {
      Sentences.Span s = an.sentences.get(k);
      if (an.hasDocTypeIn(s.lineStart(), s.lineEnd())) break;
      k = DocumentLines.nextLine(an, k);
    }
    if (k >= an.sentences.size()) return null;
    Signing sg = new Signing();
    int last = DocumentLines.readFrom(an, sg, null, k, consumed, true);
    if (last < 0 || sg.docs.isEmpty()) return null;
    sg.signed = true;
    sg.titleOnly = false;
    sg.hasList = true;
    sg.evidenceStart = an.sentences.get(k).start();
    sg.evidenceEnd = an.sentences.get(last).end();
    sg.date = new SigningDate(an).fromContext(k);
    addParties(an, sg, sg.evidenceStart, sg.evidenceEnd);
    return sg;
  }

  /** The most days a signing clause's stated day may lie before a day taken from the context and still tell the same signing. */
  private static final int CONTEXT_DAY_REACH = 7;

  /**
   * A signing clause dated apart from the current signing: a day more than one day from the
   * signing's, or, for a signing not yet dated, from the day of publication.
   */
  private static boolean apart(Analysis an, Signing sg, SigningClause.Clause cl) {
    if (cl.date() == null) return false;
    // "Rwanda, Benin sign nine agreements" over "... signed nine agreements on Monday": the
    // undated headline tells the body's signing, whatever day the body gives it
    if (sg.date == null && sg.titleOnly) return false;
    // "Dhaka and Delhi have signed 10 MoUs during the visit" dated by its page, then "The MoUs were
    // signed on Saturday": the later clause states the day of the same signing, within the week
    // before the day the context gave
    if (sg.date != null && !sg.dateStated && !cl.date().isAfter(sg.date)
        && ChronoUnit.DAYS.between(cl.date(), sg.date) <= CONTEXT_DAY_REACH) {
      return false;
    }
    LocalDate ref = sg.date != null ? sg.date : an.anchor;
    return ref != null && Math.abs(ChronoUnit.DAYS.between(cl.date(), ref)) > 1;
  }

  /**
   * The states named in text[from, to) as parties: not capitals (but the capital "in" which the
   * one state named signed), and not a state named only as
   * the place ("signed by Egypt and Jordan on the sidelines of the summit in Bahrain") when two
   * other states are named.
   */
  private static void addParties(Analysis an, Signing sg, int from, int to) {
    List<Ref> refs = an.refsIn(from, to);
    Set<String> others = new java.util.HashSet<>();
    for (Ref r : refs) if (r.kind() != RefKind.CAPITAL && !place(an, r)) others.add(r.iso3());
    for (Ref r : refs) {
      // "India signed three agreements in Kigali": the capital where the one named state signed
      // is the other party's; a capital is no party otherwise
      if (r.kind() == RefKind.CAPITAL && !(placeWord(an, r) && others.size() == 1 && !others.contains(r.iso3()))) {
        continue;
      }
      if (place(an, r) && !others.contains(r.iso3()) && others.size() >= 2) continue;
      sg.partiesInText.add(r.iso3());
    }
    // "Rosatom and Uzbekistan's energy ministry signed": a state corporation named alone stands
    // for its state where the sentence names fewer than two states
    if (others.size() < 2) {
      sg.partiesInText.addAll(StateCorporations.statesIn(an.tokens, an.tokens.firstAtOrAfter(from),
          an.tokens.firstAtOrAfter(to)));
    }
  }

  /** A state's name right after "in"/"в" ("in Bahrain", "в Бахрейне"): the place of the signing. */
  private static boolean place(Analysis an, Ref r) {
    return r.kind() == RefKind.NAME && placeWord(an, r);
  }

  private static boolean placeWord(Analysis an, Ref r) {
    if (r.tokenStart() == 0) return false;
    String w = an.tokens.norm(r.tokenStart() - 1);
    return w.equals("in") || w.equals("в") || w.equals("во");
  }

  /** Reads one signing clause into {@code sg}; returns the last sentence it used. */
  private static int read(Analysis an, Signing sg, SigningClause.Clause cl, Set<Integer> consumedLines,
      SigningDate dates) {
    int si = cl.sentence();
    Sentences.Span s = an.sentences.get(si);
    int from = cl.from();
    int to = cl.to();
    if (cl.date() != null && (sg.date == null || !sg.dateStated)) {
      sg.date = cl.date();
      sg.dateStated = true;
      sg.firstDay = cl.firstDay();
    }
    if (sg.date == null) sg.date = dates.fromContext(si);
    if (!cl.titleLine()) sg.titleOnly = false;
    if (!sg.signed) sg.signed = signedHere(an, cl);
    sg.evidenceStart = Math.min(sg.evidenceStart, from);
    sg.evidenceEnd = Math.max(sg.evidenceEnd, to);
    addParties(an, sg, from, to);
    if (cl.count() != null && sg.statedCount == null) sg.statedCount = cl.count();
    if (cl.count() == null && (SigningClause.approximateCount(an, from, to) || roughDocuments(an, from, to))) sg.roughCount = true;
    // documents named in the sentence (after the colon if there is one)
    int colon = lastColon(an.text, from, to);
    int before = sg.docs.size();
    int copulaAt = CopulaList.lead(an, from, to);
    if (CountedItems.read(an, sg, from, to)) {
      // read: "two joint statements: the first on A, the second on B"
    } else if (copulaAt >= 0) {
      // "Two of the agreements concluded during the visit are a memorandum on A and one on B"
      DocumentListReader.addDocs(an, sg, an.tokens.end(an.tokens.firstAtOrAfter(copulaAt)), to, true);
    } else if (colon >= from && colon < to - 1 && DocumentListReader.topicsAfterColon(an, colon)) {
      // "подписаны меморандумы: о A, о B": the topics of the type before the colon
      DocumentListReader.addDocs(an, sg, from, to, false);
    } else if (colon >= from && colon < to - 1 && an.docTypesIn(colon + 1, to).isEmpty()) {
      // "An MoU was exchanged on Maritime Cooperation: it aims to ...": a description after the
      // colon, the documents before it
      DocumentListReader.addDocs(an, sg, from, colon, false);
    } else if (colon >= from && colon < to - 1) {
      DocumentListReader.addDocs(an, sg, colon + 1, to, true);
    } else if (colon < from || colon != to - 1) {
      DocumentListReader.addDocs(an, sg, from, to, false);
    }
    if (cl.titleLine()) for (int k = before; k < sg.docs.size(); k++) sg.docs.get(k).fromTitle = true;
    List<DocTypes.Mention> docsHere = cl.docs();
    // "The other documents include ...", "The list included a protocol on ..."
    for (int k = si + 1; k < Math.min(an.sentences.size(), si + 4); k++) {
      Sentences.Span ns = an.sentences.get(k);
      if (an.furniture[k] || signingTold(an, ns.start(), ns.end())) break;
      // "Еще один документ — программа ...", "Еще одним документом стала ...": one more of them
      if (oneMoreDocument(an, ns.start()) && DocumentListReader.another(an, sg, ns.start(), ns.end())) {
        sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
        continue;
      }
      // "Brazil and India signed six agreements. These cover A, B, ... and F.": a pronoun for
      // the counted documents, told by their topics, one each when as many as the count
      if (sg.statedCount != null && sg.docs.size() == before) {
        List<Doc> told = DocumentListReader.pronounTopics(an, docsHere, ns.start(), ns.end(), sg.statedCount);
        if (told != null) {
          List<Doc> one = new ArrayList<>();
          for (Doc d : told) sg.add(d, one);
          sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
          continue;
        }
      }
      // "... The first MoU was on hydrography. Another was on health."
      List<DocTypes.Mention> told = an.docTypesIn(from, ns.start());
      // "Two agreements were signed. One concerns A; the other covers B."
      if (OrdinalItems.read(an, sg, countedHead(an, told), ns.start(), ns.end())) {
        sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
        continue;
      }
      if (DocumentListReader.anotherSentence(an, sg, told.isEmpty() ? null : told.get(told.size() - 1),
          ns.start(), ns.end())) {
        sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
        continue;
      }
      // "The MoUs cover A, B and C": the signed documents told by their topics, one each (as
      // many as the count says, when the report gives one)
      if (DocumentListReader.topicsSentence(an, ns.start(), ns.end())) {
        int had = sg.docs.size();
        List<Doc> kept = new ArrayList<>(sg.docs);
        DocumentListReader.addDocs(an, sg, ns.start(), ns.end(), true);
        if (sg.statedCount != null && sg.docs.size() != sg.statedCount) {
          sg.docs.clear();
          sg.docs.addAll(kept);
        } else if (sg.docs.size() > had) {
          sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
        }
        continue;
      }
      int inc = -1;
      int incStart = -1;
      for (CueHit c : an.cuesIn(ns.start(), ns.end())) {
        if (c.is(Cue.INCLUDE) && inc < 0) {
          inc = c.end();
          incStart = c.start();
        }
      }
      // "They are the MoU on A, the MoU on B and ...": a pronoun and a copula list them the same way
      boolean copula = inc < 0 && (incStart = CopulaList.lead(an, ns.start(), ns.end())) >= 0;
      if (copula) inc = an.tokens.end(an.tokens.firstAtOrAfter(incStart));
      if (inc < 0 || an.docTypesIn(inc, ns.end()).isEmpty()) continue;
      boolean docsWord = false;
      for (CueHit c : an.cuesIn(ns.start(), inc)) docsWord |= c.is(Cue.DOCUMENTS) || c.is(Cue.PACKAGE);
      String lead = an.text.substring(ns.start(), inc).toLowerCase();
      docsWord |= lead.contains("list") || lead.contains("перечень") || lead.contains("список");
      // "Among them, ...", "Среди них — ...", "В их числе ...": the sentence opens with the
      // cue, whose pronoun stands for the documents the signing sentence counted or named
      // "They included ...", "These include ...": a pronoun subject stands for them the same way
      int lead0 = an.tokens.firstAtOrAfter(ns.start());
      int incTok = an.tokens.firstAtOrAfter(incStart);
      boolean pronounLead = (lead0 == incTok || lead0 + 1 == incTok && PRONOUNS.contains(an.tokens.norm(lead0)))
          && (sg.statedCount != null || an.hasCue(from, to, Cue.DOCUMENTS) || !docsHere.isEmpty());
      docsWord |= pronounLead;
      // "The MoUs include an agreement on ...": the subject is the plural type word of the signed
      // documents
      docsWord |= pluralTypeLead(an, lead0, incTok) || copula;
      if (!docsWord) continue;
      DocumentListReader.addDocs(an, sg, inc, ns.end(), true);
      sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
    }
    // a list after the line
    boolean lineEndsColon = an.text.charAt(s.lineEnd() - 1) == ':' || cl.heading();
    boolean following = FOLLOWING.matcher(an.text.substring(from, to)).find();
    // "подписано 10 документов. Главы государств подписали Совместное заявление. Также подписаны:" on
    // one line: a later sentence of the line names a document of its own and reads the list itself
    // (a binary search: a whole article on one line must not cost a scan of the line per sentence)
    // (a heading is read whole: "S.No. Name of MoU/Agreement Signatory" is split after "S.No.")
    if ((lineEndsColon || following || docsHere.isEmpty()) && (cl.heading() || !an.hasDocTypeIn(s.end(), s.lineEnd()))) {
      int last = DocumentLines.readList(an, sg, si, consumedLines, lineEndsColon || following);
      if (last >= 0) {
        sg.hasList = true;
        sg.evidenceEnd = Math.max(sg.evidenceEnd, an.sentences.get(last).end());
        si = last;
        // "Another memorandum ... concerns ..." right after the list
        for (int k = last + 1; k < Math.min(an.sentences.size(), last + 3); k++) {
          Sentences.Span ns = an.sentences.get(k);
          if (an.furniture[k]) break;
          if (DocumentListReader.another(an, sg, ns.start(), ns.end())) {
            sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
            si = k;
          }
        }
      }
    }
    return si;
  }

  /**
   * text[from, to) tells a signing of its own: a signing verb, or a signing noun with a past tense
   * ("The signing of the agreements followed"); not a noun inside a title ("a programme of cultural
   * exchange for 2025").
   */
  private static boolean signingTold(Analysis an, int from, int to) {
    boolean noun = false;
    boolean past = false;
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.SIGN) && !c.is(Cue.SIGN_NOUN)) return true;
      noun |= c.is(Cue.SIGN);
      past |= c.is(Cue.PAST) || c.is(Cue.SIGN_PAST);
    }
    return noun && past;
  }

  /**
   * The clause tells documents signed: its signing cue, or another signing cue of its sentence, is
   * no verb of a text only issued or adopted.
   */
  private static boolean signedHere(Analysis an, SigningClause.Clause cl) {
    if (!SigningClause.declarative(an, cl.sign())) return true;
    for (CueHit c : an.cuesIn(cl.from(), cl.to())) {
      if (c.is(Cue.SIGN) && !SigningClause.declarative(an, c)) return true;
    }
    return false;
  }

  /**
   * "a number of documents", "ряд межведомственных документов", "несколько соглашений": documents
   * counted roughly without a number, so those named are some of them.
   */
  static boolean roughDocuments(Analysis an, int from, int to) {
    List<CueHit> cues = an.cuesIn(from, to);
    for (CueHit c : cues) {
      if (!c.is(Cue.APPROXIMATE)) continue;
      for (CueHit d : cues) {
        if (d.is(Cue.DOCUMENTS) && d.tokenStart() >= c.tokenEnd() && d.tokenStart() - c.tokenEnd() <= 1) return true;
      }
      for (DocTypes.Mention m : an.docTypesIn(from, to)) {
        if (m.tokenStart() >= c.tokenEnd() && m.tokenStart() - c.tokenEnd() <= 1 && DocumentListReader.plural(an, m)) return true;
      }
    }
    return false;
  }

  /**
   * Tokens [lead0, incTok) are a determiner and a plural type word, or the type word alone ("The
   * MoUs include ...", "Agreements included ..."): the documents of the signing before.
   */
  private static boolean pluralTypeLead(Analysis an, int lead0, int incTok) {
    if (incTok <= lead0 || incTok - lead0 > 3) return false;
    for (DocTypes.Mention m : an.docTypesIn(an.tokens.start(lead0), an.tokens.start(incTok))) {
      int before = m.tokenStart() - lead0;
      boolean determined = before == 0 || before == 1 && PRONOUNS.contains(an.tokens.norm(lead0))
          || before == 1 && an.tokens.norm(lead0).equals("the");
      return determined && m.tokenEnd() == incTok && DocumentListReader.plural(an, m);
    }
    return false;
  }

  private static final Set<String> ONE = Set.of("один", "одна", "одно", "одним", "одной");

  /** The sentence at {@code from} opens "Еще один документ", "Еще одним документом" (one more document). */
  private static boolean oneMoreDocument(Analysis an, int from) {
    int t = an.tokens.firstAtOrAfter(from);
    return an.russian && t + 2 < an.tokens.size() && an.tokens.norm(t).equals("еще")
        && ONE.contains(an.tokens.norm(t + 1)) && an.tokens.norm(t + 2).startsWith("документ");
  }

  /** The last plural or counted type word of {@code told} ("two agreements"), or null. */
  private static DocTypes.Mention countedHead(Analysis an, List<DocTypes.Mention> told) {
    for (int k = told.size() - 1; k >= 0; k--) {
      DocTypes.Mention m = told.get(k);
      if (DocumentListReader.plural(an, m) || DocumentListReader.counted(an, m)) return m;
    }
    return null;
  }

  /** Subjects that stand for the documents just counted or named: "They included ...". */
  private static final Set<String> PRONOUNS = Set.of("they", "these", "those", "они", "это");

  /** The last ':' in text[from, to), or -1: looked for in the sentence only, never before it. */
  static int lastColon(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) if (text.charAt(i) == ':') return i;
    return -1;
  }

  /** The words of a title, for telling a re-mention from a new document. */
  static Set<String> titleWords(String t) {
    Set<String> w = new HashSet<>();
    if (t == null) return w;
    for (String x : Tokens.norm(t).split("[^\\p{L}\\d]+")) if (x.length() > 2) w.add(x);
    return w;
  }

  static Map<String, Object> debug(Signing sg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", sg.statedCount);
    m.put("date", sg.date);
    m.put("docs", sg.docs.size());
    return m;
  }
}
