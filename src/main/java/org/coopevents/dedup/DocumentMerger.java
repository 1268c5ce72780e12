package org.coopevents.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coopevents.knowledge.TitleWords;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/**
 * The documents of a merged signing, merged across articles and languages. Two reports name one
 * document when their doc types agree and either their English titles share at least half their
 * words (stop-words of the scoring contract removed), or their sector sets are equal and not
 * empty and either the titles share a fifth of their words or the two come from different
 * languages (a Russian title is compared through its English rendering). One article never
 * names one document twice. The merged row keeps the longest title reported in English (else
 * the longest rendering) and, where an article printed it in Russian, that Russian original; the union of sectors, the commonest period, and lists every article.
 */
public final class DocumentMerger {
  private DocumentMerger() {}

  public static List<DocumentRow> merge(EventRow event, List<RawEvent> cluster) {
    Map<String, String> outletOf = new HashMap<>();
    List<DocumentRow> docs = new ArrayList<>();
    for (RawEvent r : cluster) {
      for (MentionRow m : r.mentions) outletOf.putIfAbsent(m.articleId, EventFacts.outlet(m));
      docs.addAll(r.documents);
    }
    docs.sort(Comparator.comparing((DocumentRow d) -> firstOf(d.articleIds))
        .thenComparing(DocumentMerger::titleOf).thenComparing(d -> d.documentId));
    List<List<DocumentRow>> groups = new ArrayList<>();
    List<Set<String>> groupArticles = new ArrayList<>();
    for (DocumentRow d : docs) {
      int best = -1;
      double bestScore = -1;
      for (int g = 0; g < groups.size(); g++) {
        boolean clash = false;
        for (String a : d.articleIds) clash |= groupArticles.get(g).contains(a);
        if (clash) continue;
        double s = score(groups.get(g), d);
        if (s > bestScore) {
          best = g;
          bestScore = s;
        }
      }
      if (best >= 0 && bestScore >= 0) {
        groups.get(best).add(d);
        groupArticles.get(best).addAll(d.articleIds);
      } else {
        List<DocumentRow> g = new ArrayList<>();
        g.add(d);
        groups.add(g);
        groupArticles.add(new HashSet<>(d.articleIds));
      }
    }
    List<DocumentRow> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (List<DocumentRow> g : groups) out.add(row(event, g, outletOf, used));
    return out;
  }

  /** How well {@code d} fits a group: the best title similarity, or −1 when it does not fit. */
  static double score(List<DocumentRow> group, DocumentRow d) {
    double best = -1;
    for (DocumentRow x : group) {
      if (!x.docType.equals(d.docType)) continue;
      double j = TitleWords.jaccard(titleOf(x), titleOf(d));
      boolean sameSectors = !x.sectors.isEmpty() && new TreeSet<>(x.sectors).equals(new TreeSet<>(d.sectors));
      boolean crossLanguage = russian(x.titleOriginal) != russian(d.titleOriginal);
      if (j >= 0.5 || sameSectors && (j >= 0.2 || crossLanguage)) best = Math.max(best, j);
    }
    return best;
  }

  private static DocumentRow row(EventRow event, List<DocumentRow> g, Map<String, String> outletOf, Set<String> used) {
    DocumentRow best = null;
    for (DocumentRow d : g) {
      if (best == null || better(d, best)) best = d;
    }
    Set<String> articles = new TreeSet<>();
    Set<String> sectors = new TreeSet<>();
    Map<String, Integer> types = new HashMap<>();
    Map<String, Integer> periods = new HashMap<>();
    for (DocumentRow d : g) {
      articles.addAll(d.articleIds);
      sectors.addAll(d.sectors);
      types.merge(d.docType, 1, Integer::sum);
      if (d.periodStartYear != null || d.periodEndYear != null) {
        periods.merge(d.periodStartYear + "/" + d.periodEndYear, 1, Integer::sum);
      }
    }
    Set<String> outlets = new TreeSet<>();
    for (String a : articles) outlets.add(outletOf.getOrDefault(a, "article:" + a));
    String type = top(types);
    Integer ps = null;
    Integer pe = null;
    String period = top(periods);
    if (period != null) {
      String[] p = period.split("/");
      ps = p[0].equals("null") ? null : Integer.valueOf(p[0]);
      pe = p[1].equals("null") ? null : Integer.valueOf(p[1]);
    }
    String norm = String.join(" ", new TreeSet<>(TitleWords.words(titleOf(best))));
    String id = StableIds.of("doc-", event.eventId, type, norm);
    if (!used.add(id)) {
      id = StableIds.of("doc-", event.eventId, type, norm, articles.iterator().next());
      used.add(id);
    }
    List<String> parties = new ArrayList<>(List.of(event.actor1Country, event.actor2Country));
    parties.sort(Comparator.naturalOrder());
    return new DocumentRow(id, event.eventId, best.title, original(best, g), type, parties,
        event.startDate != null ? event.startDate : best.signedDate, new ArrayList<>(sectors), ps, pe,
        new ArrayList<>(articles), articles.size(), org.coopevents.text.SourceDomains.count(outlets));
  }

  /**
   * The printed title the merged row keeps: the chosen report's own, unless that report is
   * English, printed no more than its English title, and another article printed the title in
   * Russian; then the longest Russian original.
   * The English title stays the English report's; a Russian report keeps its own wording in
   * {@code title_original} (dataset.md: the title as printed by the article that reported it).
   */
  private static String original(DocumentRow best, List<DocumentRow> g) {
    if (russian(best.titleOriginal)) return best.titleOriginal;
    // an English report whose printed title says more than its English title ("Agreement between
    // the Government of ... on ...") keeps it
    if (best.titleOriginal != null && best.title != null && !best.titleOriginal.equalsIgnoreCase(best.title)) {
      return best.titleOriginal;
    }
    String ru = null;
    for (DocumentRow d : g) {
      if (!russian(d.titleOriginal)) continue;
      if (ru == null || d.titleOriginal.length() > ru.length()
          || d.titleOriginal.length() == ru.length() && d.titleOriginal.compareTo(ru) < 0) ru = d.titleOriginal;
    }
    return ru != null ? ru : best.titleOriginal;
  }

  /** English-reported titles first, then the longer, then the smaller in text order. */
  private static boolean better(DocumentRow d, DocumentRow best) {
    boolean de = !russian(d.titleOriginal);
    boolean be = !russian(best.titleOriginal);
    if (de != be) return de;
    if ((d.title == null) != (best.title == null)) return d.title != null;
    if (titleOf(d).length() != titleOf(best).length()) return titleOf(d).length() > titleOf(best).length();
    return titleOf(d).compareTo(titleOf(best)) < 0;
  }

  /** The English title, or the original where no complete translation exists (title null, dataset.md v2). */
  private static String titleOf(DocumentRow d) {
    return d.title != null ? d.title : d.titleOriginal;
  }

  private static String top(Map<String, Integer> n) {
    String best = null;
    int bestN = 0;
    for (Map.Entry<String, Integer> e : n.entrySet()) {
      if (e.getValue() > bestN || e.getValue() == bestN && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestN = e.getValue();
      }
    }
    return best;
  }

  static boolean russian(String s) {
    if (s == null) return false;
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) return true;
    }
    return false;
  }

  private static String firstOf(List<String> xs) {
    String min = "";
    for (String x : xs) if (min.isEmpty() || x.compareTo(min) < 0) min = x;
    return min;
  }
}
