package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.SigningFinder.Doc;
import org.coopevents.extract.SigningFinder.Signing;
import org.coopevents.knowledge.DocNumber;
import org.coopevents.knowledge.DocTypes;

/** Items with no type word of their own after a counted head and a colon (see {@link #read}). */
final class CountedItems {
  private CountedItems() {}

  /** Words that tell the items of a counted head apart: "the first on ..., the second on ...". */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "other",
      "one", "another", "latter", "former", "одно", "другое", "первое", "второе", "третье", "одна",
      "другая", "первая", "вторая", "один", "другой", "первый", "второй", "третий");

  /**
   * "signed two joint statements: the first on A, the second on B", "подписали два совместных
   * заявления: «Об A» и «О B»", "два заявления: одно касается A, другое — B": items with no type
   * word of their own after a counted head and a colon. Each item is the head (singular) and
   * the item's subject. Returns whether any was read.
   */
  static boolean read(Analysis an, Signing sg, int from, int to) {
    int colon = -1;
    for (int i = from; i < to - 1 && colon < 0; i++) if (an.text.charAt(i) == ':') colon = i;
    if (colon < 0) colon = commaBeforeOne(an, from, to);
    if (colon < 0) return false;
    // the head: the last document word before the colon, plural or counted
    DocTypes.Mention head = null;
    for (DocTypes.Mention d : an.docTypesIn(from, colon)) head = d;
    String headText;
    String type;
    if (head != null) {
      if (!DocumentListReader.plural(an, head) && !DocumentListReader.counted(an, head)) return false;
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

  /**
   * "two joint statements, one on A and the other on B": a comma after a document word, followed by
   * "one" or "the first" that opens the first item, stands for the colon; its offset, else -1.
   */
  private static int commaBeforeOne(Analysis an, int from, int to) {
    List<DocTypes.Mention> docs = an.docTypesIn(from, to);
    boolean statements = false;
    for (CueHit c : an.cuesIn(from, to)) statements |= c.is(Cue.DOCUMENTS);
    if (docs.isEmpty() && !statements) return -1;
    int firstDoc = docs.isEmpty() ? from : docs.get(0).end();
    for (int i = firstDoc; i < to - 1; i++) {
      if (an.text.charAt(i) != ',') continue;
      int t = an.tokens.firstAtOrAfter(i + 1);
      if (t >= an.tokens.size() || an.tokens.start(t) >= to) return -1;
      String w = an.tokens.norm(t);
      if (w.equals("the") && t + 1 < an.tokens.size()) w = an.tokens.norm(t + 1);
      if (w.equals("one") || w.equals("first")) return i;
    }
    return -1;
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
