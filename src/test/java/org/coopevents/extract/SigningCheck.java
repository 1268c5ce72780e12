package org.coopevents.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;

/**
 * Debug tool: runs the extractor over a JSONL of articles and scores only signings and documents
 * against a gold JSONL, the way gold-format.md v2 reads titles (either language, a Cyrillic word
 * by its first five letters), without building the job. Prints every miss and false positive.
 * Usage: SigningCheck ARTICLES.jsonl GOLD.jsonl [article-id ...]
 */
public final class SigningCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STOP = Set.of("the", "of", "and", "in", "on", "for", "a", "an",
      "to", "with", "between", "by", "at", "its", "their", "as", "from", "field", "cooperation", "и",
      "в", "во", "на", "о", "об", "по", "с", "со", "для", "между", "от", "к", "до", "из", "при", "а", "также");

  public static void main(String[] args) throws Exception {
    List<ArticleText> arts = DevCorpusScore.readJsonl(Paths.get(args[0]));
    Map<String, JsonNode> gold = new HashMap<>();
    for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = JSON.readTree(line);
      gold.put(n.path("id").asText(), n);
    }
    Set<String> only = new TreeSet<>(List.of(args).subList(2, args.length));
    ArticleExtractor ex = ArticleExtractor.create(Knowledge.load());
    int[] sg = new int[3];
    int[] dc = new int[3];
    for (ArticleText a : arts) {
      if (!only.isEmpty() && !only.contains(a.articleId)) continue;
      Extraction x = ex.extract(a);
      JsonNode g = gold.get(a.articleId);
      List<JsonNode> gs = new ArrayList<>();
      List<JsonNode> gd = new ArrayList<>();
      if (g != null) {
        for (JsonNode e : g.path("events")) {
          if (!e.path("type").asText().equals("SIGNING")) continue;
          gs.add(e);
          for (JsonNode d : e.path("documents")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) d).set("_parties", e.path("parties"));
            if (e.path("optional").asBoolean()) ((com.fasterxml.jackson.databind.node.ObjectNode) d).put("optional", true);
            gd.add(d);
          }
        }
      }
      List<EventRow> ps = new ArrayList<>();
      for (EventRow e : x.events) if (e.eventType.equals("SIGNING")) ps.add(e);
      StringBuilder out = new StringBuilder();
      // signings
      boolean[] used = new boolean[ps.size()];
      for (int pass = 0; pass < 2; pass++) {
        for (JsonNode e : gs) {
          boolean opt = e.path("optional").asBoolean();
          if ((pass == 0) == opt) continue;
          int hit = -1;
          for (int i = 0; i < ps.size() && hit < 0; i++) {
            if (!used[i] && sameSigning(e, ps.get(i))) hit = i;
          }
          if (hit >= 0) {
            used[hit] = true;
            if (!opt) sg[0]++;
            String gDate = e.path("signed_date").asText(null);
            if (gDate != null && !gDate.equals("null") && !gDate.equals(ps.get(hit).startDate)) {
              out.append("  DATE SIGNING gold ").append(gDate).append(" predicted ").append(ps.get(hit).startDate).append('\n');
            }
          } else if (!opt) {
            sg[2]++;
            out.append("  MISS SIGNING ").append(e.path("parties")).append(' ').append(e.path("signed_date").asText()).append('\n');
          }
        }
      }
      for (int i = 0; i < ps.size(); i++) {
        if (used[i]) continue;
        sg[1]++;
        EventRow e = ps.get(i);
        out.append("  FP   SIGNING ").append(e.actor1Country).append('+').append(e.actor2Country).append(' ')
            .append(e.startDate).append(" count=").append(e.documentCount).append('\n');
      }
      // documents
      List<DocumentRow> pd = x.documents;
      boolean[] usedD = new boolean[pd.size()];
      for (int pass = 0; pass < 2; pass++) {
        for (JsonNode d : gd) {
          boolean opt = d.path("optional").asBoolean();
          if ((pass == 0) == opt) continue;
          int hit = -1;
          for (int i = 0; i < pd.size() && hit < 0; i++) if (!usedD[i] && sameDoc(d, pd.get(i))) hit = i;
          if (hit >= 0) {
            usedD[hit] = true;
            if (!opt) dc[0]++;
          } else if (!opt) {
            dc[2]++;
            out.append("  MISS DOC ").append(d.path("doc_type").asText()).append(" \"").append(d.path("title").asText()).append("\"\n");
          }
        }
      }
      for (int i = 0; i < pd.size(); i++) {
        if (usedD[i]) continue;
        dc[1]++;
        DocumentRow d = pd.get(i);
        out.append("  FP   DOC ").append(d.docType).append(" \"").append(d.titleOriginal).append("\" / \"")
            .append(d.title).append("\"\n");
      }
      if (out.length() > 0 || !only.isEmpty()) {
        System.out.println(a.articleId + " (" + a.language + ")");
        if (!only.isEmpty()) {
          for (EventRow e : ps) System.out.println("  SIGNING " + e.actor1Country + "+" + e.actor2Country + " " + e.startDate + " count=" + e.documentCount);
          for (DocumentRow d : pd) System.out.println("  DOC " + d.docType + " \"" + d.titleOriginal + "\" / \"" + d.title + "\"");
        }
        System.out.print(out);
      }
    }
    System.out.printf(Locale.ROOT, "signings  tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f%n", sg[0], sg[1], sg[2], p(sg), r(sg), f(sg));
    System.out.printf(Locale.ROOT, "documents tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f%n", dc[0], dc[1], dc[2], p(dc), r(dc), f(dc));
  }

  private static double p(int[] c) {
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  private static double r(int[] c) {
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  private static double f(int[] c) {
    return p(c) + r(c) == 0 ? 0 : 2 * p(c) * r(c) / (p(c) + r(c));
  }

  private static boolean sameSigning(JsonNode g, EventRow e) {
    Set<String> gp = new TreeSet<>();
    for (JsonNode p : g.path("parties")) gp.add(p.asText());
    if (!gp.equals(new TreeSet<>(List.of(e.actor1Country, e.actor2Country)))) return false;
    String gd = g.path("signed_date").asText(null);
    if (gd == null || gd.equals("null") || e.startDate == null) return true;
    long days = Math.abs(java.time.LocalDate.parse(gd).toEpochDay() - java.time.LocalDate.parse(e.startDate).toEpochDay());
    return days <= 1;
  }

  private static boolean sameDoc(JsonNode g, DocumentRow d) {
    String t = g.path("doc_type").asText();
    String alt = g.path("doc_type_alt").asText("");
    if (!t.equals(d.docType) && !alt.equals(d.docType)) return false;
    Set<String> gp = new TreeSet<>();
    for (JsonNode p : g.path("_parties")) gp.add(p.asText());
    if (!gp.equals(new TreeSet<>(d.parties))) return false;
    String title = g.path("title").asText("");
    return jaccard(title, d.title) >= 0.5 || jaccard(title, d.titleOriginal) >= 0.5;
  }

  static Set<String> words(String t) {
    Set<String> out = new TreeSet<>();
    if (t == null) return out;
    for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || STOP.contains(w)) continue;
      boolean cyr = Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
      out.add(cyr && w.length() > 5 ? w.substring(0, 5) : w);
    }
    return out;
  }

  static double jaccard(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    Set<String> u = new TreeSet<>(x);
    u.addAll(y);
    if (u.isEmpty()) return 0;
    Set<String> i = new TreeSet<>(x);
    i.retainAll(y);
    return (double) i.size() / u.size();
  }
}
