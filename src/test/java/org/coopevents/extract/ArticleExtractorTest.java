package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.junit.jupiter.api.Test;

/** Behaviour of the extractor on short agency-style reports written for these tests. */
class ArticleExtractorTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 5, 17);

  private static Extraction run(String lang, String title, String text) {
    return run(lang, title, text, PUB);
  }

  private static Extraction run(String lang, String title, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("t-" + Math.abs(text.hashCode()), "https://wire.example/a",
        "wire.example", title, lang, pub, text));
    // every event has evidence that is exactly the text at its offsets
    for (EventRow e : x.events) {
      List<MentionRow> ms = x.mentions.stream().filter(m -> m.eventId.equals(e.eventId)).collect(Collectors.toList());
      assertTrue(!ms.isEmpty(), "no mention for " + e);
      for (MentionRow m : ms) assertEquals(text.substring(m.evidenceStart, m.evidenceEnd), m.evidence);
      assertEquals(1, e.numArticles);
    }
    return x;
  }

  private static List<EventRow> of(Extraction x, String type) {
    return x.events.stream().filter(e -> e.eventType.equals(type)).collect(Collectors.toList());
  }

  @Test
  void stateVisitThatOccurred() {
    Extraction x = run("en", "Tokayev arrives in Tashkent",
        "TASHKENT, May 15 (Steppe Wire) - Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on Wednesday "
            + "on a two-day state visit at the invitation of Uzbek President Shavkat Mirziyoyev.\n\n"
            + "The leaders discussed transit corridors and water management.");
    EventRow v = of(x, "VISIT").get(0);
    assertEquals("KAZ", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("STATE", v.visitKind);
    assertEquals("2024-05-15", v.startDate);
    assertEquals("2024-05-16", v.endDate);
    assertEquals("Tashkent", v.locationCity);
    assertEquals("Kassym-Jomart Tokayev", v.actor1Person);
    assertEquals("042", v.cameoCode);
  }

  @Test
  void plannedVisitsInBothLanguages() {
    Extraction en = run("en", "Mirziyoyev to visit Baku",
        "Uzbek President Shavkat Mirziyoyev will pay an official visit to Azerbaijan on May 22-23, "
            + "the presidential press office said.");
    EventRow v = of(en, "VISIT").get(0);
    assertEquals("PLANNED", v.status);
    assertEquals("OFFICIAL", v.visitKind);
    assertEquals("UZB", v.actor1Country);
    assertEquals("2024-05-22", v.startDate);
    Extraction ru = run("ru", "Мирзиёев посетит Баку",
        "Президент Узбекистана Шавкат Мирзиёев посетит Азербайджан с рабочим визитом в среду.");
    EventRow r = of(ru, "VISIT").get(0);
    assertEquals("PLANNED", r.status);
    assertEquals("WORKING", r.visitKind);
    assertEquals("AZE", r.actor2Country);
    assertEquals("2024-05-22", r.startDate);
  }

  @Test
  void hostBeforeTheCueAndGenitiveGuest() {
    Extraction x = run("ru", "Переговоры в Баку",
        "Президент Азербайджана Ильхам Алиев провел переговоры с Президентом Беларуси Александром Лукашенко, "
            + "находящимся в Азербайджане с государственным визитом.");
    EventRow v = of(x, "VISIT").get(0);
    assertEquals("BLR", v.actor1Country);
    assertEquals("AZE", v.actor2Country);
    assertEquals("STATE", v.visitKind);
    Extraction y = run("en", "The results of the visit of the President of Belarus to Azerbaijan",
        "The results of the visit of the President of Belarus to Azerbaijan\n\nThe presidents discussed trade.");
    assertEquals("BLR", of(y, "VISIT").get(0).actor1Country);
  }

  @Test
  void theStateWhoseCapitalIsVisitedIsTheHostNotAGenitiveGuest() {
    Extraction x = run("ru", "Визит Председателя КНР",
        "С 3 по 5 июля Председатель КНР Си Цзиньпин находится с государственным визитом в столице "
            + "Казахстана. Гостя встретил Президент Казахстана Касым-Жомарт Токаев.");
    EventRow v = of(x, "VISIT").get(0);
    assertEquals("CHN", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("Astana", v.locationCity);
    Extraction y = run("en", "Xi in Astana",
        "Chinese President Xi Jinping arrived in the capital of Kazakhstan on Wednesday for a state visit.");
    EventRow w = of(y, "VISIT").get(0);
    assertEquals("CHN", w.actor1Country);
    assertEquals("KAZ", w.actor2Country);
    assertEquals("Astana", w.locationCity);
  }

  @Test
  void callsSidelinesInvitationsAndPastVisitsAreNotVisits() {
    Extraction call = run("en", "Phone call",
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held a telephone conversation "
            + "on Thursday and discussed the supply of energy and cooperation in agriculture.");
    assertTrue(of(call, "VISIT").isEmpty());
    EventRow coop = of(call, "COOPERATION").get(0);
    assertEquals("DISCUSSED", coop.stance);
    assertTrue(coop.sectors.contains("ENERGY") && coop.sectors.contains("AGRICULTURE"), coop.sectors.toString());
    Extraction side = run("en", "Meeting in Astana",
        "Ilham Aliyev met Alexander Lukashenko on the sidelines of the summit in Astana, where both leaders are on a working visit.");
    assertTrue(of(side, "VISIT").isEmpty(), side.events.toString());
    Extraction invite = run("ru", "Приглашение",
        "Шавкат Мирзиёев пригласил Ильхама Алиева посетить Узбекистан с государственным визитом в удобное время.");
    assertTrue(of(invite, "VISIT").isEmpty(), invite.events.toString());
    Extraction past = run("en", "Trade grows",
        "Trade between Belarus and Azerbaijan grew by a fifth, Lukashenko recalled, mentioning his state visit to Baku in 2019.");
    assertTrue(of(past, "VISIT").isEmpty(), past.events.toString());
  }

  @Test
  void bulletedListWithPluralProtocolsAndAPeriod() {
    String text = "Belarusian President Alexander Lukashenko arrived in Baku on a state visit.\n\n"
        + "Following the talks, the following documents were signed on May 16:\n"
        + "- Protocols on cooperation in veterinary medicine and in the field of quarantine and plant protection;\n"
        + "- Action plan for the development of cooperation in the field of tourism for 2024-2025;\n"
        + "- Agreement on cooperation in the field of education.\n\n"
        + "The presidents then spoke to the press.";
    Extraction x = run("en", "Lukashenko in Baku", text);
    EventRow s = of(x, "SIGNING").get(0);
    assertEquals("2024-05-16", s.startDate);
    assertEquals(4, s.documentCount);
    assertEquals(of(x, "VISIT").get(0).eventId, s.parentEventId);
    List<String> titles = x.documents.stream().map(d -> d.title).collect(Collectors.toList());
    assertEquals(List.of("Protocol on cooperation in veterinary medicine",
        "Protocol on cooperation in the field of quarantine and plant protection",
        "Action plan for the development of cooperation in the field of tourism for 2024-2025",
        "Agreement on cooperation in the field of education"), titles);
    DocumentRow plan = x.documents.get(2);
    assertEquals("ACTION_PLAN", plan.docType);
    assertEquals(2024, plan.periodStartYear);
    assertEquals(2025, plan.periodEndYear);
    assertEquals(List.of("TOURISM"), plan.sectors);
    assertEquals(List.of("AZE", "BLR"), plan.parties);
    assertEquals(List.of("VETERINARY"), x.documents.get(0).sectors);
  }

  @Test
  void numberedListAndInlineEnumeration() {
    Extraction numbered = run("en", "Talks in Ashgabat",
        "Turkmen President Serdar Berdimuhamedov held talks with Korean President Yoon Suk Yeol, who is in Turkmenistan on a state visit. "
            + "The sides signed:\n1. Memorandum of understanding on cooperation in the energy sector;\n"
            + "2. Agreement on air services.\n");
    assertEquals(2, numbered.documents.size(), numbered.documents.toString());
    Extraction inline = run("en", "Signing",
        "Azerbaijan and Uzbekistan signed an agreement on investment protection, a memorandum on cooperation in tourism "
            + "and a roadmap for cooperation in transport on Thursday.");
    List<String> types = inline.documents.stream().map(d -> d.docType).collect(Collectors.toList());
    assertEquals(List.of("AGREEMENT", "MEMORANDUM", "ROADMAP"), types);
    assertEquals("2024-05-16", of(inline, "SIGNING").get(0).startDate);
  }

  @Test
  void russianListRenderedInEnglish() {
    Extraction x = run("ru", "Подписаны документы",
        "По итогам переговоров Президент Беларуси Александр Лукашенко и Президент Азербайджана Ильхам Алиев "
            + "подписали следующие документы:\n"
            + "— Соглашение о сотрудничестве в области образования;\n"
            + "— План мероприятий по развитию сотрудничества в сфере туризма на 2024–2025 годы.");
    assertEquals(2, x.documents.size(), x.documents.toString());
    DocumentRow plan = x.documents.get(1);
    assertEquals("ACTION_PLAN", plan.docType);
    assertTrue(plan.title.toLowerCase().contains("tourism"), plan.title);
    assertTrue(plan.titleOriginal.startsWith("План"), plan.titleOriginal);
    assertEquals(2024, plan.periodStartYear);
    assertEquals(List.of("TOURISM"), plan.sectors);
    assertEquals(List.of("EDUCATION"), x.documents.get(0).sectors);
  }

  @Test
  void packageOfDocumentsWithoutNames() {
    Extraction x = run("en", "Package signed",
        "Uzbekistan and Kyrgyzstan signed a package of 14 documents in Bishkek on Thursday, covering trade and transport.");
    EventRow s = of(x, "SIGNING").get(0);
    assertEquals(14, s.documentCount);
    assertTrue(x.documents.isEmpty(), x.documents.toString());
    Extraction ru = run("ru", "Пакет", "В ходе визита подписан пакет из четырнадцати документов между Узбекистаном и Кыргызстаном.");
    assertEquals(14, of(ru, "SIGNING").get(0).documentCount);
  }

  @Test
  void ratificationsFutureSigningsAndBusinessDealsAreNotSignings() {
    assertTrue(run("en", "Senate ratifies treaty",
        "The Kazakh Senate ratified the treaty on allied relations with Uzbekistan on Thursday.").events.isEmpty());
    assertTrue(of(run("en", "Visit ahead",
        "During the visit, Azerbaijan and Uzbekistan are expected to sign an agreement on transport."), "SIGNING").isEmpty());
    assertTrue(of(run("en", "Forum deals",
        "Companies from Uzbekistan and Turkey signed contracts worth 2 billion dollars at the business forum in Tashkent."),
        "SIGNING").isEmpty());
    assertTrue(of(run("en", "Talks on the sidelines",
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev discussed water use. No agreements were signed."),
        "SIGNING").isEmpty());
    assertTrue(of(run("ru", "Переговоры",
        "Президенты Казахстана и Узбекистана обсудили водопользование, однако соглашения так и не были подписаны."),
        "SIGNING").isEmpty());
    assertTrue(of(run("ru", "Проект одобрен",
        "Правительство одобрило проект соглашения с Вьетнамом о сотрудничестве в области здравоохранения."),
        "SIGNING").isEmpty());
  }

  @Test
  void datesAreNeverThePublicationDateInDisguise() {
    Extraction x = run("en", "Signing", "Belarus and Azerbaijan signed an agreement on trade.", PUB);
    assertNull(of(x, "SIGNING").get(0).startDate);
    Extraction y = run("en", "Signing", "Belarus and Azerbaijan signed an agreement on trade on May 16.", null);
    assertNull(of(y, "SIGNING").get(0).startDate);
  }

  @Test
  void idsAreDeterministic() {
    String text = "Uzbekistan and Kyrgyzstan signed an agreement on water use on Thursday.";
    Extraction a = run("en", "t", text);
    Extraction b = run("en", "t", text);
    assertEquals(a.events, b.events);
    assertEquals(a.documents, b.documents);
    assertTrue(a.events.get(0).eventId.matches("ev-[0-9a-f]{16}"));
  }

  @Test
  void cooperationSectorsAndStance() {
    Extraction x = run("en", "Talks",
        "Azerbaijani President Ilham Aliyev and Uzbek President Shavkat Mirziyoyev agreed to expand cooperation in energy and transport. "
            + "Mirziyoyev proposed joint production of agricultural machinery.");
    EventRow c = of(x, "COOPERATION").get(0);
    Set<String> s = Set.copyOf(c.sectors);
    assertTrue(s.containsAll(Set.of("ENERGY", "TRANSPORT")), s.toString());
    assertEquals("AZE", c.actor1Country);
    assertEquals("UZB", c.actor2Country);
    assertNotNull(c.stance);
  }

  private static List<String> titles(Extraction x) {
    return x.documents.stream().map(d -> d.title).collect(Collectors.toList());
  }

  @Test
  void documentsOfASentenceOpeningWithAmongThemBelongToTheCountedSigning() {
    Extraction x = run("ru", "Армения и Грузия подписали пакет документов",
        "ЕРЕВАН, 16 мая. Премьер-министр Армении Никол Пашинян провел в четверг переговоры с "
            + "премьер-министром Грузии Ираклием Кобахидзе, прибывшим в Ереван с официальным визитом.\n\n"
            + "По итогам переговоров подписано семь документов. Среди них — меморандум о сотрудничестве "
            + "в области туризма и соглашение о сотрудничестве в сфере здравоохранения.");
    assertEquals(2, x.documents.size(), titles(x).toString());
    assertEquals(Set.of("MEMORANDUM", "AGREEMENT"),
        x.documents.stream().map(d -> d.docType).collect(Collectors.toSet()));
    MentionRow signing = x.mentions.stream()
        .filter(m -> m.eventId.equals(of(x, "SIGNING").get(0).eventId)).findFirst().orElseThrow();
    assertEquals(Set.of("TOURISM", "HEALTHCARE"), Set.copyOf(signing.sectors),
        "the mention records the sectors this article gave the signing");
  }

  @Test
  void pluralRussianTitleWithARepeatedHeadIsNotDoubled() {
    Extraction x = run("ru", "Переговоры в Ереване",
        "ЕРЕВАН, 16 мая. Премьер-министр Армении Никол Пашинян провел в четверг переговоры с "
            + "премьер-министром Грузии Ираклием Кобахидзе, прибывшим в Ереван с официальным визитом. "
            + "Стороны подписали меморандумы о сотрудничестве в области туризма и о сотрудничестве "
            + "в области образования.");
    assertEquals(2, x.documents.size(), titles(x).toString());
    for (DocumentRow d : x.documents) {
      assertEquals(1, d.titleOriginal.split("сотрудничестве", -1).length - 1, d.titleOriginal);
    }
  }

  @Test
  void documentsNamedAsMembersOfACountedSetAreReadPastWhoExchangedThem() {
    Extraction x = run("en", "Talks in Yerevan",
        "YEREVAN, May 16 - Armenian Prime Minister Nikol Pashinyan held talks with Georgian Prime "
            + "Minister Irakli Kobakhidze, who is on an official visit to Armenia.\n\n"
            + "The two prime ministers witnessed the exchange of documents between ministries and "
            + "companies of the two countries, among them an agreement on road transport and a "
            + "memorandum on cooperation in tourism.");
    assertEquals(List.of("Agreement on road transport", "Memorandum on cooperation in tourism"),
        titles(x));
  }

  @Test
  void headlineDocumentGivesWayToTheBodysFullTitleAndAFutureSigningIsNoDocument() {
    Extraction x = run("en", "Armenia and Georgia sign border treaty, open new crossing",
        "Armenia and Georgia sign border treaty, open new crossing\n\n"
            + "YEREVAN, May 16 - Armenian Prime Minister Nikol Pashinyan and Georgian Prime Minister "
            + "Irakli Kobakhidze, who is on an official visit to Armenia, signed the Treaty on the State "
            + "Border on Thursday.\n\n"
            + "Pashinyan said the two governments would sign an agreement on railway transit in June.");
    assertEquals(List.of("Treaty on the State Border"), titles(x));
  }

  @Test
  void aBareJointStatementListedBesideAFullerOneIsASecondDocument() {
    Extraction x = run("en", "Talks in Yerevan",
        "YEREVAN, May 16 - Armenian Prime Minister Nikol Pashinyan held talks with Georgian Prime "
            + "Minister Irakli Kobakhidze, who is on an official visit to Armenia.\n\n"
            + "Following the talks, the leaders signed a Joint Statement and a Joint Statement on "
            + "the development of transport links.\n\n"
            + "The Joint Statement was published on the government website.");
    assertEquals(2, x.documents.size(), titles(x).toString());
  }

  @Test
  void documentsBeforeAPassiveSigningVerbAreAllRead() {
    Extraction x = run("en", "Talks in Yerevan",
        "YEREVAN, May 16 - Armenian Prime Minister Nikol Pashinyan held talks with Georgian Prime "
            + "Minister Irakli Kobakhidze, who is on an official visit to Armenia.\n\n"
            + "Officials said that a memorandum on tourism and culture and a memorandum on "
            + "higher education were among the six documents signed.");
    assertEquals(List.of("Memorandum on tourism and culture", "Memorandum on higher education"),
        titles(x));
  }

  @Test
  void aQuotationAfterADocumentWordIsNoTitle() {
    Extraction x = run("ru", "Пашинян и Кобахидзе подписали договор о границе",
        "ЕРЕВАН, 16 мая. Премьер-министр Армении Никол Пашинян и премьер-министр Грузии Ираклий "
            + "Кобахидзе, находящийся в Ереване с официальным визитом, подписали в четверг Договор об "
            + "армяно-грузинской государственной границе.\n\n"
            + "Пашинян назвал подписание договора «важным шагом» для двух народов.");
    assertEquals(1, x.documents.size(), titles(x).toString());
  }

  @Test
  void russianConcludedDocumentsAndADocumentFollowedBySignedParticipleAreRead() {
    Extraction x = run("ru", "Итоги визита",
        "ЕРЕВАН, 16 мая. Премьер-министр Грузии Ираклий Кобахидзе завершил официальный визит в "
            + "Армению. Главным итогом поездки стал Договор о стратегическом партнерстве, подписанный "
            + "вчера главами правительств.\n\n"
            + "Кроме того, стороны заключили соглашение о строительстве автомобильного моста Баграташен — "
            + "Садахло — тем самым, по словам экспертов, транзит через границу ускорится.");
    assertEquals(Set.of("TREATY", "AGREEMENT"),
        x.documents.stream().map(d -> d.docType).collect(Collectors.toSet()), titles(x).toString());
    DocumentRow bridge = x.documents.stream().filter(d -> d.docType.equals("AGREEMENT")).findFirst().orElseThrow();
    assertTrue(bridge.titleOriginal.endsWith("Садахло"), "the name goes on past a dash, the clause does not: "
        + bridge.titleOriginal);
  }

  @Test
  void anAgreementToThatEffectHasNoTitleOfItsOwn() {
    Extraction x = run("en", "Talks in Yerevan",
        "YEREVAN, May 16 - Armenian Prime Minister Nikol Pashinyan held talks with Georgian Prime "
            + "Minister Irakli Kobakhidze, who is on an official visit to Armenia.\n\n"
            + "The sides agreed to build a new bridge over the Debed and signed an intergovernmental "
            + "agreement to that effect.");
    // cut before "to that effect", the title is the type word alone: a signing, no document row
    assertEquals(List.of(), titles(x));
    assertEquals(1, of(x, "SIGNING").size());
  }

  @Test
  void lowerCaseWordsBeforeACapitalisedTypeWordAreNotPartOfTheTitle() {
    Extraction x = run("en", "Talks in Yerevan",
        "YEREVAN, May 16 - Armenian Prime Minister Nikol Pashinyan and Georgian Prime Minister Irakli "
            + "Kobakhidze, who is on an official visit to Armenia, signed the long-awaited Treaty on the "
            + "State Border and an intergovernmental agreement on road transport.");
    assertEquals(List.of("Treaty on the State Border", "Intergovernmental agreement on road transport"),
        titles(x));
  }
}
