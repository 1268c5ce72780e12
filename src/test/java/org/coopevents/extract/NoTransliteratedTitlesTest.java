package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.TitleVocabulary;
import org.coopevents.model.DocumentRow;
import org.junit.jupiter.api.Test;

/**
 * dataset.md v2: a document's {@code title} is English, as reported or completely translated,
 * never a transliteration. Runs the extractor over every corpus there is (testdata/dev, and the
 * shared realistic corpus when present, read at run time and never copied) and checks that every
 * word of every title of a document read from a non-English title is an English word of the
 * knowledge tables, a number, or a Latin word printed in the original.
 */
class NoTransliteratedTitlesTest {
  private static final Knowledge KB = Knowledge.load();
  private static final TitleVocabulary VOCABULARY = new TitleVocabulary(KB);

  private static List<String> problems(List<ArticleText> articles) {
    ArticleExtractor ex = ArticleExtractor.create(KB);
    List<String> out = new ArrayList<>();
    for (ArticleText a : articles) {
      for (DocumentRow d : ex.extract(a).documents) {
        if (d.title == null || !d.titleOriginal.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
          continue;
        }
        List<String> foreign = VOCABULARY.foreignWords(d.title, d.titleOriginal);
        if (!foreign.isEmpty()) out.add(a.articleId + ": '" + d.title + "' " + foreign);
      }
    }
    return out;
  }

  @Test
  void devTitlesAreEnglish() throws Exception {
    List<ArticleText> articles = new ArrayList<>();
    int russianDocs = 0;
    for (DevCorpusScore.Item it : DevCorpusScore.load(Paths.get("testdata/dev"))) articles.add(it.article());
    ArticleExtractor ex = ArticleExtractor.create(KB);
    for (ArticleText a : articles) {
      for (DocumentRow d : ex.extract(a).documents) if (d.title != null && !d.title.equals(d.titleOriginal)) russianDocs++;
    }
    assertTrue(russianDocs >= 10, "dev has translated titles to check: " + russianDocs);
    assertEquals(List.of(), problems(articles));
  }

  @Test
  void realisticTitlesAreEnglish() throws Exception {
    Path dir = null;
    for (String p : List.of("../shared/eval/realistic", "../../shared/eval/realistic", "/work/shared/eval/realistic")) {
      if (Files.isDirectory(Paths.get(p))) {
        dir = Paths.get(p);
        break;
      }
    }
    assumeTrue(dir != null, "the realistic corpus is not present");
    List<ArticleText> articles = new ArrayList<>();
    for (int part = 1; part <= 3; part++) {
      Path f = dir.resolve("part" + part).resolve("articles.jsonl");
      if (Files.isRegularFile(f)) articles.addAll(DevCorpusScore.readJsonl(f));
    }
    assumeTrue(!articles.isEmpty(), "no realistic articles");
    assertEquals(List.of(), problems(articles));
  }
}
