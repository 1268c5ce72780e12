package org.coopevents.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Tokens;

/**
 * Finds intergovernmental signings and their documents. A signing sentence has a signing cue
 * (signed, подписали) and no sign of a future signing, a ratification, a draft approval, a
 * business contract or a past signing. Documents are read from the sentence itself (inline
 * enumerations), from the list that follows a colon (bullets, numbers, one per line,
 * semicolons), and from an "another memorandum ..." sentence after it; "Protocols on A and in
 * B" gives two protocols. The count is the stated one ("a package of 14 documents") or else the
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
  }

  /** A signing of the article. */
  static final class Signing {
    final List<Doc> docs = new ArrayList<>();
    Integer statedCount;
    LocalDate date;
    int evidenceStart = Integer.MAX_VALUE;
    int evidenceEnd = -1;
    final Set<String> partiesInText = new LinkedHashSet<>();
    boolean hasList;
    String a;
    String b;
  }

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("два", 2), Map.entry("две", 2), Map.entry("двух", 2), Map.entry("три", 3),
      Map.entry("трех", 3), Map.entry("четыре", 4), Map.entry("четырех", 4), Map.entry("пять", 5),
      Map.entry("пяти", 5), Map.entry("шесть", 6), Map.entry("шести", 6), Map.entry("семь", 7),
      Map.entry("семи", 7), Map.entry("восемь", 8), Map.entry("восьми", 8), Map.entry("девять", 9),
      Map.entry("девяти", 9), Map.entry("десять", 10), Map.entry("десяти", 10),
      Map.entry("одиннадцать", 11), Map.entry("одиннадцати", 11), Map.entry("двенадцать", 12),
      Map.entry("двенадцати", 12), Map.entry("тринадцать", 13), Map.entry("тринадцати", 13),
      Map.entry("четырнадцать", 14), Map.entry("четырнадцати", 14), Map.entry("пятнадцать", 15),
      Map.entry("пятнадцати", 15), Map.entry("двадцать", 20), Map.entry("двадцати", 20));

  private static final Pattern FOLLOWING = Pattern.compile("(?iu)(?<![\\p{L}])(following|следующие|следующих)(?![\\p{L}])");
  private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "t", "neither",
      "nor", "не", "ни", "без", "нет");
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "of", "for", "about", "to",
      "regarding", "concerning", "в", "во", "о", "об", "по", "на", "к", "для", "между", "between");
  private static final Set<String> TITLE_STOP = Set.of("was", "were", "is", "are", "has", "have",
      "had", "будет", "был", "была", "было", "были", "которые", "which", "that", "said", "reported",
      "told", "according", "noted", "stated", "сообщил", "сообщили", "сообщает", "сообщается",
      "заявил", "отметил", "передает", "говорится");
  private static final Pattern PERIOD = Pattern.compile(
      "(?iu)(?:for|на|in|period|период|until|–|-)?\\s*((?:19|20)\\d\\d)\\s*[-–—]\\s*((?:19|20)\\d\\d)");
  private static final Pattern PERIOD_ONE = Pattern.compile("(?iu)(?:\\bfor|(?<![\\p{L}])на)\\s+((?:19|20)\\d\\d)\\b(?:\\s*(?:год|year))");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪►]|\\d{1,2}[.)]|[a-zа-я][)])\\s*");

  private SigningFinder() {}

  static List<Signing> find(Analysis an) {
    Signing sg = new Signing();
    boolean any = false;
    Set<Integer> consumedLines = new java.util.HashSet<>();
    for (int si = 0; si < an.sentences.size(); si++) {
      Sentences.Span s = an.sentences.get(si);
      if (an.furniture[si] || consumedLines.contains(s.line())) continue;
      boolean titleLine = an.text.substring(s.lineStart(), s.lineEnd()).strip()
          .equals(an.article.title == null ? "" : an.article.title.strip());
      if (an.headlineLike[si] && !titleLine) continue;
      int from = s.start();
      int to = s.end();
      CueHit sign = null;
      for (CueHit c : an.cuesIn(from, to)) {
        if (c.is(Cue.SIGN)) {
          sign = c;
          break;
        }
      }
      if (sign == null) continue;
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
      for (CueHit c : an.cuesIn(from, to)) {
        if (c.is(Cue.DOCUMENTS) || c.is(Cue.PACKAGE)) objectNamed = true;
        int clauseEnd = Math.max(namedFrom, sign.end());
        if (c.start() < clauseEnd || c.start() < sign.end() + 40) {
          if (c.is(Cue.SIGN_FUTURE) || c.is(Cue.GREETING)) negative = true;
          if (c.is(Cue.SIGN_NEGATIVE) && c.start() < clauseEnd) negative = true;
        }
      }
      for (CueHit c : an.cuesIn(from, sign.start())) {
        if (c.is(Cue.FUTURE) && sign.tokenStart() - c.tokenEnd() <= 8) {
          boolean pastBetween = false;
          for (CueHit d : an.cuesIn(c.end(), sign.start())) pastBetween |= d.is(Cue.PAST);
          if (!pastBetween) negative = true;
        }
      }
      // "No agreements were signed", "документы не подписаны"
      for (int t = Math.max(an.tokens.firstAtOrAfter(from), sign.tokenStart() - 4); t < sign.tokenStart(); t++) {
        String w = an.tokens.norm(t);
        if (NEGATIONS.contains(w)) negative = true;
      }
      if (an.text.charAt(to - 1) == ':') objectNamed = true;
      if (!objectNamed || negative) continue;
      // a past signing recalled
      List<DateFinder.DateMention> dates = an.dates(from, to, false);
      LocalDate date = null;
      boolean past = false;
      int bestDist = Integer.MAX_VALUE;
      for (DateFinder.DateMention d : dates) {
        if (!d.resolved() || d.start() < an.datelineEnd) continue;
        if (an.anchor != null && ChronoUnit.DAYS.between(d.to(), an.anchor) > 60) past = true;
        if (an.anchor != null && d.from().isAfter(an.anchor)) continue;
        int dist = Math.abs(d.start() - sign.start());
        if (dist < bestDist) {
          bestDist = dist;
          date = d.to();
        }
      }
      if (past || yearInPast(an, from, to)) continue;
      any = true;
      if (date != null && sg.date == null) sg.date = date;
      boolean afterTalks = an.hasCue(from, to, Cue.TALKS) || an.hasCue(from, to, Cue.DISCUSSED)
          || an.hasCue(from, to, Cue.VISIT_NOUN);
      for (int k = si - 1; sg.date == null && k >= 0; k--) {
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
            sg.date = d.to();
          }
        }
      }
      if (sg.date == null && afterTalks && an.headerDate != null) sg.date = an.headerDate;
      sg.evidenceStart = Math.min(sg.evidenceStart, from);
      sg.evidenceEnd = Math.max(sg.evidenceEnd, to);
      for (Ref r : an.refsIn(from, to)) if (r.kind() != RefKind.CAPITAL) sg.partiesInText.add(r.iso3());
      Integer count = count(an, from, to);
      if (count != null && sg.statedCount == null) sg.statedCount = count;
      // documents named in the sentence (after the colon if there is one)
      int colon = an.text.lastIndexOf(':', to - 1);
      int inlineFrom = colon >= from ? colon + 1 : from;
      int before = sg.docs.size();
      if (colon >= from && colon < to - 1) {
        addDocs(an, sg, inlineFrom, to, true);
      } else if (colon < from || colon != to - 1) {
        addDocs(an, sg, from, to, false);
      }
      if (titleLine) for (int k = before; k < sg.docs.size(); k++) sg.docs.get(k).fromTitle = true;
      // "The other documents include ...", "The list included a protocol on ..."
      for (int k = si + 1; k < Math.min(an.sentences.size(), si + 4); k++) {
        Sentences.Span ns = an.sentences.get(k);
        if (an.furniture[k] || an.hasCue(ns.start(), ns.end(), Cue.SIGN)) break;
        int inc = -1;
        int incStart = -1;
        for (CueHit c : an.cuesIn(ns.start(), ns.end())) {
          if (c.is(Cue.INCLUDE) && inc < 0) {
            inc = c.end();
            incStart = c.start();
          }
        }
        if (inc < 0 || an.docTypesIn(inc, ns.end()).isEmpty()) continue;
        boolean docsWord = false;
        for (CueHit c : an.cuesIn(ns.start(), inc)) docsWord |= c.is(Cue.DOCUMENTS) || c.is(Cue.PACKAGE);
        String lead = an.text.substring(ns.start(), inc).toLowerCase();
        docsWord |= lead.contains("list") || lead.contains("перечень") || lead.contains("список");
        // "Among them, ...", "Среди них — ...", "В их числе ...": the sentence opens with the
        // cue, whose pronoun stands for the documents the signing sentence counted or named
        boolean pronounLead = an.tokens.firstAtOrAfter(ns.start()) == an.tokens.firstAtOrAfter(incStart)
            && (sg.statedCount != null || an.hasCue(from, to, Cue.DOCUMENTS) || !docsHere.isEmpty());
        docsWord |= pronounLead;
        if (!docsWord) continue;
        addDocs(an, sg, inc, ns.end(), true);
        sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
      }
      // a list after the line
      boolean lineEndsColon = an.text.charAt(s.lineEnd() - 1) == ':';
      boolean following = FOLLOWING.matcher(an.text.substring(from, to)).find();
      if (lineEndsColon || following || docsHere.isEmpty()) {
        int last = readList(an, sg, si, consumedLines, lineEndsColon || following);
        if (last >= 0) {
          sg.hasList = true;
          sg.evidenceEnd = Math.max(sg.evidenceEnd, an.sentences.get(last).end());
          si = last;
          // "Another memorandum ... concerns ..." right after the list
          for (int k = last + 1; k < Math.min(an.sentences.size(), last + 3); k++) {
            Sentences.Span ns = an.sentences.get(k);
            if (an.furniture[k]) break;
            if (another(an, sg, ns.start(), ns.end())) {
              sg.evidenceEnd = Math.max(sg.evidenceEnd, ns.end());
              si = k;
            }
          }
        }
      }
    }
    if (!any) return List.of();
    // a headline names in short what the body names in full: its documents count only when the
    // body names none of their type
    Set<String> bodyTypes = new java.util.HashSet<>();
    for (Doc d : sg.docs) if (!d.fromTitle) bodyTypes.add(d.type);
    sg.docs.removeIf(d -> d.fromTitle && bodyTypes.contains(d.type));
    return List.of(sg);
  }

  private static final Pattern PAST_YEAR = Pattern.compile("(?<![\\p{L}\\d])(?:in|в)\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\\s+)?((?:19|20)\\d\\d)(?:\\s+(?:году|года|year))?(?![\\d\\-–])");

  private static boolean yearInPast(Analysis an, int from, int to) {
    if (an.anchor == null) return false;
    Matcher m = PAST_YEAR.matcher(an.text.substring(from, to));
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) < an.anchor.getYear()) return true;
    }
    return false;
  }

  /** "a package of 14 documents", "six agreements were signed", "подписано 14 документов". */
  static Integer count(Analysis an, int from, int to) {
    Tokens t = an.tokens;
    int a = t.firstAtOrAfter(from);
    int b = t.firstAtOrAfter(to);
    for (int i = a; i < b; i++) {
      Integer n = null;
      if (t.isNumber(i) && t.norm(i).length() <= 3) n = Integer.parseInt(t.norm(i));
      else n = NUMBER_WORDS.get(t.norm(i));
      if (n == null || n < 2) continue;
      // followed within 3 tokens by documents / a plural document type
      boolean counted = false;
      for (int j = i + 1; j < Math.min(b, i + 4) && !counted; j++) {
        for (CueHit c : an.cues) {
          if (c.tokenStart() == j && (c.is(Cue.DOCUMENTS))) counted = true;
        }
        for (DocTypes.Mention d : an.docTypes) {
          if (d.tokenStart() == j && d.docType().plural()) counted = true;
        }
        String w = t.norm(j);
        if (w.startsWith("документ") || w.equals("documents") || w.startsWith("соглашени")) counted = true;
      }
      if (!counted) continue;
      // "more than 30", "около 20": not an exact count
      for (CueHit c : an.cues) {
        if (c.is(Cue.APPROXIMATE) && c.tokenEnd() <= i && c.tokenEnd() >= i - 1) return null;
      }
      if (i + 1 < b && (t.norm(i + 1).equals("plus") || an.text.startsWith("+", t.end(i)))) return null;
      return n;
    }
    return null;
  }

  /** Reads the list of documents that follows sentence si; returns the last sentence used or -1. */
  private static int readList(Analysis an, Signing sg, int si, Set<Integer> consumed, boolean announced) {
    int line = an.sentences.get(si).line();
    int last = -1;
    int k = si + 1;
    // skip the rest of the signing line
    while (k < an.sentences.size() && an.sentences.get(k).line() == line) k++;
    int items = 0;
    while (k < an.sentences.size()) {
      Sentences.Span s = an.sentences.get(k);
      int ls = s.lineStart();
      int le = s.lineEnd();
      if (an.furniture[k]) break;
      Matcher b = BULLET.matcher(an.text.substring(ls, le));
      int itemStart = ls + (b.find() ? b.end() : 0);
      boolean bullet = itemStart > ls;
      // a list item names a document type within its first tokens
      int ft = an.tokens.firstAtOrAfter(itemStart);
      List<DocTypes.Mention> ds = an.docTypesIn(itemStart, le);
      boolean item = !ds.isEmpty() && ds.get(0).tokenStart() - ft <= 3
          && (announced || bullet || items > 0 || le - ls < 300)
          && !an.hasCue(itemStart, le, Cue.SIGN) && !an.hasCue(itemStart, le, Cue.CONCERNS);
      if (!item) break;
      addDocs(an, sg, itemStart, le, true);
      items++;
      consumed.add(s.line());
      while (k < an.sentences.size() && an.sentences.get(k).line() == s.line()) {
        last = k;
        k++;
      }
    }
    return last;
  }

  private static boolean another(Analysis an, Signing sg, int from, int to) {
    boolean another = false;
    for (CueHit c : an.cuesIn(from, to)) if (c.is(Cue.ANOTHER)) another = true;
    List<DocTypes.Mention> ds = an.docTypesIn(from, to);
    if (!another || ds.isEmpty()) return false;
    DocTypes.Mention d = ds.get(0);
    String head = an.text.substring(d.start(), d.end());
    int titleEnd = cut(an, d.end(), to);
    String rest = an.text.substring(d.end(), titleEnd).strip();
    for (CueHit c : an.cuesIn(d.end(), to)) {
      if (c.is(Cue.CONCERNS) && c.tokenStart() <= d.tokenEnd() + 1) {
        titleEnd = cut(an, c.end(), to);
        rest = (an.russian ? "о " : "on ") + an.text.substring(c.end(), titleEnd).strip();
        break;
      }
    }
    Doc doc = makeDoc(an, d, singular(head, an.russian) + (rest.isEmpty() ? "" : " " + rest), d.start(), titleEnd);
    addDoc(sg, doc);
    return true;
  }

  /** Documents named in text[from, to): segments split at , ; and и; each opens with a type. */
  private static void addDocs(Analysis an, Signing sg, int from, int to, boolean listContext) {
    List<DocTypes.Mention> ds = an.docTypesIn(from, to);
    if (ds.isEmpty()) return;
    // segment boundaries
    List<int[]> segs = segments(an, from, to);
    List<int[]> docs = new ArrayList<>(); // [titleStart, titleEnd, docMentionIndex]
    boolean objectCue = listContext;
    boolean open = false;
    for (int[] seg : segs) {
      DocTypes.Mention first = null;
      int idx = -1;
      for (int i = 0; i < ds.size(); i++) {
        DocTypes.Mention d = ds.get(i);
        if (d.start() >= seg[0] && d.start() < seg[1] && !counted(an, d) && !visitProgramme(an, d)) {
          first = d;
          idx = i;
          break;
        }
      }
      int cueEnd = -1;
      if (first != null) {
        for (CueHit c : an.cuesIn(seg[0], first.start())) {
          if ((c.is(Cue.SIGN) || c.is(Cue.PACKAGE) || c.is(Cue.DOCUMENTS) || c.is(Cue.INCLUDE))
              && c.end() <= first.start()) {
            cueEnd = c.end();
          }
        }
      }
      boolean cueBefore = objectCue || cueEnd >= 0;
      boolean opens = false;
      if (first != null) {
        int ft = an.tokens.firstAtOrAfter(Math.max(seg[0], cueEnd));
        boolean prep = false;
        for (int t = ft; t < first.tokenStart(); t++) prep |= PREPOSITIONS.contains(an.tokens.norm(t));
        opens = first.tokenStart() - ft <= 3 && !prep || cueBefore && first.tokenStart() - ft <= 3;
        if (!opens && cueEnd >= 0) opens = true;
        // "Главным итогом стал Договор о ..., подписанный вчера": the next segment opens with
        // the signing participle
        int segIndex = segs.indexOf(seg);
        if (!opens && !prep && segIndex + 1 < segs.size()) {
          int[] next = segs.get(segIndex + 1);
          int nt = an.tokens.firstAtOrAfter(next[0]);
          for (CueHit c : an.cuesIn(next[0], next[1])) if (c.is(Cue.SIGN) && c.tokenStart() == nt) opens = true;
        }
        // "officials said that a memorandum on A and a memorandum on B were concluded": an
        // article opens the document, and the signing verb follows the list
        if (!opens && first.tokenStart() > 0 && !prep) {
          String art = an.tokens.norm(first.tokenStart() - 1);
          boolean signAfter = false;
          for (CueHit c : an.cuesIn(first.end(), to)) signAfter |= c.is(Cue.SIGN);
          opens = signAfter && (art.equals("a") || art.equals("an") || art.equals("the"));
        }
      }
      if (opens) {
        int start = cueEnd >= 0 ? cueEnd : seg[0];
        if (first.tokenStart() - an.tokens.firstAtOrAfter(start) > 3) start = first.start();
        docs.add(new int[] {start, seg[1], idx});
        objectCue = true;
        open = !closes(an, first.end(), seg[1]);
      } else if (!docs.isEmpty() && open) {
        if (closes(an, seg[0], seg[1])) {
          open = false;
        } else {
          docs.get(docs.size() - 1)[1] = seg[1];
        }
      }
    }
    List<Doc> sameList = new ArrayList<>();
    for (int[] d : docs) {
      DocTypes.Mention m = ds.get(d[2]);
      int start = skipLeading(an, d[0], m.start());
      int end = cut(an, m.end(), d[1]);
      boolean plural = plural(an, m);
      if (end <= m.end() && plural) continue; // "agreements" with no subject: a count
      String title = an.text.substring(start, end).strip();
      if (QUOTED_NON_TITLE.matcher(an.text.substring(m.end(), Math.max(m.end(), end))).find()) continue;
      if (plural) {
        for (String part : splitPlural(an, title, start, m)) addDoc(sg, makeDoc(an, m, part, start, end), sameList);
      } else {
        addDoc(sg, makeDoc(an, m, title, start, end), sameList);
      }
    }
  }

  /** A segment that cannot continue a title: a verb of reporting, a count, a gerund, a date. */
  private static boolean closes(Analysis an, int from, int to) {
    int firstTok = an.tokens.firstAtOrAfter(from);
    // "соглашение о демаркации границы — тем самым ...": a clause after a dash, where a name
    // would go on with a capital ("дорога Гашуунсухайт — Ганцмод")
    int back = from - 1;
    while (back >= 0 && an.text.charAt(back) == ' ') back--;
    if (back >= 0 && (an.text.charAt(back) == '—' || an.text.charAt(back) == '–')
        && firstTok < an.tokens.size() && Character.isLowerCase(an.text.charAt(an.tokens.start(firstTok)))) {
      return true;
    }
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.DOCUMENTS) && c.tokenStart() - firstTok <= 1) return true;
      if (c.is(Cue.SIGN) || c.is(Cue.CONCERNS) || c.is(Cue.SIGN_FUTURE)
          || c.is(Cue.AGREED) || c.is(Cue.PAST) || c.is(Cue.FUTURE) || c.is(Cue.PACKAGE)) {
        return true;
      }
    }
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(to);
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      if (TITLE_STOP.contains(w)) return true;
      if (t == a && !an.russian && w.endsWith("ing") && w.length() > 5 && b - a >= 3
          && an.kb.sectors.sectors(an.tokens, a, a + 1).isEmpty()) {
        return true;
      }
      if (t == a && an.russian && (w.endsWith("ив") || w.endsWith("ав") || w.endsWith("вшись")) && w.length() > 4) return true;
      if (t == a && (w.equals("а") || w.equals("but") || w.equals("whose") || w.equals("чьи"))) return true;
      if (t == a && (w.equals("which") || w.equals("who") || w.equals("который") || w.equals("которые")
          || w.equals("while") || w.equals("когда") || w.equals("где") || w.equals("where"))) {
        return true;
      }
    }
    return false;
  }

  /** A plural document word as written: "Protocols", "memoranda", "Меморандумы", "соглашения". */
  static boolean plural(Analysis an, DocTypes.Mention m) {
    String w = an.tokens.norm(m.tokenStart());
    if (m.tokenEnd() - m.tokenStart() > 1 && !an.russian) {
      // "memoranda of understanding", "action plans": the word that carries the number
      for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
        String x = an.tokens.norm(t);
        if (x.equals("memoranda") || x.endsWith("s") && !x.endsWith("ss") && x.length() > 3) return true;
      }
      return false;
    }
    if (an.russian) return w.endsWith("ы") || w.endsWith("и") || w.endsWith("ия") || w.endsWith("ов") || w.endsWith("ий");
    return w.equals("memoranda") || w.endsWith("s") && !w.endsWith("ss") && w.length() > 3;
  }

  /** "11 memoranda", "шесть соглашений": a count, not a named document. */
  private static boolean counted(Analysis an, DocTypes.Mention d) {
    int t = d.tokenStart() - 1;
    if (t < 0) return false;
    String between = an.text.substring(an.tokens.end(t), d.start());
    if (!between.isBlank() || between.indexOf('\n') >= 0) return false;
    if (an.tokens.isNumber(t)) return true;
    String w = an.tokens.norm(t);
    return NUMBER_WORDS.containsKey(w) || w.equals("several") || w.equals("other") || w.equals("some")
        || w.equals("несколько") || w.equals("ряд") || w.equals("другие") || w.equals("других")
        || w.equals("various") || w.equals("numerous") || w.equals("many");
  }

  /** "the programme of the visit", "программа визита": not a document. */
  private static boolean visitProgramme(Analysis an, DocTypes.Mention d) {
    int t = d.tokenEnd();
    if (t >= an.tokens.size()) return false;
    String w = an.tokens.norm(t);
    String w2 = t + 1 < an.tokens.size() ? an.tokens.norm(t + 1) : "";
    return w.startsWith("визит") || w.startsWith("пребывани") || w.equals("of") && (w2.equals("visit") || w2.equals("the") && t + 2 < an.tokens.size() && an.tokens.norm(t + 2).equals("visit"));
  }

  private static List<int[]> segments(Analysis an, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int s = from;
    String text = an.text;
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '“' || c == '(') depth++;
      if ((c == '»' || c == '”' || c == ')') && depth > 0) depth--;
      if (depth > 0) continue;
      int cutLen = 0;
      if (c == ',' || c == ';') cutLen = 1;
      else if ((c == '—' || c == '–') && i > from && text.charAt(i - 1) == ' ') cutLen = 1;
      else if (c == ' ') {
        if (text.startsWith(" and ", i)) cutLen = 5;
        else if (text.startsWith(" и ", i)) cutLen = 3;
        else if (text.startsWith(" as well as ", i)) cutLen = 12;
        else if (text.startsWith(" а также ", i)) cutLen = 9;
      }
      if (cutLen > 0) {
        if (i > s) out.add(new int[] {s, i});
        s = i + cutLen;
        i = s - 1;
      }
    }
    if (s < to) out.add(new int[] {s, to});
    return out;
  }

  private static int skipLeading(Analysis an, int start, int limit) {
    int t = an.tokens.firstAtOrAfter(start);
    while (t < an.tokens.size() && an.tokens.start(t) < limit) {
      String w = an.tokens.norm(t);
      if (w.equals("a") || w.equals("an") || w.equals("the") || w.equals("also") || w.equals("and")
          || w.equals("и") || w.equals("также") || w.equals("another") || w.equals("помимо")
          || w.equals("кроме") || w.equals("besides") || w.equals("further")) {
        t++;
      } else {
        break;
      }
    }
    int s = t < an.tokens.size() ? Math.min(an.tokens.start(t), limit) : limit;
    // "the long-awaited Treaty on ...": lower-case words before a capitalised type word are the
    // reporter's, not the title's
    if (!an.russian && limit < an.text.length() && Character.isUpperCase(an.text.charAt(limit)) && s < limit) {
      boolean allLower = true;
      for (int k = t; k < an.tokens.size() && an.tokens.start(k) < limit; k++) {
        allLower &= Character.isLowerCase(an.text.charAt(an.tokens.start(k)));
      }
      if (allLower) s = limit;
    }
    return s;
  }

  /** The end of a title: before a signing verb, "was", a date, "in the presence of". */
  private static int cut(Analysis an, int from, int to) {
    int end = to;
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.SIGN) || c.is(Cue.SIGN_FUTURE) || c.is(Cue.CONCERNS)) {
        end = Math.min(end, c.start());
        break;
      }
    }
    for (Analysis.Ref r : an.refsIn(from, end)) {
      String before = an.tokenBefore(r.tokenStart());
      if (r.kind() == RefKind.CAPITAL && (before.equals("in") || before.equals("в"))) {
        end = Math.min(end, an.tokens.start(r.tokenStart() - 1));
        break;
      }
    }
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(end);
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      if (TITLE_STOP.contains(w)) {
        end = an.tokens.start(t);
        break;
      }
      if ((w.equals("presence") || w.equals("присутствии")) && t > a) {
        end = an.tokens.start(t - 1);
        if (t - 2 >= a && an.tokens.norm(t - 2).equals("in")) end = an.tokens.start(t - 2);
        break;
      }
      if ((w.equals("during") || w.equals("following") || w.equals("signed") || w.equals("before")
          || w.equals("ahead") || w.equals("перед") || w.equals("накануне")) && t > a) {
        end = an.tokens.start(t);
        break;
      }
    }
    int si = an.sentenceOfOffset(from);
    List<DateFinder.DateMention> inSentence = si >= 0
        ? an.dates(an.sentences.get(si).start(), an.sentences.get(si).end(), false) : an.dates(from, end, false);
    for (DateFinder.DateMention d : inSentence) {
      if (d.start() < from || d.end() > end) continue;
      String before = an.text.substring(Math.max(from, d.start() - 4), d.start()).toLowerCase();
      if (!before.endsWith("of ")) end = Math.min(end, d.start());
      break;
    }
    while (end > from && ",.;:( ".indexOf(an.text.charAt(end - 1)) >= 0) end--;
    for (String tail : new String[] {" on", " in", " at", " в", " on the", " to", " with"}) {
      if (an.text.substring(from, end).toLowerCase().endsWith(tail) && end - tail.length() > from) {
        end -= tail.length();
      }
    }
    return end;
  }

  private static final Map<String, String> RU_SINGULAR = Map.of("протоколы", "протокол",
      "соглашения", "соглашение", "меморандумы", "меморандум", "договоры", "договор",
      "программы", "программа", "планы", "план", "контракты", "контракт", "декларации", "декларация");

  /** "Protocols" -> "Protocol", "Memoranda" -> "Memorandum", "Протоколы" -> "Протокол". */
  static String singular(String head, boolean russian) {
    String first = head.split("\\s+")[0];
    String rest = head.substring(first.length());
    String low = first.toLowerCase();
    String sing = first;
    if (RU_SINGULAR.containsKey(low)) sing = RU_SINGULAR.get(low);
    else if (low.equals("memoranda")) sing = "memorandum";
    else if (low.endsWith("ies")) sing = first.substring(0, first.length() - 3) + "y";
    else if (low.endsWith("s") && !low.endsWith("ss") && low.length() > 3 && !russian) sing = first.substring(0, first.length() - 1);
    if (!sing.equals(first)) {
      sing = Character.isUpperCase(first.charAt(0)) ? Character.toUpperCase(sing.charAt(0)) + sing.substring(1) : sing;
      if (first.equals(first.toUpperCase()) && first.length() > 1) sing = sing.toUpperCase();
    }
    return sing + rest;
  }

  /** "Protocols on cooperation in A and in the field of B" -> the two singular titles. */
  private static List<String> splitPlural(Analysis an, String title, int titleStart, DocTypes.Mention m) {
    int headEnd = m.end() - titleStart;
    String head = singular(title.substring(0, Math.max(0, headEnd)), an.russian);
    String body = title.substring(Math.max(0, headEnd));
    List<String> parts = new ArrayList<>();
    String conjWord = an.russian ? " и " : " and ";
    int pos = 0;
    int lastSplit = 0;
    while (true) {
      int iAnd = body.indexOf(conjWord, pos);
      int iComma = body.indexOf(", ", pos);
      int i;
      String conj;
      if (iComma >= 0 && (iAnd < 0 || iComma < iAnd)) {
        i = iComma;
        conj = body.startsWith(", and ", iComma) ? ", and " : body.startsWith(", и ", iComma) ? ", и " : ", ";
      } else {
        i = iAnd;
        conj = conjWord;
      }
      if (i < 0) break;
      String left = body.substring(lastSplit, i).strip();
      String right = body.substring(i + conj.length()).strip();
      String firstWord = right.split("[\\s,]+")[0].toLowerCase();
      boolean split = PREPOSITIONS.contains(firstWord);
      if (!split) {
        Set<String> ls = an.kb.sectors.sectors(left);
        Set<String> rs = an.kb.sectors.sectors(nextChunk(nextChunk(right, conjWord), ", "));
        split = !ls.isEmpty() && !rs.isEmpty() && java.util.Collections.disjoint(ls, rs);
      }
      if (split) {
        parts.add(left);
        lastSplit = i + conj.length();
      }
      pos = i + conj.length();
    }
    parts.add(body.substring(lastSplit).strip());
    if (parts.size() == 1) return List.of(head + " " + parts.get(0));
    List<String> out = new ArrayList<>();
    String firstPart = parts.get(0);
    for (int k = 0; k < parts.size(); k++) {
      String p = parts.get(k);
      if (k == 0) {
        out.add(head + " " + p);
        continue;
      }
      String fw = p.split("\\s+")[0].toLowerCase();
      String shared = "";
      if (PREPOSITIONS.contains(fw)) {
        // the words of the first part before the same preposition ("on cooperation")
        String lp = " " + firstPart + " ";
        int at = lp.indexOf(" " + fw + " ", 1);
        if (at > 0) shared = lp.substring(0, at).strip();
        if (firstPart.toLowerCase().startsWith(fw + " ")) shared = "";
      } else {
        // "on A and B": the words of the first part up to its first sector phrase
        List<org.coopevents.knowledge.SectorLexicon.Mention> ms =
            an.kb.sectors.findMentions(Tokens.of(firstPart), 0, Integer.MAX_VALUE);
        if (!ms.isEmpty()) shared = firstPart.substring(0, ms.get(0).start()).strip();
      }
      out.add(headFor(head, p) + (shared.isEmpty() ? "" : " " + shared) + " " + p);
    }
    return out;
  }

  /**
   * The head for a later part of a plural title: a multi-word head ("Меморандум о
   * сотрудничестве") loses the words the part repeats itself ("о сотрудничестве в ...").
   */
  static String headFor(String head, String part) {
    String[] hw = head.split("\\s+");
    String lp = part.toLowerCase(java.util.Locale.ROOT) + " ";
    for (int j = 1; j < hw.length; j++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(hw, j, hw.length));
      if (lp.startsWith(tail.toLowerCase(java.util.Locale.ROOT) + " ")) {
        return String.join(" ", java.util.Arrays.copyOfRange(hw, 0, j));
      }
    }
    return head;
  }

  private static String nextChunk(String s, String conj) {
    int i = s.indexOf(conj);
    return i < 0 ? s : s.substring(0, i);
  }

  /** Words that cannot end a title. */
  private static final Set<String> DANGLING = Set.of("to", "on", "of", "for", "in", "the", "a", "an",
      "and", "with", "by", "at", "from", "о", "об", "по", "в", "на", "и", "с", "между");

  private static final Pattern QUOTES = Pattern.compile("^[\"«“]|[\"»”]$");

  /**
   * A type word followed by a quoted phrase in lower case: a quotation about the document
   * ("назвал подписание договора «историческим событием»"), not its title, which opens with a
   * capital («О ...», «Зелёный коридор»).
   */
  private static final Pattern QUOTED_NON_TITLE = Pattern.compile("^\\s*[«\"“]\\s*\\p{Ll}");

  private static Doc makeDoc(Analysis an, DocTypes.Mention m, String title, int start, int end) {
    Doc d = new Doc();
    d.type = m.docType().type();
    String t = QUOTES.matcher(title.strip()).replaceAll("").strip();
    while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
    String surface = an.text.substring(m.start(), m.end());
    if (surface.equalsIgnoreCase("mou") || surface.equalsIgnoreCase("mous")) {
      String can = an.kb.docTypes.canonicalEn(d.type);
      int at = t.indexOf(surface);
      if (at > 0 && at + surface.length() >= t.length() - 1) {
        t = can + " on " + t.substring(0, at).strip();
      } else if (at >= 0) {
        t = t.substring(0, at) + can + t.substring(at + surface.length());
      }
    }
    // "an intergovernmental agreement to that effect" cut before "that": no dangling "to"
    while (t.indexOf(' ') > 0 && DANGLING.contains(t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT))) {
      t = t.substring(0, t.lastIndexOf(' ')).strip();
    }
    if (!t.isEmpty()) t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    org.coopevents.knowledge.TitleTranslator.TitleForms forms = an.kb.translator.forms(t, an.russian);
    d.titleOriginal = forms.original();
    d.titleEn = forms.english();
    d.sectors.addAll(an.kb.sectors.sectors(t));
    Matcher p = PERIOD.matcher(t);
    if (p.find()) {
      int a = Integer.parseInt(p.group(1));
      int b = Integer.parseInt(p.group(2));
      if (b >= a && b - a <= 30) {
        d.periodStart = a;
        d.periodEnd = b;
      }
    } else {
      Matcher o = PERIOD_ONE.matcher(t);
      if (o.find()) {
        d.periodStart = Integer.parseInt(o.group(1));
        d.periodEnd = d.periodStart;
      }
    }
    d.start = start;
    d.end = end;
    return d;
  }

  private static Set<String> titleWords(String t) {
    Set<String> w = new java.util.HashSet<>();
    for (String x : Tokens.norm(t).split("[^\\p{L}\\d]+")) if (x.length() > 2) w.add(x);
    return w;
  }

  private static void addDoc(Signing sg, Doc d) {
    addDoc(sg, d, new ArrayList<>());
  }

  /**
   * Adds a document unless it re-mentions one already read. Documents of {@code sameList} (one
   * enumeration: "a Joint Statement and a Joint Statement on ...") are never re-mentions of each
   * other; {@code d} joins that list.
   */
  private static void addDoc(Signing sg, Doc d, List<Doc> sameList) {
    if (d.titleOriginal.isEmpty()) return;
    // a shorter re-mention of a document already read ("the Treaty on the border"), or the full
    // title of one read bare before: keep the longer
    Set<String> dw = titleWords(d.titleOriginal);
    Set<String> dwEn = d.titleEn == null ? Set.of() : titleWords(d.titleEn);
    for (int k = 0; k < sg.docs.size(); k++) {
      Doc o = sg.docs.get(k);
      if (!o.type.equals(d.type) || sameList.stream().anyMatch(x -> x == o)) continue;
      Set<String> ow = titleWords(o.titleOriginal);
      if (ow.containsAll(dw)) return;
      // a Russian re-mention in another case ("договора о границе") agrees in English
      if (d.titleEn != null && o.titleEn != null && !d.titleEn.equals(d.titleOriginal)
          && titleWords(o.titleEn).containsAll(dwEn)) return;
      if (dw.containsAll(ow) && dw.size() > ow.size()) {
        sg.docs.set(k, d);
        return;
      }
    }
    String key = Tokens.norm(d.titleOriginal).replaceAll("[^\\p{L}\\d]+", " ").strip();
    for (Doc o : sg.docs) {
      if (Tokens.norm(o.titleOriginal).replaceAll("[^\\p{L}\\d]+", " ").strip().equals(key)) return;
    }
    sg.docs.add(d);
    sameList.add(d);
  }

  /** Chooses the two parties: the visit's pair, else the states of the signing, else the article's. */
  static void settleParties(Analysis an, Signing sg, List<String[]> visitPairs) {
    String visitA = null;
    String visitB = null;
    for (String[] p : visitPairs) {
      if (sg.partiesInText.contains(p[0]) && sg.partiesInText.contains(p[1])) {
        visitA = p[0];
        visitB = p[1];
        break;
      }
    }
    if (visitA == null) {
      for (String[] p : visitPairs) {
        if (sg.partiesInText.contains(p[0]) || sg.partiesInText.contains(p[1])) {
          visitA = p[0];
          visitB = p[1];
          break;
        }
      }
    }
    if (visitA == null && !visitPairs.isEmpty() && sg.partiesInText.size() < 2) {
      visitA = visitPairs.get(0)[0];
      visitB = visitPairs.get(0)[1];
    }
    if (visitA != null) {
      sg.a = visitA;
      sg.b = visitB;
      return;
    }
    Map<String, Integer> w = an.weights();
    List<String> inText = new ArrayList<>(sg.partiesInText);
    inText.sort((x, y) -> Integer.compare(w.getOrDefault(y, 0), w.getOrDefault(x, 0)));
    List<String> pick = new ArrayList<>();
    for (String s : inText) if (pick.size() < 2 && !pick.contains(s)) pick.add(s);
    List<Map.Entry<String, Integer>> all = new ArrayList<>(w.entrySet());
    all.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    for (Map.Entry<String, Integer> e : all) if (pick.size() < 2 && !pick.contains(e.getKey())) pick.add(e.getKey());
    if (pick.size() == 2) {
      sg.a = pick.get(0);
      sg.b = pick.get(1);
    }
  }

  static Map<String, Object> debug(Signing sg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", sg.statedCount);
    m.put("date", sg.date);
    m.put("docs", sg.docs.size());
    return m;
  }
}
