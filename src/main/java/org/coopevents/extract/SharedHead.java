package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopevents.knowledge.DocNumber;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Tokens;

/**
 * Several documents under one plural head: "Protocols on cooperation in A and in the field of
 * B" is two protocols, "memoranda on trade, transit and IT" three, "agreements on twinning A
 * with B and the C with D" two. A part is split off where it opens with a preposition, a new
 * object with names of its own, or a sector other than the previous part's; later parts take the
 * head (singular) and the words the first part shares with them ("on cooperation").
 */
final class SharedHead {
  private SharedHead() {}

  private static final Set<String> PREPOSITIONS = DocumentListReader.PREPOSITIONS;

  /** "Protocols on cooperation in A and in the field of B" -> the two singular titles. */
  static List<String> split(Analysis an, String title, int titleStart, DocTypes.Mention m) {
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
}
