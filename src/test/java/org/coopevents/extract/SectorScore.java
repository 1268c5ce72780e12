package org.coopevents.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.SectorLexicon;
import org.coopevents.model.EventRow;

/**
 * Debug tool: the per-article sector score (gold-format.md v2 "Sectors", the mention figure)
 * of the extractor on JSONL files with a sibling .gold.jsonl, printing every false and missed
 * (pair, sector) with the sentences where the lexicon finds that sector. Usage: SectorScore
 * FILE.jsonl...; a test-scope tool, not a test. -Dquiet=true prints the totals only.
 */
public final class SectorScore {
  public static void main(String[] args) throws IOException {
    List<DevCorpusScore.Item> items = new ArrayList<>();
    for (String a : args) {
      Path p = Paths.get(a);
      items.addAll(p.toFile().isDirectory() ? DevCorpusScore.load(p) : DevCorpusScore.loadJsonlWithGold(p));
    }
    Knowledge kb = Knowledge.load();
    ArticleExtractor ex = ArticleExtractor.create(kb);
    boolean quiet = Boolean.getBoolean("quiet");
    int tp = 0, fp = 0, fn = 0;
    for (DevCorpusScore.Item it : items) {
      Extraction x = ex.extract(it.article());
      Set<String> req = new TreeSet<>();
      Set<String> acc = new TreeSet<>();
      for (var g : it.gold().path("events")) {
        String type = g.path("type").asText();
        TreeSet<String> pp = new TreeSet<>();
        g.path("parties").forEach(n -> pp.add(n.asText()));
        if (pp.isEmpty()) {
          if (!g.path("actor1").isMissingNode()) pp.add(g.path("actor1").asText());
          if (!g.path("actor2").isMissingNode()) pp.add(g.path("actor2").asText());
        }
        String pair = String.join("-", pp);
        if (type.equals("COOPERATION")) {
          for (var s : g.path("sectors")) (g.path("optional").asBoolean(false) ? acc : req).add(pair + ":" + s.asText());
          for (var s : g.path("sectors_optional")) acc.add(pair + ":" + s.asText());
        }
        if (type.equals("SIGNING")) {
          for (var d : g.path("documents")) {
            TreeSet<String> dp = new TreeSet<>();
            d.path("parties").forEach(n -> dp.add(n.asText()));
            String dpair = dp.isEmpty() ? pair : String.join("-", dp);
            for (var s : d.path("sectors")) acc.add(dpair + ":" + s.asText());
          }
        }
      }
      Set<String> pred = new TreeSet<>();
      for (EventRow e : x.events) {
        if (!e.eventType.equals("COOPERATION")) continue;
        String a = e.actor1Country, b = e.actor2Country;
        String pair = a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
        for (String s : e.sectors) pred.add(pair + ":" + s);
      }
      StringBuilder out = new StringBuilder();
      Analysis an = null;
      for (String s : pred) {
        if (req.contains(s)) tp++;
        else if (!acc.contains(s)) {
          fp++;
          if (an == null) an = new Analysis(it.article(), kb, Cues.build());
          out.append("  FP   ").append(s).append(where(an, s)).append('\n');
        }
      }
      for (String s : req) {
        if (!pred.contains(s)) {
          fn++;
          if (an == null) an = new Analysis(it.article(), kb, Cues.build());
          out.append("  MISS ").append(s).append(where(an, s)).append('\n');
        }
      }
      if (out.length() > 0 && !quiet) {
        System.out.println(it.article().articleId + " [" + it.article().title + "] pred=" + pred + " req=" + req);
        System.out.print(out);
      }
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    System.out.printf("sectors mention P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) on %d articles%n", p, r,
        p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp, fn, items.size());
  }

  /** The sentences where the lexicon finds the sector of {@code item} ("PAIR:CODE"). */
  private static String where(Analysis an, String item) {
    String code = item.substring(item.indexOf(':') + 1);
    StringBuilder sb = new StringBuilder();
    for (int si = 0; si < an.sentences.size(); si++) {
      Sentences.Span s = an.sentences.get(si);
      for (SectorLexicon.Mention m : an.sectorsIn(s.start(), s.end())) {
        if (!m.codes().contains(code)) continue;
        String t = an.text.substring(s.start(), s.end()).replace('\n', ' ');
        sb.append("\n       [").append(si).append(an.furniture[si] ? " F" : "").append("] {")
            .append(an.text, m.start(), m.end()).append("} ").append(t.length() > 400 ? t.substring(0, 400) + "…" : t);
        break;
      }
    }
    return sb.toString();
  }
}
