package org.coopevents.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coopevents.knowledge.SectorLexicon;
import org.coopevents.testing.CommandRun;
import org.coopevents.testing.DuckDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts an analyst reads off the tables, on a small corpus written here: dates and addresses
 * printed on saved pages, one outlet under several spellings, cooperation dated by its visit,
 * and the two lookup tables; read back with DuckDB.
 */
class DatasetFactsTest {
  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void runOnAWrittenCorpus() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("eurasia-today"));
    Files.writeString(in.resolve("eurasia-today").resolve("visit.txt"), String.join("\n",
        "Mirziyoyev arrives in Astana on a state visit",
        "",
        "Eurasia Today   Home | Politics | Economy",
        "18:05, 16 May 2024",
        "Source: https://www.eurasia-today.example/politics/mirziyoyev-astana",
        "",
        "President of Uzbekistan Shavkat Mirziyoyev arrived in Astana on 16 May 2024 on a state "
            + "visit to Kazakhstan at the invitation of President Kassym-Jomart Tokayev.",
        "",
        "The two presidents agreed to expand cooperation in energy and transport.",
        ""), StandardCharsets.UTF_8);
    Files.createDirectories(in.resolve("wire"));
    Files.writeString(in.resolve("wire").resolve("wire.jsonl"), String.join("\n",
        "{\"id\":\"w1\",\"source\":\"Eurasia Today\",\"published_at\":\"2024-05-17\",\"language\":\"en\","
            + "\"title\":\"Tokayev and Mirziyoyev hold talks\",\"text\":\"Kazakh President Kassym-Jomart "
            + "Tokayev held talks in Astana on 16 May 2024 with President of Uzbekistan Shavkat "
            + "Mirziyoyev, who is on a state visit to Kazakhstan. They discussed trade.\"}",
        "{\"id\":\"w2\",\"source\":\"eurasia-today\",\"published_at\":\"2024-05-17\",\"language\":\"en\","
            + "\"title\":\"Uzbek leader in Astana\",\"text\":\"Shavkat Mirziyoyev, the President of "
            + "Uzbekistan, paid a state visit to Kazakhstan on 16 May 2024 and met President "
            + "Kassym-Jomart Tokayev in Astana.\"}",
        ""), StandardCharsets.UTF_8);
    out = dir.resolve("out");
    CommandRun r = CommandRun.of(RunCommand::run, "--input=" + in, "--output=" + out);
    assertEquals(0, r.code, r.err);
  }

  @Test
  void aSavedPageKeepsTheDateAndAddressItPrints() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(List.of("2024-05-16 | https://www.eurasia-today.example/politics/mirziyoyev-astana"
              + " | eurasia-today.example"),
          db.rows("SELECT published_date, url, source_domain FROM " + db.table("articles")
              + " WHERE input_file LIKE '%visit.txt'"));
    }
  }

  @Test
  void oneOutletUnderThreeSpellingsIsOneSource() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(List.of("eurasia-today", "eurasia-today", "eurasia-today.example"),
          db.rows("SELECT source_domain FROM " + db.table("articles") + " ORDER BY 1"));
      assertEquals(List.of("3 | 1"), db.rows("SELECT num_articles, num_sources FROM "
          + db.table("events") + " WHERE event_type = 'VISIT'"));
    }
  }

  @Test
  void cooperationDuringTheVisitTakesItsDates() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      List<String> coop = db.rows("SELECT c.start_date, v.start_date FROM " + db.table("events")
          + " c JOIN " + db.table("events") + " v ON c.parent_event_id = v.event_id"
          + " WHERE c.event_type = 'COOPERATION'");
      assertEquals(1, coop.size(), coop.toString());
      assertEquals("2024-05-16 | 2024-05-16", coop.get(0));
    }
  }

  @Test
  void lookupTablesNameEveryCountryAndSector() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(List.of("iso3", "name_en", "name_ru"), List.copyOf(db.columns("countries").keySet()));
      assertEquals(List.of("Kazakhstan | Казахстан"), db.rows("SELECT name_en, name_ru FROM "
          + db.table("countries") + " WHERE iso3 = 'KAZ'"));
      assertTrue(db.count("SELECT count(*) FROM " + db.table("countries")) >= 193);
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT iso3 FROM " + db.table("countries")
          + " GROUP BY iso3 HAVING count(*) > 1)"));
      assertEquals(List.of("code", "description"), List.copyOf(db.columns("sectors").keySet()));
      assertEquals(List.copyOf(new java.util.TreeSet<>(SectorLexicon.CODES)),
          db.rows("SELECT code FROM " + db.table("sectors") + " ORDER BY code"));
      // every code the events use joins to a description, every country to a name
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT unnest(sectors) AS code FROM "
          + db.table("events") + ") e ANTI JOIN " + db.table("sectors") + " s USING (code)"));
      assertEquals(0, db.count("SELECT count(*) FROM " + db.table("events") + " e ANTI JOIN "
          + db.table("countries") + " c ON e.actor1_country = c.iso3"));
    }
    JsonNode m = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    assertEquals(SectorLexicon.CODES.size(), m.at("/lookup_tables/sectors").asInt());
    assertTrue(m.at("/lookup_tables/countries").asInt() >= 193);
    assertThat(List.of(out.toFile().list()), hasItem("countries"));
  }
}
