package org.coopevents.gen;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coopevents.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class CorpusGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    Knowledge k = Knowledge.load();
    new CorpusGenerator(k, 11, 0.02).write(400, tmp.resolve("a"));
    new CorpusGenerator(k, 11, 0.02).write(400, tmp.resolve("b"));
    new CorpusGenerator(k, 12, 0.02).write(400, tmp.resolve("c"));
    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    for (String f : a.keySet()) assertArrayEquals(a.get(f), b.get(f), f);
    assertTrue(a.keySet().stream().anyMatch(f -> f.endsWith(".warc.gz")), "a WARC file");
    assertTrue(a.keySet().stream().anyMatch(f -> f.endsWith(".txt")), "a text page");
    assertThat(new String(files(tmp.resolve("c")).get("gold.jsonl"), StandardCharsets.UTF_8),
        not(equalTo(new String(a.get("gold.jsonl"), StandardCharsets.UTF_8))));
  }

  @Test
  void everyArticleHasAGoldLineAndEveryKeyOneTypeAndPair() throws IOException {
    Path dir = tmp.resolve("g");
    CorpusGenerator.Summary s = new CorpusGenerator(Knowledge.load(), 5, 0.03).write(600, dir);

    // what the input holds: ids (or URLs where a record has no id), bad lines counted apart
    Set<String> input = new HashSet<>();
    long bad = 0;
    try (Stream<Path> files = Files.walk(dir.resolve("input"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".jsonl")) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            JsonNode o;
            try {
              o = JSON.readTree(line);
            } catch (IOException e) {
              bad++;
              continue;
            }
            boolean body = o.isObject() && (o.path("text").isTextual() || o.path("html").isTextual()
                || o.path("maintext").isTextual());
            if (!body) {
              bad++;
              continue;
            }
            input.add(o.has("id") ? o.get("id").asText() : o.get("url").asText());
          }
        } else if (name.endsWith(".txt")) {
          input.add(name.substring(0, name.length() - 4));
        } else if (name.endsWith(".warc.gz")) {
          try (WarcReader r = new WarcReader(f)) {
            for (WarcRecord rec : r) {
              if (rec instanceof WarcResponse resp) input.add(resp.target());
            }
          }
        }
      }
    }
    assertEquals(s.units() - s.articles(), bad);
    assertEquals(s.badRecords().values().stream().mapToLong(Long::longValue).sum(), bad);
    assertThat(bad, greaterThan(0L));

    Set<String> gold = new HashSet<>();
    Map<String, String> keyShape = new HashMap<>();
    Map<String, Long> kinds = new TreeMap<>();
    int withEvents = 0;
    for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode g = JSON.readTree(line);
      String id = g.get("id").asText();
      gold.add(g.has("url") && !input.contains(id) ? g.get("url").asText() : id);
      if (g.get("events").size() > 0) withEvents++;
      for (JsonNode e : g.get("events")) {
        String key = e.get("key").asText();
        String type = e.get("type").asText();
        kinds.merge(type, 1L, Long::sum);
        String suffix = key.endsWith("-visit") || key.endsWith("-visit-planned") ? "VISIT"
            : key.endsWith("-signing") ? "SIGNING" : key.endsWith("-coop") ? "COOPERATION" : "?";
        assertEquals(suffix, type, key);
        if (key.endsWith("-planned")) assertEquals("PLANNED", e.get("status").asText(), key);
        String pair = e.has("parties") ? e.get("parties").toString()
            : e.get("actor1").asText() + "->" + e.get("actor2").asText();
        assertTrue(key.startsWith(pair.replaceAll("[\\[\\]\"]", "").replace(',', '-')
            .replace("->", "-")), key + " vs " + pair);
        String shape = type + " " + pair + " " + e.path("start_date").asText()
            + e.path("signed_date").asText() + e.path("stance").asText();
        String prev = keyShape.putIfAbsent(key, shape);
        if (prev != null) assertEquals(prev, shape, key);
      }
    }
    assertEquals(s.articles(), gold.size());
    assertEquals(input, gold);
    // a mix: most articles without events, all three event types present
    assertThat(withEvents, greaterThan(30));
    assertThat(s.articles() - withEvents > s.articles() / 2, is(true));
    assertThat(kinds.keySet(), equalTo(Set.of("VISIT", "SIGNING", "COOPERATION")));
    // several articles tell one event
    Map<String, Integer> perKey = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      for (JsonNode e : JSON.readTree(line).get("events")) perKey.merge(e.get("key").asText(), 1, Integer::sum);
    }
    assertTrue(perKey.values().stream().anyMatch(n -> n >= 3));
  }

  @Test
  void twoEventsOfOnePairInOneMonthHaveTheirOwnKeys() {
    // Past World.slots() a (pair, month) comes round again: large corpora have pairs that meet
    // twice in a month, and the gold must not call the two events one.
    World w = new World(Knowledge.load(), 3);
    Facts.Visit a = null;
    Facts.Visit b = null;
    for (long slot = 0; a == null || b == null; slot++) {
      a = Facts.visit(w, slot, new java.util.SplittableRandom(slot));
      b = Facts.visit(w, slot + w.slots(), new java.util.SplittableRandom(slot + 1));
    }
    assertEquals(a.pair(), b.pair());
    assertEquals(a.start().withDayOfMonth(1), b.start().withDayOfMonth(1));
    assertThat(a.visitKey(), not(equalTo(b.visitKey())));
    assertThat(a.signingKey(), not(equalTo(b.signingKey())));
    assertThat(a.coopKey(), not(equalTo(b.coopKey())));
    Facts.Call c = null;
    Facts.Call d = null;
    for (long slot = 0; c == null || d == null; slot++) {
      c = Facts.call(w, slot, new java.util.SplittableRandom(slot));
      d = Facts.call(w, slot + w.slots(), new java.util.SplittableRandom(slot + 1));
    }
    assertEquals(c.date().withDayOfMonth(1), d.date().withDayOfMonth(1));
    assertThat(c.coopKey(), not(equalTo(d.coopKey())));
  }

  @Test
  void articlesAreOneToEightKilobytesAndInBothLanguages() throws IOException {
    Path dir = tmp.resolve("s");
    new CorpusGenerator(Knowledge.load(), 9, 0).write(300, dir);
    Set<String> langs = new HashSet<>();
    for (Path f : List.of(dir.resolve("input/jsonl/part-00000.jsonl"))) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        JsonNode o = JSON.readTree(line);
        langs.add(o.get("language").asText());
        String body = o.has("text") ? o.get("text").asText() : o.has("maintext")
            ? o.get("maintext").asText() : null;
        if (body == null) continue;
        int kb = body.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(kb >= 850 && kb <= 10000, kb + " bytes: " + o.get("url"));
      }
    }
    assertEquals(Set.of("en", "ru"), langs);
  }
}
