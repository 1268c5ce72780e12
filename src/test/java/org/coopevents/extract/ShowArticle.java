package org.coopevents.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopevents.knowledge.Knowledge;

/** Debug tool: prints sentences, cues, refs and the extraction of one article of testdata/dev (or of -Dcorpus=DIR). */
public final class ShowArticle {
  public static void main(String[] args) throws Exception {
    java.util.Set<String> ids = java.util.Set.of(args);
    List<Path> files;
    String root = System.getProperty("corpus", "testdata/dev");
    try (Stream<Path> s = Files.walk(Paths.get(root))) {
      files = s.filter(p -> p.toString().endsWith(".jsonl") && !p.toString().endsWith(".gold.jsonl")).collect(Collectors.toList());
    }
    Knowledge kb = Knowledge.load();
    List<Path> txts;
    try (Stream<Path> s = Files.walk(Paths.get(root))) {
      txts = s.filter(p -> ids.contains(p.getFileName().toString().replaceFirst("\\.txt$", ""))).collect(Collectors.toList());
    }
    files = new java.util.ArrayList<>(files);
    files.addAll(txts);
    for (Path f : files) {
      List<ArticleText> arts = f.toString().endsWith(".txt") ? List.of(DevCorpusScore.readTxt(f, f.getFileName().toString().replaceFirst("\\.txt$", ""))) : DevCorpusScore.readJsonl(f);
      for (ArticleText a : arts) {
        if (!ids.contains(a.articleId)) continue;
        System.out.println("=== " + a.articleId + " " + a.language + " published " + a.publishedDate);
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
