package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Tokens;

/**
 * A bare statement that is signed: "президенты подписали заявление об установлении всеобъемлющего
 * стратегического партнёрства", "the leaders signed a statement on ...". A bare "statement" /
 * "заявление" is no document type (it is usually spoken), but the object of a signing, with its
 * topic after it, is a declaration (the gold rules: a joint statement is a DECLARATION).
 */
final class SignedStatement {
  private SignedStatement() {}

  /** The statement's forms: the object of "signed"/"подписали", the genitive of "подписание". */
  private static final Set<String> STATEMENT = Set.of("statement", "заявление", "заявления", "заявлением");
  /** Words that open the statement's topic: "on", "of" (intent), "о", "об". */
  private static final Set<String> TOPIC = Set.of("on", "of", "about", "о", "об");
  /** The most tokens between the signing word and the statement ("signed a political statement on"). */
  private static final int REACH = 3;

  private static final DocTypes.DocType EN = new DocTypes.DocType("DECLARATION", "en", "statement", "Declaration");
  private static final DocTypes.DocType RU = new DocTypes.DocType("DECLARATION", "ru", "заявлени*", "Declaration");

  /** {@code docTypes} (in text order) with the signed bare statements added in their places. */
  static List<DocTypes.Mention> with(Tokens tokens, List<CueHit> cues, List<DocTypes.Mention> docTypes) {
    List<DocTypes.Mention> added = new ArrayList<>();
    for (CueHit c : cues) {
      if (!c.is(Cue.SIGN)) continue;
      for (int t = c.tokenEnd(); t < Math.min(tokens.size() - 1, c.tokenEnd() + REACH); t++) {
        String w = tokens.norm(t);
        if (!STATEMENT.contains(w)) continue;
        if (TOPIC.contains(tokens.norm(t + 1)) && !covered(docTypes, t)) {
          added.add(new DocTypes.Mention(tokens.start(t), tokens.end(t), t, t + 1, w.equals("statement") ? EN : RU));
        }
        break;
      }
    }
    if (added.isEmpty()) return docTypes;
    List<DocTypes.Mention> out = new ArrayList<>(docTypes);
    out.addAll(added);
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /** Token {@code t} lies in a document type already found ("joint statement"). */
  private static boolean covered(List<DocTypes.Mention> docTypes, int t) {
    int lo = 0;
    int hi = docTypes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (docTypes.get(mid).tokenEnd() <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo < docTypes.size() && docTypes.get(lo).tokenStart() <= t;
  }
}
