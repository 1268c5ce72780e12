package org.coopevents.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.extract.ArticleText;
import org.coopevents.extract.Extraction;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/**
 * Debug tool: extracts the articles of a JSON Lines file without Beam, merges them as the
 * pipeline does ({@link Reports#mergeAll}) and prints, per gold key of a gold file, the raw
 * events of its articles and the merged event each went to. Args: ARTICLES.jsonl GOLD.jsonl.
 */
public final class DedupProbe {
  private static String str(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArticleExtractor ex = ArticleExtractor.create();
    List<RawEvent> raws = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = json.readTree(line);
      org.coopevents.model.Article a = org.coopevents.text.ArticleCleaner.clean(new org.coopevents.model.RawArticle(
          args[0], "x", "JSONL", n.path("id").asText("x"), str(n, "url"), str(n, "source"),
          str(n, "published_at"), null, str(n, "language"), str(n, "title"), str(n, "text"), null));
      if (!a.outcome.isEmpty()) continue;
      Extraction x = ex.extract(new ArticleText(a.articleId, a.url, a.source, a.title, a.language,
          a.publishedDate == null ? null : LocalDate.parse(a.publishedDate), a.text));
      for (EventRow e : x.events) {
        List<MentionRow> ms = new ArrayList<>();
        for (MentionRow m : x.mentions) if (m.eventId.equals(e.eventId)) ms.add(m);
        List<DocumentRow> ds = new ArrayList<>();
        for (DocumentRow d : x.documents) if (d.eventId.equals(e.eventId)) ds.add(d);
        raws.add(new RawEvent(e, ms, ds));
      }
    }
    Map<String, EventRow> merged = new HashMap<>();
    for (EventGroupMerger.Result r : Reports.mergeAll(raws)) merged.putAll(r.mergedByRawId);
    Map<String, List<RawEvent>> byArticle = new HashMap<>();
    for (RawEvent r : raws) byArticle.computeIfAbsent(r.firstArticle(), k -> new ArrayList<>()).add(r);
    Map<String, List<String>> keyArticles = new TreeMap<>();
    Map<String, String> keyType = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = json.readTree(line);
      for (JsonNode g : n.path("events")) {
        String key = g.path("key").asText() + " " + g.path("status").asText("");
        keyArticles.computeIfAbsent(key, k -> new ArrayList<>()).add(n.path("id").asText()
            + (g.path("optional").asBoolean(false) ? "(opt)" : ""));
        keyType.put(key, g.path("type").asText());
      }
    }
    Map<String, List<String>> goldOf = new HashMap<>();
    for (Map.Entry<String, List<String>> k : keyArticles.entrySet()) {
      for (String a : k.getValue()) goldOf.computeIfAbsent(a.replace("(opt)", ""), x -> new ArrayList<>()).add(k.getKey());
    }
    if (args.length > 2) {
      Map<String, List<RawEvent>> blocks = new TreeMap<>();
      for (RawEvent r : raws) if (r.event.eventType.equals("VISIT")) blocks.computeIfAbsent(BlockKeys.of(r.event), x -> new ArrayList<>()).add(r);
      for (Map.Entry<String, List<RawEvent>> b : blocks.entrySet()) {
        System.out.println("## " + b.getKey());
        b.getValue().sort(java.util.Comparator.comparing(RawEvent::firstArticle));
        for (RawEvent r : b.getValue()) {
          EventRow e = r.event;
          EventRow m = merged.get(e.eventId);
          List<String> gk = new ArrayList<>();
          for (String g : goldOf.getOrDefault(r.firstArticle(), List.of())) if (g.contains("visit")) gk.add(g);
          System.out.printf("  %-7s %-8s %s..%s rep=%s g=%s h=%s kind=%s city=%s -> %s  gold=%s%n", r.firstArticle(),
              e.status, e.startDate, e.endDate, e.firstReported, e.actor1Person, e.actor2Person, e.visitKind,
              e.locationCity, m == null ? "?" : m.eventId.substring(3, 11), gk);
        }
      }
      return;
    }
    for (Map.Entry<String, List<String>> k : keyArticles.entrySet()) {
      if (k.getValue().size() < 2) continue;
      System.out.println("== " + k.getKey() + " " + k.getValue());
      for (String a : k.getValue()) {
        String id = a.replace("(opt)", "");
        for (RawEvent r : byArticle.getOrDefault(id, List.of())) {
          EventRow e = r.event;
          if (!e.eventType.equals(keyType.get(k.getKey()))) continue;
          EventRow m = merged.get(e.eventId);
          System.out.printf("  %-10s %s %s->%s %-8s %s..%s rep=%s g=%s h=%s kind=%s city=%s -> %s%n", a,
              e.eventType.charAt(0), e.actor1Country, e.actor2Country, e.status, e.startDate, e.endDate,
              e.firstReported, e.actor1Person, e.actor2Person, e.visitKind, e.locationCity,
              m == null ? "?" : m.eventId.substring(3, 11) + " [" + m.startDate + ".." + m.endDate + "]");
        }
      }
    }
  }
}
