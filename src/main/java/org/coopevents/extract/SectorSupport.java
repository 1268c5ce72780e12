package org.coopevents.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.SectorLexicon;
import org.coopevents.knowledge.SectorLexicon.Frame;
import org.coopevents.knowledge.SectorLexicon.FrameMention;
import org.coopevents.knowledge.Tokens;

/**
 * Which sector words of an article name a field of joint work: per sentence, the sector codes
 * that stand in a cooperation frame of the same clause (cooperation_frames.tsv). A list of sector
 * words ("trade, energy and agriculture") is read as one: it counts when a frame governs it from
 * the left ("cooperation in", "agreed on", "discussed", "signed documents on", "сотрудничество в
 * сфере", "договорились о") through linking words only, or frames it from the right ("energy
 * cooperation", "... between the two countries"), or when a phrase names a joint field by itself
 * ("trade turnover"). A list that sits in the title of a named document ("Agreement on
 * cooperation in energy") belongs to that document, not to the pair's cooperation; a frame next
 * to a trilateral, multilateral or regional word is not the pair's. Sentences told as background
 * ("Напомним", a past year only) are marked. Computed once per article, linear in its tokens.
 */
final class SectorSupport {
  /** How far (in tokens) a frame may stand left of its list, and right of it. */
  private static final int LEFT_REACH = 14;
  private static final int RIGHT_REACH = 4;
  /** Most linking tokens between two items of one list. */
  private static final int LIST_GAP = 4;

  private static final int COOP = 1;
  private static final int ACT = 2;
  private static final int RIGHT = 4;
  private static final int GAP = 8;
  private static final int BLOCK = 16;
  private static final int SELF = 32;
  private static final int DOC_ONE = 64;
  private static final int DOC_MANY = 128;
  private static final int REF = 256;
  private static final int HISTORY_BIT = 512;
  private static final int SECTOR = 1024;
  private static final int REGION = 2048;
  private static final Set<String> OF = Set.of("of", "the", "a", "an", "new", "second", "для", "новой", "новых");
  private static final Set<String> LIST_AND = Set.of("and", "or", "и", "или");

  /** Words that open a new clause: a frame does not reach across them. */
  private static final Set<String> CLAUSE_WORDS = Set.of("which", "who", "whom", "whose", "where",
      "while", "whereas", "although", "though", "but", "however", "который", "которая", "которое",
      "которые", "которого", "которой", "которую", "которым", "которых", "которыми", "котором", "где",
      "хотя", "однако", "но");

  private final List<Set<String>> codes;
  private final boolean[] history;
  private final boolean regional;

  private SectorSupport(List<Set<String>> codes, boolean[] history, boolean regional) {
    this.codes = codes;
    this.history = history;
    this.regional = regional;
  }

  /**
   * True when the lead (the title and the first sentence) has a region or its head as an actor
   * ("губернатор", "аким", "oblast") and no national leader: the article reports regional ties.
   */
  boolean regional() {
    return regional;
  }

  /** The supported sector codes of sentence {@code si}, in text order. */
  Set<String> codes(int si) {
    return codes.get(si);
  }

  /** True when sentence {@code si} is background: "Напомним", "recall that", or only past years. */
  boolean history(int si) {
    return history[si];
  }

