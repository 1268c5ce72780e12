package org.coopevents.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.model.Article;
import org.coopevents.model.EventRow;
import org.coopevents.model.RawArticle;
import org.coopevents.text.ArticleCleaner;

/**
 * Debug tool for date reading: for each article of a JSONL file (optionally only the ids
 * given), prints the anchor, dateline and header date, every date mention with how it
 * resolved, the gold dates (when a gold JSONL is given) and the dates of each extracted
 * VISIT and SIGNING. Usage: ShowDates ARTICLES.jsonl [GOLD.jsonl] [id...]
 */
public final class ShowDates {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> gold = new HashMap<>();
    int idsFrom = 1;
    if (args.length > 1 && args[1].endsWith(".jsonl")) {
      for (String l : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
        if (l.isBlank()) continue;
        JsonNode n = json.readTree(l);
        gold.put(n.path("id").asText(), n);
      }
      idsFrom = 2;
    }
    java.util.Set<String> ids = new java.util.HashSet<>(java.util.Arrays.asList(args).subList(idsFrom, args.length));
    Knowledge kb = Knowledge.load();
    ArticleExtractor ex = ArticleExtractor.create(kb);
    for (String l : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
      if (l.isBlank()) continue;
      JsonNode n = json.readTree(l);
      String id = n.path("id").asText();
      if (!ids.isEmpty() && !ids.contains(id)) continue;
      RawArticle raw = new RawArticle(args[0], id, "jsonl", id, n.path("url").asText(null),
          n.path("source").asText(null), n.path("published_at").asText(null), null,
          n.path("language").asText(null), n.path("title").asText(null), n.path("text").asText(null), null);
      Article a = ArticleCleaner.clean(raw);
      ArticleText at = new ArticleText(a.articleId, a.url, a.source, a.title, a.language,
          a.publishedDate == null ? null : LocalDate.parse(a.publishedDate), a.text);
      Analysis an = new Analysis(at, kb, Cues.build());
      if (System.getenv("SHOWTEXT") != null) {
        for (int i = 0; i < an.sentences.size(); i++) {
          Sentences.Span s = an.sentences.get(i);
          System.out.println("  [" + i + (an.furniture[i] ? " F" : "") + "] " + at.text.substring(s.start(), s.end()).replace('\n', ' '));
        }
      }
      System.out.println("=== " + id + " anchor=" + an.anchor + " dateline=" + an.datelineIso3 + "@" + an.datelineEnd
          + " header=" + an.headerDate + " datelineDate=" + an.datelineDate);
      for (Sentences.Span s : an.sentences) {
        for (DateFinder.DateMention d : an.dates(s.start(), s.end(), false)) {
          String ctx = at.text.substring(Math.max(s.start(), d.start() - 40), Math.min(s.end(), d.end() + 30)).replace('\n', ' ');
          System.out.println("  date " + d.from() + ".." + d.to() + (d.relative() ? " rel" : "") + " [" + at.text.substring(d.start(), d.end()) + "] @" + d.start() + "  ..." + ctx);
        }
      }
      JsonNode g = gold.get(id);
      if (g != null) {
        for (JsonNode e : g.path("events")) {
          String t = e.path("type").asText(e.path("event_type").asText());
          if (t.equals("COOPERATION")) continue;
          System.out.println("  GOLD " + t + " " + e.path("key").asText() + " " + e.path("start_date").asText(e.path("signed_date").asText("")) + ".." + e.path("end_date").asText("") + (e.path("optional").asBoolean() ? " optional" : ""));
        }
      }
      for (EventRow e : ex.extract(at).events) {
        if (e.eventType.equals("COOPERATION")) continue;
        System.out.println("  PRED " + e.eventType + " " + e.actor1Country + "->" + e.actor2Country + " " + e.status + " " + e.startDate + ".." + e.endDate);
      }
    }
  }
}
