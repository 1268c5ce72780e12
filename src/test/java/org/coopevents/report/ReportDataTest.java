package org.coopevents.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.coopevents.eval.OutputTables;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.RejectRow;
import org.junit.jupiter.api.Test;

class ReportDataTest {
  private static EventRow event(String id, String type, String a1, String a2, String start,
      String firstReported, List<String> sectors, int articles, int sources) {
    return new EventRow(id, type, a1, a2, null, null, "OCCURRED", type.equals("VISIT")
        ? "OFFICIAL" : null, start, null, null, null, sectors, null, null, null, "042", articles,
        sources, firstReported, 0.8);
  }

  private static DocumentRow doc(String id, String event, String type, List<String> sectors) {
    return new DocumentRow(id, event, "Agreement on " + id, "Agreement on " + id, type,
        List.of("KAZ", "UZB"), null, sectors, null, null, List.of("a1"), 1, 1);
  }

  private static Article article(String id, String source, String lang, String outcome) {
    return new Article(id, "https://" + source + "/" + id, source, "t", lang, "2024-03-02",
        "in.jsonl", "line 1", "text", null, outcome, 0);
  }

  private static final OutputTables TABLES = new OutputTables(
      List.of(article("a1", "steppe.example", "en", "CODED"),
          article("a2", "tashkent.example", "ru", "CODED"),
          article("a3", "steppe.example", "en", "NO_EVENT"),
          article("a4", "other.example", null, "DUPLICATE")),
      List.of(event("e1", "SIGNING", "KAZ", "UZB", "2024-03-01", "2024-03-02",
              List.of("ENERGY", "TRADE"), 2, 2),
          event("e2", "VISIT", "UZB", "KAZ", "2024-03-20", "2024-03-21", List.of("TRADE"), 1, 1),
          event("e3", "COOPERATION", "CHN", "KAZ", null, "2024-05-09", List.of(), 1, 1),
          event("e4", "VISIT", "TUR", "AZE", null, null, List.of("ENERGY", "ENERGY"), 3, 3)),
      List.of(new MentionRow("e1", "a1", "https://steppe.example/a1", "steppe.example",
              "Kazakhstan and Uzbekistan signed two agreements.", 0, 10),
          new MentionRow("e1", "a2", "https://tashkent.example/a2", "tashkent.example",
              "Подписаны два соглашения.", 0, 10),
          new MentionRow("e4", "a1", null, null, "The president arrived in Baku.", 20, 40)),
      List.of(doc("d1", "e1", "AGREEMENT", List.of("ENERGY")),
          doc("d2", "e1", "MEMORANDUM", List.of("TRADE", "ENERGY")),
          doc("d3", "e1", "AGREEMENT", List.of())));

  private static final List<RejectRow> REJECTS = List.of(
      new RejectRow("bad.jsonl", "line 1", "MALFORMED_JSON", "unexpected end", "{\"id\":"),
      new RejectRow("bad.jsonl", "line 2", "MALFORMED_JSON", "unexpected end", "{"),
      new RejectRow("bad.jsonl", "line 3", "MALFORMED_JSON", "unexpected end", "[{"),
      new RejectRow("empty.jsonl", "file", "EMPTY_FILE", "no bytes", ""));

  private final ReportData data = ReportData.compute(RunInfo.unknown(), TABLES, REJECTS);

  @Test
  void countsTheTables() {
    assertEquals(4, data.articles);
    assertEquals(4, data.events);
    assertEquals(3, data.documents);
    assertEquals(3, data.mentions);
    assertEquals(4, data.rejects);
  }

  @Test
  void binsEventsByStartMonthElseFirstReported() {
    assertEquals(List.of("2024-03", "2024-05"), List.copyOf(data.eventsByMonth.keySet()));
    assertEquals(1, data.eventsIn("2024-03", "SIGNING"));
    assertEquals(1, data.eventsIn("2024-03", "VISIT"));
    assertEquals(1, data.eventsIn("2024-05", "COOPERATION"));
    assertEquals(1, data.eventsWithoutMonth);
    assertEquals(List.of("2024-03", "2024-04", "2024-05"), ReportPage.months(data));
    assertEquals(2, data.eventsWithStartDate);
    assertEquals(0.5, data.startDateShare(), 1e-9);
  }

