package org.coopevents.eval;

import static org.coopevents.eval.Rows.article;
import static org.coopevents.eval.Rows.coop;
import static org.coopevents.eval.Rows.document;
import static org.coopevents.eval.Rows.mention;
import static org.coopevents.eval.Rows.signing;
import static org.coopevents.eval.Rows.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  @TempDir Path tmp;
  private Path out;
  private Path goldDir;
  private Path gold;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  /**
   * Output: article jl-1 (JSON Lines) with a correct visit, a signing a day late, one of two
   * documents and a cooperation with one wrong sector; page-7.txt (hashed id) whose gold is
   * empty but which got a visit.
   */
  @BeforeEach
  void writeFolderAndGold() throws IOException {
    out = tmp.resolve("out");
    OutputFolders.write(out,
        List.of(article("jl-1", "https://example.org/a", "/in/feed.jsonl", "en"),
            article("5be1d2", null, "/in/pages/page-7.txt", "en")),
        List.of(visit("v1", "KAZ", "UZB", "OCCURRED", "STATE", "2024-03-04", "2024-03-05"),
            signing("s1", "KAZ", "UZB", "2024-03-05", 2),
            coop("c1", "KAZ", "UZB", "ENERGY", "CHEMICALS"),
            visit("v2", "TKM", "RUS", "PLANNED", null, null, null)),
        List.of(mention("v1", "jl-1"), mention("s1", "jl-1"), mention("c1", "jl-1"),
            mention("v2", "5be1d2")),
        List.of(document("d1", "s1", "Agreement on the joint water use of transboundary rivers",
            "AGREEMENT", List.of("KAZ", "UZB"), List.of("WATER"), List.of("jl-1"))));
    goldDir = tmp.resolve("gold");
    Files.createDirectories(goldDir.resolve("sub"));
    gold = goldDir.resolve("sub/corpus.gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"id\": \"jl-1\", \"events\": ["
            + "{\"key\": \"KAZ-UZB-2024-03-visit\", \"type\": \"VISIT\", \"actor1\": \"KAZ\", "
            + "\"actor2\": \"UZB\", \"status\": \"OCCURRED\", \"visit_kind\": \"STATE\", "
            + "\"start_date\": \"2024-03-04\", \"end_date\": \"2024-03-05\"},"
            + "{\"key\": \"KAZ-UZB-2024-03-signing\", \"type\": \"SIGNING\", "
            + "\"parties\": [\"UZB\", \"KAZ\"], \"signed_date\": \"2024-03-04\", \"documents\": ["
            + "{\"title\": \"Agreement on joint use of transboundary water\", "
            + "\"doc_type\": \"AGREEMENT\", \"sectors\": [\"WATER\"]},"
            + "{\"title\": \"Roadmap for industrial cooperation\", \"doc_type\": \"ROADMAP\"}]},"
            + "{\"key\": \"KAZ-UZB-2024-03-coop\", \"type\": \"COOPERATION\", "
            + "\"parties\": [\"KAZ\", \"UZB\"], \"stance\": \"AGREED\", "
            + "\"sectors\": [\"ENERGY\", \"TRANSPORT\"]}]}",
        "",
        "{\"id\": \"page-7\", \"events\": []}",
        "{\"id\": \"gone-9\", \"events\": [{\"key\": \"X\", \"type\": \"VISIT\", "
            + "\"actor1\": \"ARM\", \"actor2\": \"GEO\", \"status\": \"OCCURRED\"}]}",
        ""));
  }

  private int run(String... args) {
    return EvaluateCommand.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  private static void assertLine(String text, String regex) {
    assertTrue(Pattern.compile("(?m)^" + regex + "$").matcher(text).find(),
        "no line matching " + regex + " in:\n" + text);
  }

  @Test
  void scoresAFolderAndWritesJson() throws IOException {
    Path json = tmp.resolve("reports/eval.json");
    assertEquals(0, run("--output=" + out, "--gold=" + goldDir, "--json=" + json), err());
    String text = out();
    assertLine(text, "articles +gold 3, paired 2 \\(by id 1, url 0, file name 1, single pair 0\\), "
        + "missing 1; output holds 2 articles, 4 events");
    //                 gold pred tp fp fn absorbed precision recall f1
    assertLine(text, "visits +2 +2 +1 +1 +1 +0 +0\\.500 +0\\.500 +0\\.500");
    assertLine(text, "signings +1 +1 +1 +0 +0 +0 +1\\.000 +1\\.000 +1\\.000");
    assertLine(text, "documents +2 +1 +1 +0 +1 +0 +1\\.000 +0\\.500 +0\\.667");
    assertLine(text, "sectors +2 +2 +1 +1 +1 +0 +0\\.500 +0\\.500 +0\\.500");
    assertLine(text, "  v1 +2 +1 +1 +0 +1 +0 +1\\.000 +0\\.500 +0\\.667");
    assertLine(text, "  events +2 +2 +1 +1 +1 +0 +0\\.500 +0\\.500 +0\\.500");
    assertLine(text, "dates +0\\.500 .*visits 1\\.000 of 1, signings 0\\.000 of 1\\)");
    assertLine(text, "visit kind +1\\.000 .*");
    assertLine(text, "dedup +pairwise precision n/a, recall n/a .*events per gold key 1\\.000 "
        + "\\(2 keys\\)");
    assertLine(text, "negatives +1 +\\(predicted events on 1 articles whose gold is empty\\)");
    assertLine(text, "misses \\(4\\)");
    assertLine(text, "  MISS  gone-9  ARTICLE  .*");
    assertLine(text, "  MISS  gone-9  VISIT  ARM->GEO OCCURRED .*");
    assertLine(text, "  MISS  jl-1  DOCUMENT  ROADMAP KAZ\\+UZB \"Roadmap for industrial "
        + "cooperation\" .*");
    assertLine(text, "  MISS  jl-1  SECTOR  KAZ\\+UZB TRANSPORT");
    assertLine(text, "false positives \\(2\\)");
    assertLine(text, "  FP  page-7  VISIT  TKM->RUS PLANNED .*event=v2");
    assertLine(text, "  FP  jl-1  SECTOR  KAZ\\+UZB CHEMICALS");

    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertEquals(0.5, j.path("visits").path("precision").asDouble());
    assertEquals(2.0 / 3, j.path("documents").path("f1").asDouble(), 1e-9);
    assertEquals(2.0 / 3, j.path("documents_v1").path("f1").asDouble(), 1e-9);
    assertEquals(0.5, j.path("sectors_of_events").path("f1").asDouble(), 1e-9);
    assertTrue(j.path("dedup").path("precision").isNull());
    assertEquals(1, j.path("negatives").path("events").asInt());
    assertEquals(1, j.path("articles").path("paired_by").path("file_name").asInt());
    assertEquals(4, j.path("misses").size());
    assertEquals("jl-1", j.path("false_positives").get(0).path("article").asText());
    assertEquals("page-7", j.path("false_positives").get(1).path("article").asText());
    assertEquals("VISIT", j.path("false_positives").get(1).path("type").asText());
  }

  @Test
  void aGoldFolderMeansEveryGoldFileBelowItByEitherName(@org.junit.jupiter.api.io.TempDir Path d)
      throws IOException {
    java.nio.file.Files.createDirectories(d.resolve("part1"));
    java.nio.file.Files.createDirectories(d.resolve("part2"));
    java.nio.file.Files.writeString(d.resolve("part1/gold.jsonl"), "{}\n");
    java.nio.file.Files.writeString(d.resolve("part1/articles.jsonl"), "{}\n");
    java.nio.file.Files.writeString(d.resolve("part2/news.gold.jsonl"), "{}\n");
    assertEquals(java.util.List.of(d.resolve("part1/gold.jsonl"), d.resolve("part2/news.gold.jsonl")),
        org.coopevents.eval.GoldFile.resolve(d.toString()));
  }

  @Test
  void helpPrintsTheOptions() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("--gold=FILE"), out());
  }

  @Test
  void badArgumentsGetOneLineSayingWhatIsValid() throws IOException {
    assertBad("--gold is required", "--output=" + out);
    assertBad("--output is required", "--gold=" + gold);
    assertBad("does not exist: give the folder", "--output=" + tmp.resolve("nope"),
        "--gold=" + gold);
    assertBad("is a file", "--output=" + gold, "--gold=" + gold);
    assertBad("--gold " + tmp.resolve("none.gold.jsonl") + " does not exist",
        "--output=" + out, "--gold=" + gold + "," + tmp.resolve("none.gold.jsonl"));
    assertBad("unknown argument '--gild=x'; valid: --output=DIR", "--output=" + out,
        "--gild=x");
    assertBad("--gold needs a value", "--output=" + out, "--gold");
    Path emptyDir = Files.createDirectories(tmp.resolve("emptygold"));
    assertBad("no *.gold.jsonl", "--output=" + out, "--gold=" + emptyDir);
    Path broken = tmp.resolve("broken.gold.jsonl");
    Files.writeString(broken, "{\"id\": \"a\", \"events\": []}\n{\"id\": \"b\", \"events\": [{"
        + "\"type\": \"MEETING\"}]}\n");
    assertBad("broken.gold.jsonl line 2: event 1: \"type\" is MEETING; valid: VISIT",
        "--output=" + out, "--gold=" + broken);
    Files.writeString(broken, "{\"id\": \"a\", \"events\": [\n");
    assertBad("line 1: not valid JSON", "--output=" + out, "--gold=" + broken);
    Files.delete(out.resolve("_SUCCESS"));
    assertBad("has no _SUCCESS", "--output=" + out, "--gold=" + gold);
  }

  private void assertBad(String expected, String... args) {
    stdout.reset();
    stderr.reset();
    assertEquals(2, run(args), "exit code for " + String.join(" ", args));
    String e = err();
    assertEquals(1, e.lines().count(), "one line: " + e);
    assertTrue(e.contains(expected), "expected '" + expected + "' in: " + e);
    assertEquals("", out());
  }
}
