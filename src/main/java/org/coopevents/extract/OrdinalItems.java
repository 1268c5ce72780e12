package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.DocumentItemWords.Role;
import org.coopevents.extract.SigningFinder.Doc;
import org.coopevents.extract.SigningFinder.Signing;
import org.coopevents.knowledge.DocNumber;
import org.coopevents.knowledge.DocTypes;

/**
 * Documents told one by one in a sentence after the signing sentence, each by an ordinal or
 * "one"/"the other" and its topic: "Two agreements were signed. One concerns visa exemption; the
 * other covers transport.", "The first agreement concerns energy, and the second concerns
 * agriculture.", "The fifth MoU is on Antarctic cooperation." An item takes its own type word, else
 * the type of the documents counted before (the head). English only (words in
 * document_item_words.tsv).
 */
final class OrdinalItems {
  private OrdinalItems() {}


  /** The most tokens between an item's ordinal and its topic: "the second of the two documents was on". */
  private static final int LEAD = 6;

  /**
   * Reads the items of sentence text[from, to) into {@code sg}; {@code head} is the type word of
   * the documents counted before, or null. Returns whether any document was read.
   */
  static boolean read(Analysis an, Signing sg, DocTypes.Mention head, int from, int to) {
    if (an.russian || !opensItem(an, from, to)) return false;
    List<int[]> items = split(an, from, to);
    List<Doc> sameList = new ArrayList<>();
    int before = sg.docs.size();
    for (int[] it : items) {
      Doc d = item(an, head, it[0], it[1]);
      if (d != null) sg.add(d, sameList);
    }
    return sg.docs.size() > before;
  }

  /** A word that tells one of the documents counted before: "first", "third", "other". */
  static boolean ordinal(String w) {
    return DocumentItemWords.is(Role.ORDINAL, w);
  }

  /** text[at, to) opens with an ordinal, after an optional "the". */
  private static boolean opensItem(Analysis an, int at, int to) {
    int t = an.tokens.firstAtOrAfter(at);
    if (t < an.tokens.size() && an.tokens.norm(t).equals("the")) t++;
    return t < an.tokens.size() && an.tokens.start(t) < to && DocumentItemWords.is(Role.ORDINAL, an.tokens.norm(t));
  }

  /** The items: split at , ; " and " " while " where the next part opens with an ordinal. */
  private static List<int[]> split(Analysis an, int from, int to) {
    List<int[]> items = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      int cut = 0;
      char c = an.text.charAt(i);
      if (c == ',' || c == ';') cut = 1;
      else if (an.text.startsWith(" and ", i)) cut = 5;
      else if (an.text.startsWith(" while ", i)) cut = 7;
      if (cut == 0) continue;
      int next = i + cut;
      while (next < to && " ,".indexOf(an.text.charAt(next)) >= 0) next++;
      for (String conj : new String[] {"and ", "while "}) if (an.text.startsWith(conj, next)) next += conj.length();
      if (next >= to || !opensItem(an, next, to)) continue;
      items.add(new int[] {start, i});
      start = next;
      i = next - 1;
    }
    items.add(new int[] {start, to});
    return items;
  }

  /** The document one item tells, or null when it tells no topic or has no type. */
  private static Doc item(Analysis an, DocTypes.Mention head, int from, int to) {
    int t = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(to);
    if (an.tokens.norm(t).equals("the")) t++;
    int ordinal = t++;
    DocTypes.Mention type = head;
    String prefix = "";
    int topic = -1;
    for (int lead = 0; t < b && lead <= LEAD && topic < 0; lead++) {
      CueHit verb = concernsAt(an, t);
      DocTypes.Mention own = typeAt(an, t);
      if (verb != null) {
        topic = verb.end();
        prefix = "on ";
      } else if (DocumentItemWords.is(Role.TOPIC, an.tokens.norm(t))) {
        topic = an.tokens.start(t);
      } else if (own != null) {
        // "the first agreement concerns ...", "the second is a memorandum on ...": the item's own type
        type = own;
        t = own.tokenEnd();
      } else if (DocumentItemWords.is(Role.LINK, an.tokens.norm(t))) {
        t++;
      } else {
        return null;
      }
    }
    if (type == null) return null;
    if (topic < 0) return null;
    int end = topicEnd(an, topic, to);
    if (end <= topic) return null;
    String head0 = DocNumber.singular(an.text.substring(type.start(), type.end()), false);
    head0 = Character.toUpperCase(head0.charAt(0)) + head0.substring(1);
    return TitleCutter.makeDoc(an, type, head0 + " " + prefix + an.text.substring(topic, end).strip(), an.tokens.start(ordinal), end);
  }

  /** The type word that opens at token t, or null. */
  private static DocTypes.Mention typeAt(Analysis an, int t) {
    for (DocTypes.Mention m : an.docTypesIn(an.tokens.start(t), an.tokens.end(t))) if (m.tokenStart() == t) return m;
    return null;
  }

  private static CueHit concernsAt(Analysis an, int t) {
    for (CueHit c : an.cuesIn(an.tokens.start(t), Math.min(an.text.length(), an.tokens.end(t) + 30))) {
      if (c.is(Cue.CONCERNS) && c.tokenStart() == t) return c;
    }
    return null;
  }

  /** The end of a topic: before its signatories or occasion, a signing verb or a date. */
  private static int topicEnd(Analysis an, int topic, int to) {
    int end = TitleCutter.cut(an, topic, to);
    int a = an.tokens.firstAtOrAfter(topic);
    for (int k = a + 1; k < an.tokens.firstAtOrAfter(end); k++) {
      if (DocumentItemWords.is(Role.END, an.tokens.norm(k))) {
        end = an.tokens.start(k);
        break;
      }
    }
    while (end > topic && ",.;: ".indexOf(an.text.charAt(end - 1)) >= 0) end--;
    // "on Tuesday": a day, no topic
    for (DateFinder.DateMention dm : an.dates(topic, end, false)) if (dm.start() <= an.tokens.end(a) + 1) return topic;
    return end;
  }
}
