package org.coopevents.gen;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.coopevents.dedup.TextShingles;
import org.coopevents.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold marks copies with copy_of, and a marked copy's text is near its original's. */
class SyndicatedCopiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Jaccard of two texts' 4-word shingle sets (exact, not estimated). */
  static double jaccard(String a, String b) {
    long[] x = TextShingles.of(a);
    long[] y = TextShingles.of(b);
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        both++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - both;
    return union == 0 ? 1.0 : (double) both / union;
  }

  /** Title and plain body of every JSON Lines article (not the html ones), by id. */
  private static Map<String, String[]> plainArticles(Path input) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    try (Stream<Path> files = Files.walk(input.resolve("jsonl"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode o;
          try {
            o = JSON.readTree(line);
          } catch (IOException e) {
            continue;
          }
          if (!o.isObject() || !o.has("id")) continue;
          String body = o.has("text") && o.get("text").isTextual() ? o.get("text").asText() : null;
          if (body == null) continue;
          out.put(o.get("id").asText(), new String[] {o.get("title").asText(), body,
              o.get("language").asText(), o.get("published_at").asText(), o.get("source").asText()});
        }
      }
    }
    return out;
  }

  @Test
  void copiesAreMarkedAndTheirTextIsNearTheOriginal() throws IOException {
    Path dir = tmp.resolve("c");
    CorpusGenerator.Summary s = new CorpusGenerator(Knowledge.load(), 4, 0.01).write(1500, dir);
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode g = JSON.readTree(line);
      gold.put(g.get("id").asText(), g);
    }
    Map<String, String[]> plain = plainArticles(dir.resolve("input"));

    int copies = 0;
    int copiesWithoutEvents = 0;
    int compared = 0;
    int verbatim = 0;
    for (JsonNode g : gold.values()) {
      if (!g.has("copy_of")) continue;
      copies++;
      String id = g.get("id").asText();
      String orig = g.get("copy_of").asText();
      JsonNode o = gold.get(orig);
      assertTrue(o != null, id + " copies " + orig + ", which has no gold line");
      assertNotEquals(id, orig);
      assertNull(o.get("copy_of"), id + ": copy_of names the first publication, not a copy");
      assertTrue(orig.compareTo(id) < 0, id + " is written after its original " + orig);
      assertEquals(o.get("events"), g.get("events"), id + " tells what its original tells");
      if (g.get("events").isEmpty()) copiesWithoutEvents++;
      String[] c = plain.get(id);
      String[] p = plain.get(orig);
      if (c == null || p == null) continue;
      compared++;
      assertEquals(p[2], c[2], id + ": a copy keeps its original's language");
      assertNotEquals(p[4], c[4], id + ": another outlet republishes the story");
      assertTrue(c[3].compareTo(p[3]) >= 0, id + " is published on or after its original");
      double j = jaccard(p[0] + "\n\n" + p[1], c[0] + "\n\n" + c[1]);
      assertThat(id + " vs " + orig, j, greaterThanOrEqualTo(0.75));
      if (c[1].equals(p[1])) verbatim++;
    }
    assertThat("copies in 1,500 units", copies, greaterThan(40));
    assertThat("copies of unrelated news and negatives", copiesWithoutEvents, greaterThan(10));
    assertThat("pairs compared on plain JSON Lines text", compared, greaterThan(20));
    assertThat("some verbatim copies", verbatim, greaterThan(0));
    assertThat("most copies are edited", verbatim, lessThan(compared));
    assertTrue(s.kinds().keySet().stream().anyMatch(k -> k.startsWith("syndicated_")),
        s.kinds().toString());

    // the marks are not everything near: different reports of one event are not marked copies,
    // and they are less alike than a copy and its original
    Map<String, String> firstOfKey = new HashMap<>();
    int reportPairs = 0;
    for (JsonNode g : gold.values()) {
      if (g.has("copy_of") || g.get("events").isEmpty()) continue;
      String key = g.get("events").get(0).get("key").asText();
      String[] me = plain.get(g.get("id").asText());
      if (me == null || !key.endsWith("-visit")) continue;
      String other = firstOfKey.putIfAbsent(key, g.get("id").asText());
      if (other == null || !plain.get(other)[2].equals(me[2])) continue;
      reportPairs++;
      assertThat(g.get("id") + " vs " + other, jaccard(plain.get(other)[1], me[1]), lessThan(0.6));
    }
    assertThat(reportPairs, greaterThan(3));

    // articles without events that are not copies of each other (unrelated news, negatives) are
    // not near-copies either, in either language
    String[] previous = new String[2];
    int unrelatedPairs = 0;
    for (JsonNode g : gold.values()) {
      if (g.has("copy_of") || !g.get("events").isEmpty()) continue;
      String[] me = plain.get(g.get("id").asText());
      if (me == null) continue;
      int lang = me[2].equals("en") ? 0 : 1;
      if (previous[lang] != null) {
        unrelatedPairs++;
        assertThat(g.get("id").asText(), jaccard(previous[lang], me[1]), lessThan(0.3));
      }
      previous[lang] = me[1];
    }
    assertThat(unrelatedPairs, greaterThan(200));
  }

  @Test
  void aCopyEditsLightlyAndSometimesNotAtAll() {
    Outlet wire = Outlet.EN.get(0);
    Outlet portal = Outlet.EN.get(2);
    String body = String.join("\n\n",
        "The delegations met in the capital on Tuesday and reviewed a dozen joint projects in"
            + " trade, energy and transport, the foreign ministry said.",
        "Officials from both sides described the atmosphere of the talks as businesslike. A new"
            + " round of consultations on customs procedures is scheduled for the autumn.",
        "Bilateral trade grew by a fifth over the first nine months of the year, driven mostly by"
            + " fertiliser, grain and machinery shipments across the shared border.",
        "The intergovernmental commission will hold its next session in the spring, when the"
            + " ministers are expected to approve a list of priority investment projects.",
        "Several regional governors who travelled with the delegation held separate meetings with"
            + " their counterparts and discussed direct flights between provincial cities.",
        "Analysts in the capital said the visit was meant to show that relations remain steady"
            + " despite the recent disagreement over transit fees and railway tariffs.",
        "Share this article") + "\n";
    Piece original = new Piece("Talks held in the capital", body);
    SplittableRandom r = new SplittableRandom(3);
    int same = 0;
    for (int i = 0; i < 200; i++) {
      Piece c = Syndication.copy(original, wire, portal, r);
      if (c.equals(original)) {
        same++;
        continue;
      }
      assertTrue(c.body().contains("distributed by Meridian Wire"), c.body());
      assertTrue(c.body().getBytes(StandardCharsets.UTF_8).length >= Syndication.MIN_BYTES);
      assertThat(jaccard(original.body(), c.body()), greaterThanOrEqualTo(0.75));
    }
    assertThat(same, greaterThan(20));
    assertThat(same, lessThan(100));
    Outlet[] others = new Outlet[40];
    for (int i = 0; i < others.length; i++) others[i] = Syndication.otherOutlet(wire, r);
    assertTrue(Arrays.stream(others).noneMatch(wire::equals));
    assertTrue(Arrays.stream(others).allMatch(o -> o.lang().equals("en")));
  }
}
