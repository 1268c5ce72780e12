package org.coopevents.dedup;

import static org.coopevents.dedup.Reports.cooperation;
import static org.coopevents.dedup.Reports.events;
import static org.coopevents.dedup.Reports.mergeAll;
import static org.coopevents.dedup.Reports.signing;
import static org.coopevents.dedup.Reports.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.junit.jupiter.api.Test;

/** num_sources counts outlet identities (source_domain); undated children take their visit's dates. */
class OutletsAndVisitDatesTest {
  private static RawEvent reportedBy(RawEvent r, String url, String source) {
    List<MentionRow> ms = new ArrayList<>();
    for (MentionRow m : r.mentions) {
      ms.add(new MentionRow(m.eventId, m.articleId, url, source, m.evidence, m.evidenceStart, m.evidenceEnd));
    }
    return new RawEvent(r.event, ms, r.documents, r.parentStart, r.parentEnd, r.parentReported);
  }

  private static EventRow only(List<EventRow> es, String type) {
    List<EventRow> out = new ArrayList<>();
    for (EventRow e : es) if (e.eventType.equals(type)) out.add(e);
    assertEquals(1, out.size(), es.toString());
    return out.get(0);
  }

  @Test
  void oneOutletUnderItsNameItsSlugAndItsDomainCountsOnce() {
    List<EventRow> es = events(mergeAll(List.of(
        reportedBy(visit("a1", "x", "2024-07-04", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
            null, "Eurasia Today"),
        reportedBy(visit("a2", "x", "2024-07-04", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
            null, "eurasia-today"),
        reportedBy(visit("a3", "x", "2024-07-04", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
            "https://www.eurasia-today.example/world/1", "Eurasia Today"),
        reportedBy(visit("a4", "x", "2024-07-05", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
            "https://news.tass.ru/politics/5", "TASS"))));
    EventRow v = only(es, "VISIT");
    assertEquals(4, v.numArticles);
    assertEquals(2, v.numSources, "Eurasia Today (three spellings) and tass.ru");
  }

  @Test
  void undatedCooperationAndSigningTakeTheirVisitsDates() {
    String parent = "raw-a1-visit-UZBKAZ";
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "steppe-wire.example", "2024-05-18", "UZB", "KAZ", "OCCURRED", "2024-05-16", "2024-05-17"),
        cooperation("a1", "steppe-wire.example", "2024-05-18", "KAZ", "UZB", parent, "ENERGY"),
        signing("a1", "steppe-wire.example", "2024-05-18", "KAZ", "UZB", null, parent))));
    EventRow coop = only(es, "COOPERATION");
    assertEquals("2024-05-16", coop.startDate);
    assertEquals("2024-05-17", coop.endDate);
    EventRow sign = only(es, "SIGNING");
    assertEquals("2024-05-16", sign.startDate);
    assertEquals(only(es, "VISIT").eventId, coop.parentEventId);
  }

  @Test
  void aChildsOwnDateWinsAndAChildWithoutAVisitStaysUndated() {
    String parent = "raw-a1-visit-UZBKAZ";
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "steppe-wire.example", "2024-05-18", "UZB", "KAZ", "OCCURRED", "2024-05-16", "2024-05-17"),
        signing("a1", "steppe-wire.example", "2024-05-18", "KAZ", "UZB", "2024-05-17", parent),
        cooperation("a2", "steppe-wire.example", "2024-09-01", "AZE", "GEO", null, "TRADE"))));
    assertEquals("2024-05-17", only(es, "SIGNING").startDate);
    assertNull(only(es, "COOPERATION").startDate);
  }
}
