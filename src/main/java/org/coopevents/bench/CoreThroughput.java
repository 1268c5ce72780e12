package org.coopevents.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coopevents.dedup.ArticleSketch;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.extract.ArticleText;
import org.coopevents.ingest.InputFormat;
import org.coopevents.ingest.InputSource;
import org.coopevents.ingest.JsonLinesReader;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.ingest.HtmlPageReader;
import org.coopevents.ingest.TextPageReader;
import org.coopevents.ingest.UnitSink;
import org.coopevents.ingest.WarcFileReader;
import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectRow;
import org.coopevents.text.ArticleCleaner;

/**
 * The plain-Java core (read, clean, extract, and the dedup sketch every article gets: shingles,
 * MinHash signature, band keys; no Beam, no output) on one thread over the files of a folder:
 * the ceiling one core can reach. Reads files in name order until {@code maxArticles}
 * articles have been processed.
 */
public final class CoreThroughput {
  /** Articles and bytes processed, and nanoseconds per stage (read includes decompression and parsing). */
  public record Result(long articles, long rejects, long bytes, long readNanos, long cleanNanos,
      long extractNanos, long sketchNanos) {
    public double seconds() {
      return (readNanos + cleanNanos + extractNanos + sketchNanos) / 1e9;
    }

    public double articlesPerSecond() {
      return articles / seconds();
    }
  }

  private final ArticleExtractor extractor;
  private final JsonLinesReader jsonl;
  private final TextPageReader txt;
  private final WarcFileReader warc;
  private final HtmlPageReader html;

  public CoreThroughput() {
    ReadLimits limits = ReadLimits.defaults();
    this.extractor = ArticleExtractor.create();
    this.jsonl = new JsonLinesReader(limits);
    this.txt = new TextPageReader(limits);
    this.warc = new WarcFileReader(limits);
    this.html = new HtmlPageReader(limits);
  }

  /** Input files under {@code dir} in name order, JSON Lines first so a prefix is mostly JSON Lines. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> InputFormat.of(p.toString()).isPresent())
          .sorted().toList();
    }
  }

  public Result run(List<Path> files, long maxArticles) {
    long[] n = new long[7]; // articles, rejects, bytes, read, clean, extract, sketch
    List<RawArticle> batch = new ArrayList<>();
    UnitSink sink = new UnitSink() {
      @Override
      public void article(RawArticle a) {
        batch.add(a);
      }

      @Override
      public void reject(RejectRow r) {
        n[1]++;
      }

      @Override
      public void skipped(String type) {}
    };
    for (Path f : files) {
      if (n[0] >= maxArticles) break;
      try {
        n[2] += Files.size(f);
      } catch (IOException e) {
        // size unknown: not counted
      }
      batch.clear();
      long t0 = System.nanoTime();
      InputSource src = InputSource.of(f);
      switch (InputFormat.of(f.toString()).orElseThrow()) {
        case JSONL -> jsonl.read(src, sink);
        case TXT -> txt.read(src, sink);
        case HTML -> html.read(src, sink);
        case WARC -> warc.read(src, sink);
        default -> throw new IllegalStateException("no reader for " + f);
      }
      n[3] += System.nanoTime() - t0;
      for (RawArticle raw : batch) {
        if (n[0] >= maxArticles) break;
        long t1 = System.nanoTime();
        Article a = ArticleCleaner.clean(raw);
        long t2 = System.nanoTime();
        n[4] += t2 - t1;
        if (a.outcome.isEmpty()) {
          try {
            extractor.extract(new ArticleText(a.articleId, a.url, a.source, a.title, a.language,
                a.publishedDate == null ? null : LocalDate.parse(a.publishedDate), a.text));
          } catch (RuntimeException e) {
            // counted by the job as an extraction failure; here it only costs time
          }
        }
        long t3 = System.nanoTime();
        n[5] += t3 - t2;
        if (ArticleSketch.sketchable(a)) ArticleSketch.of(a.text);
        n[6] += System.nanoTime() - t3;
        n[0]++;
      }
    }
    return new Result(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }
}
