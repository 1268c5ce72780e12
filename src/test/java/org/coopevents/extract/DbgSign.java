package org.coopevents.extract;
import java.time.LocalDate;
public final class DbgSign {
  public static void main(String[] a) throws Exception {
    String text = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(a[2])), "UTF-8");
    ArticleText at = new ArticleText("d", null, "x", a[1], a[0], LocalDate.of(2024, 10, 9), text);
    Analysis an = new Analysis(at, org.coopevents.knowledge.Knowledge.load(), Cues.build());
    for (int i = 0; i < an.sentences.size(); i++) {
      Sentences.Span s = an.sentences.get(i);
      System.out.println("[" + i + (an.furniture[i] ? " F" : "") + (an.headlineLike[i] ? " H" : "") + "] " + text.substring(s.start(), s.end()));
      StringBuilder sb = new StringBuilder("     ");
      for (Analysis.CueHit c : an.cuesIn(s.start(), s.end())) sb.append(text, c.start(), c.end()).append(c.cues()).append(' ');
      for (Analysis.Ref r : an.refsIn(s.start(), s.end())) sb.append('<').append(r.iso3()).append(':').append(r.kind()).append('>');
      System.out.println(sb + " clause=" + SigningClause.read(an, i));
    }
    Extraction x = ArticleExtractor.create().extract(at);
    x.events.forEach(System.out::println);
    x.documents.forEach(d -> System.out.println(d + " | " + d.titleOriginal));
  }
}
