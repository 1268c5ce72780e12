package org.coopevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.extract.ArticleText;

/**
 * Single-thread throughput of the extraction core: reads every article of the JSON Lines files
 * under a folder (default testdata/dev), warms up, then extracts them over and over for a fixed
 * time and prints articles/s and MB/s (UTF-16 characters counted as bytes of text read).
 * Usage: CoreBenchmark [folder] [seconds].
 */
public final class CoreBenchmark {
  private CoreBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "testdata/dev");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    List<ArticleText> articles = read(dir);
    if (articles.isEmpty()) {
      System.err.println("no .jsonl articles under " + dir);
      return;
    }
    long bytes = 0;
    for (ArticleText a : articles) bytes += a.text.getBytes(StandardCharsets.UTF_8).length;
    ArticleExtractor ex = ArticleExtractor.create();
    long sink = 0;
    long warmEnd = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (ArticleText a : articles) sink += ex.extract(a).events.size();
    }
    long n = 0;
    long b = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      for (ArticleText a : articles) sink += ex.extract(a).events.size();
      n += articles.size();
      b += bytes;
    }
    double el = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf("articles: %d distinct, %.1f KB mean%n", articles.size(), bytes / 1024.0 / articles.size());
    System.out.printf("one thread: %.0f articles/s, %.2f MB/s (%d articles in %.1f s; checksum %d)%n",
        n / el, b / el / 1e6, n, el, sink);
    System.out.printf("per CPU-second of the thread (fair on a shared machine): %.0f articles/s, %.2f MB/s%n",
        n / cpu, b / cpu / 1e6);
  }

  static List<ArticleText> read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ArticleText> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")
          && !org.coopevents.ingest.InputFormat.isGoldName(p.toString()))
          .sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        String pa = n.path("published_at").asText("");
        LocalDate pub = pa.length() >= 10 ? LocalDate.parse(pa.substring(0, 10)) : null;
        out.add(new ArticleText(n.path("id").asText("x"), n.path("url").asText(null),
            n.path("source").asText(null), n.path("title").asText(""), n.path("language").asText("en"),
            pub, n.path("text").asText("")));
      }
    }
    return out;
  }
}