  static SectorSupport of(Analysis an) {
    Tokens tk = an.tokens;
    int n = tk.size();
    int[] kind = new int[n];
    for (FrameMention f : an.kb.sectors.findFrames(tk, 0, n)) {
      int k = (f.is(Frame.COOP) ? COOP : 0) | (f.is(Frame.ACT) ? ACT : 0) | (f.is(Frame.RIGHT) ? RIGHT : 0)
          | (f.is(Frame.GAP) ? GAP : 0) | (f.is(Frame.BLOCK) ? BLOCK : 0) | (f.is(Frame.SELF) ? SELF : 0)
          | (f.is(Frame.HISTORY) ? HISTORY_BIT : 0) | (f.is(Frame.REGION) ? BLOCK | REGION : 0);
      for (int t = f.tokenStart(); t < f.tokenEnd(); t++) kind[t] |= k;
    }
    for (DocTypes.Mention d : an.docTypes) {
      int k = plural(an, d) ? DOC_MANY : DOC_ONE;
      for (int t = d.tokenStart(); t < d.tokenEnd(); t++) kind[t] |= k;
    }
    for (Analysis.Ref r : an.refs) {
      for (int t = r.tokenStart(); t < r.tokenEnd() && t < n; t++) kind[t] |= REF;
    }
    for (SectorLexicon.Mention m : an.sectors) {
      for (int t = m.tokenStart(); t < m.tokenEnd(); t++) kind[t] |= SECTOR;
    }
    List<Set<String>> out = new ArrayList<>(an.sentences.size());
    boolean[] history = new boolean[an.sentences.size()];
    List<SectorLexicon.Mention> all = an.sectors;
    int mi = 0;
    for (int si = 0; si < an.sentences.size(); si++) {
      int ts = an.sentTokStart[si];
      int te = an.sentTokEnd[si];
      while (mi < all.size() && all.get(mi).tokenStart() < ts) mi++;
      List<SectorLexicon.Mention> ms = new ArrayList<>();
      for (int j = mi; j < all.size() && all.get(j).tokenStart() < te; j++) ms.add(all.get(j));
      history[si] = history(an, kind, ts, te);
      out.add(ms.isEmpty() ? Set.of() : sentence(an, kind, ts, te, ms));
    }
    return new SectorSupport(out, history, regionalLead(an, kind));
  }

  private static Set<String> sentence(Analysis an, int[] kind, int ts, int te, List<SectorLexicon.Mention> ms) {
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    while (i < ms.size()) {
      // one list: items joined by a few linking words within a clause
      int j = i;
      while (j + 1 < ms.size() && linked(an, kind, ms.get(j).tokenEnd(), ms.get(j + 1).tokenStart())) j++;
      SectorLexicon.Mention first = ms.get(i);
      SectorLexicon.Mention last = ms.get(j);
      int left = leftFrame(an, kind, ts, first.tokenStart());
      boolean title = left == DOC_ONE;
      // a list whose first item holds its own governing verb ("discussed trade, energy ...") is framed by it
      boolean framed = left == ACT || left == COOP || governs(kind, first) || sharedHead(kind, i, j, last)
          || left == 0 && rightFrame(an, kind, te, last.tokenEnd());
      if (!title && left != BLOCK) {
        for (int k = i; k <= j; k++) {
          SectorLexicon.Mention m = ms.get(k);
          if ((framed || self(kind, m)) && !genericConstruction(an, ms, k)) out.addAll(m.codes());
        }
      }
      i = j + 1;
    }
    return out;
  }

  /** The phrase opens with a governing frame of its own ("discussed trade", "step up trade"). */
  private static boolean governs(int[] kind, SectorLexicon.Mention m) {
    return (kind[m.tokenStart()] & ACT) != 0;
  }

  /**
   * The last item of a list of several ends in a frame word, its head, which the items before it
   * share: "trade and defence deals", "trade and energy cooperation".
   */
  private static boolean sharedHead(int[] kind, int i, int j, SectorLexicon.Mention last) {
    return j > i && last.tokenEnd() - last.tokenStart() > 1 && (kind[last.tokenEnd() - 1] & (ACT | COOP)) != 0;
  }

