package org.coopevents.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.knowledge.SectorLexicon;

/**
 * Finds, for one pair of states, the sectors of cooperation the article speaks of and the stance
 * (AGREED, PROPOSED, DISCUSSED). Sentences count when they carry a cooperation cue, do not name
 * only third states, and are not greetings, ratifications, draft approvals, future signings or
 * business-forum deals; sectors are read from them with the sector lexicon.
 */
final class CooperationFinder {

  static final class Cooperation {
    String a;
    String b;
    final Set<String> sectors = new LinkedHashSet<>();
    String stance;
    int evidenceStart = -1;
    int evidenceEnd = -1;
    int sentences;
  }

  private CooperationFinder() {}

  /** True when a leader (by name or title) is named in the body: cooperation is between governments. */
  static boolean leaderNamed(Analysis an) {
    for (Ref r : an.refs) {
      int si = an.sentenceOfOffset(r.start());
      if (r.kind() == Analysis.RefKind.PERSON && si >= 0 && !an.furniture[si]) return true;
    }
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      if (an.hasLeaderTitle(s.start(), s.end())) return true;
    }
    return false;
  }

  /** True when some body sentence names both states. */
  static boolean pairTogether(Analysis an, String a, String b) {
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      boolean ha = false;
      boolean hb = false;
      for (Ref r : an.refsIn(s.start(), s.end())) {
        ha |= r.iso3().equals(a);
        hb |= r.iso3().equals(b);
      }
      if (ha && hb) return true;
    }
    return false;
  }

  static Cooperation find(Analysis an, String a, String b, boolean signed) {
    return find(an, a, b, signed, false);
  }

  /** {@code strict}: no visit or signing backs the pair, so sentences about the past do not count. */
  static Cooperation find(Analysis an, String a, String b, boolean signed, boolean strict) {
    Cooperation co = new Cooperation();
    co.a = a.compareTo(b) <= 0 ? a : b;
    co.b = a.compareTo(b) <= 0 ? b : a;
    boolean agreed = signed;
    boolean proposed = false;
    int firstStart = -1;
    int firstEnd = -1;
    int lastEnd = -1;
    for (int si = 0; si < an.sentences.size(); si++) {
      if (an.furniture[si]) continue;
      Sentences.Span s = an.sentences.get(si);
      List<CueHit> cues = an.cuesIn(s.start(), s.end());
      boolean coop = false;
      boolean excluded = false;
      boolean ag = false;
      boolean pr = false;
      for (CueHit c : cues) {
        if (c.is(Cue.COOPERATION) || c.is(Cue.AGREED) || c.is(Cue.PROPOSED) || c.is(Cue.DISCUSSED)
            || c.is(Cue.COOP_CONTEXT) || c.is(Cue.TALKS) || c.is(Cue.SIGN)) {
          coop = true;
        }
        if (c.is(Cue.GREETING) || c.is(Cue.SIGN_FUTURE)) excluded = true;
        if (strict && c.is(Cue.PAST_REFERENCE)) excluded = true;
        ag |= c.is(Cue.AGREED);
        pr |= c.is(Cue.PROPOSED);
      }
      if (!coop || excluded || negativeContext(an, s)) continue;
      List<Ref> refs = an.refsIn(s.start(), s.end());
      boolean mentionsPair = false;
      boolean mentionsOther = false;
      for (Ref r : refs) {
        if (r.iso3().equals(a) || r.iso3().equals(b)) mentionsPair = true;
        else mentionsOther = true;
      }
      if (mentionsOther && !mentionsPair) continue;
      List<SectorLexicon.Mention> ms = an.sectorsIn(s.start(), s.end());
      Set<String> found = new LinkedHashSet<>();
      for (int k = 0; k < ms.size(); k++) {
        SectorLexicon.Mention m = ms.get(k);
        String surface = an.text.substring(m.start(), m.end()).toLowerCase();
        boolean generic = surface.startsWith("construct") || surface.startsWith("строительств")
            || surface.startsWith("build") || surface.startsWith("строит");
        if (generic && m.codes().size() == 1 && m.codes().get(0).equals("CONSTRUCTION") && k + 1 < ms.size()) {
          SectorLexicon.Mention nx = ms.get(k + 1);
          if (nx.tokenStart() - m.tokenEnd() <= 6 && !nx.codes().contains("CONSTRUCTION")) continue;
        }
        found.addAll(m.codes());
      }
      if (found.isEmpty()) continue;
      co.sectors.addAll(found);
      agreed |= ag;
      proposed |= pr;
      co.sentences++;
      if (firstStart < 0) {
        firstStart = s.start();
        firstEnd = s.end();
      }
      lastEnd = s.end();
    }
    if (co.sectors.isEmpty()) return null;
    co.stance = proposed ? "PROPOSED" : agreed ? "AGREED" : "DISCUSSED";
    co.evidenceStart = firstStart;
    co.evidenceEnd = lastEnd - firstStart <= 2000 ? lastEnd : firstEnd;
    return co;
  }

  /** Ratification, draft approval, business deals: the sentence is not about the pair's cooperation. */
  private static boolean negativeContext(Analysis an, Sentences.Span s) {
    int a = an.tokens.firstAtOrAfter(s.start());
    int b = an.tokens.firstAtOrAfter(s.end());
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      if (w.startsWith("ratif") || w.startsWith("ратифи") || w.startsWith("approv")
          || w.startsWith("одобр") || w.startsWith("утверд") || w.equals("companies")
          || w.startsWith("компани") || w.equals("forum") && t > a && an.tokens.norm(t - 1).equals("business")
          || w.equals("форум") && t > a && an.tokens.norm(t - 1).equals("бизнес")
          || w.equals("draft") || w.equals("contracts") || w.startsWith("контракт")) {
        return true;
      }
    }
    return false;
  }

  static List<String[]> pairsOf(List<VisitFinder.Visit> visits) {
    List<String[]> out = new ArrayList<>();
    for (VisitFinder.Visit v : visits) out.add(new String[] {v.guest, v.host});
    return out;
  }
}
