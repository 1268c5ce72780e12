package org.coopevents.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.coopevents.text.ArticleCleaner;

/**
 * Debug tool: runs reports written in a plain file through the cleaner and the extractor, as the
 * job does with a text record. The file holds reports one after another, each opened by a line
 * "=== LANG DATE|- [TITLE]" (DATE is the record's published_at, "-" when it has none); the lines
 * after it are the record's text. Prints the cleaned text (with -Dtext=true) and the events.
 */
public final class ShowRaw {
  public static void main(String[] args) throws Exception {
    boolean showText = Boolean.getBoolean("text");
    ArticleExtractor ex = ArticleExtractor.create();
    for (String file : args) {
      List<String> lines = Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8);
      List<String[]> reports = new ArrayList<>();
      String[] head = null;
      StringBuilder body = new StringBuilder();
      for (String line : lines) {
        if (line.startsWith("=== ")) {
          if (head != null) reports.add(new String[] {head[0], head[1], head[2], body.toString()});
          String[] p = line.substring(4).split(" ", 3);
          head = new String[] {p[0], p.length > 1 ? p[1] : "-", p.length > 2 ? p[2] : null};
          body.setLength(0);
        } else if (head != null) {
          body.append(line).append('\n');
        }
      }
      if (head != null) reports.add(new String[] {head[0], head[1], head[2], body.toString()});
      int n = 0;
      for (String[] r : reports) {
        n++;
        RawArticle raw = new RawArticle(file, "r" + n, "JSONL", "t" + n, null, "test.example",
            "-".equals(r[1]) ? null : r[1], null, r[0], r[2], r[3], null);
        Article a = ArticleCleaner.clean(raw);
        System.out.println("### " + n + " " + r[0] + " pub=" + a.publishedDate + " title=" + r[2]
            + "  | " + r[3].strip().replace('\n', ' ').substring(0, Math.min(110, r[3].strip().length())));
        if (showText) System.out.println(a.text.replaceAll("(?m)^", "    | "));
        if (!a.outcome.isEmpty()) {
          System.out.println("   outcome " + a.outcome);
          continue;
        }
        Extraction x = ex.extract(new ArticleText(a.articleId, a.url, a.source, a.title, a.language,
            a.publishedDate == null ? null : LocalDate.parse(a.publishedDate), a.text));
        if (x.events.isEmpty()) System.out.println("   (no events)");
        x.events.forEach(e -> System.out.println("   " + e.eventType + " " + e.actor1Country + "->" + e.actor2Country
            + " " + e.status + " kind=" + e.visitKind + " " + e.startDate + ".." + e.endDate + " city=" + e.locationCity
            + " p1=" + e.actor1Person + " p2=" + e.actor2Person + (e.documentCount == null ? "" : " docs=" + e.documentCount)));
      }
    }
  }
}