  /** A phrase that names a joint field by itself ("trade turnover", "energy cooperation", "raise trade"). */
  private static boolean self(int[] kind, SectorLexicon.Mention m) {
    for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
      // "joint venture" names a company, not a field
      if ((kind[t] & (SELF | ACT)) != 0 || (kind[t] & COOP) != 0 && t > m.tokenStart()) return true;
    }
    return false;
  }

  /**
   * Walks left from token {@code from} over linking words, numbers, state names, cooperation
   * nouns, other sector phrases, infinitives ("agreed to build the ..."), a few words before the
   * list's first item (its modifiers) and short items the lexicon does not know ("trade, investment"):
   * ACT when a governing frame is reached, COOP when only a cooperation noun was, DOC_ONE when the
   * list sits in the title of one named document, BLOCK when a trilateral or regional word takes
   * the frame, 0 when nothing frames the list. A list opened by a colon or a dash takes the frame
   * of its clause ("discussed a wide range of topics: trade, energy ...").
   */
  private static int leftFrame(Analysis an, int[] kind, int ts, int from) {
    boolean coop = false;
    int t = from - 1;
    for (int mods = 0; t >= ts && mods < 4 && kind[t] == 0 && modifier(an, t) && !boundary(an, t + 1) && !separated(an, t)
        && !opensList(an, t); mods++) {
      t--;
    }
    int steps = 0;
    int items = 0;
    while (t >= ts && steps < LEFT_REACH) {
      if (boundary(an, t + 1)) break;
      if (opensList(an, t)) {
        int f = clauseFrame(an, kind, ts, t);
        return f != 0 ? f : coop ? COOP : 0;
      }
      int k = kind[t];
      if ((k & BLOCK) != 0) return BLOCK;
      if ((k & (DOC_MANY | ACT)) != 0) return ACT;
      if ((k & DOC_ONE) != 0) return DOC_ONE;
      if ((k & COOP) != 0) {
        coop = true;
        t--;
        continue;
      }
      if ((k & SECTOR) != 0) {
        t--;
        continue;
      }
      steps++;
      if ((k & (GAP | REF)) != 0 || an.tokens.isNumber(t) || infinitive(an, t)) {
        t--;
        continue;
      }
      // a short list item the lexicon does not know: a comma or "and" on one side of it
      int s = item(an, kind, ts, t);
      if (s < 0 || ++items > 3) break;
      t = s - 1;
    }
    return coop ? COOP : 0;
  }

  /**
   * The first token of a list item of at most three tokens that ends at token t, when a comma or
   * "and" follows it or precedes it; -1 when t ends no such item.
   */
  private static int item(Analysis an, int[] kind, int ts, int t) {
    boolean after = separated(an, t) || t + 1 < an.tokens.size() && LIST_AND.contains(an.tokens.norm(t + 1));
    for (int s = t; s >= ts && t - s < 3; s--) {
      if (s < t && (kind[s] & (ACT | COOP | BLOCK | DOC_ONE | DOC_MANY | SECTOR)) != 0) return after ? s + 1 : -1;
      if (boundary(an, s)) return after ? s : -1;
      if (s > ts && (separated(an, s - 1) || LIST_AND.contains(an.tokens.norm(s - 1)))) return s;
    }
    return after ? t - 2 : -1;
  }

  /** The strongest frame in the clause left of token {@code t} (for a list after a colon or a dash). */
  private static int clauseFrame(Analysis an, int[] kind, int ts, int t) {
    boolean coop = false;
    for (int u = t; u >= ts && t - u < 25; u--) {
      int k = kind[u];
      if ((k & BLOCK) != 0) return BLOCK;
      if ((k & (DOC_MANY | ACT)) != 0) return ACT;
      if ((k & DOC_ONE) != 0) return DOC_ONE;
      coop |= (k & COOP) != 0;
      if (boundary(an, u)) break;
    }
    return coop ? COOP : 0;
  }

  private static final String[] RU_VERB = {"ся", "сь", "ли", "ла", "ло", "ет", "ит", "ют", "ят", "ут", "ть", "ти"};
  private static final Set<String> RU_PREP = Set.of("после", "до", "перед", "через", "без", "против", "около",
      "вокруг", "ради", "кроме", "из-за", "среди", "вне", "при", "за", "под", "над", "от", "к", "у");
  private static final String[] RU_ADJ = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому",
      "ему", "ым", "им", "ых", "их", "ую", "юю", "ей"};

  /**
   * A word that can modify the sector word after it: a name ("Gashuunsukhait"), part of a
   * hyphenated compound ("cross-border"), an English adjective ending; in Russian an adjective or
   * a head noun the sector word depends on.
   */
  private static boolean modifier(Analysis an, int t) {
    if (an.russian) {
      // an adjective, or the head noun of a genitive ("поставки зерна", "объекты энергетики"); not a verb
      // ("обострились после ...") nor a preposition
      String w = an.tokens.norm(t);
      for (String e : RU_ADJ) if (w.endsWith(e)) return true;
      if (RU_PREP.contains(w)) return false;
      for (String e : RU_VERB) if (w.endsWith(e)) return false;
      return true;
    }
    if (an.tokens.upperFirst(t)) return true;
    if (t + 1 < an.tokens.size() && an.tokens.start(t + 1) == an.tokens.end(t) + 1
        && an.text.charAt(an.tokens.end(t)) == '-') {
      return true;
    }
    if (t > 0 && an.tokens.start(t) == an.tokens.end(t - 1) + 1 && an.text.charAt(an.tokens.start(t) - 1) == '-') return true;
    String w = an.tokens.norm(t);
    return w.endsWith("al") || w.endsWith("ic") || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish")
        || w.endsWith("ern") || w.endsWith("ive") || w.endsWith("ary") || w.endsWith("ous");
  }

  /** A colon or a dash after token t opens a list. */
  private static boolean opensList(Analysis an, int t) {
    if (t + 1 >= an.tokens.size()) return false;
    for (int c = an.tokens.end(t); c < an.tokens.start(t + 1); c++) {
      char ch = an.text.charAt(c);
      if (ch == ':' || ch == '—' || ch == '–') return true;
    }
    return false;
  }

  /** A comma after token t. */
  private static boolean separated(Analysis an, int t) {
    if (t + 1 >= an.tokens.size()) return false;
    for (int c = an.tokens.end(t); c < an.tokens.start(t + 1); c++) if (an.text.charAt(c) == ',') return true;
    return false;
  }

  /** "to build", "реализовать": a verb between a frame and its object. */
  private static boolean infinitive(Analysis an, int t) {
    String w = an.tokens.norm(t);
    if (an.russian) return w.endsWith("ть") || w.endsWith("ться") || w.endsWith("ти");
    return t > 0 && an.tokens.norm(t - 1).equals("to");
  }

  /** A cooperation noun or a RIGHT frame a few linking words right of the list. */
  private static boolean rightFrame(Analysis an, int[] kind, int te, int from) {
    int steps = 0;
    for (int t = from; t < te && steps < RIGHT_REACH; t++, steps++) {
      if (boundary(an, t)) return false;
      int k = kind[t];
      if ((k & BLOCK) != 0) return false;
      if ((k & (COOP | RIGHT)) != 0) return true;
      if ((k & GAP) != 0) continue;
      return false;
    }
    return false;
  }

  /** Tokens [a, b) between two sector phrases are a list's linking words ("and", ", the", "и"). */
  private static boolean linked(Analysis an, int[] kind, int a, int b) {
    if (b - a > LIST_GAP || b == a && !separated(an, a - 1)) return false;
    for (int t = a; t < b; t++) {
      if (boundary(an, t) || (kind[t] & (GAP | COOP)) == 0) return false;
    }
    return !boundary(an, b);
  }

  /** A clause starts at token t: after ';' or a bracket, or with a relative or contrastive word. */
  private static boolean boundary(Analysis an, int t) {
    if (t <= 0 || t >= an.tokens.size()) return false;
    if (CLAUSE_WORDS.contains(an.tokens.norm(t))) return true;
    for (int c = an.tokens.end(t - 1); c < an.tokens.start(t); c++) {
      char ch = an.text.charAt(c);
      if (ch == ';' || ch == '(' || ch == ')') return true;
    }
    return false;
  }

  /**
   * "construction of a railway", "строительство железной дороги": building is the way of the
   * field that follows, not a construction sector of its own; an item of a list ("in industry,
   * construction, transit") stays, and so does "строительная индустрия".
   */
  private static boolean genericConstruction(Analysis an, List<SectorLexicon.Mention> ms, int k) {
    SectorLexicon.Mention m = ms.get(k);
    if (m.codes().size() != 1 || !m.codes().get(0).equals("CONSTRUCTION") || k + 1 >= ms.size()) return false;
    String w = an.tokens.norm(m.tokenStart());
    if (!(w.startsWith("construct") || w.startsWith("строительств") || w.equals("build") || w.equals("building"))) {
      return false;
    }
    SectorLexicon.Mention nx = ms.get(k + 1);
    if (nx.codes().contains("CONSTRUCTION") || nx.tokenStart() - m.tokenEnd() > 6) return false;
    for (int c = m.end(); c < nx.start(); c++) if (an.text.charAt(c) == ',') return false;
    for (int t = m.tokenEnd(); t < nx.tokenStart(); t++) {
      String g = an.tokens.norm(t);
      boolean ref = false;
      for (Analysis.Ref r : an.refsIn(an.tokens.start(t), an.tokens.end(t))) ref = true;
      if (!ref && !OF.contains(g)) return false;
    }
    return true;
  }

  /** A document type written in the plural ("agreements", "меморандумы"): unnamed documents. */
  private static boolean plural(Analysis an, DocTypes.Mention d) {
    String w = an.tokens.norm(d.tokenStart());
    if (d.docType().lang().equals("en") || w.chars().allMatch(c -> c < 0x80)) {
      return w.endsWith("s") && !w.endsWith("ss") || w.equals("memoranda");
    }
    if (w.startsWith("соглашени")) return !w.equals("соглашение") && !w.equals("соглашении") && !w.equals("соглашению")
        && !w.equals("соглашением") && !(w.equals("соглашения") && an.tokens.upperFirst(d.tokenStart()));
    return w.endsWith("ы") || w.endsWith("ов") || w.endsWith("ам") || w.endsWith("ами") || w.endsWith("ах")
        || w.endsWith("и") && !w.endsWith("ии");
  }

  private static boolean regionalLead(Analysis an, int[] kind) {
    boolean region = false;
    String title = an.article.title == null ? "" : an.article.title;
    Tokens tt = Tokens.of(title);
    for (FrameMention f : an.kb.sectors.findFrames(tt, 0, tt.size())) region |= f.is(Frame.REGION);
    if (an.sentences.isEmpty()) return region;
    Sentences.Span s0 = an.sentences.get(0);
    for (int t = an.sentTokStart[0]; t < an.sentTokEnd[0]; t++) region |= (kind[t] & REGION) != 0;
    if (!region) return false;
    for (Analysis.Ref r : an.refsIn(s0.start(), s0.end())) if (r.kind() == Analysis.RefKind.PERSON) return false;
    return !an.hasLeaderTitle(s0.start(), s0.end());
  }

  /** Background: "Напомним", "recall that", or a sentence opening with a past year ("In 2023 the sides ..."). */
  private static boolean history(Analysis an, int[] kind, int ts, int te) {
    for (int t = ts; t < te; t++) if ((kind[t] & HISTORY_BIT) != 0) return true;
    if (an.anchor == null) return false;
    for (int t = ts; t < te && t < ts + 3; t++) {
      String w = an.tokens.norm(t);
      if (w.length() == 4 && an.tokens.isNumber(t) && (w.startsWith("19") || w.startsWith("20"))) {
        return Integer.parseInt(w) < an.anchor.getYear();
      }
    }
    return false;
  }
}
