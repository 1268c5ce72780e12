package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coopevents.knowledge.Countries;
import org.coopevents.knowledge.Tokens;

/**
 * The two parties of a signing: the visit's pair, else the states of the signing, else the
 * article's. A signing that names one state of a tour of several (and no other) gets none.
 */
final class SigningParties {
  private SigningParties() {}

  static void settle(Analysis an, SigningFinder.Signing sg, List<String[]> visitPairs) {
    String visitA = null;
    String visitB = null;
    for (String[] p : visitPairs) {
      if (sg.partiesInText.contains(p[0]) && sg.partiesInText.contains(p[1])) {
        visitA = p[0];
        visitB = p[1];
        break;
      }
    }
    if (visitA == null) {
      Set<String> others = new TreeSet<>();
      for (String[] p : visitPairs) {
        // "arrived in Hanoi, hours after leaving North Korea, where he signed a pact with Kim":
        // two states of the signing's own text, one of them outside the visit, signed elsewhere
        if (sg.partiesInText.size() == 2) continue;
        if (sg.partiesInText.contains(p[0]) || sg.partiesInText.contains(p[1])) {
          if (visitA == null) {
            visitA = p[0];
            visitB = p[1];
          }
          others.add(sg.partiesInText.contains(p[0]) ? p[1] : p[0]);
        }
      }
      // "signed 17 agreements with the three countries" on a tour: the one state it names
      // visited several, and nothing tells which of them signed: no signing of one pair
      if (others.size() > 1 && sg.partiesInText.size() < 2) return;
    }
    if (visitA == null && !visitPairs.isEmpty() && sg.partiesInText.size() < 2) {
      visitA = visitPairs.get(0)[0];
      visitB = visitPairs.get(0)[1];
    }
    if (visitA != null) {
      sg.a = visitA;
      sg.b = visitB;
      return;
    }
    Map<String, Integer> w = an.weights();
    List<String> inText = new ArrayList<>(sg.partiesInText);
    inText.sort((x, y) -> Integer.compare(w.getOrDefault(y, 0), w.getOrDefault(x, 0)));
    List<String> pick = new ArrayList<>();
    for (String s : inText) if (pick.size() < 2 && !pick.contains(s)) pick.add(s);
    List<Map.Entry<String, Integer>> all = new ArrayList<>(w.entrySet());
    all.removeIf(e -> pick.contains(e.getKey()));
    all.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    // "signed agreements with broadcasters of Argentina, the Philippines and Russia": the article
    // names several states as often as each other, and nothing tells which one signed
    if (pick.size() < 2 && Analysis.tiedAt(all, 1 - pick.size())) return;
    for (Map.Entry<String, Integer> e : all) if (pick.size() < 2) pick.add(e.getKey());
    // "List of Outcomes: State Visit of the President of Maldives to India" over a table that
    // names no state: the states of a title the text does not hold
    if (pick.size() < 2 && an.titleOnly != null) {
      Tokens tt = Tokens.of(an.titleOnly);
      for (Countries.Mention m : an.kb.countries.resolve(an.kb.countries.matches(tt), Set.of())) {
        if (pick.size() < 2 && !m.ambiguous() && !pick.contains(m.iso3())) pick.add(m.iso3());
      }
    }
    if (pick.size() == 2) {
      sg.a = pick.get(0);
      sg.b = pick.get(1);
    }
  }
}
