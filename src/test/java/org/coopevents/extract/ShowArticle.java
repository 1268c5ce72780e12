package org.coopevents.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopevents.knowledge.Knowledge;

/** Debug tool: prints sentences, cues, refs and the extraction of one dev article (or of an article of the JSONL file given second). */
public final class ShowArticle {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Paths.get("testdata/dev"))) {
      files = s.filter(p -> p.toString().endsWith(".jsonl") && !p.toString().endsWith(".gold.jsonl")).collect(Collectors.toList());
    }
    Knowledge kb = Knowledge.load();
    List<Path> txts;
    try (Stream<Path> s = Files.walk(Paths.get("testdata/dev"))) {
      txts = s.filter(p -> p.getFileName().toString().equals(args[0] + ".txt")).collect(Collectors.toList());
    }
    files = new java.util.ArrayList<>(files);
    files.addAll(txts);
    if (args.length > 1) files = List.of(Paths.get(args[1]));
    for (Path f : files) {
      List<ArticleText> arts = f.toString().endsWith(".txt") ? List.of(DevCorpusScore.readTxt(f, args[0])) : DevCorpusScore.readJsonl(f);
      for (ArticleText a : arts) {
        if (!a.articleId.equals(args[0])) continue;
        Analysis an = new Analysis(a, kb, Cues.build());
        for (int i = 0; i < an.sentences.size(); i++) {
          Sentences.Span s = an.sentences.get(i);
          System.out.println("[" + i + (an.furniture[i] ? " F" : "") + (an.headlineLike[i] ? " H" : "") + "] " + a.text.substring(s.start(), s.end()));
          StringBuilder sb = new StringBuilder("     ");
          for (Analysis.CueHit c : an.cuesIn(s.start(), s.end())) sb.append(a.text, c.start(), c.end()).append(c.cues()).append(' ');
          for (Analysis.Ref r : an.refsIn(s.start(), s.end())) sb.append('<').append(r.iso3()).append(':').append(r.kind()).append(':').append(a.text, r.start(), r.end()).append("> ");
          System.out.println(sb);
        }
        System.out.println("dateline " + an.datelineIso3 + " end " + an.datelineEnd);
        Extraction x = ArticleExtractor.create(kb).extract(a);
        x.events.forEach(System.out::println);
        x.documents.forEach(System.out::println);
      }
    }
  }
}
