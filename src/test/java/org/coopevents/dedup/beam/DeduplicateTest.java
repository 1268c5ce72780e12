package org.coopevents.dedup.beam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.coopevents.dedup.MinHashLshTest;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.junit.Rule;
import org.junit.Test;

/** The Deduplicate stage on a handful of articles: copies marked, one event, every mention kept. */
public class DeduplicateTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static Article article(String id, String source, String date, String text) {
    return new Article(id, "https://" + source + "/" + id, source, "Title " + id, "en", date,
        "in.jsonl", "line 1", text, null, "CODED", 1);
  }

  private static EventRow visit(String id, String date, String reported) {
    return new EventRow(id, "VISIT", "CHN", "KAZ", "Xi Jinping", null, "OCCURRED", "STATE", date,
        null, "KAZ", "Astana", List.of(), null, null, null, "042", 1, 1, reported, 0.7);
  }

  @Test
  public void copiesAreMarkedAndReportsOfOneVisitBecomeOneEvent() {
    String other = "Chinese leader Xi Jinping began a state visit to Kazakhstan on Tuesday, "
        + "officials in Astana said, and the two sides are expected to sign documents on culture.";
    List<Article> articles = List.of(
        article("b-wire", "kazinform", "2024-07-03", MinHashLshTest.WIRE),
        article("a-copy", "regional", "2024-07-04", MinHashLshTest.WIRE + " "),
        article("c-edit", "portal", "2024-07-03", MinHashLshTest.EDITED),
        article("d-own", "xinhua", "2024-07-02", other),
        new Article("e-empty", null, null, null, null, null, "in.jsonl", "line 9", "", null, "EMPTY", 0));
    List<EventRow> events = new ArrayList<>();
    List<MentionRow> mentions = new ArrayList<>();
    for (Article a : articles) {
      if (a.text.isEmpty()) continue;
      String id = "raw-" + a.articleId;
      events.add(visit(id, a.articleId.equals("d-own") ? null : "2024-07-02", a.publishedDate));
      mentions.add(new MentionRow(id, a.articleId, a.url, a.source, "Xi", 0, 2));
    }
    PCollectionTuple out = PCollectionTuple
        .of(Deduplicate.ARTICLES, p.apply("Articles", Create.of(articles)))
        .and(Deduplicate.EVENTS, p.apply("Events", Create.of(events)))
        .and(Deduplicate.DOCUMENTS, p.apply("Documents", Create.empty(org.apache.beam.sdk.values.TypeDescriptor.of(DocumentRow.class))))
        .and(Deduplicate.MENTIONS, p.apply("Mentions", Create.of(mentions)))
        .apply(new Deduplicate());

    PAssert.that(out.get(Deduplicate.ARTICLES)).satisfies(as -> {
      Map<String, Article> byId = new HashMap<>();
      for (Article a : as) byId.put(a.articleId, a);
      assertEquals(5, byId.size());
      assertEquals("b-wire", byId.get("a-copy").duplicateOf);
      assertEquals("DUPLICATE", byId.get("a-copy").outcome);
      assertEquals("b-wire", byId.get("c-edit").duplicateOf);
      assertEquals(1, byId.get("c-edit").eventCount);
      assertNull(byId.get("b-wire").duplicateOf);
      assertEquals("CODED", byId.get("b-wire").outcome);
      assertNull(byId.get("d-own").duplicateOf);
      assertEquals("EMPTY", byId.get("e-empty").outcome);
      return null;
    });
    PAssert.that(out.get(Deduplicate.EVENTS)).satisfies(es -> {
      List<EventRow> l = new ArrayList<>();
      es.forEach(l::add);
      assertEquals(1, l.size());
      EventRow e = l.get(0);
      assertEquals(4, e.numArticles);
      assertEquals(4, e.numSources);
      assertEquals("2024-07-02", e.startDate);
      assertEquals("2024-07-02", e.firstReported);
      return null;
    });
    PAssert.that(out.get(Deduplicate.MENTIONS)).satisfies(ms -> {
      Set<String> ids = new HashSet<>();
      int n = 0;
      for (MentionRow m : ms) {
        ids.add(m.eventId);
        n++;
      }
      assertEquals(4, n);
      assertEquals(1, ids.size());
      return null;
    });
    p.run().waitUntilFinish();
  }
}
