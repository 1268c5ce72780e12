package org.coopevents.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;

/**
 * Debug tool: the signings and documents of short test reports. The file holds blocks that open
 * with a line "=== ID LANG [TITLE]"; the lines after it are the report's text (dated 2024-10-09).
 */
public final class ShowDocs {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
    ArticleExtractor ex = ArticleExtractor.create(Knowledge.load());
    List<String[]> blocks = new ArrayList<>();
    StringBuilder body = null;
    String[] head = null;
    for (String l : lines) {
      if (l.startsWith("=== ")) {
        if (head != null) blocks.add(new String[] {head[0], head[1], head[2], body.toString().strip()});
        String[] p = l.substring(4).split(" ", 3);
        head = new String[] {p[0], p[1], p.length > 2 ? p[2] : null};
        body = new StringBuilder();
      } else if (body != null) {
        body.append(l).append('\n');
      }
    }
    if (head != null) blocks.add(new String[] {head[0], head[1], head[2], body.toString().strip()});
    for (String[] b : blocks) {
      Extraction x = ex.extract(new ArticleText(b[0], "https://wire.example/" + b[0], "wire.example", b[2], b[1],
          LocalDate.of(2024, 10, 9), b[3]));
      System.out.println("=== " + b[0]);
      if (Boolean.getBoolean("cues")) {
        ArticleText at = new ArticleText(b[0], "https://wire.example/" + b[0], "wire.example", b[2], b[1],
            LocalDate.of(2024, 10, 9), b[3]);
        Analysis an = new Analysis(at, Knowledge.load(), Cues.build());
        for (int i = 0; i < an.sentences.size(); i++) {
          Sentences.Span s = an.sentences.get(i);
          StringBuilder sb = new StringBuilder("  [" + i + "] ");
          for (Analysis.CueHit c : an.cuesIn(s.start(), s.end())) sb.append(at.text, c.start(), c.end()).append(c.cues()).append(' ');
          for (Analysis.Ref r : an.refsIn(s.start(), s.end())) sb.append('<').append(r.iso3()).append(':').append(r.kind()).append('>');
          System.out.println(sb);
        }
      }
      for (EventRow e : x.events) {
        if (e.eventType.equals("SIGNING")) System.out.println("  SIGNING " + e.actor1Country + "-" + e.actor2Country + " count=" + e.documentCount);
        else if (Boolean.getBoolean("events")) System.out.println("  " + e);
      }
      for (DocumentRow d : x.documents) {
        System.out.println("  " + d.docType + " | " + d.titleOriginal + (d.title != null && !d.title.equals(d.titleOriginal) ? " | en: " + d.title : "") + " " + d.sectors);
      }
    }
  }
}
