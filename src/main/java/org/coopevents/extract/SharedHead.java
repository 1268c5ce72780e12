package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    List<String> fields = fieldList(an, head, body);
    if (fields != null) return fields;
    List<String> listed = enumeration(an, head, body);
    if (listed != null) return listed;
    List<String> parts = new ArrayList<>();
    String conjWord = an.russian ? " и " : " and ";
    int pos = 0;
    int lastSplit = 0;
    while (true) {
      int iAnd = body.indexOf(conjWord, pos);
      int iComma = body.indexOf(", ", pos);
      // "соглашения: о A; о B; о C": a semicolon parts topics as a comma does
      int iSemi = body.indexOf("; ", pos);
      if (iSemi >= 0 && (iComma < 0 || iSemi < iComma)) iComma = iSemi;
      int i;
      String conj;
      if (iComma >= 0 && (iAnd < 0 || iComma < iAnd)) {
        i = iComma;
        char sep = body.charAt(iComma);
        conj = body.startsWith(sep + " and ", iComma) ? sep + " and " : body.startsWith(sep + " и ", iComma) ? sep + " и " : sep + " ";
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
        String rc = nextChunk(nextChunk(right, conjWord), ", ");
        split = !ls.isEmpty() && !rs.isEmpty() && (java.util.Collections.disjoint(ls, rs) || twoTopics(an, left, rc));
      }
      // "memoranda on education between the Ministry of Education and Training and the Lao
      // Ministry of Education and Sports": after "between" come the parties, whose "and" parts no topics
      if (split && (" " + left.toLowerCase() + " ").matches(".*\\s(?:between|между)\\s.*")) split = false;
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
      out.add((an.russian ? ownTopic(head, p) : headFor(head, p)) + (shared.isEmpty() ? "" : " " + shared) + " " + p);
    }
    return out;
  }

  /**
   * "in the fields of", "в сферах", "в области": a word of fields before the list of fields;
   * group 1 the word. English takes "of" after it; a Russian field word governs the genitive.
   */
  private static final Pattern FIELDS = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:(fields|areas|spheres|sectors|domains|field|area|sphere|sector|domain)\\s+of"
      + "|(сферах|областях|отраслях|направлениях|сфере|области|отрасли))\\s+");
  private static final Map<String, String> FIELD_SINGULAR = Map.of("fields", "field", "areas", "area",
      "spheres", "sphere", "sectors", "sector", "domains", "domain", "сферах", "сфере", "областях", "области",
      "отраслях", "отрасли", "направлениях", "направлении");
  /** What a list of fields may end with that names none: "among others", "и др.". */
  private static final Pattern LIST_TAIL = Pattern.compile(
      "(?iu)[\\s,]*(?:among others|and others|and more|etc\\.?|и другие|и другим|и др\\.?)\\s*$");
  /** The prepositions after which an English enumeration's shared words end: "on cooperation on". */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "in", "of", "for", "about", "regarding",
      "concerning", "covering");

  /**
   * "Memoranda of understanding in the fields of media, culture and higher education": one
   * document per field, each "in the field of" it. The items are split as {@link #items} does;
   * with no comma, at an "and" between fields of different sectors ("trade and investment", not
   * "science and technology"). Null when the body names no list of fields.
   */
  static List<String> fieldList(Analysis an, String head, String body) {
    Matcher fm = FIELDS.matcher(body);
    if (!fm.find()) return null;
    String word = fm.group(1) != null ? fm.group(1) : fm.group(2);
    int wordStart = fm.group(1) != null ? fm.start(1) : fm.start(2);
    int wordEnd = fm.group(1) != null ? fm.end(1) : fm.end(2);
    String prefix = body.substring(0, wordStart)
        + FIELD_SINGULAR.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), word) + body.substring(wordEnd, fm.end());
    String list = LIST_TAIL.matcher(body.substring(fm.end())).replaceAll("").strip();
    List<String> items = items(an, list);
    if (items == null) {
      String conj = an.russian ? " и " : " and ";
      int i = list.indexOf(conj);
      if (i < 0 || list.indexOf(conj, i + 1) >= 0) return null;
      String l = list.substring(0, i).strip();
      String r = list.substring(i + conj.length()).strip();
      Set<String> ls = an.kb.sectors.sectors(l);
      Set<String> rs = an.kb.sectors.sectors(r);
      if (ls.isEmpty() || rs.isEmpty() || !java.util.Collections.disjoint(ls, rs)) return null;
      items = List.of(l, r);
    }
    // "в области туризма, о транзите ...": items with prepositions of their own are topics, not fields
    for (int k = 1; k < items.size(); k++) {
      if (PREPOSITIONS.contains(items.get(k).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))) return null;
    }
    List<String> out = new ArrayList<>();
    for (String it : items) out.add((head + " " + prefix).replaceAll("\\s+", " ").strip() + " " + it);
    return out;
  }

  /**
   * "Agreements on cooperation on defence, trade, agriculture and training": an English
   * enumeration of bare topics after the shared words ("on cooperation on") gives one document
   * each. Null when the body is no such list: no comma, a later item that opens with a
   * preposition or an article (the general split reads those), or no shared words that end in a
   * preposition.
   */
  static List<String> enumeration(Analysis an, String head, String body) {
    if (an.russian) return null;
    List<String> items = items(an, LIST_TAIL.matcher(body).replaceAll("").strip());
    if (items == null) return null;
    for (int k = 1; k < items.size(); k++) {
      String fw = items.get(k).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
      if (PREPOSITIONS.contains(fw) || fw.equals("the") || fw.equals("a") || fw.equals("an")) return null;
    }
    String[] ws = items.get(0).split("\\s+");
    int last = -1;
    for (int k = 0; k < ws.length - 1; k++) if (TOPIC_PREPOSITIONS.contains(ws[k].toLowerCase(java.util.Locale.ROOT))) last = k;
    if (last < 0) return null;
    String prefix = String.join(" ", java.util.Arrays.copyOfRange(ws, 0, last + 1));
    List<String> out = new ArrayList<>();
    out.add(head + " " + items.get(0));
    for (int k = 1; k < items.size(); k++) out.add(head + " " + prefix + " " + items.get(k));
    return out;
  }

  /**
   * The items of an enumeration "A, B and C": split at every comma outside brackets and quotes,
   * and at the "and" after the last comma; after an Oxford ", and" an inner "and" joins one item
   * ("tourism, and gems and jewellery"). Null without a comma.
   */
  static List<String> items(Analysis an, String list) {
    String conj = an.russian ? " и " : " and ";
    List<String> items = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(' || c == '«' || c == '“') depth++;
      if ((c == ')' || c == '»' || c == '”') && depth > 0) depth--;
      if (c == ',' && depth == 0) {
        items.add(list.substring(from, i).strip());
        from = i + 1;
      }
    }
    if (items.isEmpty()) return null;
    String last = list.substring(from).strip();
    if (last.startsWith(conj.strip() + " ")) {
      last = last.substring(conj.strip().length()).strip();
    } else {
      // "A, B and C": the last "and" parts B from C unless the two are one field ("science and
      // technology", "health and medicine": a sector in common)
      int i = last.lastIndexOf(conj);
      if (i > 0) {
        String l = last.substring(0, i).strip();
        String r = last.substring(i + conj.length()).strip();
        if (java.util.Collections.disjoint(an.kb.sectors.sectors(l), an.kb.sectors.sectors(r))) {
          items.add(l);
          last = r;
        }
      }
    }
    items.add(last);
    items.removeIf(String::isEmpty);
    return items.size() < 2 ? null : items;
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

  /**
   * The head for a later Russian part that opens with the preposition of the head's own topic
   * ("меморандумы о сотрудничестве в сфере туризма, о взаимодействии в области ..."): the part's
   * topic takes the place of the head's, which keeps its words before that preposition
   * ("Меморандум о взаимодействии ..."), but "о взаимопонимании" names the type and stays;
   * else {@link #headFor}.
   */
  static String ownTopic(String head, String part) {
    String firstWord = part.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    String[] hw = head.split("\\s+");
    for (int j = 1; j < hw.length; j++) {
      // "Меморандум о взаимопонимании": the type's own name, no topic
      boolean ownName = j + 1 < hw.length && hw[j + 1].toLowerCase(java.util.Locale.ROOT).startsWith("взаимопоним");
      if (hw[j].equalsIgnoreCase(firstWord) && PREPOSITIONS.contains(firstWord) && !ownName) {
        return String.join(" ", java.util.Arrays.copyOfRange(hw, 0, j));
      }
    }
    return headFor(head, part);
  }

  /**
   * "agreements on solar energy and nuclear energy", "MoUs on higher education and vocational
   * training", "agreements on railways and civil aviation": two topics of one sector, each a noun
   * phrase of its own, are two documents under a plural head. The topic of {@code left} is its
   * words after its last preposition; a pair inside a field ("in the field of A and B", "в области
   * A и B") is one topic. Each topic has two words or more; a one-word topic counts
   * only in English before a longer one and as a plural noun ("railways", not "nuclear" in
   * "nuclear and renewable energy" nor "oil and gas"). Never where the lexicon reads "A and B" as
   * one phrase ("trade and investment").
   */
  static boolean twoTopics(Analysis an, String left, String right) {
    String[] lw = left.strip().split("\\s+");
    int from = 0;
    for (int k = 0; k < lw.length - 1; k++) if (PREPOSITIONS.contains(lw[k].toLowerCase(java.util.Locale.ROOT))) from = k + 1;
    String[] l = java.util.Arrays.copyOfRange(lw, from, lw.length);
    // "в области изменения климата и низкоуглеродного развития": a pair in one field is one topic
    for (String w : lw) {
      String n = w.toLowerCase(java.util.Locale.ROOT);
      if (FIELD_SINGULAR.containsKey(n) || FIELD_SINGULAR.containsValue(n)) return false;
    }
    String[] r = right.strip().split("\\s+");
    if (l.length == 0 || r.length == 0 || l[0].isEmpty() || r[0].isEmpty()) return false;
    if (an.kb.sectors.sectors(String.join(" ", l)).isEmpty() || an.kb.sectors.sectors(right).isEmpty()) return false;
    boolean both = l.length >= 2 && r.length >= 2;
    String single = l[0].toLowerCase(java.util.Locale.ROOT);
    boolean pluralNoun = !an.russian && l.length == 1 && r.length >= 2 && single.endsWith("s") && !single.endsWith("ss")
        && !single.endsWith("ous") && !single.endsWith("ics");
    if (!both && !pluralNoun) return false;
    // "trade and investment", "пояс и путь": one phrase of the lexicon across the conjunction
    String joined = String.join(" ", l) + (an.russian ? " и " : " and ") + right.strip();
    Tokens jt = Tokens.of(joined);
    int andAt = String.join(" ", l).length() + 1;
    for (org.coopevents.knowledge.SectorLexicon.Mention m : an.kb.sectors.findMentions(jt, 0, Integer.MAX_VALUE)) {
      if (m.start() < andAt && m.end() > andAt) return false;
    }
    return true;
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
