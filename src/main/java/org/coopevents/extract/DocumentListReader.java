package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.SigningFinder.Doc;
import org.coopevents.extract.SigningFinder.Signing;
import org.coopevents.knowledge.DocNumber;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.PhraseMatcher;

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
  private static final Set<String> DEMONSTRATIVES = Set.of("such", "this", "that", "these", "those",
      "этот", "эта", "это", "эти", "этого", "этой", "этим", "такой", "такое", "такая", "такие", "данный", "данное", "данная");
  private static final Pattern PRICE = Pattern.compile(
      "(?iu)[$€£¥]|\\bworth\\b|\\bvalued\\b|стоимостью|на сумму|\\b(?:million|billion|bn|млн|млрд)\\b");

  /** The first sentence after sentence {@code k} on another line: see {@link DocumentLines#nextLine}. */
  static int nextLine(Analysis an, int k) {
    return DocumentLines.nextLine(an, k);
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
    to = contentsStart(an, from, to);
    List<DocTypes.Mention> ds = an.docTypesIn(from, to);
    if (ds.isEmpty()) return;
    // segment boundaries
    List<int[]> segs = segments(an, from, to);
    List<int[]> docs = new ArrayList<>(); // [titleStart, titleEnd, docMentionIndex]
    boolean objectCue = listContext;
    boolean open = false;
    for (int segIndex = 0; segIndex < segs.size(); segIndex++) {
      int[] seg = segs.get(segIndex);
      DocTypes.Mention first = null;
      int idx = -1;
      for (int i = 0; i < ds.size(); i++) {
        DocTypes.Mention d = ds.get(i);
        if (d.start() >= seg[0] && d.start() < seg[1] && (!counted(an, d) || topicAfter(an, d)) && !visitProgramme(an, d)) {
          first = d;
          idx = i;
          break;
        }
      }
      int cueEnd = -1;
      // a document named by its own signing verb ("exchanged notes on ...", "обменялись нотами
      // о ..."): the verb opens it, whatever stands before
      boolean ownVerb = false;
      if (first != null) {
        for (CueHit c : an.cuesIn(seg[0], first.start())) {
          // "Cultural Exchange Programme": a signing noun right before the type word names it
          // (Russian puts the noun of signing before its genitive: "подписания Программы")
          boolean attributive = !an.russian && c.is(Cue.SIGN_NOUN) && c.tokenEnd() == first.tokenStart()
              && c.tokenEnd() - c.tokenStart() == 1 && !an.tokens.norm(c.tokenStart()).endsWith("ing")
              && an.text.substring(c.end(), first.start()).equals(" ");
          if ((c.is(Cue.SIGN) || c.is(Cue.PACKAGE) || c.is(Cue.DOCUMENTS) || c.is(Cue.INCLUDE))
              && c.end() <= first.start() && !attributive) {
            cueEnd = c.end();
          }
        }
        for (CueHit c : an.cuesIn(first.start(), first.end())) {
          if (c.is(Cue.SIGN) && !c.is(Cue.SIGN_NOUN) && c.start() == first.start()) ownVerb = true;
        }
        // "renewed their memoranda on ...": a renewal verb opens its documents as "signed" does
        for (int t = an.tokens.firstAtOrAfter(seg[0]); t < first.tokenStart(); t++) {
          if (SigningClause.renewalWord(an, t) && first.tokenStart() - t <= 4) cueEnd = Math.max(cueEnd, an.tokens.end(t));
        }
      }
      boolean cueBefore = objectCue || cueEnd >= 0;
      boolean opens = ownVerb;
      if (first != null && !opens) {
        int ft = an.tokens.firstAtOrAfter(Math.max(seg[0], cueEnd));
        boolean prep = false;
        for (int t = ft; t < first.tokenStart(); t++) prep |= PREPOSITIONS.contains(an.tokens.norm(t));
        opens = first.tokenStart() - ft <= 3 && !prep || cueBefore && first.tokenStart() - ft <= 3;
        // "протоколы о внесении изменений в Соглашение о A и в Соглашение о B": a Russian type
        // word governed by a preposition is the object of the title before, no new document
        if (an.russian && !docs.isEmpty() && open && governed(an, first.tokenStart())) opens = false;
        if (!opens && cueEnd >= 0) opens = true;
        // "Главным итогом стал Договор о ..., подписанный вчера": the next segment opens with
        // the signing participle
        if (!opens && !prep && segIndex + 1 < segs.size()) {
          int[] next = segs.get(segIndex + 1);
          int nt = an.tokens.firstAtOrAfter(next[0]);
          for (CueHit c : an.cuesIn(next[0], next[1])) if (c.is(Cue.SIGN) && c.tokenStart() == nt) opens = true;
        }
        // "officials said that a memorandum on A and a memorandum on B were concluded": an
        // article opens the document, and the signing verb follows the list
        // ("A strategic economic agreement between ... was signed": the article stands before the
        // pre-modifiers)
        int titleTok = an.tokens.firstAtOrAfter(TitleCutter.start(an, seg[0], first));
        if (!opens && titleTok > 0 && !prep) {
          String art = an.tokens.norm(titleTok - 1);
          boolean signAfter = false;
          for (CueHit c : an.cuesIn(first.end(), to)) signAfter |= c.is(Cue.SIGN);
          opens = signAfter && (art.equals("a") || art.equals("an") || art.equals("the"));
        }
      }
      if (opens) {
        int start = ownVerb ? first.start() : cueEnd >= 0 ? cueEnd : seg[0];
        docs.add(new int[] {start, seg[1], idx});
        objectCue = true;
        CueHit concern = concernAfter(an, first);
        open = !closes(an, concern != null && concern.end() <= seg[1] ? concern.end() : first.end(), seg[1]);
      } else if (!docs.isEmpty() && open) {
        int[] last = docs.get(docs.size() - 1);
        // "три соглашения — о туризме, о транзите ...": the topics after a dash that follows the
        // type word itself
        String afterType = an.text.substring(ds.get(last[2]).end(), seg[0]).strip();
        boolean prepNext = PREPOSITIONS.contains(an.tokens.norm(an.tokens.firstAtOrAfter(seg[0])));
        // "соглашения: о A; о B; о C": the later topics of such a list after semicolons too
        boolean topicsAfterDash = prepNext && (afterType.matches("[—–:-]")
            || afterType.matches("[—–:][^—–:]*") && afterSemicolon(an, seg[0]));
        // "Agreements on air services; and on maritime transport": a plural head's next topic
        // after a semicolon, opened by its preposition (SharedHead parts it as after a comma)
        topicsAfterDash |= prepNext && plural(an, ds.get(last[2])) && afterSemicolon(an, seg[0])
            && !afterType.contains(".") && an.docTypesIn(seg[0], seg[1]).isEmpty();
        boolean closing = closes(an, seg[0], seg[1]);
        int segTok = an.tokens.firstAtOrAfter(seg[0]);
        // "An MoU, between A and B, on C was signed": the topic after the signatories set off by
        // commas goes on with the title up to the verb
        if (closing && partiesBetweenCommas(an, ds.get(last[2]), seg[0]) && segTok + 1 < an.tokens.size()
            && PASSIVE_TOPIC.contains(an.tokens.norm(segTok)) && !NOT_TOPIC.contains(an.tokens.norm(segTok + 1))) {
          int cutAt = TitleCutter.cut(an, seg[0], seg[1]);
          if (cutAt > an.tokens.end(segTok)) last[1] = cutAt;
          open = false;
          continue;
        }
        // "Agreement between the government of A and the government of B was signed by ...": the
        // second party of "between" belongs to the title, up to where the sentence goes on
        if (!topicsAfterDash && !afterSemicolon(an, seg[0]) && openBetween(an, ds.get(last[2]).end(), seg[0])) {
          int cutAt = closing ? TitleCutter.cut(an, seg[0], seg[1]) : seg[1];
          // "a strategic economic agreement between the US and Saudi Arabia was signed": two
          // states that close a title told in lower case are its parties, no part of it (an
          // official name keeps them: "the Treaty on the State Border between A and B"; and so
          // does a title they are all of: "the agreement between India and Mauritius")
          DocTypes.Mention lm = ds.get(last[2]);
          int untied = partiesTail(an, lm.start(), cutAt);
          boolean named = Character.isLowerCase(an.text.charAt(lm.start()))
              && (untied > lm.end() || TitleCutter.start(an, last[0], lm) < lm.start());
          if (cutAt > seg[0]) last[1] = named ? untied : cutAt;
          open = !closing;
          continue;
        }
        // "the MoU on health and medicine was signed": the last word of a topic joined by "and"
        // ends before the verb
        if (!topicsAfterDash && closing && lastTopicBeforeVerb(an, ds.get(last[2]), seg)) {
          last[1] = TitleCutter.cut(an, seg[0], seg[1]);
          open = false;
          continue;
        }
        // "memoranda on A, on B and on C were exchanged": the last topic of a plural head ends
        // before the verb
        if (!topicsAfterDash && closing && plural(an, ds.get(last[2])) && !afterSemicolon(an, seg[0])
            && segTok < an.tokens.size() && PREPOSITIONS.contains(an.tokens.norm(segTok))) {
          int cutAt = TitleCutter.cut(an, seg[0], seg[1]);
          if (cutAt > an.tokens.end(segTok)) last[1] = cutAt;
          open = false;
        } else if (!topicsAfterDash && (closing || afterSemicolon(an, seg[0]))) {
          // a title does not run on past a semicolon: "...; and cooperation on X"
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
      // "Memoranda of understanding were signed between A and B; between C and D; and between E
      // and F": one document per pair of parties
      PartyPairs.Split pairs = plural(an, m) && !counted(an, m) ? PartyPairs.read(an, m) : null;
      if (pairs != null) {
        String head = (DocNumber.singular(an.text.substring(start, m.end()), an.russian)
            + an.text.substring(m.end(), Math.max(m.end(), pairs.headEnd()))).strip();
        for (int[] p : pairs.pairs()) {
          sg.add(TitleCutter.makeDoc(an, m, head + " " + an.text.substring(p[0], p[1]).strip(), start, p[1]), sameList);
        }
        continue;
      }
      // "several MoUs covering A, B and C", "The MoUs cover ...": the topics after the verb
      CueHit concern = concernAfter(an, m);
      // the verb within the document's own words ("Other documents, mostly MoUs, cover ..." is
      // no title of the MoUs)
      if (concern != null && concern.end() > d[1]) concern = null;
      int end = TitleCutter.cut(an, concern != null ? concern.end() : m.end(), d[1]);
      int topicFrom = concern != null ? concern.end() : -1;
      // "соглашения — о ...": no dash between the type word and its topics
      int k = m.end();
      while (concern == null && k < end && an.text.charAt(k) == ' ') k++;
      if (concern == null && k < end && (an.text.charAt(k) == '—' || an.text.charAt(k) == '–')) topicFrom = k + 1;
      if (concern == null && k == m.end() && k < end && an.text.charAt(k) == ':' && topicsAfterColon(an, k)) topicFrom = k + 1;
      boolean plural = plural(an, m);
      // "An MoU was signed on mental health between ...", "agreements were signed on A and B":
      // the topic after the passive verb
      // (a plural's topics run on through the list: "on A, B and C")
      int[] split = concern == null && topicFrom < 0 ? passiveTopic(an, m, plural ? to : d[1]) : null;
      if (split != null) end = split[1];
      // "MoUs on agriculture, health and digital payments between India and Brunei": the parties
      // after a list of topics are no topic
      if (plural && split == null) end = partiesTail(an, m.end(), end);
      if (end <= m.end() && plural) continue; // "agreements" with no subject: a count
      // "The MoUs, seven new and three renewed, were signed": an apposition after the plural, no title
      // ("three MoUs, on agriculture, archaeology and competition law": topics set off by a comma
      // open with their preposition, and are read as with none)
      boolean commaTopics = plural && concern == null && topicFrom < 0 && an.text.startsWith(", ", m.end())
          && m.tokenEnd() < an.tokens.size() && PREPOSITIONS.contains(an.tokens.norm(m.tokenEnd()));
      if (plural && concern == null && topicFrom < 0 && !commaTopics && an.text.substring(m.end(), end).startsWith(",")) continue;
      // "Agreements/MoUs Exchanged": a heading of type words, no title
      if (plural && onlyTypeWords(an, m.end(), end)) continue;
      // "the first such pact", "этот договор": a re-mention of a document told before
      if (m.tokenStart() > 0 && DEMONSTRATIVES.contains(an.tokens.norm(m.tokenStart() - 1))) continue;
      // "contracts for new projects worth $25bn", "соглашения на $15 млрд": a sum, not titles
      if (plural && PRICE.matcher(an.text.substring(m.end(), to)).find()) continue;
      // "agreements and MoUs to enhance cooperation in diverse fields including trade, railways
      // and education": fields given as examples name no documents
      if (plural && EXAMPLE_FIELDS.matcher(an.text.substring(m.end(), Math.max(m.end(), end))).find()) continue;
      String joiner = concern == null ? " " : an.russian ? " о " : " on ";
      String title = topicFrom < 0 ? an.text.substring(start, end).strip()
          : an.text.substring(start, m.end()).strip() + joiner + an.text.substring(topicFrom, end).strip();
      if (split != null) {
        title = an.text.substring(start, m.end()).strip() + " " + an.text.substring(split[0], split[1]).strip();
      }
      if (commaTopics && split == null) title = an.text.substring(start, m.end()).strip() + " " + an.text.substring(m.end() + 2, end).strip();
      // "an MoU to strengthen maritime security": the MoU on maritime security
      String topic = split != null ? TitleTopic.rewrite(an, m, start, split[0], end) : TitleTopic.rewrite(an, m, start, end);
      if (topic != null) title = topic;
      if (TitleCutter.quotedNonTitle(an.text.substring(m.end(), Math.max(m.end(), end)))) continue;
      if (plural && counted(an, m)) {
        // "three MoUs in the areas of tourism, transport and training": one each when the topics
        // are as many as the count says (a vaguer count, "several", takes any number of them)
        // "five memoranda and agreements on A, B, ...": which item is which is not told; the
        // first-named type, the one reports put first as the commoner, heads them all
        DocTypes.Mention head = m;
        String headed = title;
        int headStart = start;
        DocTypes.Mention before = coordinatedBefore(an, m);
        if (before != null && plural(an, before) && topicFrom < 0 && start == m.start()) {
          head = before;
          headed = an.text.substring(before.start(), before.end()) + an.text.substring(m.end(), end);
          headStart = before.start();
        }
        List<String> parts = SharedHead.split(an, headed, headStart, head);
        int n = countOf(an, m);
        if (parts.size() < 2 || n > 0 && parts.size() != n) continue;
        for (String part : parts) sg.add(TitleCutter.makeDoc(an, head, part, start, end), sameList);
      } else if (plural) {
        for (String part : SharedHead.split(an, title, start, m)) sg.add(TitleCutter.makeDoc(an, m, part, start, end), sameList);
      } else {
        sg.add(TitleCutter.makeDoc(an, m, title, start, end), sameList);
        anotherOfType(an, sg, m, end, to, sameList);
      }
    }
  }

  /**
   * The words text[from, andAt) of a title end with "between" and its first party, the next
   * segment being joined by "and": "... between the Ministry of Health of A" + " and ...". The
   * party is short (a few words, none a type word nor a verb) so that "and" joins the second.
   */
  private static boolean openBetween(Analysis an, int from, int andAt) {
    // English only: a Russian title with "между A и B" keeps the reading it had (its translation
    // renders the parties itself)
    if (an.russian || !an.text.startsWith(" and ", andAt - 5)) return false;
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(andAt - 5);
    for (int t = b - 1; t >= a && b - t <= BETWEEN_PARTY; t--) {
      String w = an.tokens.norm(t);
      // "between the Ministry of Electronics and IT and ...": an "and" within the first party's
      // name (capitalised words either side, no state) is no join of the parties
      if (w.equals("and") && !(t + 1 < b && withinName(an, t + 1)
          && an.refsIn(an.tokens.start(t + 1), an.tokens.end(t + 1)).isEmpty())) {
        return false;
      }
      if (w.equals("between")) return t + 1 < b && an.cuesIn(an.tokens.start(t), andAt).stream()
          .noneMatch(c -> c.is(Cue.SIGN) && !c.is(Cue.SIGN_NOUN));
    }
    return false;
  }

  /** The most words of the first party of "between": "the Ministry of Industry and Information Technology of China". */
  private static final int BETWEEN_PARTY = 12;

  /**
   * Segment {@code seg} joined by "and" to a title whose topic is open ("MoU on health" + "and
   * medicine was signed") holds the topic's last words before the verb: words that name no
   * document and no state.
   */
  private static boolean lastTopicBeforeVerb(Analysis an, DocTypes.Mention m, int[] seg) {
    if (seg[0] < 5 || !an.text.startsWith(" and ", seg[0] - 5)) return false;
    int ft = an.tokens.firstAtOrAfter(m.end());
    if (ft >= an.tokens.size() || !PASSIVE_TOPIC.contains(an.tokens.norm(ft))) return false;
    if (an.text.substring(m.end(), seg[0]).contains(",")) return false;
    int cutAt = TitleCutter.cut(an, seg[0], seg[1]);
    int segTok = an.tokens.firstAtOrAfter(seg[0]);
    if (cutAt <= an.tokens.start(segTok) || cutAt >= seg[1]) return false;
    return an.docTypesIn(seg[0], cutAt).isEmpty() && an.refsIn(seg[0], cutAt).isEmpty()
        && !closes(an, seg[0], cutAt);
  }

  /**
   * The text from type word {@code m} to {@code segStart} is ", between ..." closed by a comma: the
   * signatories of a document set off by commas ("An MoU, between A and B, on ...").
   */
  private static boolean partiesBetweenCommas(Analysis an, DocTypes.Mention m, int segStart) {
    String gap = an.text.substring(m.end(), segStart);
    return gap.startsWith(", between ") && gap.stripTrailing().endsWith(",") && gap.indexOf(',', 1) == gap.stripTrailing().length() - 1;
  }

  /** Words that may stand between "another" and its topic: "another was exchanged on ...". */
  private static final Set<String> ANOTHER_SKIP = Set.of("was", "were", "is", "one", "also", "signed",
      "exchanged", "inked", "concluded", "agreed");

  /**
   * Token {@code t} ("another") follows "and", "while" or a comma: it opens a further document, as
   * in "a MoU in the diplomatic field and another in the field of political consultations".
   */
  static boolean anotherJoin(Analysis an, int t) {
    if (t == 0) return false;
    String prev = an.tokens.norm(t - 1);
    int s = an.tokens.start(t);
    return prev.equals("and") || prev.equals("while") || s >= 2 && an.text.charAt(s - 2) == ',';
  }

  /**
   * "An MoU was signed on mining, while another was exchanged on cooperation between the foreign
   * ministries", "a MoU in the diplomatic field and another in the field of ...": "another"
   * without a type word of its own is one more document of the type just named, on the topic that
   * follows it. Reads the first such "another" after the title that ends at {@code from}.
   */
  private static void anotherOfType(Analysis an, Signing sg, DocTypes.Mention m, int from, int to, List<Doc> sameList) {
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(to);
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      boolean another = t - a <= 4 && w.equals("another") && anotherJoin(an, t);
      // "The second MoU, on A, was exchanged between X and Y, while the third, on B, was ...":
      // an ordinal after "the" opens one more document of the type just named
      boolean ordinal = t > a && an.tokens.norm(t - 1).equals("the") && OrdinalItems.ordinal(w) && anotherJoin(an, t - 1);
      // "a memorandum on mental health and one that deals with the safety of medical products"
      boolean one = t - a <= 4 && w.equals("one") && anotherJoin(an, t);
      if (one && oneThat(an, sg, m, t, to, sameList)) return;
      if (!another && !ordinal && !one) continue;
      anotherAt(an, sg, m, t, to, sameList);
      if (another || one) return;
    }
  }

  /**
   * "The first MoU was for cooperation in hydrography. Another was on health.": a sentence that
   * opens with "another" and names no type is one more document of the type named last before it
   * ({@code last}). Returns whether it read one.
   */
  static boolean anotherSentence(Analysis an, Signing sg, DocTypes.Mention last, int from, int to) {
    int t = an.tokens.firstAtOrAfter(from);
    if (last == null || t >= an.tokens.size() || !an.tokens.norm(t).equals("another")) return false;
    if (!an.docTypesIn(from, to).isEmpty()) return false;
    int before = sg.docs.size();
    anotherAt(an, sg, last, t, to, new ArrayList<>());
    return sg.docs.size() > before;
  }

  /**
   * "one that deals with ...", "one which covers ...": the document that "one" at token {@code t}
   * names by a verb of content, of the type of {@code m}. Returns whether it read one.
   */
  private static boolean oneThat(Analysis an, Signing sg, DocTypes.Mention m, int t, int to, List<Doc> sameList) {
    int u = t + 1;
    if (u < an.tokens.size() && (an.tokens.norm(u).equals("that") || an.tokens.norm(u).equals("which"))) u++;
    if (u >= an.tokens.size() || an.tokens.start(u) >= to) return false;
    for (CueHit c : an.cuesIn(an.tokens.start(u), to)) {
      if (!c.is(Cue.CONCERNS) || c.tokenStart() != u) break;
      int end = TitleCutter.cut(an, c.end(), to);
      if (end <= c.end()) return false;
      String head = DocNumber.singular(an.text.substring(m.start(), m.end()), an.russian);
      String title = head + (an.russian ? " о " : " on ") + an.text.substring(c.end(), end).strip();
      sg.add(TitleCutter.makeDoc(an, m, title, an.tokens.start(t), end), sameList);
      return true;
    }
    return false;
  }

  /** Reads the document that "another" at token {@code t} names, of the type of {@code m}. */
  private static void anotherAt(Analysis an, Signing sg, DocTypes.Mention m, int t, int to, List<Doc> sameList) {
    int b = an.tokens.firstAtOrAfter(to);
    int u = t + 1;
    while (u < b && u - t <= 4 && ANOTHER_SKIP.contains(an.tokens.norm(u))) u++;
    if (u >= b || !PREPOSITIONS.contains(an.tokens.norm(u))) return;
    // a type word right after "another" is a document of its own, read as one
    if (!an.docTypesIn(an.tokens.start(t), an.tokens.start(u)).isEmpty()) return;
    int end = TitleCutter.cut(an, an.tokens.start(u), to);
    if (end <= an.tokens.end(u)) return;
    String head = DocNumber.singular(an.text.substring(m.start(), m.end()), an.russian);
    String title = head + " " + an.text.substring(an.tokens.start(u), end).strip();
    sg.add(TitleCutter.makeDoc(an, m, title, an.tokens.start(t), end), sameList);
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
    // "..., а также ряд межведомственных документов": a rough count opens the segment
    boolean roughFirst = false;
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.APPROXIMATE) && c.tokenStart() == firstTok) roughFirst = true;
      if (c.is(Cue.DOCUMENTS) && (c.tokenStart() - firstTok <= 1 || roughFirst && c.tokenStart() - firstTok <= 3)) return true;
      // "..., cultural exchange, and ...": a signing noun that ends an item after a modifier names
      // a topic, not the signing ("ministers exchange more than 30 ..." is a verb)
      String prev = c.tokenStart() > firstTok ? an.tokens.norm(c.tokenStart() - 1) : "";
      if (c.is(Cue.SIGN_NOUN) && !prev.isEmpty() && !prev.equals("the") && !prev.equals("an") && !prev.endsWith("s")
          && c.tokenEnd() == an.tokens.firstAtOrAfter(to)) {
        continue;
      }
      // "... on a talent exchange programme": a signing noun right before a type word names it
      if (c.is(Cue.SIGN_NOUN) && c.tokenEnd() - c.tokenStart() == 1 && typeAt(an, c.tokenEnd(), to)) continue;
      // "Ministry of Planning and Investment": a capitalised word within a name is no verb of time
      if ((c.is(Cue.AGREED) || c.is(Cue.PAST) || c.is(Cue.FUTURE)) && withinName(an, c.tokenStart())) continue;
      if (c.is(Cue.SIGN) || c.is(Cue.CONCERNS) || c.is(Cue.SIGN_FUTURE)
          || c.is(Cue.AGREED) || c.is(Cue.PAST) || c.is(Cue.FUTURE) || c.is(Cue.PACKAGE)) {
        return true;
      }
    }
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(to);
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      int purpose = TitleCutter.TITLE_STOP.contains(w) ? TitleTopic.clauseAt(an, t, b) : -1;
      if (purpose > t) {
        // "agreements that aim to boost ...": a purpose clause goes on with the topics
        t = purpose - 1;
        continue;
      }
      if (TitleCutter.TITLE_STOP.contains(w)) return true;
      if (t == a && !an.russian && w.endsWith("ing") && w.length() > 5 && b - a >= 3
          && an.kb.sectors.sectors(an.tokens, a, a + 1).isEmpty()
          // "deepening of allied interaction": a noun of action that goes on with a title
          && !an.tokens.norm(a + 1).equals("of")
          // "Plan of Practical Measures for Enhancing and Deepening Industrial Cooperation": a
          // capitalised word after "and" within a name goes on with it
          && !withinName(an, a)
          // "aimed at strengthening and expanding trade": a second verb of the purpose clause
          && !(a >= 2 && an.tokens.norm(a - 1).equals("and") && purposeVerb(an, a - 2) && purposeVerb(an, a))) {
        return true;
      }
      if (t == a && an.russian && (w.endsWith("ив") || w.endsWith("ав") || w.endsWith("вшись")) && w.length() > 4) return true;
      // "…, укрепляя партнерство": a gerund (or a new feminine subject) after a comma
      if (t == a && an.russian && (w.endsWith("яя") || w.endsWith("ая") || w.endsWith("уя")) && w.length() > 5
          && Character.isLowerCase(an.text.charAt(an.tokens.start(t)))) {
        return true;
      }
      if (t == a && (w.equals("а") || w.equals("but") || w.equals("whose") || w.equals("чьи"))) return true;
      // "..., with both leaders calling it ...", "..., under which ...": a clause after a comma
      if (t == a && !an.russian && (w.equals("with") || w.equals("under")) && commaBefore(an, from)) return true;
      // "..., at the end of the visit", "..., during talks in Cairo", "..., в ходе визита": the
      // occasion after a comma, no topic of the documents ("в ходе" and "по итогам" open with
      // prepositions that also open topics, so Russian has only its unambiguous ones)
      if (t == a && commaBefore(an, from) && OCCASION.contains(w)) return true;
      // "an agreement on A, a deal on B": an indefinite article opens a new noun phrase
      if (t == a && !an.russian && (w.equals("a") || w.equals("an")) && b - a >= 2) return true;
      if (t == a && (w.equals("which") || w.equals("who") || w.equals("который") || w.equals("которые")
          || w.equals("while") || w.equals("когда") || w.equals("где") || w.equals("where"))) {
        return true;
      }
    }
    return false;
  }

  /** Words that may stand right before a type word inside a title or a phrase: no item ends with them. */
  private static final Set<String> BEFORE_TYPE = Set.of("the", "a", "an", "of", "and", "on", "for", "between",
      "to", "with", "by", "in", "new", "signed", "exchanged", "this", "that", "their", "its", "bilateral",
      "renewed", "renewal", "another", "other", "framework", "и", "о", "об", "в", "по", "с");

  /**
   * Offsets in text[from, to) where a list run into one line without separators opens its next
   * item: a type word in capitals ("MoU") of the same type as the one that opens the run, right
   * after a word in lower case that ends the item before ("... Kushiyara river MoU signed between
   * ..."), or after a closing bracket ("(BCSIR) on scientific cooperation MoU ..."). Only where
   * the run holds three such type words: a title naming one document inside another ("Protocol
   * to the Agreement on ...") has a function word before it.
   */
  private static java.util.Set<Integer> runOnItems(Analysis an, int from, int to) {
    List<DocTypes.Mention> ds = an.docTypesIn(from, to);
    if (ds.size() < 3) return java.util.Set.of();
    String type = ds.get(0).docType().type();
    java.util.Set<Integer> cuts = new java.util.HashSet<>();
    for (int k = 1; k < ds.size(); k++) {
      DocTypes.Mention m = ds.get(k);
      int t = m.tokenStart();
      if (!m.docType().type().equals(type) || t == 0 || !an.tokens.upperFirst(t)) continue;
      String gap = an.text.substring(an.tokens.end(t - 1), m.start());
      if (!gap.equals(" ") && !gap.equals(") ")) continue;
      String prev = an.tokens.norm(t - 1);
      if (BEFORE_TYPE.contains(prev) || an.tokens.isNumber(t - 1) || an.kb.docTypes.numberWord(prev) != null) continue;
      if (gap.equals(" ") && an.tokens.upperFirst(t - 1)) continue;
      cuts.add(m.start());
    }
    return cuts.size() >= 2 ? cuts : java.util.Set.of();
  }

  /** Token t is a verb of purpose of title_purposes.tsv ("strengthening", "expanding"). */
  private static boolean purposeVerb(Analysis an, int t) {
    PhraseMatcher.Match<DocTypes.Purpose> v = an.kb.docTypes.purposeAt(an.tokens, t, t + 1);
    return v != null && v.values.contains(DocTypes.Purpose.VERB);
  }

  /** text[from, to) holds no letters but those of type words ("/MoUs", " and MoUs"). */
  private static boolean onlyTypeWords(Analysis an, int from, int to) {
    int i = from;
    for (DocTypes.Mention d : an.docTypesIn(from, to)) {
      if (!noLetters(an.text, i, d.start(), true)) return false;
      i = d.end();
    }
    return noLetters(an.text, i, to, false);
  }

  private static boolean noLetters(String text, int from, int to, boolean orAnd) {
    String t = text.substring(from, Math.max(from, to)).strip();
    if (orAnd && (t.equals("and") || t.equals("or") || t.equals("и"))) return true;
    return t.codePoints().noneMatch(Character::isLetter);
  }

  /** A type word opens at token t, before {@code to}. */
  private static boolean typeAt(Analysis an, int t, int to) {
    if (t >= an.tokens.size() || an.tokens.start(t) >= to) return false;
    for (DocTypes.Mention m : an.docTypesIn(an.tokens.start(t), to)) return m.tokenStart() == t;
    return false;
  }

  /**
   * Token t is a capitalised word within a name: after "of", "and" or "&" that follow a
   * capitalised word ("Ministry of Planning", "Ministry of Planning and Investment").
   */
  private static boolean withinName(Analysis an, int t) {
    if (t < 2 || !Character.isUpperCase(an.text.charAt(an.tokens.start(t)))) return false;
    String prev = an.tokens.norm(t - 1);
    if (!prev.equals("of") && !prev.equals("and") && !prev.equals("&")) return false;
    return Character.isUpperCase(an.text.charAt(an.tokens.start(t - 2)));
  }

  /** Words that open the occasion of a signing after a comma. */
  private static final Set<String> OCCASION = Set.of("at", "during", "after", "following", "amid", "ahead",
      "before", "when", "as", "while", "после", "накануне");

  private static final Pattern RU_ADJECTIVE_END = Pattern.compile(".{3,}(?:ые|ие|ых|их|ыми|ими|ое|ая|ый|ий|ой|ую|ого|его|ому|ему|ом|ем|ей)");
  private static final Pattern RU_PLURAL_ADJECTIVE = Pattern.compile(".{3,}(?:ые|ие|ых|их|ыми|ими)");

  private static boolean commaBefore(Analysis an, int from) {
    int i = from - 1;
    while (i >= 0 && an.text.charAt(i) == ' ') i--;
    return i >= 0 && an.text.charAt(i) == ',';
  }

  /** A plural document word as written: "Protocols", "memoranda", "Меморандумы", "соглашения". */
  static boolean plural(Analysis an, DocTypes.Mention m) {
    String w = an.tokens.norm(m.tokenStart());
    // "two memorandum of understanding on A and on B": the count makes a singular form plural
    // (not an item number: "2. Memorandum of ...", "2) «Memorandum ...")
    if (!an.russian && m.tokenStart() > 0
        && an.text.substring(an.tokens.end(m.tokenStart() - 1), m.start()).isBlank()) {
      String n = an.tokens.norm(m.tokenStart() - 1);
      Integer k = an.tokens.isNumber(m.tokenStart() - 1) && n.length() <= 2 ? Integer.valueOf(Integer.parseInt(n))
          : an.kb.docTypes.numberWord(n);
      if (k != null && k > 1) return true;
    }
    if (m.tokenEnd() - m.tokenStart() > 1 && !an.russian) {
      // "memoranda of understanding", "action plans": the word that carries the number
      for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
        String x = an.tokens.norm(t);
        if (x.equals("memoranda") || x.endsWith("s") && !x.endsWith("ss") && x.length() > 3) return true;
      }
      return false;
    }
    if (an.russian && m.tokenEnd() - m.tokenStart() > 1 && RU_ADJECTIVE_END.matcher(w).matches()) {
      // "межправительственные соглашения", "дорожные карты": the adjective shows the number
      return RU_PLURAL_ADJECTIVE.matcher(w).matches();
    }
    // "подписание Соглашения о ...", "о подписании Душанбинской декларации": after a noun of
    // signing the form in -ы, -и, -ия is the genitive singular; only -ов, -ий is plural
    if (an.russian && afterSigningNoun(an, m.tokenStart())) return w.endsWith("ов") || w.endsWith("ий");
    if (an.russian) return w.endsWith("ы") || w.endsWith("и") || w.endsWith("ия") || w.endsWith("ов") || w.endsWith("ий");
    return w.equals("memoranda") || w.endsWith("s") && !w.endsWith("ss") && w.length() > 3;
  }

  /** A preposition right before token {@code t}, or before one adjective before it: "в Соглашение", "к Основному договору". */
  private static boolean governed(Analysis an, int t) {
    if (t > 0 && PREPOSITIONS.contains(an.tokens.norm(t - 1))) return true;
    return t > 1 && PREPOSITIONS.contains(an.tokens.norm(t - 2)) && RU_ADJECTIVE_END.matcher(an.tokens.norm(t - 1)).matches();
  }

  /** Russian nouns of signing that govern the genitive of the document signed. */
  private static final Pattern RU_SIGNING_NOUN = Pattern.compile("(?:подписани|заключени)\\p{L}*");

  /**
   * Token {@code t} follows a Russian noun of signing, with up to two adjectives between
   * ("подписания Совместной ...", "о подписании Душанбинской декларации").
   */
  private static boolean afterSigningNoun(Analysis an, int t) {
    for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
      String w = an.tokens.norm(k);
      if (RU_SIGNING_NOUN.matcher(w).matches()) return true;
      if (!RU_ADJECTIVE_END.matcher(w).matches() && !Character.isUpperCase(an.text.charAt(an.tokens.start(k)))) return false;
    }
    return false;
  }

  /** "11 memoranda", "шесть соглашений": a count, not a named document. */
  /**
   * A relative clause in the singular after a named document that tells what it contains ("an
   * accord on the border, which includes a protocol on ...", "соглашение о ..., в которое входят
   * договор о ..."): the documents named after it are parts of that one text, not further signed
   * texts. Returns where such a clause starts (the reading stops there), else {@code to}. The
   * number of the pronoun (Russian; its verb agrees with the parts) or of the verb (English) decides: after "agreements, which include ..." or "соглашения,
   * в которые вошли ..." the list is the signed documents and is read; so after a count or a
   * package word.
   */
  static int contentsStart(Analysis an, int from, int to) {
    Matcher m = CONTENTS.matcher(an.text).region(from, to);
    if (!m.find()) return to;
    List<DocTypes.Mention> before = an.docTypesIn(from, m.start());
    if (before.isEmpty()) return to;
    DocTypes.Mention last = before.get(before.size() - 1);
    if (counted(an, last)) return to;
    if (m.group(1) != null) {
      // "comprising", "which included": the number shows only on the document word
      String w = an.tokens.norm(last.tokenStart());
      if (w.endsWith("s") && !w.endsWith("ss") || w.startsWith("memoranda")) return to;
    }
    for (CueHit c : an.cuesIn(last.end(), m.start())) if (c.is(Cue.PACKAGE) || c.is(Cue.DOCUMENTS)) return to;
    return m.start();
  }

  /** Singular relative clauses of content; group 1: English forms that show no number. */
  private static final Pattern CONTENTS = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
      + "(?:в|во)\\s+котор(?:ый|ое|ую)\\s+(?:входя?т|вош[её]л|вошл[иоа]|включен[оаы]?)"
      + "|котор(?:ый|ое|ая)\\s+(?:включает|включил[оа]?|объединяет|состоит\\s+из)"
      + "|(?:включающ|состоящ)(?:ий|ее|ая|ую|его|ей)\\s+(?:в\\s+себя|из)"
      + "|which\\s+(?:includes|comprises|bundles|consists\\s+of)"
      + "|that\\s+(?:includes|comprises|bundles|consists\\s+of)"
      + "|(comprising|consisting\\s+of|made\\s+up\\s+of|which\\s+included|which\\s+comprised))(?![\\p{L}])");

  /** Nouns of quantity before "of" and a plural type word: "a number of agreements". */
  private static final Set<String> QUANTITY_NOUNS = Set.of("number", "series", "raft", "host", "range", "set",
      "couple", "dozens", "dozen", "hundreds", "scores", "package", "bundle", "slew", "string", "batch", "total");

  /** The most lower-case words between a count and its type word: "13 cooperation agreements", "seven new MoUs". */
  private static final int COUNT_MODIFIERS = 2;
  private static final Set<String> NOT_MODIFIER = Set.of("of", "and", "the", "a", "an", "и", "or", "to", "with");

  /**
   * The token of a count (a number of up to three digits, or a number word) that stands before
   * type word {@code d} with up to two lower-case modifiers between them on one line ("13
   * cooperation agreements", "seven new memoranda"), or -1.
   */
  static int modifiedCount(Analysis an, DocTypes.Mention d) {
    for (int k = 1; k <= COUNT_MODIFIERS; k++) {
      int t = d.tokenStart() - 1 - k;
      if (t < 0) return -1;
      int w = t + 1;
      if (!Character.isLowerCase(an.text.charAt(an.tokens.start(w))) || NOT_MODIFIER.contains(an.tokens.norm(w))) return -1;
      // a Russian count's modifiers agree with it as adjectives ("шесть новых соглашений"); "двух
      // стран подписали программу" counts the states, not the programme
      if (an.russian && !RU_ADJECTIVE_END.matcher(an.tokens.norm(w)).matches()) return -1;
      if (!an.text.substring(an.tokens.end(t), d.start()).matches("[\\p{L} ]+")) return -1;
      String n = an.tokens.norm(t);
      if (an.tokens.isNumber(t) && n.length() <= 3 || an.kb.docTypes.numberWord(n) != null) return t;
    }
    return -1;
  }

  static boolean counted(Analysis an, DocTypes.Mention d) {
    int t = d.tokenStart() - 1;
    if (t < 0) return false;
    // "11 agreements and MoUs": the count covers both
    DocTypes.Mention before = coordinatedBefore(an, d);
    if (before != null && counted(an, before)) return true;
    String between = an.text.substring(an.tokens.end(t), d.start());
    if (!between.isBlank() || between.indexOf('\n') >= 0) return false;
    if (an.tokens.isNumber(t)) return true;
    if (modifiedCount(an, d) >= 0) return true;
    String w = an.tokens.norm(t);
    // "a number of agreements", "a series of memoranda", "dozens of deals": a vague count
    if (w.equals("of") && t > 0 && QUANTITY_NOUNS.contains(an.tokens.norm(t - 1))) return true;
    return an.kb.docTypes.numberWord(w) != null || w.equals("several") || w.equals("other") || w.equals("some")
        || w.equals("несколько") || w.equals("ряд") || w.equals("другие") || w.equals("других")
        || w.equals("various") || w.equals("numerous") || w.equals("many");
  }

  private static final Set<String> PASSIVE_AUX = Set.of("was", "were");
  private static final Set<String> PASSIVE_SIGN = Set.of("signed", "inked", "concluded", "exchanged");
  private static final Set<String> PASSIVE_TOPIC = Set.of("on", "for", "regarding", "concerning", "about");
  /**
   * Nouns after "on (the)"/"for (the)" that tell the occasion or the signatory of a document
   * signed, not its topic: "signed on the sidelines of", "on the margins of", "on behalf of",
   * "on the occasion of", "for the Indian side".
   */
  private static final Set<String> NOT_TOPIC = Set.of("sidelines", "margins", "margin", "behalf", "occasion",
      "side", "part", "eve", "day", "basis");
  /** Words that end a topic read after a passive verb: the signatories and the occasion follow. */
  private static final Set<String> PASSIVE_TOPIC_END = Set.of("between", "by", "with", "at", "during",
      "after", "following", "as", "under");

  /**
   * "An MoU was signed on mental health between the two health ministries", "An agreement was
   * also signed for the exchange of ...": a type word whose topic follows its passive signing
   * verb, [topic start, topic end), or null. The topic ends before the signatories or the
   * occasion and before a date; English only.
   */
  static int[] passiveTopic(Analysis an, DocTypes.Mention m, int to) {
    int t = m.tokenEnd();
    int b = an.tokens.firstAtOrAfter(to);
    int[] item = participleItem(an, m, t);
    if (item != null) return item;
    if (t >= b || !PASSIVE_AUX.contains(an.tokens.norm(t))) return null;
    t++;
    if (t < b && an.tokens.norm(t).equals("also")) t++;
    if (t >= b || !PASSIVE_SIGN.contains(an.tokens.norm(t))) return null;
    t++;
    if (t < b && an.tokens.norm(t).equals("also")) t++;
    if (t + 1 < b && an.tokens.norm(t).equals("between")) return passiveBetween(an, m, t, to);
    if (t + 1 >= b || !PASSIVE_TOPIC.contains(an.tokens.norm(t)) && !inTheFieldOf(an, m, t, b)) return null;
    // "was signed on the margins of the talks", "on behalf of India": the occasion or the
    // signatory, no topic
    int u = an.tokens.norm(t + 1).equals("the") ? t + 2 : t + 1;
    if (u < b && NOT_TOPIC.contains(an.tokens.norm(u))) return null;
    int from = an.tokens.start(t);
    int end = TitleCutter.cut(an, from, to);
    for (int k = t + 1; k < an.tokens.firstAtOrAfter(end); k++) {
      if (PASSIVE_TOPIC_END.contains(an.tokens.norm(k))) {
        end = an.tokens.start(k);
        break;
      }
    }
    while (end > from && ",.;: ".indexOf(an.text.charAt(end - 1)) >= 0) end--;
    // "was signed on Tuesday": a day, no topic
    if (an.tokens.firstAtOrAfter(end) <= t + 1) return null;
    for (DateFinder.DateMention dm : an.dates(from, end, false)) if (dm.start() <= an.tokens.end(t) + 1) return null;
    return new int[] {from, end};
  }

  /**
   * "MoU signed between Bangladesh Television and Prasar Bharati on broadcasting": an item of a
   * list that opens its line with the type word and names the document by a participle and its
   * signatories; the title is the type word and what follows the participle, to the line's end
   * (past the "and" between the signatories). Null otherwise.
   */
  private static int[] participleItem(Analysis an, DocTypes.Mention m, int t) {
    if (t + 1 >= an.tokens.size() || !PASSIVE_SIGN.contains(an.tokens.norm(t))
        || !an.tokens.norm(t + 1).equals("between") || plural(an, m)) {
      return null;
    }
    int si = an.sentenceOfOffset(m.start());
    if (si < 0) return null;
    Sentences.Span s = an.sentences.get(si);
    boolean opensLine = true;
    for (int i = s.lineStart(); i < m.start() && opensLine; i++) opensLine = !Character.isLetter(an.text.charAt(i));
    // or an item of a list run into one line ("... Kushiyara river MoU signed between ...")
    if (!opensLine && !runOnItems(an, s.lineStart(), s.lineEnd()).contains(m.start())) return null;
    int from = an.tokens.start(t + 1);
    int lineEnd = s.lineEnd();
    for (DocTypes.Mention n : an.docTypesIn(from, lineEnd)) {
      if (runOnItems(an, s.lineStart(), s.lineEnd()).contains(n.start())) {
        lineEnd = n.start();
        break;
      }
    }
    int end = TitleCutter.cut(an, from, lineEnd);
    while (end > from && ",.;: ".indexOf(an.text.charAt(end - 1)) >= 0) end--;
    return end > an.tokens.end(t + 1) ? new int[] {from, end} : null;
  }

  /** Words before a type word that introduce a new document: "Another MoU was signed between ...". */
  private static final Set<String> NEW_DOCUMENT = Set.of("a", "an", "another");

  /**
   * "Another MoU was signed between the Oceanographic Research Institute and the Council of ...
   * for joint research on oceanography": a new document's signatories after its passive verb,
   * with the topic after them, [between, end), or null. A document told before ("The agreement
   * was signed between the ministers") has its title already.
   */
  private static int[] passiveBetween(Analysis an, DocTypes.Mention m, int t, int to) {
    if (m.tokenStart() == 0 || !NEW_DOCUMENT.contains(an.tokens.norm(m.tokenStart() - 1)) || plural(an, m)) return null;
    // the parties' names run on past the "and" that ends a list segment: read to the sentence's end
    int si = an.sentenceOfOffset(m.start());
    if (si >= 0) to = Math.max(to, an.sentences.get(si).end());
    int from = an.tokens.start(t);
    int end = TitleCutter.cut(an, from, to);
    for (int k = t + 1; k < an.tokens.firstAtOrAfter(end); k++) {
      if (!an.tokens.norm(k).equals("between") && PASSIVE_TOPIC_END.contains(an.tokens.norm(k))) {
        end = an.tokens.start(k);
        break;
      }
    }
    // "..., and an agreement on C": the next document ends this one's title
    for (DocTypes.Mention next : an.docTypesIn(from, end)) {
      int k = next.tokenStart();
      while (k > t + 1 && Set.of("a", "an", "the", "and", "another").contains(an.tokens.norm(k - 1))) k--;
      end = an.tokens.start(k);
      break;
    }
    while (end > from && ",.;: ".indexOf(an.text.charAt(end - 1)) >= 0) end--;
    return an.tokens.firstAtOrAfter(end) > t + 2 ? new int[] {from, end} : null;
  }

  private static final Set<String> FIELD_NOUNS = Set.of("field", "area", "sphere", "domain");

  /**
   * "An MoU ... was signed in the field of sharing digital solutions": a singular document's topic
   * after "in the field/area/sphere of" at token {@code t} (the fields of plural documents are
   * their areas, told as cooperation).
   */
  private static boolean inTheFieldOf(Analysis an, DocTypes.Mention m, int t, int b) {
    return t + 4 < b && an.tokens.norm(t).equals("in") && an.tokens.norm(t + 1).equals("the")
        && FIELD_NOUNS.contains(an.tokens.norm(t + 2)) && an.tokens.norm(t + 3).equals("of") && !plural(an, m);
  }

  /**
   * A verb of content right after the type word ("MoUs covering A and B", "the agreements cover
   * ...", "соглашения касаются ..."), or null.
   */
  static CueHit concernAfter(Analysis an, DocTypes.Mention d) {
    int t = d.tokenEnd();
    for (CueHit c : an.cuesIn(d.end(), Math.min(an.text.length(), d.end() + 40))) {
      if (c.is(Cue.CONCERNS) && c.tokenStart() == t) return c;
      break;
    }
    return null;
  }

  /**
   * A sentence that opens with a plural type word and a verb of content ("The MoUs cover A, B
   * and C", "The four agreements concern ..."), and names no other type word.
   */
  static boolean topicsSentence(Analysis an, int from, int to) {
    List<DocTypes.Mention> ds = an.docTypesIn(from, to);
    if (ds.size() != 1) return false;
    DocTypes.Mention d = ds.get(0);
    if (d.tokenStart() - an.tokens.firstAtOrAfter(from) > 3 || !plural(an, d)) return false;
    return concernAfter(an, d) != null;
  }

  private static final Set<String> PRONOUNS = Set.of("these", "they");

  /**
   * "These cover A, B and C", "They concern ...": a sentence that opens with a pronoun and a verb
   * of content, after a signing sentence that counted documents of one type ("six agreements").
   * The documents, one per topic, or null when the sentence is no such one or its topics are not
   * as many as {@code count}. English only (Russian topics after "касаются" are in the genitive).
   */
  static List<Doc> pronounTopics(Analysis an, List<DocTypes.Mention> counted, int from, int to, int count) {
    if (an.russian || counted.isEmpty()) return null;
    DocTypes.Mention head = null;
    for (DocTypes.Mention m : counted) {
      if (!plural(an, m) || !counted(an, m)) continue;
      if (head != null && !head.docType().type().equals(m.docType().type())) return null;
      if (head == null) head = m;
    }
    if (head == null) return null;
    int t = an.tokens.firstAtOrAfter(from);
    if (t >= an.tokens.size() || !PRONOUNS.contains(an.tokens.norm(t))) return null;
    CueHit verb = null;
    for (CueHit c : an.cuesIn(from, to)) {
      if (c.is(Cue.CONCERNS) && c.tokenStart() == t + 1) verb = c;
      break;
    }
    if (verb == null) return null;
    int end = to;
    while (end > verb.end() && ".;! ".indexOf(an.text.charAt(end - 1)) >= 0) end--;
    List<String> items = SharedHead.items(an, an.text.substring(verb.end(), end).strip());
    if (items == null || items.size() != count) return null;
    String type = DocNumber.singular(an.text.substring(head.start(), head.end()), false);
    type = Character.toUpperCase(type.charAt(0)) + type.substring(1);
    List<Doc> out = new ArrayList<>();
    for (String it : items) out.add(TitleCutter.makeDoc(an, head, type + " on " + it, verb.end(), end));
    return out;
  }

  /** Words after a counted type word that open its topics: "three MoUs in the areas of ...". */
  private static final Set<String> TOPIC_OPENERS = Set.of("on", "in", "for", "about", "regarding", "concerning",
      "covering", "о", "об", "в", "во", "по");

  /**
   * A counted type word followed by its topics ("two memoranda on A and on B", "three MoUs in
   * the areas of ...", "several agreements to boost ..."), past an abbreviation in brackets.
   */
  static boolean topicAfter(Analysis an, DocTypes.Mention d) {
    int t = d.tokenEnd();
    int i = d.end();
    while (i < an.text.length() && an.text.charAt(i) == ' ') i++;
    if (i < an.text.length() && an.text.charAt(i) == '(') {
      int close = an.text.indexOf(')', i);
      if (close < 0 || close - i > 16) return false;
      t = an.tokens.firstAtOrAfter(close);
    }
    if (t >= an.tokens.size()) return false;
    String w = an.tokens.norm(t);
    if (TOPIC_OPENERS.contains(w)) return true;
    org.coopevents.knowledge.PhraseMatcher.Match<DocTypes.Purpose> p = an.kb.docTypes.purposeAt(an.tokens, t, an.tokens.size());
    return p != null && !p.values.contains(DocTypes.Purpose.VERB);
  }

  /** The type word joined to {@code d} by "and"/"or" right before it ("agreements and MoUs"), or null. */
  static DocTypes.Mention coordinatedBefore(Analysis an, DocTypes.Mention d) {
    int t = d.tokenStart() - 1;
    if (t < 1) return null;
    String w = an.tokens.norm(t);
    if (!w.equals("and") && !w.equals("or") && !w.equals("и")) return null;
    DocTypes.Mention before = null;
    for (DocTypes.Mention x : an.docTypesIn(an.tokens.start(Math.max(0, t - 4)), an.tokens.start(t))) {
      if (x.tokenEnd() == t) before = x;
    }
    return before;
  }

  /** The number a counted type word states ("three MoUs": 3), or 0 for a vague one ("several", "ряд"). */
  static int countOf(Analysis an, DocTypes.Mention d) {
    DocTypes.Mention before = coordinatedBefore(an, d);
    if (before != null && counted(an, before)) return countOf(an, before);
    int t = d.tokenStart() - 1;
    if (t < 0) return 0;
    int m = modifiedCount(an, d);
    if (m >= 0) t = m;
    if (an.tokens.isNumber(t)) {
      String n = an.tokens.norm(t);
      return n.length() <= 3 ? Integer.parseInt(n) : 0;
    }
    Integer n = an.kb.docTypes.numberWord(an.tokens.norm(t));
    return n == null ? 0 : n;
  }

  /** "the programme of the visit", "программа визита": not a document. */
  private static boolean visitProgramme(Analysis an, DocTypes.Mention d) {
    int t = d.tokenEnd();
    if (t >= an.tokens.size()) return false;
    String w = an.tokens.norm(t);
    String w2 = t + 1 < an.tokens.size() ? an.tokens.norm(t + 1) : "";
    return w.startsWith("визит") || w.startsWith("пребывани") || w.equals("of") && (w2.equals("visit") || w2.equals("the") && t + 2 < an.tokens.size() && an.tokens.norm(t + 2).equals("visit"));
  }

  /** Words that give the fields of plural documents as examples, not as their titles. */
  private static final Pattern EXAMPLE_FIELDS = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:including|such as|among others|diverse|various|variety of|different|multiple|"
          + "в том числе|включая|различн\\p{L}*|разнообразн\\p{L}*|разных)(?![\\p{L}])");

  /**
   * The end of text[from, end) without a closing "between India and Brunei" ("между Россией и
   * Китаем"): "between" followed by states joined by "and" up to the end.
   */
  static int partiesTail(Analysis an, int from, int end) {
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(end);
    for (int t = b - 1; t > a; t--) {
      String w = an.tokens.norm(t);
      if (!w.equals("between") && !w.equals("между")) continue;
      int states = 0;
      int u = t + 1;
      for (Analysis.Ref r : an.refsIn(an.tokens.end(t), end)) {
        if (r.tokenStart() < u) continue;
        for (; u < r.tokenStart(); u++) {
          String x = an.tokens.norm(u);
          if (!x.equals("and") && !x.equals("the") && !x.equals("и")) return end;
        }
        u = r.tokenEnd();
        states++;
      }
      if (states >= 2 && u == b) return an.tokens.start(t) > from ? lastNonSpace(an.text, from, an.tokens.start(t)) : end;
      return end;
    }
    return end;
  }

  private static int lastNonSpace(String text, int from, int to) {
    while (to > from && text.charAt(to - 1) == ' ') to--;
    return to;
  }

  /**
   * The colon at {@code colon} follows a plural type word and opens its topics ("подписаны
   * меморандумы: о сотрудничестве в сфере туризма, о взаимодействии в области ..."): the type
   * word heads each topic as it would with no colon.
   */
  static boolean topicsAfterColon(Analysis an, int colon) {
    int next = an.tokens.firstAtOrAfter(colon + 1);
    if (next >= an.tokens.size() || !PREPOSITIONS.contains(an.tokens.norm(next))) return false;
    for (DocTypes.Mention m : an.docTypesIn(Math.max(0, colon - 60), colon)) {
      if (m.end() == colon && plural(an, m)) return true;
    }
    return false;
  }

  private static List<int[]> segments(Analysis an, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int s = from;
    String text = an.text;
    int depth = 0;
    java.util.Set<Integer> runOn = runOnItems(an, from, to);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // "MoU on A of the Kushiyara river MoU signed between B and C on D": a list run into one
      // line with nothing between its items; each item opens with its type word
      if (runOn.contains(i) && i > s) {
        out.add(new int[] {s, i});
        s = i;
      }
      if (c == '«' || c == '“' || c == '(') depth++;
      if ((c == '»' || c == '”' || c == ')') && depth > 0) depth--;
      if (depth > 0) continue;
      int cutLen = 0;
      if (c == ',' || c == ';') cutLen = 1;
      else if ((c == '—' || c == '–') && i > from && text.charAt(i - 1) == ' ') cutLen = 1;
      else if (c == ':' && topicsAfterColon(an, i)) cutLen = 1;
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
}
