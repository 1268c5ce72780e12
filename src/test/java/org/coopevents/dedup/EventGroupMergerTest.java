package org.coopevents.dedup;

import static org.coopevents.dedup.Reports.cooperation;
import static org.coopevents.dedup.Reports.doc;
import static org.coopevents.dedup.Reports.events;
import static org.coopevents.dedup.Reports.mergeAll;
import static org.coopevents.dedup.Reports.signing;
import static org.coopevents.dedup.Reports.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.junit.jupiter.api.Test;

class EventGroupMergerTest {
  private static List<EventRow> ofType(List<EventRow> es, String type) {
    List<EventRow> out = new ArrayList<>();
    for (EventRow e : es) if (e.eventType.equals(type)) out.add(e);
    return out;
  }

  @Test
  void oneVisitToldByThreeOutletsIsOneEvent() {
    List<EventGroupMerger.Result> rs = mergeAll(List.of(
        visit("a1", "kazinform", "2024-07-04", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
        visit("a2", "xinhua", "2024-07-03", "CHN", "KAZ", "OCCURRED", "2024-07-03", null),
        visit("a3", "tass", "2024-07-05", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
        visit("a4", "tass", "2024-07-03", "CHN", "KAZ", "OCCURRED", null, null)));
    List<EventRow> es = events(rs);
    assertEquals(1, es.size(), es.toString());
    EventRow v = es.get(0);
    assertEquals(4, v.numArticles);
    assertEquals(3, v.numSources);
    assertEquals("2024-07-02", v.startDate);
    assertEquals("2024-07-04", v.endDate);
    assertEquals("2024-07-03", v.firstReported);
    assertTrue(v.confidence > 0.7, "confidence " + v.confidence);
    List<MentionRow> ms = rs.get(0).mentions;
    assertEquals(4, ms.size());
    for (MentionRow m : ms) assertEquals(v.eventId, m.eventId);
  }

  @Test
  void aReportWithoutAnyDateJoinsThePairsOnlyVisitEvenFromAnotherYear() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "anews", "2020-03-11", "BRN", "AZE", "OCCURRED", "2020-03-10", "2020-03-11"),
        visit("a2", "report", "2020-03-12", "BRN", "AZE", "OCCURRED", "2020-03-10", null),
        visit("a3", "saved-page", null, "BRN", "AZE", "OCCURRED", null, null))));
    assertEquals(1, es.size(), es.toString());
    assertEquals(3, es.get(0).numArticles);
    assertEquals("2020-03-10", es.get(0).startDate);
  }

  @Test
  void aReportWithoutAnyDateStaysApartWhenThePairHasSeveralVisits() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "anews", "2020-03-11", "BRN", "AZE", "OCCURRED", "2020-03-10", "2020-03-11"),
        visit("a2", "anews", "2023-06-02", "BRN", "AZE", "OCCURRED", "2023-06-01", "2023-06-02"),
        visit("a3", "saved-page", null, "BRN", "AZE", "OCCURRED", null, null),
        // an announcement is another status: it neither attracts nor counts as a visit
        visit("a4", "anews", "2020-03-01", "BRN", "AZE", "PLANNED", null, null))));
    assertEquals(4, es.size(), es.toString());
    for (EventRow e : es) assertEquals(1, e.numArticles);
  }

  @Test
  void aReportWithoutAnyDateJoinsTheOnlyVisitWhoseLeadersAgree() {
    EventGroupMerger.Result r = EventGroupMerger.merge(List.of(
        withGuest(visit("a1", "anews", "2019-03-11", "BRN", "AZE", "OCCURRED", "2019-03-10", "2019-03-11"), "Hassanal Bolkiah"),
        withGuest(visit("a2", "anews", "2023-06-02", "BRN", "AZE", "OCCURRED", "2023-06-01", "2023-06-02"), "Al-Muhtadee Billah"),
        withGuest(visit("a3", "saved-page", null, "BRN", "AZE", "OCCURRED", null, null), "Al-Muhtadee Billah")));
    assertEquals(2, r.events.size(), r.events.toString());
    EventRow joined = r.mergedByRawId.get("raw-a3-visit-BRNAZE");
    assertEquals("2023-06-01", joined.startDate);
    assertEquals(2, joined.numArticles);
  }

  private static org.coopevents.dedup.RawEvent withGuest(org.coopevents.dedup.RawEvent r, String guest) {
    EventRow e = r.event;
    EventRow g = new EventRow(e.eventId, e.eventType, e.actor1Country, e.actor2Country, guest, e.actor2Person,
        e.status, e.visitKind, e.startDate, e.endDate, e.locationCountry, e.locationCity, e.sectors, e.stance,
        e.documentCount, e.parentEventId, e.cameoCode, e.numArticles, e.numSources, e.firstReported, e.confidence);
    return new org.coopevents.dedup.RawEvent(g, r.mentions, r.documents);
  }

  @Test
  void reciprocalVisitsStayApart() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "belta", "2024-05-16", "BLR", "AZE", "OCCURRED", "2024-05-15", "2024-05-16"),
        visit("a2", "azertac", "2024-05-16", "AZE", "BLR", "OCCURRED", "2024-05-15", "2024-05-16"))));
    assertEquals(2, es.size());
    assertNotEquals(es.get(0).eventId, es.get(1).eventId);
  }

  @Test
  void visitsOfOnePairInDifferentMonthsStayApart() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "belta", "2024-03-11", "BLR", "RUS", "OCCURRED", "2024-03-10", "2024-03-11"),
        visit("a2", "tass", "2024-04-12", "BLR", "RUS", "OCCURRED", "2024-04-11", null),
        visit("a3", "tass", "2024-03-11", "BLR", "RUS", "OCCURRED", null, null),
        visit("a4", "belta", "2024-04-13", "BLR", "RUS", "OCCURRED", null, null))));
    assertEquals(2, es.size(), es.toString());
    for (EventRow e : es) assertEquals(2, e.numArticles);
  }

  @Test
  void undatedReportsMergeOnlyWhenReportedWithinAFewDays() {
    List<EventRow> near = events(mergeAll(List.of(
        visit("a1", "kabar", "2025-03-13", "TJK", "KGZ", "OCCURRED", null, null),
        visit("a2", "khovar", "2025-03-15", "TJK", "KGZ", "OCCURRED", null, null))));
    assertEquals(1, near.size());
    List<EventRow> far = events(mergeAll(List.of(
        visit("a1", "kabar", "2025-03-13", "TJK", "KGZ", "OCCURRED", null, null),
        visit("a2", "khovar", "2025-03-24", "TJK", "KGZ", "OCCURRED", null, null))));
    assertEquals(2, far.size());
  }

  @Test
  void announcementStaysApartFromTheVisitAndLinksToIt() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "kremlin", "2024-06-17", "RUS", "VNM", "PLANNED", "2024-06-19", "2024-06-20"),
        visit("a2", "vna", "2024-06-18", "RUS", "VNM", "PLANNED", null, null),
        visit("a3", "tass", "2024-06-20", "RUS", "VNM", "OCCURRED", "2024-06-19", "2024-06-20"))));
    assertEquals(2, es.size(), es.toString());
    EventRow planned = es.stream().filter(e -> e.status.equals("PLANNED")).findFirst().orElseThrow();
    EventRow occurred = es.stream().filter(e -> e.status.equals("OCCURRED")).findFirst().orElseThrow();
    assertEquals(2, planned.numArticles);
    assertEquals(occurred.eventId, planned.fulfilledByEventId);
    assertNull(occurred.fulfilledByEventId);
  }

  @Test
  void announcementOfAnotherMonthIsNotFulfilledByAnEarlierVisit() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "tass", "2024-02-20", "RUS", "VNM", "OCCURRED", "2024-02-19", null),
        visit("a2", "vna", "2024-06-18", "RUS", "VNM", "PLANNED", "2024-09-01", null))));
    EventRow planned = es.stream().filter(e -> e.status.equals("PLANNED")).findFirst().orElseThrow();
    assertNull(planned.fulfilledByEventId);
  }

  @Test
  void signingsAndCooperationOfOneVisitMergeAcrossLanguagesAndPointToIt() {
    List<EventGroupMerger.Result> rs = mergeAll(List.of(
        visit("en1", "akorda", "2024-07-03", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
        visit("ru1", "kazinform", "2024-07-03", "CHN", "KAZ", "OCCURRED", "2024-07-03", null),
        signing("en1", "akorda", "2024-07-03", "CHN", "KAZ", "2024-07-03", "raw-en1-visit-CHNKAZ",
            doc("AGREEMENT", "Agreement on the mutual establishment of cultural centres",
                "Agreement on the mutual establishment of cultural centres", "CULTURE"),
            doc("MEMORANDUM", "Memorandum on cooperation in renewable energy",
                "Memorandum on cooperation in renewable energy", "ENERGY")),
        signing("ru1", "kazinform", "2024-07-03", "CHN", "KAZ", null, "raw-ru1-visit-CHNKAZ",
            doc("AGREEMENT", "Agreement on establishment of cultural centres",
                "Соглашение о взаимном учреждении культурных центров", "CULTURE"),
            doc("MEMORANDUM", "Memorandum on renewable energy sources",
                "Меморандум о сотрудничестве в области возобновляемых источников энергии", "ENERGY")),
        cooperation("en1", "akorda", "2024-07-03", "CHN", "KAZ", "raw-en1-visit-CHNKAZ", "TRADE"),
        cooperation("ru1", "kazinform", "2024-07-03", "CHN", "KAZ", "raw-ru1-visit-CHNKAZ", "ENERGY")));
    List<EventRow> es = events(rs);
    assertEquals(3, es.size(), es.toString());
    EventRow v = ofType(es, "VISIT").get(0);
    EventRow s = ofType(es, "SIGNING").get(0);
    EventRow c = ofType(es, "COOPERATION").get(0);
    assertEquals(v.eventId, s.parentEventId);
    assertEquals(v.eventId, c.parentEventId);
    assertEquals(List.of("ENERGY", "TRADE"), c.sectors);
    assertEquals("2024-07-03", s.startDate);
    List<DocumentRow> docs = new ArrayList<>();
    for (EventGroupMerger.Result r : rs) docs.addAll(r.documents);
    assertEquals(2, docs.size(), docs.toString());
    Map<String, DocumentRow> byType = new TreeMap<>();
    for (DocumentRow d : docs) byType.put(d.docType, d);
    DocumentRow agreement = byType.get("AGREEMENT");
    assertEquals(List.of("en1", "ru1"), agreement.articleIds);
    assertEquals(2, agreement.numSources);
    assertEquals(s.eventId, agreement.eventId);
    assertEquals("Agreement on the mutual establishment of cultural centres", agreement.title);
    assertEquals("Соглашение о взаимном учреждении культурных центров", agreement.titleOriginal,
        "the Russian report's printed wording survives the merge beside the English title");
    assertEquals(List.of("en1", "ru1"), byType.get("MEMORANDUM").articleIds);
  }

  @Test
  void mergedCooperationKeepsTheUnionWhileEachMentionKeepsItsOwnArticlesSectors() {
    RawEvent withOwn = cooperation("a1", "akorda", "2024-07-03", "CHN", "KAZ", "raw-a1-visit-CHNKAZ", "TRADE");
    MentionRow m = withOwn.mentions.get(0);
    RawEvent a1 = new RawEvent(withOwn.event, List.of(new MentionRow(m.eventId, m.articleId, m.url,
        m.source, m.evidence, m.evidenceStart, m.evidenceEnd, List.of("TRADE", "AGRICULTURE"))), List.of());
    List<EventGroupMerger.Result> rs = mergeAll(List.of(
        visit("a1", "akorda", "2024-07-03", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
        visit("a2", "kazinform", "2024-07-03", "CHN", "KAZ", "OCCURRED", "2024-07-03", null),
        a1,
        cooperation("a2", "kazinform", "2024-07-03", "CHN", "KAZ", "raw-a2-visit-CHNKAZ", "ENERGY")));
    EventRow c = ofType(events(rs), "COOPERATION").get(0);
    assertEquals(List.of("ENERGY", "TRADE"), c.sectors, "the event: the union of its reports");
    Map<String, List<String>> own = new TreeMap<>();
    for (EventGroupMerger.Result r : rs) {
      for (MentionRow x : r.mentions) if (x.eventId.equals(c.eventId)) own.put(x.articleId, x.sectors);
    }
    assertEquals(List.of("TRADE", "AGRICULTURE"), own.get("a1"), "set by extraction: kept as it is");
    assertEquals(List.of("ENERGY"), own.get("a2"), "not set: the raw event's own sectors");
  }

  @Test
  void undatedSigningOfAPageWithoutPublicationDateJoinsTheSigningOfItsVisit() {
    List<EventGroupMerger.Result> rs = mergeAll(List.of(
        visit("a1", "akipress", "2025-03-13", "TJK", "KGZ", "OCCURRED", "2025-03-12", "2025-03-13"),
        visit("p1", "page.example", null, "TJK", "KGZ", "OCCURRED", "2025-03-12", "2025-03-13"),
        signing("a1", "akipress", "2025-03-13", "KGZ", "TJK", "2025-03-13", "raw-a1-visit-TJKKGZ"),
        signing("p1", "page.example", null, "KGZ", "TJK", null, "raw-p1-visit-TJKKGZ")));
    List<EventRow> signings = ofType(events(rs), "SIGNING");
    assertEquals(1, signings.size(), signings.toString());
    assertEquals(2, signings.get(0).numArticles);
    assertEquals("2025-03-13", signings.get(0).startDate);
  }

  @Test
  void blockOfAnUndatedUnreportedSigningIsTheYearOfItsParentVisitElseNone() {
    RawEvent s = signing("p1", "page.example", null, "KGZ", "TJK", null, "v1");
    assertEquals("SIGNING|KGZ|TJK|----", BlockKeys.of(s.event));
    RawEvent withParent = new RawEvent(s.event, s.mentions, s.documents, "2025-03-12", "2025-03-13");
    assertEquals("SIGNING|KGZ|TJK|2025", BlockKeys.of(withParent));
    RawEvent reported = signing("a1", "akipress", "2024-12-30", "KGZ", "TJK", null, "v1");
    assertEquals("SIGNING|KGZ|TJK|2024", BlockKeys.of(new RawEvent(reported.event, reported.mentions,
        reported.documents, "2025-01-02", null)), "a first report keeps its year");
    RawEvent undatedParent = new RawEvent(s.event, s.mentions, s.documents, null, null, "2024-05-16");
    assertEquals("SIGNING|KGZ|TJK|2024", BlockKeys.of(undatedParent),
        "a parent visit without dates gives the year of its first report");
  }

  @Test
  void sameDaySigningMergesEvenWhenOneReportSwappedGuestAndHost() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "elysee", "2023-10-22", "FRA", "SGP", "OCCURRED", "2023-10-20", null),
        visit("a2", "straits", "2023-10-22", "SGP", "FRA", "OCCURRED", "2023-10-20", "2023-10-21"),
        signing("a1", "elysee", "2023-10-22", "FRA", "SGP", "2023-10-21", "raw-a1-visit-FRASGP"),
        signing("a2", "straits", "2023-10-22", "FRA", "SGP", "2023-10-21", "raw-a2-visit-SGPFRA"))));
    assertEquals(2, ofType(es, "VISIT").size(), "the two directions stay two visits");
    assertEquals(1, ofType(es, "SIGNING").size(), es.toString());
    assertEquals(2, ofType(es, "SIGNING").get(0).numArticles);
  }

  @Test
  void signingsOfOnePairOnDifferentDatesStayApart() {
    List<EventRow> es = events(mergeAll(List.of(
        signing("a1", "belta", "2024-02-01", "BLR", "KAZ", "2024-02-01", null),
        signing("a2", "kazinform", "2024-02-01", "BLR", "KAZ", "2024-02-01", null),
        signing("a3", "belta", "2024-02-20", "BLR", "KAZ", "2024-02-20", null))));
    assertEquals(2, es.size(), es.toString());
  }

  @Test
  void twoDocumentsOfOneArticleNeverMerge() {
    List<EventGroupMerger.Result> rs = mergeAll(List.of(
        signing("a1", "belta", "2024-02-01", "BLR", "KAZ", "2024-02-01", null,
            doc("PROTOCOL", "Protocol on trade", "Protocol on trade", "TRADE"),
            doc("PROTOCOL", "Protocol on trade in services", "Protocol on trade in services", "TRADE"))));
    assertEquals(2, rs.get(0).documents.size());
  }

  @Test
  void addingUnrelatedArticlesChangesNoId() {
    List<RawEvent> base = new ArrayList<>(List.of(
        visit("a1", "kazinform", "2024-07-04", "CHN", "KAZ", "OCCURRED", "2024-07-02", "2024-07-04"),
        visit("a2", "xinhua", "2024-07-03", "CHN", "KAZ", "OCCURRED", "2024-07-03", null),
        signing("a1", "kazinform", "2024-07-04", "CHN", "KAZ", "2024-07-03", "raw-a1-visit-CHNKAZ",
            doc("MEMORANDUM", "Memorandum on renewable energy", "Memorandum on renewable energy", "ENERGY")),
        cooperation("a2", "xinhua", "2024-07-03", "CHN", "KAZ", "raw-a2-visit-CHNKAZ", "TRADE")));
    List<RawEvent> more = new ArrayList<>(base);
    // the same pair in another month, another pair the same week, a reciprocal visit
    more.add(visit("z1", "xinhua", "2024-09-10", "CHN", "KAZ", "OCCURRED", "2024-09-09", null));
    more.add(signing("z1", "xinhua", "2024-09-10", "CHN", "KAZ", "2024-09-09", "raw-z1-visit-CHNKAZ"));
    more.add(visit("z2", "kabar", "2024-07-03", "KGZ", "KAZ", "OCCURRED", "2024-07-02", null));
    more.add(visit("z3", "akorda", "2024-07-20", "KAZ", "CHN", "OCCURRED", "2024-07-19", null));
    more.add(0, cooperation("z4", "kabar", "2024-07-03", "KAZ", "KGZ", null, "WATER"));
    List<String> before = ids(mergeAll(base));
    List<String> after = ids(mergeAll(more));
    assertEquals(4, before.size());
    assertTrue(after.containsAll(before), before + " vs " + after);
    assertEquals(before, ids(mergeAll(base)), "same input, same ids");
  }

  private static RawEvent described(RawEvent r, String guest, String host, String kind, String city) {
    EventRow e = r.event;
    EventRow g = new EventRow(e.eventId, e.eventType, e.actor1Country, e.actor2Country, guest, host,
        e.status, kind, e.startDate, e.endDate, e.locationCountry, city, e.sectors, e.stance,
        e.documentCount, e.parentEventId, e.cameoCode, e.numArticles, e.numSources, e.firstReported, e.confidence);
    return new RawEvent(g, r.mentions, r.documents);
  }

  /** The report with its evidence sentence replaced (what extraction quoted from the article). */
  private static RawEvent told(RawEvent r, String evidence) {
    List<MentionRow> ms = new ArrayList<>();
    for (MentionRow m : r.mentions) {
      ms.add(new MentionRow(m.eventId, m.articleId, m.url, m.source, evidence, 0, evidence.length()));
    }
    return new RawEvent(r.event, ms, r.documents);
  }

  @Test
  void undatedReportsOfDaysWithoutAYearJoinOnlyTheVisitOfThoseDays() {
    // a page dated 23 December tells of the visit without dates; two undated pages give days
    // without a year: 21-22 December fits it, 14-15 November is another visit of the pair
    List<EventRow> es = events(mergeAll(List.of(
        told(visit("a1", "bizmedia", "2022-12-23", "KAZ", "UZB", "OCCURRED", null, null),
            "Государственный визит Токаева в Ташкент подошёл к концу."),
        told(visit("a2", "uza", null, "KAZ", "UZB", "OCCURRED", null, null),
            "21–22 декабря президент Казахстана находился в Узбекистане с государственным визитом."),
        told(visit("a3", "kazpravda", null, "KAZ", "UZB", "OCCURRED", null, null),
            "Президент 14–15 ноября посетил Узбекистан с государственным визитом."))));
    assertEquals(2, es.size(), es.toString());
    Map<Integer, EventRow> bySize = new TreeMap<>();
    for (EventRow e : es) bySize.put(e.numArticles, e);
    assertEquals(Set.of(1, 2), bySize.keySet(), es.toString());
  }

  @Test
  void undatedReportsJoinEachOtherOnlyWhenTheirDaysWithoutAYearAgree() {
    List<EventRow> es = events(mergeAll(List.of(
        told(visit("a1", "uza", null, "KAZ", "UZB", "OCCURRED", null, null),
            "С 21 по 22 декабря президент Казахстана находится в Узбекистане."),
        told(visit("a2", "kun", null, "KAZ", "UZB", "OCCURRED", null, null),
            "The Kazakh president arrived in Tashkent on December 22 for a state visit."),
        told(visit("a3", "kazpravda", null, "KAZ", "UZB", "OCCURRED", null, null),
            "Президент 14–15 ноября находился в Узбекистане."),
        // a report that states no day agrees with either, and joins the first it meets
        visit("a4", "akipress", null, "KAZ", "UZB", "OCCURRED", null, null))));
    assertEquals(2, es.size(), es.toString());
    int most = 0;
    for (EventRow e : es) most = Math.max(most, e.numArticles);
    assertEquals(3, most, es.toString());
  }

  @Test
  void daysWithoutAYearThatMissThePairsOnlyDatedVisitKeepTheReportApart() {
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "anews", "2020-03-11", "BRN", "AZE", "OCCURRED", "2020-03-10", "2020-03-11"),
        told(visit("a2", "saved-page", null, "BRN", "AZE", "OCCURRED", null, null),
            "The king arrived in Baku on 11 March for talks with the president."),
        told(visit("a3", "other-page", null, "BRN", "AZE", "OCCURRED", null, null),
            "The king was in Baku on 2-3 June for talks with the president."))));
    assertEquals(2, es.size(), es.toString());
    for (EventRow e : es) {
      assertEquals(e.startDate == null ? 1 : 2, e.numArticles, es.toString());
    }
  }

  @Test
  void theMergedKindIsWhatMostReportsSayNotWhatOneOutletNames() {
    // one outlet of three calls it official; the other two state no kind
    List<EventRow> one = events(mergeAll(List.of(
        described(visit("k1", "belta", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "OFFICIAL", null),
        described(visit("k2", "irna", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "UNSPECIFIED", null),
        described(visit("k3", "tasnim", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "UNSPECIFIED", null))));
    assertEquals(1, one.size(), one.toString());
    assertEquals("UNSPECIFIED", one.get(0).visitKind);
    // two of three say state visit
    List<EventRow> two = events(mergeAll(List.of(
        described(visit("k1", "belta", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "STATE", null),
        described(visit("k2", "irna", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "STATE", null),
        described(visit("k3", "tasnim", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "UNSPECIFIED", null))));
    assertEquals("STATE", two.get(0).visitKind);
    // a tie goes to the stated kind, the higher first
    List<EventRow> tie = events(mergeAll(List.of(
        described(visit("k1", "belta", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "OFFICIAL", null),
        described(visit("k2", "irna", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "STATE", null),
        described(visit("k3", "tasnim", "2023-02-14", "BLR", "IRN", "OCCURRED", "2023-02-13", null), "Alexander Lukashenko", null, "UNSPECIFIED", null))));
    assertEquals("STATE", tie.get(0).visitKind);
  }

  @Test
  void reportsWithoutAnyDateJoinEachOtherWhenThePairHasNoDatedVisit() {
    EventGroupMerger.Result r = EventGroupMerger.merge(List.of(
        described(visit("a1", "tass", null, "USA", "UKR", "OCCURRED", null, null), "Joe Biden", "Volodymyr Zelensky", "UNSPECIFIED", "Kyiv"),
        described(visit("a2", "delfi", null, "USA", "UKR", "OCCURRED", null, null), "Joe Biden", "Volodymyr Zelensky", "UNSPECIFIED", "Kyiv"),
        described(visit("a3", "unian", null, "USA", "UKR", "OCCURRED", null, null), "Joe Biden", null, "UNSPECIFIED", null)));
    assertEquals(1, r.events.size(), r.events.toString());
    assertEquals(3, r.events.get(0).numArticles);
    assertNull(r.events.get(0).startDate);
  }

  @Test
  void reportsWithoutAnyDateThatContradictEachOtherStayApart() {
    EventGroupMerger.Result r = EventGroupMerger.merge(List.of(
        described(visit("a1", "tass", null, "RUS", "CHN", "OCCURRED", null, null), "Mikhail Mishustin", "Li Qiang", "OFFICIAL", null),
        described(visit("a2", "ria", null, "RUS", "CHN", "OCCURRED", null, null), "Vladimir Putin", "Xi Jinping", "STATE", null),
        // a state visit and a working visit are two visits even of the same leaders
        described(visit("a3", "rbc", null, "RUS", "CHN", "OCCURRED", null, null), "Vladimir Putin", "Xi Jinping", "WORKING", null)));
    assertEquals(3, r.events.size(), r.events.toString());
  }

  @Test
  void aStateVisitCalledOfficialByOneOutletIsStillOneVisit() {
    EventGroupMerger.Result r = EventGroupMerger.merge(List.of(
        described(visit("a1", "kabar", "2025-03-12", "TJK", "KGZ", "OCCURRED", "2025-03-12", "2025-03-13"), "Emomali Rahmon", "Sadyr Japarov", "STATE", "Bishkek"),
        described(visit("a2", "regional", null, "TJK", "KGZ", "OCCURRED", null, null), "Emomali Rahmon", null, "OFFICIAL", null)));
    assertEquals(1, r.events.size(), r.events.toString());
    assertEquals(2, r.events.get(0).numArticles);
  }

  @Test
  void aReportWithoutAnyDateJoinsTheVisitThatConfirmsMoreOfWhatItStates() {
    // the same pair in May 2023 and January 2024: the undated report names Beijing, as the
    // January reports do, while the May reports name no city
    List<RawEvent> reports = List.of(
        described(visit("a1", "xinhua", "2024-01-25", "UZB", "CHN", "OCCURRED", "2024-01-24", null), "Shavkat Mirziyoyev", "Xi Jinping", "STATE", "Beijing"),
        described(visit("a2", "uza", "2023-05-20", "UZB", "CHN", "OCCURRED", "2023-05-18", "2023-05-19"), "Shavkat Mirziyoyev", "Xi Jinping", "STATE", null),
        described(visit("a3", "dahe", null, "UZB", "CHN", "OCCURRED", null, null), "Shavkat Mirziyoyev", "Xi Jinping", "STATE", "Beijing"),
        // states nothing that tells the two visits apart: stays a row of its own
        described(visit("a4", "coron", null, "UZB", "CHN", "OCCURRED", null, null), "Shavkat Mirziyoyev", "Xi Jinping", "STATE", null));
    EventGroupMerger.Result r = EventGroupMerger.merge(reports);
    assertEquals(3, r.events.size(), r.events.toString());
    assertEquals("2024-01-24", r.mergedByRawId.get("raw-a3-visit-UZBCHN").startDate);
    assertEquals(1, r.mergedByRawId.get("raw-a4-visit-UZBCHN").numArticles);
    List<RawEvent> reversed = new ArrayList<>(reports);
    java.util.Collections.reverse(reversed);
    assertEquals(eventIds(r), eventIds(EventGroupMerger.merge(reversed)), "input order changes nothing");
  }

  private static List<String> eventIds(EventGroupMerger.Result r) {
    List<String> out = new ArrayList<>();
    for (EventRow e : r.events) out.add(e.eventId);
    java.util.Collections.sort(out);
    return out;
  }

  @Test
  void reciprocalVisitOfTheSameMonthNeverAttractsAnUndatedReport() {
    List<EventRow> es = events(mergeAll(List.of(
        described(visit("a1", "khovar", "2025-03-12", "TJK", "KGZ", "OCCURRED", "2025-03-12", "2025-03-13"), "Emomali Rahmon", "Sadyr Japarov", "STATE", "Bishkek"),
        described(visit("a2", "kabar", "2025-04-01", "KGZ", "TJK", "OCCURRED", "2025-03-31", "2025-03-31"), "Sadyr Japarov", "Emomali Rahmon", "WORKING", null),
        described(visit("a3", "regional", null, "KGZ", "TJK", "OCCURRED", null, null), "Sadyr Japarov", "Emomali Rahmon", "STATE", null))));
    // a3 is a state visit of KGZ to TJK: the working visit contradicts it, the TJK->KGZ visit is another block
    assertEquals(3, es.size(), es.toString());
  }

  @Test
  void undatedAnnouncementJoinsTheOneAnnouncedVisitDatedWithinTwoMonths() {
    EventGroupMerger.Result r = EventGroupMerger.merge(List.of(
        described(visit("a1", "kyodo", "2024-01-26", "JPN", "USA", "PLANNED", "2024-04-10", "2024-04-10"), "Fumio Kishida", "Joe Biden", "OFFICIAL", null),
        described(visit("a2", "nhk", "2024-02-23", "JPN", "USA", "PLANNED", null, null), "Fumio Kishida", "Joe Biden", "UNSPECIFIED", null),
        described(visit("a3", "saved-page", null, "JPN", "USA", "PLANNED", null, null), "Fumio Kishida", "Joe Biden", "OFFICIAL", null),
        // announced three months before: too far to know it is the same trip
        described(visit("a4", "nhk", "2024-01-05", "JPN", "USA", "PLANNED", null, null), "Fumio Kishida", "Joe Biden", "UNSPECIFIED", null)));
    assertEquals(2, r.events.size(), r.events.toString());
    EventRow april = r.mergedByRawId.get("raw-a1-visit-JPNUSA");
    assertEquals(3, april.numArticles);
    assertEquals("2024-04-10", april.startDate);
    assertEquals(1, r.mergedByRawId.get("raw-a4-visit-JPNUSA").numArticles);
  }

  @Test
  void undatedAnnouncementStaysApartWhenTwoAnnouncedVisitsFit() {
    EventGroupMerger.Result r = EventGroupMerger.merge(List.of(
        visit("a1", "kyodo", "2024-03-01", "JPN", "USA", "PLANNED", "2024-03-20", "2024-03-21"),
        visit("a2", "kyodo", "2024-03-01", "JPN", "USA", "PLANNED", "2024-04-20", "2024-04-21"),
        visit("a3", "nhk", "2024-03-02", "JPN", "USA", "PLANNED", null, null)));
    assertEquals(3, r.events.size(), r.events.toString());
  }

  @Test
  void reportsOfOneWeekWithDifferentGuestsStayApartWhileAnotherHostDoesNotSplit() {
    EventGroupMerger.Result r = EventGroupMerger.merge(List.of(
        described(visit("a1", "tass", "2024-08-21", "CHN", "RUS", "OCCURRED", null, null), "Li Qiang", "Mikhail Mishustin", "OFFICIAL", "Moscow"),
        described(visit("a2", "ria", "2024-08-22", "CHN", "RUS", "OCCURRED", null, null), "Wang Yi", "Sergey Lavrov", "WORKING", "Moscow"),
        // a report naming the minister who met the guest as host is still a report of his visit
        described(visit("a3", "rg", "2024-08-22", "CHN", "RUS", "OCCURRED", "2024-08-20", null), "Li Qiang", "Sergey Lavrov", "OFFICIAL", null)));
    assertEquals(2, r.events.size(), r.events.toString());
    assertEquals(2, r.mergedByRawId.get("raw-a1-visit-CHNRUS").numArticles);
  }

  @Test
  void aVisitKnownOnlyByItsLastDayKeepsThatDayAndAnOpenFirstDay() {
    // "the state visit came to an end on 22 December", reported the next day; an undated page
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "bizmedia", "2022-12-23", "KAZ", "UZB", "OCCURRED", null, "2022-12-22"),
        visit("a2", "kun", null, "KAZ", "UZB", "OCCURRED", null, null))));
    assertEquals(1, es.size(), es.toString());
    assertNull(es.get(0).startDate);
    assertEquals("2022-12-22", es.get(0).endDate);
  }

  @Test
  void aMergedVisitSpansTheDaysItsReportsGive() {
    // one outlet reports the arrival, another the talks two days on, a third the first day alone
    List<EventRow> es = events(mergeAll(List.of(
        visit("a1", "tass", "2023-03-21", "CHN", "RUS", "OCCURRED", "2023-03-21", "2023-03-21"),
        visit("a2", "ria", "2023-03-22", "CHN", "RUS", "OCCURRED", "2023-03-22", "2023-03-24"),
        visit("a3", "xinhua", "2023-03-21", "CHN", "RUS", "OCCURRED", "2023-03-21", null))));
    assertEquals(1, es.size(), es.toString());
    assertEquals("2023-03-21", es.get(0).startDate);
    assertEquals("2023-03-24", es.get(0).endDate, "the last day any report gives");
    List<EventRow> open = events(mergeAll(List.of(
        visit("a1", "khovar", "2025-03-12", "TJK", "KGZ", "OCCURRED", "2025-03-12", null),
        visit("a2", "kabar", "2025-03-13", "TJK", "KGZ", "OCCURRED", "2025-03-12", "2025-03-13"))));
    assertEquals(1, open.size());
    assertEquals("2025-03-12", open.get(0).startDate);
    assertEquals("2025-03-13", open.get(0).endDate, "a report of the first day alone does not deny the second");
    // a report of the opening day (last day open) and two of the talks two days later
    List<EventRow> talks = events(mergeAll(List.of(
        visit("b1", "hindu", "2023-06-26", "IND", "USA", "OCCURRED", "2023-06-20", null),
        visit("b2", "ap", "2023-06-22", "IND", "USA", "OCCURRED", "2023-06-22", "2023-06-22"),
        visit("b3", "cnn", "2023-06-22", "IND", "USA", "OCCURRED", "2023-06-22", "2023-06-22"))));
    assertEquals(1, talks.size(), talks.toString());
    assertEquals("2023-06-20", talks.get(0).startDate, "the earliest first day, not the commonest");
    assertEquals("2023-06-22", talks.get(0).endDate);
    List<EventRow> same = events(mergeAll(List.of(
        visit("c1", "tass", "2024-06-24", "RUS", "BLR", "OCCURRED", "2024-06-24", null),
        visit("c2", "belta", "2024-06-24", "RUS", "BLR", "OCCURRED", "2024-06-24", null))));
    assertEquals("2024-06-24", same.get(0).startDate);
    assertNull(same.get(0).endDate, "reports of the first day alone leave the last day open");
    // one report's range starts a day before what four others give: the first day most give stays
    List<EventRow> outlier = events(mergeAll(List.of(
        visit("d1", "wire1", "2024-01-24", "FRA", "IND", "OCCURRED", "2024-01-24", "2024-01-25"),
        visit("d2", "wire2", "2024-01-25", "FRA", "IND", "OCCURRED", "2024-01-25", "2024-01-25"),
        visit("d3", "wire3", "2024-01-25", "FRA", "IND", "OCCURRED", "2024-01-25", null),
        visit("d4", "wire4", "2024-01-26", "FRA", "IND", "OCCURRED", "2024-01-25", null))));
    assertEquals(1, outlier.size(), outlier.toString());
    assertEquals("2024-01-25", outlier.get(0).startDate);
    assertEquals("2024-01-25", outlier.get(0).endDate);
  }

  private static List<String> ids(List<EventGroupMerger.Result> rs) {
    List<String> out = new ArrayList<>();
    for (EventGroupMerger.Result r : rs) {
      for (EventRow e : r.events) out.add(e.eventId + "/" + e.parentEventId);
      for (DocumentRow d : r.documents) out.add(d.documentId);
    }
    return out;
  }
}
