package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.SigningFinder.Doc;
import org.coopevents.extract.SigningFinder.Signing;
import org.coopevents.knowledge.DocNumber;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Tokens;

/**
 * Reads the documents of a signing in every layout reports use: named in the signing sentence
 * and joined by commas, semicolons, "and"; after a colon; one per line with bullets, dashes or
 * numbers (also after an "Among them:" line); in a sentence that opens with "include", "among
 * them", "в том числе"; a shared head ("memoranda on trade, transit and IT" is three, "протоколы
 * о A и B" two); items told by ordinals after a counted head ("two joint statements: the first on
 * A, the second on B"); "another memorandum ..." after the list. A count ("11 memoranda", "ряд
 * соглашений") or a bare plural type word is no document.
 */
final class DocumentListReader {
  private DocumentListReader() {}

  static final Set<String> PREPOSITIONS = Set.of("in", "on", "of", "for", "about", "to",
      "regarding", "concerning", "в", "во", "о", "об", "по", "на", "к", "для", "между", "between");
  private static final Pattern PRICE = Pattern.compile(
      "(?iu)[$€£¥]|\\bworth\\b|\\bvalued\\b|стоимостью|на сумму|\\b(?:million|billion|bn|млн|млрд)\\b");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪►]|\\d{1,2}[.)]|[a-zа-я][)])\\s*");
  /** Words that tell the items of a counted head apart: "the first on ..., the second on ...". */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "other",
      "one", "another", "latter", "former", "одно", "другое", "первое", "второе", "третье", "одна",
      "другая", "первая", "вторая", "один", "другой", "первый", "второй", "третий");
  /** Reads the list of documents that follows sentence si; returns the last sentence used or -1. */
  static int readList(Analysis an, Signing sg, int si, Set<Integer> consumed, boolean announced) {
    int line = an.sentences.get(si).line();
    int last = -1;
    int k = si + 1;
    // skip the rest of the signing line
    while (k < an.sentences.size() && an.sentences.get(k).line() == line) k++;
    int items = 0;
    // "Among them:", "В их числе:": a short line that announces the list
    if (k < an.sentences.size() && !an.furniture[k]) {
      Sentences.Span intro = an.sentences.get(k);
      String introLine = an.text.substring(intro.lineStart(), intro.lineEnd()).strip();
      int words = an.tokens.firstAtOrAfter(intro.lineEnd()) - an.tokens.firstAtOrAfter(intro.lineStart());
      if (introLine.endsWith(":") && words <= 6 && an.hasCue(intro.lineStart(), intro.lineEnd(), Cue.INCLUDE)) {
        announced = true;
        while (k < an.sentences.size() && an.sentences.get(k).line() == intro.line()) k++;
      }
    }
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
          && !verbalSign(an, itemStart, le) && !an.hasCue(itemStart, le, Cue.CONCERNS);
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

  /** A signing verb in [from, to) (not a noun such as "exchange" in "Protocol on the exchange of ..."). */
  private static boolean verbalSign(Analysis an, int from, int to) {
    for (CueHit c : an.cuesIn(from, to)) if (c.is(Cue.SIGN) && !c.is(Cue.SIGN_NOUN)) return true;
    return false;
  }

  static boolean another(Analysis an, Signing sg, int from, int to) {
    boolean another = false;
    for (CueHit c : an.cuesIn(from, to)) if (c.is(Cue.ANOTHER)) another = true;
    List<DocTypes.Mention> ds = an.docTypesIn(from, to);
    if (!another || ds.isEmpty()) return false;
    DocTypes.Mention d = ds.get(0);
    String head = an.text.substring(d.start(), d.end());
    int titleEnd = TitleCutter.cut(an, d.end(), to);
    String rest = an.text.substring(d.end(), titleEnd).strip();
    for (CueHit c : an.cuesIn(d.end(), to)) {
      if (c.is(Cue.CONCERNS) && c.tokenStart() <= d.tokenEnd() + 1) {
        titleEnd = TitleCutter.cut(an, c.end(), to);
        rest = (an.russian ? "о " : "on ") + an.text.substring(c.end(), titleEnd).strip();
        break;
      }
    }
    Doc doc = TitleCutter.makeDoc(an, d, DocNumber.singular(head, an.russian) + (rest.isEmpty() ? "" : " " + rest), d.start(), titleEnd);
    sg.add(doc);
    return true;
  }

  /** Documents named in text[from, to): segments split at , ; and и; each opens with a type. */
  static void addDocs(Analysis an, Signing sg, int from, int to, boolean listContext) {
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
        docs.add(new int[] {start, seg[1], idx});
        objectCue = true;
        open = !closes(an, first.end(), seg[1]);
      } else if (!docs.isEmpty() && open) {
        // a title does not run on past a semicolon: "...; and cooperation on X"
        if (closes(an, seg[0], seg[1]) || afterSemicolon(an, seg[0])) {
          open = false;
        } else {
          docs.get(docs.size() - 1)[1] = seg[1];
        }
      }
    }
    List<Doc> sameList = new ArrayList<>();
    for (int[] d : docs) {
      DocTypes.Mention m = ds.get(d[2]);
      int start = TitleCutter.start(an, d[0], m);
      int end = TitleCutter.cut(an, m.end(), d[1]);
      boolean plural = plural(an, m);
      if (end <= m.end() && plural) continue; // "agreements" with no subject: a count
      // "contracts for new projects worth $25bn", "соглашения на $15 млрд": a sum, not titles
      if (plural && PRICE.matcher(an.text.substring(m.end(), to)).find()) continue;
      String title = an.text.substring(start, end).strip();
      if (TitleCutter.quotedNonTitle(an.text.substring(m.end(), Math.max(m.end(), end)))) continue;
      if (plural) {
        for (String part : splitPlural(an, title, start, m)) sg.add(TitleCutter.makeDoc(an, m, part, start, end), sameList);
      } else {
        sg.add(TitleCutter.makeDoc(an, m, title, start, end), sameList);
      }
    }
  }

  private static boolean afterSemicolon(Analysis an, int segStart) {
    int i = segStart - 1;
    while (i >= 0 && an.text.charAt(i) == ' ') i--;
    // "; and ...", "; и ...": the conjunction after the semicolon
    for (String conj : new String[] {"and", "и", "as well as", "а также"}) {
      if (i + 1 >= conj.length() && an.text.regionMatches(true, i + 1 - conj.length(), conj, 0, conj.length())) {
        int j = i - conj.length();
        while (j >= 0 && an.text.charAt(j) == ' ') j--;
        if (j >= 0 && an.text.charAt(j) == ';') return true;
      }
    }
    return i >= 0 && an.text.charAt(i) == ';';
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
      if (TitleCutter.TITLE_STOP.contains(w)) return true;
      if (t == a && !an.russian && w.endsWith("ing") && w.length() > 5 && b - a >= 3
          && an.kb.sectors.sectors(an.tokens, a, a + 1).isEmpty()) {
        return true;
      }
      if (t == a && an.russian && (w.endsWith("ив") || w.endsWith("ав") || w.endsWith("вшись")) && w.length() > 4) return true;
      // "…, укрепляя партнерство": a gerund (or a new feminine subject) after a comma
      if (t == a && an.russian && (w.endsWith("яя") || w.endsWith("ая") || w.endsWith("уя")) && w.length() > 5
          && Character.isLowerCase(an.text.charAt(an.tokens.start(t)))) {
        return true;
      }
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
    return SigningClause.NUMBER_WORDS.containsKey(w) || w.equals("several") || w.equals("other") || w.equals("some")
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
  /** "Protocols on cooperation in A and in the field of B" -> the two singular titles. */
  private static List<String> splitPlural(Analysis an, String title, int titleStart, DocTypes.Mention m) {
    int headEnd = m.end() - titleStart;
    String head = DocNumber.singular(title.substring(0, Math.max(0, headEnd)), an.russian);
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
      // "agreements on twinning A with B and the C with D": a new object with its own names
      if (!split && !an.russian && (firstWord.equals("the") || firstWord.equals("a")) && hasCapital(left)
          && hasCapital(right.substring(firstWord.length()))) {
        split = true;
      }
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
      if (fw.equals("the") || fw.equals("a")) {
        // the words of the first part before its first name ("on twinning")
        String[] ws = firstPart.split("\\s+");
        int n = 0;
        while (n < ws.length && !ws[n].isEmpty() && !Character.isUpperCase(ws[n].charAt(0))) n++;
        shared = String.join(" ", java.util.Arrays.copyOfRange(ws, 0, n));
      } else if (PREPOSITIONS.contains(fw)) {
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

  private static boolean hasCapital(String s) {
    for (String w : s.strip().split("\\s+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) return true;
    return false;
  }

  private static String nextChunk(String s, String conj) {
    int i = s.indexOf(conj);
    return i < 0 ? s : s.substring(0, i);
  }

  /**
   * "signed two joint statements: the first on A, the second on B", "подписали два совместных
   * заявления: «Об A» и «О B»", "два заявления: одно касается A, другое — B": items with no type
   * word of their own after a counted head and a colon. Each item is the head (singular) and
   * the item's subject. Returns whether any was read.
   */
  static boolean ordinalItems(Analysis an, Signing sg, int from, int to) {
    int colon = an.text.indexOf(':', from);
    if (colon < 0 || colon >= to - 1) return false;
    // the head: the last document word before the colon, plural or counted
    DocTypes.Mention head = null;
    for (DocTypes.Mention d : an.docTypesIn(from, colon)) head = d;
    String headText;
    String type;
    if (head != null) {
      if (!plural(an, head) && !counted(an, head)) return false;
      headText = an.text.substring(TitleCutter.start(an, from, head), head.end());
      type = head.docType().type();
    } else {
      // "два заявления", "two statements": a counted statement word is a declaration
      CueHit docs = null;
      for (CueHit c : an.cuesIn(from, colon)) if (c.is(Cue.DOCUMENTS)) docs = c;
      if (docs == null) return false;
      String w = an.tokens.norm(docs.tokenStart());
      if (!w.startsWith("заявлени") && !w.startsWith("statement")) return false;
      if (docs.tokenStart() == 0 || SigningClause.count(an, an.tokens.start(docs.tokenStart() - 1), docs.end()) == null) return false;
      headText = an.text.substring(docs.start(), docs.end());
      type = "DECLARATION";
    }
    if (!an.docTypesIn(colon, to).isEmpty()) return false;
    // items: split at , ; " and " " и " (outside quotes) where the next item opens with an
    // ordinal word or a quote
    List<int[]> items = new ArrayList<>();
    int start = colon + 1;
    boolean inQuote = false;
    for (int i = colon + 1; i < to; i++) {
      char c = an.text.charAt(i);
      if (c == '"') inQuote = !inQuote;
      if (c == '«' || c == '“') inQuote = true;
      if (c == '»' || c == '”') inQuote = false;
      if (inQuote) continue;
      int cut = 0;
      if (c == ',' || c == ';') cut = 1;
      else if (an.text.startsWith(" и ", i)) cut = 3;
      else if (an.text.startsWith(" and ", i)) cut = 5;
      if (cut == 0) continue;
      int next = i + cut;
      while (next < to && an.text.charAt(next) == ' ') next++;
      if (next >= to) break;
      if (!opensItem(an, next)) continue;
      items.add(new int[] {start, i});
      start = next;
      i = next - 1;
    }
    items.add(new int[] {start, to});
    if (items.size() < 2 || !opensItem(an, items.get(0)[0] + leadingSpace(an, items.get(0)[0]))) return false;
    String singularHead = DocNumber.singular(headText, an.russian);
    DocTypes.Mention typeOf = head;
    int before = sg.docs.size();
    List<Doc> sameList = new ArrayList<>();
    for (int[] it : items) {
      int s = it[0];
      int t = an.tokens.firstAtOrAfter(s);
      // skip the ordinal words, dashes and "concerns"
      while (t < an.tokens.size() && an.tokens.start(t) < it[1]) {
        String w = an.tokens.norm(t);
        boolean skip = ORDINALS.contains(w) || w.equals("the") || w.equals("is") || w.equals("was");
        for (CueHit c : an.cuesIn(an.tokens.start(t), an.tokens.end(t))) skip |= c.is(Cue.CONCERNS);
        if (!skip) break;
        t++;
      }
      if (t >= an.tokens.size() || an.tokens.start(t) >= it[1]) continue;
      int textStart = an.tokens.start(t);
      if (textStart > 0 && "«\"“".indexOf(an.text.charAt(textStart - 1)) >= 0) textStart--;
      int end = TitleCutter.cut(an, an.tokens.start(t), it[1]);
      String body = TitleCutter.stripQuotes(an.text.substring(textStart, Math.max(textStart, end)));
      if (body.isEmpty()) continue;
      body = lowerFirst(body);
      Doc d = typeOf != null ? TitleCutter.makeDoc(an, typeOf, singularHead + " " + body, textStart, end)
          : TitleCutter.makeDoc(an, declaration(an, type), singularHead + " " + body, textStart, end);
      sg.add(d, sameList);
    }
    return sg.docs.size() > before;
  }

  private static int leadingSpace(Analysis an, int i) {
    int n = 0;
    while (i + n < an.text.length() && an.text.charAt(i + n) == ' ') n++;
    return n;
  }

  private static boolean opensItem(Analysis an, int at) {
    if (at >= an.text.length()) return false;
    char c = an.text.charAt(at);
    if (c == '"' || c == '«' || c == '“') return true;
    int t = an.tokens.firstAtOrAfter(at);
    if (t >= an.tokens.size()) return false;
    String w = an.tokens.norm(t);
    if (w.equals("the") && t + 1 < an.tokens.size()) w = an.tokens.norm(t + 1);
    return ORDINALS.contains(w);
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0))
        && (Character.isLowerCase(s.charAt(1)) || s.charAt(1) == ' ')) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  /** A declaration type mention standing for a statement word that doc_types does not list. */
  private static DocTypes.Mention declaration(Analysis an, String type) {
    for (DocTypes.Mention m : an.kb.docTypes.findMentions(an.russian ? "совместное заявление" : "joint statement")) {
      if (m.docType().type().equals(type)) return new DocTypes.Mention(0, 0, 0, 0, m.docType());
    }
    return null;
  }
}
