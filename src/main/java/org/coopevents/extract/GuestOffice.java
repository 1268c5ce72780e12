package org.coopevents.extract;

import java.util.List;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.Ref;
import org.coopevents.knowledge.Titles;

/**
 * A state named as the state of an office below its leaders: a deputy's title ("Chinese Vice
 * Premier Ding Xuexiang", "вице-премьер Госсовета КНР", "Deputy Prime Minister Ahmad Zahid Hamidi
 * of Malaysia"), a chamber of parliament or its speaker ("Iranian Parliament Speaker", "председатель
 * парламента Ирана"), the opposition ("Belarusian opposition leader", "лидер белорусской
 * оппозиции"), a minister other than the foreign minister ("Russian Energy Minister", "министр
 * энергетики России"). The gold rules count the visits of heads of state or government and of foreign
 * ministers (a state's leader in fact among them); a guest state named only so sends none. A
 * vice president is a leader's deputy who travels as one ({@link ViceHeadOfState}); a title of
 * its own beside the deputy's ("Deputy Prime Minister and Foreign Minister") keeps the state's
 * leader. Words: {@code guest_office_words.tsv}.
 */
final class GuestOffice {
  enum Role { CHAMBER, OPPOSITION, MINISTER }

  private static final RoleWords<Role> WORDS = RoleWords.load("guest_office_words.tsv", Role.class);
  /** Words before the state's word that may hold the office ("Speaker of the Iranian"). */
  private static final int WORDS_BEFORE = 3;
  /** Words after it ("Iranian Parliament Speaker"). */
  private static final int WORDS_AFTER = 2;
  /** How far a deputy's title may end before the state, a name between ("Deputy Prime Minister Ahmad Zahid Hamidi of"). */
  private static final int TITLE_BEFORE = 6;

  private GuestOffice() {}

  /**
   * Whether the state's word {@code r} names the state of an office below its leaders, in the
   * clause [{@code from}, {@code to}) whose cues are {@code cues}.
   */
  static boolean below(Analysis an, Ref r, List<CueHit> cues, int from, int to) {
    if (r.kind() == Analysis.RefKind.PERSON) return false;
    int lo = an.tokens.firstAtOrAfter(from);
    int hi = an.tokens.firstAtOrAfter(to);
    int first = Math.max(lo, r.tokenStart() - WORDS_BEFORE);
    int last = Math.min(hi, r.tokenEnd() + WORDS_AFTER);
    // a title may begin before the window ("Foreign | Minister of Egypt")
    int titleFrom = Math.max(lo, first - TITLE_BEFORE);
    List<Titles.Mention> titles = first < last ? an.titlesIn(an.tokens.start(titleFrom), an.tokens.end(last - 1)) : List.of();
    for (int t = first; t < last; t++) {
      // a word of a leader's own title ("Prime Minister", "председатель Государственного совета КНР") is none
      if (t >= r.tokenStart() && t < r.tokenEnd() || inTitle(titles, t)) continue;
      String w = an.tokens.norm(t);
      if (WORDS.is(Role.CHAMBER, w) || WORDS.is(Role.OPPOSITION, w) || WORDS.is(Role.MINISTER, w)) return true;
      // a chamber named by two words, neither a chamber's alone ("Совета Федерации РФ")
      if (t + 1 < last && t + 1 != r.tokenStart() && WORDS.is(Role.CHAMBER, w + " " + an.tokens.norm(t + 1))) return true;
    }
    return deputyOnly(an, cues, Math.max(lo, r.tokenStart() - TITLE_BEFORE), Math.min(hi, r.tokenEnd() + WORDS_AFTER));
  }

  /** A deputy's title in tokens [{@code first}, {@code last}) and no title of the state's leader there. */
  private static boolean deputyOnly(Analysis an, List<CueHit> cues, int first, int last) {
    if (first >= last) return false;
    boolean deputy = false;
    for (Titles.Mention m : an.titlesIn(an.tokens.start(first), an.tokens.end(last - 1))) {
      CueHit d = deputyBefore(m, cues);
      if (d == null || ViceHeadOfState.is(an, m, d)) return false;
      deputy = true;
    }
    return deputy;
  }

  private static boolean inTitle(List<Titles.Mention> titles, int t) {
    for (Titles.Mention m : titles) if (m.tokenStart() <= t && t < m.tokenEnd()) return true;
    return false;
  }

  private static CueHit deputyBefore(Titles.Mention m, List<CueHit> cues) {
    for (CueHit c : cues) if (c.is(Cue.DEPUTY) && c.tokenEnd() == m.tokenStart()) return c;
    return null;
  }
}
