package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.junit.jupiter.api.Test;

/** The shared seed article (read at run time, never copied): skipped when it is not there. */
class SeedArticleTest {

  private static Path seed() {
    for (String p : List.of("../shared/eval/seed/seed.jsonl", "../../shared/eval/seed/seed.jsonl",
        "/work/shared/eval/seed/seed.jsonl")) {
      Path path = Paths.get(p);
      if (Files.isRegularFile(path)) return path;
    }
    return null;
  }

  @Test
  void seedArticle() throws Exception {
    Path p = seed();
    assumeTrue(p != null, "seed.jsonl not present");
    ArticleText a = DevCorpusScore.readJsonl(p).get(0);
    Extraction x = ArticleExtractor.create().extract(a);

    List<EventRow> visits = x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
    assertEquals(1, visits.size(), x.events.toString());
    assertEquals("BLR", visits.get(0).actor1Country);
    assertEquals("AZE", visits.get(0).actor2Country);
    assertEquals("OCCURRED", visits.get(0).status);

    EventRow signing = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).findFirst().orElseThrow();
    assertEquals("2024-05-16", signing.startDate);
    assertEquals(6, signing.documentCount);
    assertEquals(visits.get(0).eventId, signing.parentEventId);
    assertEquals(6, x.documents.size(), x.documents.toString());
    Map<String, Long> types = x.documents.stream().collect(Collectors.groupingBy(d -> d.docType, Collectors.counting()));
    assertEquals(Map.of("PROTOCOL", 3L, "ACTION_PLAN", 1L, "MEMORANDUM", 2L), types);
    DocumentRow plan = x.documents.stream().filter(d -> d.docType.equals("ACTION_PLAN")).findFirst().orElseThrow();
    assertEquals(2024, plan.periodStartYear);
    assertEquals(2025, plan.periodEndYear);
    assertEquals(List.of("TOURISM"), plan.sectors);
    DocumentRow competition = x.documents.stream().filter(d -> d.title.contains("competition")).findFirst().orElseThrow();
    assertEquals(Set.of("COMPETITION_POLICY", "PUBLIC_PROCUREMENT", "CONSUMER_PROTECTION", "ADVERTISING"),
        Set.copyOf(competition.sectors));
    assertTrue(x.documents.stream().anyMatch(d -> d.sectors.equals(List.of("VETERINARY"))));
    assertTrue(x.documents.stream().anyMatch(d -> d.sectors.contains("PHYTOSANITARY")));
    assertTrue(x.documents.stream().anyMatch(d -> d.sectors.contains("SME")));

    EventRow coop = x.events.stream().filter(e -> e.eventType.equals("COOPERATION")).findFirst().orElseThrow();
    assertEquals("AZE", coop.actor1Country);
    assertEquals("BLR", coop.actor2Country);
    assertTrue(Set.copyOf(coop.sectors).containsAll(Set.of("TRADE", "INDUSTRY", "MACHINERY", "PHARMACEUTICALS",
        "AGRICULTURE", "RECONSTRUCTION", "CONSTRUCTION", "SECURITY")), coop.sectors.toString());

    // nothing is read from the page furniture after the body
    int furniture = a.text.indexOf("Leave a review");
    assumeTrue(furniture > 0);
    for (MentionRow m : x.mentions) assertTrue(m.evidenceEnd <= furniture, m.evidence);
    assertTrue(x.events.stream().noneMatch(e -> e.actor1Country.equals("GEO") || e.actor2Country.equals("GEO")
        || e.actor1Country.equals("RUS") || e.actor2Country.equals("RUS")));
  }

  @Test
  void seedWithoutPublicationDateLeavesYearLessDatesNull() throws Exception {
    Path p = seed();
    assumeTrue(p != null, "seed.jsonl not present");
    ArticleText a = DevCorpusScore.readJsonl(p).get(0);
    ArticleText undated = new ArticleText(a.articleId, a.url, a.source, a.title, a.language, null, a.text);
    Extraction x = ArticleExtractor.create().extract(undated);
    EventRow signing = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).findFirst().orElseThrow();
    assertNull(signing.startDate);
    assertEquals(6, x.documents.size());
  }
}
