package org.coopevents.eval;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopevents.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateScoreTest {
  @TempDir Path tmp;

  private static DuplicateScore.Member m(String name, String gold, String predicted) {
    return new DuplicateScore.Member(name, gold, predicted);
  }

  private static Article article(String id, String duplicateOf) {
    return new Article(id, "https://wire.example/" + id, "wire.example", "Talks", "en",
        "2024-05-17", "in.jsonl", "line 1", "The presidents met in the capital.", duplicateOf,
        duplicateOf == null ? "CODED" : "DUPLICATE", 0);
  }

  private static GoldArticle gold(String id) {
    return new GoldArticle(id, null, List.of(), "g.jsonl", 1);
  }

  @Test
  void pairsAreCountedWithinGroupsOnBothSides() {
    // gold: {a1 a2 a3} {b1 b2} c1 d1; predicted: {a1 a2} a3 {b1 b2 c1} d1
    DuplicateScore s = DuplicateScore.score(List.of(m("a1", "A", "K1"), m("a2", "A", "K1"),
        m("a3", "A", "a3"), m("b1", "B", "K2"), m("b2", "B", "K2"), m("c1", "c1", "K2"),
        m("d1", "d1", "d1")), 3, 0);
    assertEquals(4, s.goldPairs());
    assertEquals(4, s.predictedPairs());
    assertEquals(2, s.sharedPairs());
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(List.of("a1~a3", "a2~a3"),
        s.missed().stream().map(p -> p.a() + "~" + p.b()).toList());
    assertEquals(List.of("b1~c1", "b2~c1"),
        s.falsePairs().stream().map(p -> p.a() + "~" + p.b()).toList());
    assertEquals("K1", s.missed().get(0).keptA());
    assertEquals("a3", s.missed().get(0).keptB());
  }

  @Test
  void perfectAndEmptyPredictions() {
    DuplicateScore right = DuplicateScore.score(List.of(m("a1", "A", "k"), m("a2", "A", "k"),
        m("c", "c", "c")), 1, 0);
    assertEquals(1.0, right.precision(), 1e-9);
    assertEquals(1.0, right.recall(), 1e-9);
    assertEquals(List.of(), right.missed());
    assertEquals(List.of(), right.falsePairs());

    DuplicateScore none = DuplicateScore.score(List.of(m("a1", "A", "a1"), m("a2", "A", "a2")),
        1, 0);
    assertNull(none.precision(), "nothing predicted: no precision to report");
    assertEquals(0.0, none.recall(), 1e-9);
    assertEquals(1, none.missed().size());
  }

  @Test
  void listsAreCappedButCountsAreNot() {
    List<DuplicateScore.Member> ms = new ArrayList<>();
    for (int i = 0; i < 10; i++) ms.add(m("x" + i, "X", "x" + i));
    DuplicateScore s = DuplicateScore.score(ms, 9, 0);
    assertEquals(45, s.goldPairs());
    assertEquals(0, s.sharedPairs());
    assertEquals(DuplicateScore.LISTED, s.missed().size());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    s.print(new PrintStream(b, true, StandardCharsets.UTF_8));
    String text = b.toString(StandardCharsets.UTF_8);
    assertThat(text, containsString("recall 0.000 (0 predicted pairs, 45 gold pairs, 0 both"));
    assertThat(text, containsString("... 25 more missed copy pairs"));
    assertEquals(45L, s.json().get("missed_pairs"));
  }

  @Test
  void marksFollowChainsAndOutputRowsShareTheirKeptCopy() {
    // gold: o ← c1, c1 ← c2 (a copy of a copy belongs to the first publication), lone, gone ← o
    Map<String, String> marks = Map.of("c1", "o", "c2", "c1", "gone", "o");
    // output: c1 and c2 point to o as kept copy; lone wrongly points to o too; gone is missing
    List<Article> out = List.of(article("o", null), article("c1", "o"), article("c2", "o"),
        article("lone", "o"));
    List<ArticleMatcher.Pairing> pairings = new ArticleMatcher(out).pair(List.of(List.of(
        gold("o"), gold("c1"), gold("c2"), gold("lone"), gold("gone"))));
    DuplicateScore s = DuplicateScore.of(marks, pairings);
    assertEquals(3, s.goldPairs());
    assertEquals(6, s.predictedPairs());
    assertEquals(3, s.sharedPairs());
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(3, s.falsePairs().size());
    assertEquals(1, (int) s.json().get("marked_without_output"));
    assertNull(DuplicateScore.of(Map.of(), pairings), "no marks: nothing to score");
  }

  @Test
  void copyMarksAreReadFromGoldLinesAndBadOnesSkipped() throws Exception {
    Path f = tmp.resolve("g.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\": \"a\", \"events\": []}",
        "{\"id\": \"b\", \"copy_of\": \"a\", \"events\": []}",
        "{\"id\": \"c\", \"copy_of\": \"c\", \"events\": []}",
        "{\"id\": \"d\", \"copy_of\": null, \"events\": []}",
        "{\"id\": \"e\", \"copy_of\": \"a\", \"events\": [",
        "{\"url\": \"https://x.example/f\", \"copy_of\": \"a\", \"events\": []}",
        ""), StandardCharsets.UTF_8);
    assertEquals(Map.of("b", "a"), CopyMarks.read(List.of(f)));
  }
}
