package org.coopevents.eval;

import org.coopevents.knowledge.TitleWords;

import static org.coopevents.eval.Rows.article;
import static org.coopevents.eval.Rows.coop;
import static org.coopevents.eval.Rows.document;
import static org.coopevents.eval.Rows.gold;
import static org.coopevents.eval.Rows.mention;
import static org.coopevents.eval.Rows.signing;
import static org.coopevents.eval.Rows.visit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer();

  private static final Article A1 = article("a1", "https://example.org/a1", "/in/feed.jsonl", "en");

  private static OutputTables out(List<Article> articles, List<EventRow> events,
      List<MentionRow> mentions, List<DocumentRow> documents) {
    return new OutputTables(articles, events, mentions, documents);
  }

  /** One English article a1 holding the given events, all linked to it. */
  private static OutputTables onA1(EventRow... events) {
    return out(List.of(A1), List.of(events),
        java.util.Arrays.stream(events).map(e -> mention(e.eventId, "a1")).toList(), List.of());
  }

  private static final String VISIT_15_17 = "{'id':'a1','events':[{'key':'K','type':'VISIT',"
      + "'actor1':'BLR','actor2':'AZE','status':'OCCURRED','visit_kind':'STATE',"
      + "'start_date':'2024-05-15','end_date':'2024-05-17'}]}";

  @Test
  void visitDatesMayBeOneDayOffAtEitherEnd() {
    Scores near = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "BLR", "AZE", "OCCURRED", "STATE", "2024-05-18", "2024-05-19")));
    assertEquals(new Scores.Tally(1, 0, 0, 0), near.visits);
    assertEquals(new Scores.Ratio(0, 1), near.visitDates, "matched, but not the same days");

    Scores far = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "BLR", "AZE", "OCCURRED", "STATE", "2024-05-19", "2024-05-20")));
    assertEquals(new Scores.Tally(0, 1, 1, 0), far.visits);
    assertEquals(1, far.misses.size());
    assertEquals("VISIT", far.misses.get(0).type());
    assertEquals("FP", far.falsePositives.get(0).kind());

    Scores before = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "BLR", "AZE", "OCCURRED", "STATE", "2024-05-12", "2024-05-14")));
    assertEquals(1, before.visits.tp(), "ends the day before the gold start: within one day");
  }

  @Test
  void exactVisitDatesCountForDateAccuracy() {
    Scores s = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "BLR", "AZE", "OCCURRED", "STATE", "2024-05-15", "2024-05-17")));
    assertEquals(new Scores.Ratio(1, 1), s.visitDates);
    assertEquals(1.0, s.dates().value());
    assertEquals(1.0, s.visits.f1());
  }

  @Test
  void visitWithoutPredictedDatesMatchesOnCountriesAndStatus() {
    Scores s = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "BLR", "AZE", "OCCURRED", null, null, null)));
    assertEquals(1, s.visits.tp());
    assertEquals(new Scores.Ratio(0, 1), s.visitDates);
    assertEquals(new Scores.Ratio(0, 1), s.visitKind);
  }

  @Test
  void statusOrDirectionMismatchIsAMissAndAFalsePositive() {
    Scores planned = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "BLR", "AZE", "PLANNED", "STATE", "2024-05-15", "2024-05-17")));
    assertEquals(new Scores.Tally(0, 1, 1, 0), planned.visits);
    Scores reversed = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "AZE", "BLR", "OCCURRED", "STATE", "2024-05-15", "2024-05-17")));
    assertEquals(new Scores.Tally(0, 1, 1, 0), reversed.visits, "guest and host are ordered");
  }

  @Test
  void activityDateStandsInForUnstatedVisitDays() {
    String g = "{'id':'a1','events':[{'key':'K','type':'VISIT','actor1':'BLR','actor2':'AZE',"
        + "'status':'OCCURRED','activity_date':'2024-05-16'}]}";
    assertEquals(1, scorer.score(gold(g), onA1(visit("e1", "BLR", "AZE", "OCCURRED", null,
        "2024-05-17", "2024-05-18"))).visits.tp());
    Scores off = scorer.score(gold(g), onA1(visit("e1", "BLR", "AZE", "OCCURRED", null,
        "2024-05-18", "2024-05-19")));
    assertEquals(0, off.visits.tp());
    Scores ok = scorer.score(gold(g), onA1(visit("e1", "BLR", "AZE", "OCCURRED", null,
        "2024-05-16", "2024-05-16")));
    assertEquals(new Scores.Ratio(0, 0), ok.visitDates, "no gold start date: date not known");
    assertNull(ok.dates().value());
  }

  @Test
  void visitCityAccuracyReadsTheGoldsPrintedCityAsTheCapitalItNames() {
    // gold writes the city as printed (any language, a former name); the output in English
    String g = "{'id':'a1','events':["
        + "{'key':'K1','type':'VISIT','actor1':'CHN','actor2':'RUS','status':'OCCURRED','location_city':'Москве'},"
        + "{'key':'K2','type':'VISIT','actor1':'CHN','actor2':'KAZ','status':'OCCURRED','location_city':'Нур-Султан'},"
        + "{'key':'K3','type':'VISIT','actor1':'RUS','actor2':'CHN','status':'OCCURRED','location_city':'Сиань'},"
        + "{'key':'K4','type':'VISIT','actor1':'KAZ','actor2':'UZB','status':'OCCURRED','location_city':'Samarkand',"
        + "'location_city_alt':'Tashkent'}]}";
    Scores s = scorer.score(gold(g), onA1(
        visit("e1", "CHN", "RUS", "OCCURRED", null, null, null, null, null, "Moscow"),
        visit("e2", "CHN", "KAZ", "OCCURRED", null, null, null, null, null, "Astana"),
        visit("e3", "RUS", "CHN", "OCCURRED", null, null, null, null, null, "Beijing"),
        visit("e4", "KAZ", "UZB", "OCCURRED", null, null, null, null, null, "Ташкент")));
    assertEquals(4, s.visits.tp());
    assertEquals(new Scores.Ratio(3, 4), s.visitCity, "Сиань (Xi'an) is not the capital Beijing");
    // a city other than a capital, printed in Russian, is its English name (cities.tsv)
    Scores xian = scorer.score(gold(g), onA1(
        visit("e3", "RUS", "CHN", "OCCURRED", null, null, null, null, null, "Xi'an")));
    assertEquals(new Scores.Ratio(1, 1), xian.visitCity);
  }

  @Test
  void visitKindAccuracyAcceptsTheAlternativeAndSkipsUnstatedKinds() {
    String g = "{'id':'a1','events':["
        + "{'key':'K1','type':'VISIT','actor1':'BLR','actor2':'AZE','status':'OCCURRED',"
        + "'visit_kind':'STATE','visit_kind_alt':'OFFICIAL'},"
        + "{'key':'K2','type':'VISIT','actor1':'AZE','actor2':'BLR','status':'PLANNED'},"
        + "{'key':'K3','type':'VISIT','actor1':'RUS','actor2':'AZE','status':'OCCURRED',"
        + "'visit_kind':'WORKING'}]}";
    Scores s = scorer.score(gold(g), onA1(
        visit("e1", "BLR", "AZE", "OCCURRED", "OFFICIAL", null, null),
        visit("e2", "AZE", "BLR", "PLANNED", "STATE", null, null),
        visit("e3", "RUS", "AZE", "OCCURRED", "STATE", null, null)));
    assertEquals(3, s.visits.tp());
    assertEquals(new Scores.Ratio(1, 2), s.visitKind);
  }

  @Test
  void optionalItemsAbsorbOnlyWhatRequiredItemsLeave() {
    String g = "{'id':'a1','events':["
        + "{'key':'K1','type':'VISIT','actor1':'BLR','actor2':'AZE','status':'OCCURRED'},"
        + "{'key':'K2','type':'VISIT','actor1':'BLR','actor2':'AZE','status':'OCCURRED',"
        + "'optional':true}]}";
    Scores one = scorer.score(gold(g),
        onA1(visit("e1", "BLR", "AZE", "OCCURRED", null, null, null)));
    assertEquals(new Scores.Tally(1, 0, 0, 0), one.visits, "the required item takes it");
    Scores two = scorer.score(gold(g), onA1(
        visit("e1", "BLR", "AZE", "OCCURRED", null, null, null),
        visit("e2", "BLR", "AZE", "OCCURRED", null, null, null)));
    assertEquals(new Scores.Tally(1, 0, 0, 1), two.visits);
    assertEquals(1.0, two.visits.precision(), "absorbed is not a false positive");
    Scores three = scorer.score(gold(g), onA1(
        visit("e1", "BLR", "AZE", "OCCURRED", null, null, null),
        visit("e2", "BLR", "AZE", "OCCURRED", null, null, null),
        visit("e3", "BLR", "AZE", "OCCURRED", null, null, null)));
    assertEquals(new Scores.Tally(1, 1, 0, 1), three.visits, "one optional absorbs one");
  }

  @Test
  void anUnmatchedOptionalItemIsNoMissAndLeavesFiguresNull() {
    String g = "{'id':'a1','events':[{'key':'K','type':'VISIT','actor1':'BLR','actor2':'AZE',"
        + "'status':'OCCURRED','optional':true}]}";
    Scores s = scorer.score(gold(g), onA1());
    assertEquals(new Scores.Tally(0, 0, 0, 0), s.visits);
    assertNull(s.visits.precision());
    assertNull(s.visits.recall());
    assertNull(s.visits.f1());
    assertTrue(s.misses.isEmpty());
  }

  @Test
  void signingsMatchOnTheUnorderedPairAndDatesOneDayApart() {
    String g = "{'id':'a1','events':[{'key':'S','type':'SIGNING','parties':['BLR','AZE'],"
        + "'signed_date':'2024-05-16','count':6}]}";
    Scores next = scorer.score(gold(g), onA1(signing("s1", "AZE", "BLR", "2024-05-17", 6)));
    assertEquals(new Scores.Tally(1, 0, 0, 0), next.signings);
    assertEquals(new Scores.Ratio(0, 1), next.signingDates);
    Scores exact = scorer.score(gold(g), onA1(signing("s1", "AZE", "BLR", "2024-05-16", null)));
    assertEquals(new Scores.Ratio(1, 1), exact.signingDates);
    Scores twoDays = scorer.score(gold(g), onA1(signing("s1", "AZE", "BLR", "2024-05-18", 6)));
    assertEquals(new Scores.Tally(0, 1, 1, 0), twoDays.signings);
    Scores otherPair = scorer.score(gold(g), onA1(signing("s1", "AZE", "RUS", "2024-05-16", 6)));
    assertEquals(new Scores.Tally(0, 1, 1, 0), otherPair.signings);
    Scores undated = scorer.score(gold(g), onA1(signing("s1", "AZE", "BLR", null, null)));
    assertEquals(1, undated.signings.tp());
  }

  private static final String SIGNING_WITH_DOCS = "{'id':'a1','events':[{'key':'S',"
      + "'type':'SIGNING','parties':['AZE','BLR'],'signed_date':'2024-05-16','documents':["
      + "{'title':'Protocol on cooperation in the field of veterinary medicine',"
      + "'doc_type':'PROTOCOL','sectors':['VETERINARY']},"
      + "{'title':'Memorandum of understanding on small and medium business',"
      + "'doc_type':'MEMORANDUM','doc_type_alt':'AGREEMENT','sectors':['SME']},"
      + "{'title':'Programme of cultural exchanges','doc_type':'PROGRAMME',"
      + "'sectors':['CULTURE'],'optional':true}]}]}";

  private static OutputTables docs(Article a, DocumentRow... docs) {
    EventRow s = signing("s1", "AZE", "BLR", "2024-05-16", null);
    return out(List.of(a), List.of(s), List.of(mention("s1", a.articleId)), List.of(docs));
  }

  private static DocumentRow doc(String id, String title, String type, String... sectors) {
    return document(id, "s1", title, type, List.of("BLR", "AZE"), List.of(sectors),
        List.of("a1"));
  }

  @Test
  void documentsNeedTypeOrAlternativePartiesAndHalfTheTitleWords() {
    Scores s = scorer.score(gold(SIGNING_WITH_DOCS), docs(A1,
        doc("d1", "Protocol on veterinary medicine cooperation", "PROTOCOL"),
        doc("d2", "Agreement on small and medium business", "AGREEMENT"),
        doc("d3", "Protocol on plant quarantine", "PROTOCOL")));
    assertEquals(new Scores.Tally(2, 1, 0, 0), s.documents);
    assertEquals("DOCUMENT", s.falsePositives.get(0).type());
    assertTrue(s.falsePositives.get(0).facts().contains("d3"));

    Scores wrongType = scorer.score(gold(SIGNING_WITH_DOCS), docs(A1,
        doc("d1", "Protocol on veterinary medicine cooperation", "MEMORANDUM")));
    assertEquals(new Scores.Tally(0, 1, 2, 0), wrongType.documents);

    DocumentRow otherParties = document("d1", "s1", "Protocol on veterinary medicine",
        "PROTOCOL", List.of("AZE", "RUS"), List.of(), List.of("a1"));
    assertEquals(0, scorer.score(gold(SIGNING_WITH_DOCS), docs(A1, otherParties)).documents.tp());
  }

  @Test
  void optionalDocumentAbsorbsAMatchingPrediction() {
    Scores s = scorer.score(gold(SIGNING_WITH_DOCS), docs(A1,
        doc("d1", "Programme of cultural exchanges for 2025", "PROGRAMME")));
    assertEquals(new Scores.Tally(0, 0, 2, 1), s.documents);
  }

  @Test
  void titleWordsDropTheStopWordsOfTheSpec() {
    assertEquals(java.util.Set.of("protocol", "veterinary", "medicine"),
        DocumentTitles.words("Protocol on Cooperation in the Field of Veterinary Medicine"));
    assertEquals(java.util.Set.of("action", "plan", "tourism", "2024", "2025"),
        DocumentTitles.words("Action plan for tourism for 2024-2025"));
    assertEquals(0.5, DocumentTitles.jaccard("Agreement on trade and transit",
        "Agreement on trade in grain"), 1e-9, "{agreement,trade} of {agreement,trade,transit,grain}");
    assertEquals(0.2, DocumentTitles.jaccard("Protocol on plant quarantine",
        "Protocol on veterinary medicine"), 1e-9);
    assertEquals(0.0, DocumentTitles.jaccard("in the field of", "of the"));
  }

  @Test
  void russianTitleWordsDropRussianStopWordsAndCountByFiveLetters() {
    assertEquals(java.util.Set.of("согла", "сотру", "облас", "ветер"),
        DocumentTitles.words("Соглашение о сотрудничестве в области ветеринарии"));
    assertEquals(java.util.Set.of("мемор", "малом", "средн", "бизне", "торго"),
        DocumentTitles.words("Меморандум о малом и среднем бизнесе, а также по торговле"));
    assertEquals(java.util.Set.of("план", "2025", "год"),
        DocumentTitles.words("План на 2025 год"), "short words are kept whole");
    assertEquals(1.0, DocumentTitles.jaccard("Соглашение о сотрудничестве в области ветеринарии",
        "соглашения о сотрудничестве в областях ветеринарии"), 1e-9, "case endings do not matter");
    assertEquals(DocumentTitles.Script.CYRILLIC, DocumentTitles.script("Протокол о ШОС и IT"));
    assertEquals(DocumentTitles.Script.LATIN, DocumentTitles.script("Protocol on SCO (ШОС)"));
    assertNull(DocumentTitles.script("2024-2025"));
    assertNull(DocumentTitles.script(""));
  }

  @Test
  void dedupStillUsesTheV1TitleWordsWhichTheScorerLeavesAlone() {
    assertEquals(java.util.Set.of("соглашение", "о", "ветеринарии"),
        TitleWords.words("Соглашение о ветеринарии"), "v1 words: no Russian stop-words, no stems");
    assertEquals(java.util.Set.of("согла", "ветер"),
        DocumentTitles.words("Соглашение о ветеринарии"));
  }

  @Test
  void titleJaccardOfExactlyOneHalfMatches() {
    String g = "{'id':'a1','events':[{'type':'SIGNING','parties':['AZE','BLR'],'documents':["
        + "{'title':'Agreement on trade and transit','doc_type':'AGREEMENT'}]}]}";
    assertEquals(1, scorer.score(gold(g), docs(A1,
        doc("d1", "Agreement on trade in grain", "AGREEMENT"))).documents.tp());
    assertEquals(0, scorer.score(gold(g), docs(A1,
        doc("d1", "Agreement on trade in grain and oil", "AGREEMENT"))).documents.tp());
  }

  private static final Article RU = article("a1", null, "/in/feed.jsonl", "ru");

  private static DocumentRow doc2(String id, String title, String original, String type,
      String... sectors) {
    return document(id, "s1", title, original, type, List.of("BLR", "AZE"), List.of(sectors),
        List.of("a1"));
  }

  @Test
  void russianGoldTitleMatchesTheRussianOriginalTitleWhateverItsCaseEndings() {
    String g = "{'id':'a1','events':[{'type':'SIGNING','parties':['AZE','BLR'],'documents':["
        + "{'title':'Соглашение о сотрудничестве в области ветеринарии','doc_type':'AGREEMENT',"
        + "'sectors':['VETERINARY']}]}]}";
    Scores s = scorer.score(gold(g), docs(RU, doc2("d1", "Agreement on animal health",
        "Соглашения о сотрудничестве в областях ветеринарии", "AGREEMENT", "HEALTHCARE")));
    assertEquals(new Scores.Tally(1, 0, 0, 0), s.documents, "title_original passes");
    assertEquals(new Scores.Tally(0, 1, 1, 0), s.documentsV1,
        "v1 read only the English title, and the sectors differ");

    Scores otherDocument = scorer.score(gold(g), docs(RU, doc2("d1", "Agreement on veterinary",
        "Соглашение о карантине растений", "AGREEMENT", "VETERINARY")));
    assertEquals(new Scores.Tally(0, 1, 1, 0), otherDocument.documents,
        "a Russian title_original is in the gold title's script: equal sectors do not stand in");
  }

  @Test
  void englishGoldTitleMatchesTheEnglishTitleOfARussianArticle() {
    Scores s = scorer.score(gold(SIGNING_WITH_DOCS), docs(RU,
        doc2("d1", "Protocol on veterinary medicine", "Протокол о ветеринарной медицине",
            "PROTOCOL"),
        doc2("d2", "Memorandum on entrepreneurship", "Меморандум о предпринимательстве",
            "MEMORANDUM", "SME")));
    assertEquals(new Scores.Tally(1, 1, 1, 0), s.documents,
        "d1 on its English title; d2's English title fails and, being in the gold title's "
            + "script, leaves no room for its equal sectors");
    assertEquals(new Scores.Tally(2, 0, 0, 0), s.documentsV1,
        "v1 let equal sectors match on any Russian article");
  }

  @Test
  void equalSectorsStandInOnlyWhereNoPredictedTitleIsInTheGoldTitlesScript() {
    String g = "{'id':'a1','events':[{'type':'SIGNING','parties':['AZE','BLR'],'documents':["
        + "{'title':'Протокол о карантине и защите растений','doc_type':'PROTOCOL',"
        + "'sectors':['PHYTOSANITARY','AGRICULTURE']}]}]}";
    Scores english = scorer.score(gold(g), docs(RU, doc2("d1", "Protocol on plant protection",
        "Protocol on plant protection", "PROTOCOL", "AGRICULTURE", "PHYTOSANITARY")));
    assertEquals(new Scores.Tally(1, 0, 0, 0), english.documents,
        "both predicted titles are Latin, the gold title Cyrillic: equal sectors stand in");
    Scores noOriginal = scorer.score(gold(g), docs(RU, doc2("d1", "Protocol on plant protection",
        "", "PROTOCOL", "PHYTOSANITARY", "AGRICULTURE")));
    assertEquals(1, noOriginal.documents.tp(), "an empty title_original has no script");
    Scores otherSectors = scorer.score(gold(g), docs(RU, doc2("d1",
        "Protocol on plant protection", "", "PROTOCOL", "PHYTOSANITARY")));
    assertEquals(new Scores.Tally(0, 1, 1, 0), otherSectors.documents, "sector sets must be equal");
    Scores noSectors = scorer.score(gold("{'id':'a1','events':[{'type':'SIGNING','parties':"
        + "['AZE','BLR'],'documents':[{'title':'Совместное заявление','doc_type':'DECLARATION'}]}]}"),
        docs(RU, doc2("d1", "Joint statement", "", "DECLARATION")));
    assertEquals(0, noSectors.documents.tp(), "empty sector sets never stand in");
    Scores russianOriginal = scorer.score(gold(g), docs(RU, doc2("d1",
        "Protocol on plant protection", "Протокол о ветеринарии", "PROTOCOL",
        "PHYTOSANITARY", "AGRICULTURE")));
    assertEquals(0, russianOriginal.documents.tp(),
        "title_original is Cyrillic like the gold title, and fails the title test");

    Article en = article("a1", null, "/in/feed.jsonl", "en");
    Scores englishGold = scorer.score(gold(SIGNING_WITH_DOCS), docs(en,
        doc2("d1", "Протокол по ветеринарии", "Протокол по ветеринарии", "PROTOCOL",
            "VETERINARY")));
    assertEquals(new Scores.Tally(1, 0, 1, 0), englishGold.documents,
        "the other way round: Cyrillic predictions for a Latin gold title fall back to sectors");
  }

  @Test
  void typeStillAppliesWhenTheTitlePasses() {
    String g = "{'id':'a1','events':[{'type':'SIGNING','parties':['AZE','BLR'],'documents':["
        + "{'title':'Joint statement on strategic partnership','doc_type':'DECLARATION'}]}]}";
    Scores right = scorer.score(gold(g), docs(RU,
        doc2("d1", "Joint statement on the strategic partnership", "Совместное заявление",
            "DECLARATION")));
    assertEquals(new Scores.Tally(1, 0, 0, 0), right.documents);
    Scores wrongType = scorer.score(gold(g), docs(RU,
        doc2("d1", "Joint statement on strategic partnership", "", "MEMORANDUM")));
    assertEquals(0, wrongType.documents.tp(), "the doc type still applies");
  }

  @Test
  void sectorsScoreEachArticleByWhatItsOwnMentionSays() {
    Article a2 = article("a2", null, "/in/feed.jsonl", "en");
    String g = "{'id':'a1','events':[{'type':'COOPERATION','parties':['AZE','BLR'],"
        + "'sectors':['TRADE']}]}\n{'id':'a2','events':[{'type':'COOPERATION',"
        + "'parties':['AZE','BLR'],'sectors':['ENERGY','SPACE']}]}";
    EventRow merged = coop("c1", "AZE", "BLR", "ENERGY", "TRADE");
    OutputTables o = out(List.of(A1, a2), List.of(merged), List.of(
        new MentionRow("c1", "a1", null, null, "Evidence.", 0, 9, List.of("TRADE")),
        new MentionRow("c1", "a2", null, null, "Evidence.", 0, 9, List.of("ENERGY"))), List.of());
    Scores s = scorer.score(gold(g.split("\n")), o);
    assertEquals(new Scores.Tally(2, 0, 1, 0), s.sectors, "each article by its own mention");
    assertEquals(new Scores.Tally(2, 2, 1, 0), s.sectorsOfEvents,
        "events: a1 gets ENERGY and a2 TRADE from the union");
    assertTrue(s.falsePositives.stream().noneMatch(f -> f.type().equals("SECTOR")),
        s.falsePositives.toString());

    OutputTables empty = out(List.of(A1, a2), List.of(merged), List.of(
        new MentionRow("c1", "a1", null, null, "Evidence.", 0, 9, List.of()),
        new MentionRow("c1", "a2", null, null, "Evidence.", 0, 9, List.of("ENERGY"))), List.of());
    assertEquals(new Scores.Tally(1, 0, 2, 0), scorer.score(gold(g.split("\n")), empty).sectors,
        "a mention recording no sector gives its article none, whatever the event holds");

    OutputTables old = out(List.of(A1, a2), List.of(merged),
        List.of(mention("c1", "a1"), mention("c1", "a2")), List.of());
    Scores fallback = scorer.score(gold(g.split("\n")), old);
    assertEquals(fallback.sectorsOfEvents, fallback.sectors,
        "without mentions.sectors the event's sectors stand in");
  }

  @Test
  void documentsBelongToTheArticlesTheyNameElseToTheirLinkedEvent() {
    Article a2 = article("a2", null, "/in/feed.jsonl", "en");
    EventRow s = signing("s1", "AZE", "BLR", "2024-05-16", null);
    DocumentRow namesA2 = document("d1", "s1", "Protocol on veterinary medicine", "PROTOCOL",
        List.of("AZE", "BLR"), List.of(), List.of("a2"));
    DocumentRow namesNone = document("d2", "s1", "Memorandum on small and medium business",
        "MEMORANDUM", List.of("AZE", "BLR"), List.of(), List.of());
    OutputTables o = out(List.of(A1, a2), List.of(s),
        List.of(mention("s1", "a1"), mention("s1", "a2")), List.of(namesA2, namesNone));
    Scores sc = scorer.score(gold(SIGNING_WITH_DOCS), o);
    assertEquals(new Scores.Tally(1, 0, 1, 0), sc.documents,
        "d2 (no article_ids, event linked) is on a1; d1 names only a2");
  }

  @Test
  void sectorsArePairsWithOptionalAndDocumentSectorsAccepted() {
    String g = "{'id':'a1','events':["
        + "{'type':'COOPERATION','parties':['BLR','AZE'],'stance':'PROPOSED',"
        + "'sectors':['TRADE','MACHINERY'],'sectors_optional':['TRANSPORT']},"
        + "{'type':'SIGNING','parties':['AZE','BLR'],'documents':[{'title':'Protocol on "
        + "veterinary medicine','doc_type':'PROTOCOL','sectors':['VETERINARY']}]}]}";
    Scores s = scorer.score(gold(g), onA1(
        coop("c1", "AZE", "BLR", "TRADE", "TRANSPORT", "VETERINARY", "ENERGY"),
        coop("c2", "BLR", "AZE", "TRADE"),
        coop("c3", "BLR", "RUS", "MACHINERY")));
    assertEquals(new Scores.Tally(1, 2, 1, 2), s.sectors);
    assertEquals(List.of("AZE+BLR MACHINERY"),
        s.misses.stream().filter(f -> f.type().equals("SECTOR")).map(Scores.Finding::facts)
            .toList());
    assertEquals(List.of("AZE+BLR ENERGY", "BLR+RUS MACHINERY"),
        s.falsePositives.stream().filter(f -> f.type().equals("SECTOR"))
            .map(Scores.Finding::facts).toList());
  }

  @Test
  void cooperationGivenByActorsAndOptionalCooperationSectorsAreAccepted() {
    String g = "{'id':'a1','events':["
        + "{'type':'COOPERATION','actor1':'RUS','actor2':'BLR','sectors':['ENERGY']},"
        + "{'type':'COOPERATION','parties':['AZE','BLR'],'sectors':['SPACE'],'optional':true}]}";
    Scores s = scorer.score(gold(g), onA1(coop("c1", "BLR", "RUS", "ENERGY"),
        coop("c2", "AZE", "BLR", "SPACE")));
    assertEquals(new Scores.Tally(1, 0, 0, 1), s.sectors);
  }

  @Test
  void negativesCountEveryPredictedEventOnArticlesWithEmptyGold() {
    Article a2 = article("a2", null, "/in/feed.jsonl", "en");
    List<GoldArticle> g = gold("{'id':'a1','events':[]}", "{'id':'a2','events':[]}");
    OutputTables o = out(List.of(A1, a2),
        List.of(visit("e1", "BLR", "AZE", "OCCURRED", null, null, null), coop("c1", "AZE", "BLR")),
        List.of(mention("e1", "a1"), mention("c1", "a1")), List.of());
    Scores s = scorer.score(g, o);
    assertEquals(new Scores.Negatives(2, 2), s.negatives);
    assertEquals(2, s.negatives.figure());
    assertEquals(new Scores.Tally(0, 1, 0, 0), s.visits);
    assertEquals(2, s.falsePositives.size(), "the visit, and the cooperation without sectors");

    Scores clean = scorer.score(g, out(List.of(A1, a2), List.of(), List.of(), List.of()));
    assertEquals(0, clean.negatives.figure());
    Scores none = scorer.score(gold(VISIT_15_17), onA1());
    assertNull(none.negatives.figure(), "no article with empty gold: nothing to measure");
  }

  @Test
  void dedupPairsAndEventsPerKey() {
    String v = "{'key':'%s','type':'VISIT','actor1':'BLR','actor2':'AZE','status':'%s'}";
    List<GoldArticle> g = gold(
        "{'id':'a1','events':[" + String.format(v, "K", "OCCURRED") + "]}",
        "{'id':'a2','events':[" + String.format(v, "K", "OCCURRED") + "]}",
        "{'id':'a3','events':[" + String.format(v, "K", "OCCURRED") + "]}",
        "{'id':'a4','events':[" + String.format(v, "K2", "OCCURRED") + "]}",
        "{'id':'a5','events':[" + String.format(v, "K", "PLANNED") + "]}");
    List<Article> arts = List.of(A1, article("a2", null, "f", "en"), article("a3", null, "f", "en"),
        article("a4", null, "f", "en"), article("a5", null, "f", "en"));
    OutputTables o = out(arts, List.of(
        visit("E1", "BLR", "AZE", "OCCURRED", null, null, null),
        visit("E2", "BLR", "AZE", "OCCURRED", null, null, null),
        visit("E3", "BLR", "AZE", "PLANNED", null, null, null)),
        List.of(mention("E1", "a1"), mention("E1", "a2"), mention("E2", "a3"),
            mention("E1", "a4"), mention("E3", "a5")), List.of());
    Scores s = scorer.score(g, o);
    assertEquals(5, s.visits.tp());
    // Groups: K/OCCURRED -> E1,E1,E2; K2 -> E1; K/PLANNED -> E3.
    assertEquals(new Scores.Dedup(3, 3, 1, 3, 4), s.dedup);
    assertEquals(1.0 / 3, s.dedup.precision(), 1e-9);
    assertEquals(1.0 / 3, s.dedup.recall(), 1e-9);
    assertEquals(4.0 / 3, s.dedup.eventsPerKey(), 1e-9);
  }

  @Test
  void dedupWithoutPairsIsNull() {
    Scores s = scorer.score(gold(VISIT_15_17),
        onA1(visit("e1", "BLR", "AZE", "OCCURRED", null, null, null)));
    assertNull(s.dedup.precision());
    assertNull(s.dedup.recall());
    assertEquals(1.0, s.dedup.eventsPerKey());
    Scores empty = scorer.score(List.of(), out(List.of(), List.of(), List.of(), List.of()));
    assertNull(empty.dedup.eventsPerKey());
    assertNull(empty.visits.f1());
    assertNull(empty.sectors.precision());
    assertNull(empty.dates().value());
    assertNull(empty.visitKind.value());
    assertNull(empty.negatives.figure());
  }

  @Test
  void goldArticlesPairByIdUrlFileNameOrAsTheOnlyOnes() {
    Article hashed = article("3f9a0c", "https://example.org/news/7", "/in/pages/page-7.txt", "en");
    Article other = article("jl-2", null, "/in/feed.jsonl", "en");
    OutputTables o = out(List.of(hashed, other), List.of(), List.of(), List.of());
    ArticleMatcher m = new ArticleMatcher(o.articles());
    assertEquals(ArticleMatcher.How.ID, m.pairOne(gold("{'id':'jl-2','events':[]}").get(0)).how());
    assertEquals(ArticleMatcher.How.URL, m.pairOne(
        gold("{'url':'https://example.org/news/7','events':[]}").get(0)).how());
    ArticleMatcher.Pairing byName = m.pairOne(gold("{'id':'page-7','events':[]}").get(0));
    assertEquals(ArticleMatcher.How.FILE_NAME, byName.how());
    assertEquals("3f9a0c", byName.output().articleId);

    Scores missing = scorer.score(gold(VISIT_15_17), o);
    assertEquals(1, missing.missingArticles());
    assertEquals(List.of("ARTICLE", "VISIT"),
        missing.misses.stream().map(Scores.Finding::type).toList());
    assertEquals(new Scores.Tally(0, 0, 1, 0), missing.visits);

    Scores single = scorer.score(gold(VISIT_15_17), out(List.of(hashed),
        List.of(visit("e1", "BLR", "AZE", "OCCURRED", null, null, null)),
        List.of(mention("e1", "3f9a0c")), List.of()));
    assertEquals(1, single.pairedBy.get(ArticleMatcher.How.SINGLE));
    assertEquals(1, single.visits.tp());
    assertTrue(single.notes.get(0).contains("single"), single.notes.toString());
  }

  @Test
  void emptyEventsTableIsSaid() {
    Scores s = scorer.score(gold(VISIT_15_17), onA1());
    assertTrue(s.notes.stream().anyMatch(n -> n.contains("events table is empty")));
    assertEquals(0.0, s.visits.recall());
    assertEquals(0.0, s.visits.f1());
    assertNull(s.visits.precision());
  }

  @Test
  void assignmentMaximisesPairsBeforeScore() {
    // Row 0 prefers column 0, but row 1 can only take column 0: both must be paired.
    double[][] score = {{2.0, 1.0}, {1.0, 0.0}};
    assertArrayEquals(new int[] {1, 0}, Assignment.assign(score, 2));
    // Among equally many pairs the higher total wins; ties go to the lower indices.
    assertArrayEquals(new int[] {1, 0}, Assignment.assign(new double[][] {{1, 3}, {3, 1}}, 2));
    assertArrayEquals(new int[] {0, 1}, Assignment.assign(new double[][] {{1, 1}, {1, 1}}, 2));
    assertArrayEquals(new int[] {-1}, Assignment.assign(new double[][] {{0, 0}}, 2));
  }

  @Test
  void closerVisitWinsWhenTwoPredictionsFit() {
    Scores s = scorer.score(gold(VISIT_15_17), onA1(
        visit("far", "BLR", "AZE", "OCCURRED", "WORKING", "2024-05-16", "2024-05-16"),
        visit("exact", "BLR", "AZE", "OCCURRED", "STATE", "2024-05-15", "2024-05-17")));
    assertEquals(new Scores.Tally(1, 1, 0, 0), s.visits);
    assertEquals(new Scores.Ratio(1, 1), s.visitDates);
    assertTrue(s.falsePositives.get(0).facts().contains("event=far"));
  }
}