  @Test
  void pairsAreUnorderedAndCountDocuments() {
    ReportData.PairCount top = data.topPairs.get(0);
    assertEquals("KAZ", top.country1);
    assertEquals("UZB", top.country2);
    assertEquals(2, top.events);
    assertEquals(Map.of("SIGNING", 1L, "VISIT", 1L), top.eventsByType);
    assertEquals(3, top.documents);
    assertEquals(3, data.topPairs.size());
    assertEquals("KAZ", data.matrixCountries.get(0));
    assertEquals(2L, data.matrix.get(ReportData.pairKey("UZB", "KAZ")));
    assertEquals(1L, data.matrix.get(ReportData.pairKey("AZE", "TUR")));
  }

  @Test
  void sectorsCountEventsOnceAndShareOfDocuments() {
    ReportData.SectorCount first = data.sectors.get(0);
    assertEquals("ENERGY", first.sector);
    assertEquals(2, first.events); // e1, and e4 once although it lists ENERGY twice
    assertEquals(2, first.documents);
    assertEquals(2.0 / 3, first.documentShare, 1e-9);
    ReportData.SectorCount trade = data.sectors.get(1);
    assertEquals("TRADE", trade.sector);
    assertEquals(1.0 / 3, trade.documentShare, 1e-9);
    assertEquals(List.of("AGREEMENT", "MEMORANDUM"), List.copyOf(data.docTypes.keySet()));
    assertEquals(2L, data.docTypes.get("AGREEMENT"));
  }

  @Test
  void largestEventsComeWithTheirSourcesAndLanguages() {
    assertEquals("e4", data.largestEvents.get(0).event.eventId);
    ReportData.TopEvent signing = data.largestEvents.get(1);
    assertEquals("e1", signing.event.eventId);
    assertEquals(3, signing.documents.size());
    assertEquals(2, signing.sources.size());
    assertEquals("tashkent.example", signing.sources.get(1).outlet);
    assertEquals("ru", signing.sources.get(1).language);
    // a mention without url or source takes them from its article
    ReportData.Source s = data.largestEvents.get(0).sources.get(0);
    assertEquals("steppe.example", s.outlet);
    assertEquals("https://steppe.example/a1", s.url);
  }

  @Test
  void qualityFigures() {
    assertEquals(Map.of("CODED", 2L, "NO_EVENT", 1L, "DUPLICATE", 1L), data.outcomes);
    assertEquals("CODED", data.outcomes.keySet().iterator().next());
    assertEquals(Map.of("en", 2L, "ru", 1L, "unknown", 1L), data.languages);
    assertEquals(List.of("MALFORMED_JSON", "EMPTY_FILE"), List.copyOf(data.rejectsByReason.keySet()));
    assertEquals(3L, data.rejectsByReason.get("MALFORMED_JSON"));
    assertEquals(ReportData.REJECT_EXAMPLES, data.rejectExamples.get("MALFORMED_JSON").size());
    assertEquals(Map.of(1, 2L, 2, 1L, 3, 1L), data.numSources);
  }

  @Test
  void readsTheRunFromTheManifest() throws Exception {
    String json = "{\"run\":{\"started_at\":\"2024-06-01T10:00:00Z\",\"finished_at\":"
        + "\"2024-06-01T10:05:00Z\",\"runner\":\"DirectRunner\",\"output\":\"/data/out\"},"
        + "\"versions\":{\"coopevents\":\"1.2.3\",\"beam\":\"2.62.0\"},\"options\":{\"input\":"
        + "\"news/*.jsonl\"},\"inputs\":[{\"path\":\"news/a.jsonl\",\"size_bytes\":120,"
        + "\"units_read\":3,\"accepted\":2,\"rejected\":1}]}";
    RunInfo r = RunInfo.fromManifest(json.getBytes(StandardCharsets.UTF_8));
    assertEquals("1.2.3", r.version);
    assertEquals("2024-06-01T10:00:00Z", r.startedAt);
    assertEquals("news/*.jsonl", r.inputOption);
    assertEquals(1, r.inputs.size());
    assertEquals(2, r.inputs.get(0).accepted);
    String page = ReportPage.render(ReportData.compute(r, TABLES, REJECTS));
    assertTrue(page.contains("1.2.3"));
    assertTrue(page.contains("news/a.jsonl"));
    assertTrue(page.contains("id=\"n-events\" data-count=\"4\""));
  }

  @Test
  void emptyRunRendersWithoutFigures() {
    ReportData empty = ReportData.compute(RunInfo.unknown(),
        new OutputTables(List.of(), List.of(), List.of(), List.of()), List.of());
    String page = ReportPage.render(empty);
    assertTrue(page.contains("No dated events."));
    assertTrue(page.contains("Nothing was rejected."));
    assertFalse(page.contains("NaN"));
  }
}
