package org.coopevents.extract;

import java.util.Set;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.DocTypes.Purpose;
import org.coopevents.knowledge.PhraseMatcher;
import org.coopevents.knowledge.Tokens;

/**
 * The title of a document that a report describes by its purpose rather than names: "an MoU to
 * strengthen maritime security and open up the blue economy" is the "MoU on maritime security
 * and the blue economy", "a memorandum aimed at boosting cooperation in mining" the "memorandum
 * on cooperation in mining". The purpose clause's connector ("to", "aimed at", "for") and its
 * verbs of improving (title_purposes.tsv) give way to "on"; what they act on is the topic. A
 * clause whose verb is not such a verb ("an agreement to avoid double taxation") is the title's
 * own wording and stays.
 */
final class TitleTopic {
  private TitleTopic() {}

  /** Words that stand before a topic and name no part of it: "to boost their cooperation". */
  private static final Set<String> POSSESSIVES = Set.of("their", "its", "our", "his", "her", "mutual");
  /** Words after a verb that show it is used as a noun: "for support of", "to increase to". */
  private static final Set<String> NOUN_USE = Set.of("of", "to", "for", "with");

  /**
   * The title of the document of type word {@code m} printed in text[start, end), with its
   * purpose clause rewritten as a topic; null when it has no such clause.
   */
  static String rewrite(Analysis an, DocTypes.Mention m, int start, int end) {
    return rewrite(an, m, start, m.end(), end);
  }

  /**
   * The same for a title whose words after the type word resume at {@code resume}: "An agreement
   * was signed between A and B to promote capacity building" is the "agreement between A and B on
   * capacity building"; the words between the type word and {@code resume} are no part of it.
   */
  static String rewrite(Analysis an, DocTypes.Mention m, int start, int resume, int end) {
    Tokens tk = an.tokens;
    int b = tk.firstAtOrAfter(end);
    DocTypes types = an.kb.docTypes;
    for (int t = Math.max(m.tokenEnd(), tk.firstAtOrAfter(resume)); t < b; t++) {
      PhraseMatcher.Match<Purpose> c = types.purposeAt(tk, t, b);
      if (c == null || c.values.contains(Purpose.VERB)) continue;
      boolean ing = c.values.contains(Purpose.CONNECTOR_ING);
      // "Plan of Practical Measures for Enhancing and Deepening Industrial Cooperation": a verb in
      // capitals is the wording of an official title, kept as printed
      if (c.tokenEnd < b && tk.upperFirst(c.tokenEnd)) return null;
      int v = verbsFrom(an, c.tokenEnd, b, ing);
      if (v < 0) continue;
      int objStart = v;
      while (objStart < b && POSSESSIVES.contains(tk.norm(objStart))) objStart++;
      if (objStart >= b) return null;
      String head = resume <= m.end() ? an.text.substring(start, tk.start(t)).strip()
          : (an.text.substring(start, m.end()).strip() + " " + an.text.substring(resume, tk.start(t)).strip()).strip();
      String topic = topic(an, objStart, b, end, ing);
      String first = tk.norm(objStart);
      boolean prep = DocumentListReader.PREPOSITIONS.contains(first);
      return head + (prep ? " " : " on ") + topic;
    }
    return null;
  }

  /**
   * A purpose clause at token {@code t} (before token {@code b}): the token after its connector
   * and verbs ("that aim to boost", "to strengthen"), else −1.
   */
  static int clauseAt(Analysis an, int t, int b) {
    PhraseMatcher.Match<Purpose> c = an.kb.docTypes.purposeAt(an.tokens, t, b);
    if (c == null || c.values.contains(Purpose.VERB)) return -1;
    return verbsFrom(an, c.tokenEnd, b, c.values.contains(Purpose.CONNECTOR_ING));
  }

  /**
   * After a connector at token {@code t}: the token after its verbs of purpose (with adverbs:
   * "to further strengthen", "to significantly boost"), or −1 when no such verb follows or the verb
   * is used as a noun ("for support of").
   */
  private static int verbsFrom(Analysis an, int t, int b, boolean ing) {
    Tokens tk = an.tokens;
    int k = t;
    boolean any = false;
    while (k < b) {
      String w = tk.norm(k);
      PhraseMatcher.Match<Purpose> v = an.kb.docTypes.purposeAt(tk, k, b);
      if (v != null && v.values.contains(Purpose.VERB)) {
        String last = tk.norm(v.tokenEnd - 1);
        String verb = tk.norm(v.tokenStart);
        // "aimed at boosting", "to boost": the form the connector takes (an adverb "further" is either)
        if (!verb.equals("further") && verb.endsWith("ing") != ing) return -1;
        if (v.tokenEnd < b && NOUN_USE.contains(tk.norm(v.tokenEnd)) && !last.equals("up")) {
          return -1;
        }
        any = true;
        k = v.tokenEnd;
        continue;
      }
      if (w.length() > 4 && w.endsWith("ly")) {
        k++;
        continue;
      }
      // "to enhance and deepen cooperation": verbs of purpose joined by "and"
      if (any && (w.equals("and") || w.equals("и")) && k + 1 < b) {
        PhraseMatcher.Match<Purpose> n = an.kb.docTypes.purposeAt(tk, k + 1, b);
        if (n != null && n.values.contains(Purpose.VERB)) {
          k++;
          continue;
        }
      }
      break;
    }
    return any && k < b ? k : -1;
  }

  /**
   * The topic in tokens [from, b) (the title ending at offset {@code end}): its text with every
   * further verb of purpose after "and" or a comma dropped ("... and open up the blue economy").
   */
  private static String topic(Analysis an, int from, int b, int end, boolean ing) {
    Tokens tk = an.tokens;
    StringBuilder out = new StringBuilder();
    int copyFrom = tk.start(from);
    for (int t = from + 1; t < b; t++) {
      String w = tk.norm(t);
      String gap = an.text.substring(tk.end(t - 1), tk.start(t));
      boolean afterJoin = w.equals("and") || gap.contains(",");
      if (!afterJoin) continue;
      int v = w.equals("and") ? t + 1 : t;
      if (v < b && tk.norm(v).equals("to")) v++;
      int next = verbsFrom(an, v, b, ing);
      if (next < 0) continue;
      // keep "and " (or the comma), drop the verbs
      int keepTo = w.equals("and") ? tk.end(t) : tk.end(t - 1) + 1;
      out.append(an.text, copyFrom, keepTo).append(' ');
      while (next < b && POSSESSIVES.contains(tk.norm(next))) next++;
      if (next >= b) return out.toString().strip();
      copyFrom = tk.start(next);
      t = next;
    }
    out.append(an.text, copyFrom, end);
    return out.toString().replaceAll("\\s+", " ").strip();
  }
}
