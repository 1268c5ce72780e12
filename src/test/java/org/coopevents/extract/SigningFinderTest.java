package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Signings and their documents in the layouts real reports use (SigningClause,
 * DocumentListReader, TitleCutter), on short reports written for these tests.
 */
class SigningFinderTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 10, 9);

  private static Extraction run(String lang, String title, String text) {
    return EX.extract(new ArticleText("s-" + Math.abs(text.hashCode()), "https://wire.example/s",
        "wire.example", title, lang, PUB, text));
  }

  private static Set<String> originals(Extraction x) {
    return x.documents.stream().map(d -> d.titleOriginal).collect(Collectors.toCollection(TreeSet::new));
  }

  private static DocumentRow doc(Extraction x, String title) {
    return x.documents.stream().filter(d -> d.titleOriginal.equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError(title + " not in " + originals(x)));
  }

  // ---- list layouts ----

  @Test
  void sharedHeadNounGivesOneDocumentPerItem() {
    Extraction x = run("en", "Armenia and Kazakhstan sign memoranda",
        "YEREVAN, Oct 8 (Caucasus Wire) - Armenia and Kazakhstan on Tuesday signed memoranda on customs, "
            + "on railway transit and on digital services during talks of the two prime ministers.");
    assertEquals(Set.of("Memorandum on customs", "Memorandum on railway transit", "Memorandum on digital services"),
        originals(x));
    Extraction ru = run("ru", "Армения и Казахстан подписали протоколы",
        "ЕРЕВАН, 8 октября. Армения и Казахстан во вторник подписали протоколы о ветеринарии и о пограничном контроле "
            + "по итогам переговоров премьер-министров.");
    assertEquals(2, ru.documents.size(), originals(ru).toString());
    assertTrue(originals(ru).stream().allMatch(t -> t.startsWith("Протокол о")), originals(ru).toString());
  }

  @Test
  void amongThemLineIntroducesADashedList() {
    Extraction x = run("en", "Mongolia and Kazakhstan sign documents",
        "ULAANBAATAR, Oct 8 - Talks of the presidents of Mongolia and Kazakhstan were followed by the signing of documents.\n"
            + "Five documents were signed between the ministries of the two countries.\n"
            + "Among them:\n"
            + "– Agreement on Mutual Protection of Investments;\n"
            + "– Protocol on the exchange of veterinary certificates;\n"
            + "– Memorandum of Understanding in geology;\n"
            + "– Action Plan for 2025-2026 between Ministries of Education.\n");
    assertEquals(1, signings(x).size());
    assertEquals(Set.of("Agreement on Mutual Protection of Investments", "Protocol on the exchange of veterinary certificates",
        "Memorandum of Understanding in geology", "Action Plan for 2025-2026 between Ministries of Education"), originals(x));
    assertEquals(5, signings(x).get(0).documentCount);
  }

  @Test
  void otherDocumentsSentenceAndSemicolonsEndTitles() {
    Extraction x = run("en", "Qatar and Indonesia sign deals",
        "DOHA, Oct 8 - The Emir of Qatar and the President of Indonesia signed a comprehensive economic partnership "
            + "agreement on Tuesday.\n"
            + "The other agreements were an MoU on halal certification; an agreement with the Ministry of Health; and "
            + "cooperation on disaster relief.");
    assertTrue(originals(x).contains("Comprehensive economic partnership agreement"), originals(x).toString());
    assertTrue(originals(x).contains("MoU on halal certification"), originals(x).toString());
    assertTrue(originals(x).contains("Agreement with the Ministry of Health"), originals(x).toString());
  }

  @Test
  void documentsNamedAsTheContentsOfOneSignedTextAreNotSignedTexts() {
    Extraction ru = run("ru", "Узбекистан и Туркмения подписали соглашение о границе",
        "АШХАБАД, 8 октября. Президенты Узбекистана и Туркмении подписали соглашение о демаркации границы, в которое "
            + "вошли протокол о пограничных переходах, соглашение об использовании каналов и договор о режиме пастбищ.");
    assertEquals(Set.of("Соглашение о демаркации границы"), originals(ru));
    Extraction en = run("en", "Uzbekistan and Turkmenistan sign border accord",
        "ASHGABAT, Oct 8 - The presidents of Uzbekistan and Turkmenistan signed an agreement on the demarcation of the "
            + "border, which includes a protocol on crossing points and an agreement on the use of canals.");
    assertEquals(Set.of("Agreement on the demarcation of the border"), originals(en));
    // after a plural the clause lists the signed texts themselves
    Extraction list = run("en", "Uzbekistan and Turkmenistan sign agreements",
        "ASHGABAT, Oct 8 - The presidents of Uzbekistan and Turkmenistan signed several agreements, which include "
            + "a protocol on crossing points and an agreement on the use of canals.");
    assertEquals(2, list.documents.size(), originals(list).toString());
  }

  @Test
  void aLaterFullerFormOfTheSameDocumentReplacesTheShortOne() {
    // the lead names the accord loosely, with its parties; a later sentence names it in full as a treaty
    Extraction ru = run("ru", "Казахстан и Туркмения завершили переговоры",
        "АСТАНА, 8 октября. Президенты Казахстана и Туркмении подписали соглашение о границе между Казахстаном и "
            + "Туркменией.\n"
            + "Вечером Токаев и Бердымухамедов подписали также договор о морской границе.");
    assertEquals(Set.of("Договор о морской границе"), originals(ru));
    // a teaser names a roadmap by its partner and a programme by its years; the body names the roadmap in full
    Extraction plan = run("ru", "Армения и Иран подписали дорожную карту",
        "Дорожная карта сотрудничества с Арменией подписана в Тегеране.\n"
            + "Лидеры Армении и Ирана подписали программу взаимодействия на 2025-2027 годы.\n"
            + "По итогам переговоров президенты поставили подписи под дорожной картой взаимодействия двух государств "
            + "на 2025-2027 годы.");
    assertEquals(Set.of("Дорожная карта взаимодействия двух государств на 2025-2027 годы"), originals(plan));
    // different subjects stay apart, whatever the sentences
    Extraction two = run("en", "Kazakhstan and Turkmenistan sign agreements",
        "ASTANA, Oct 8 - The presidents of Kazakhstan and Turkmenistan signed an agreement on the sea border.\n"
            + "They also signed a treaty on the transit of gas and a programme of cultural exchanges for 2025-2027.\n"
            + "Later, ministers signed a roadmap on trade for 2025-2027.");
    assertEquals(4, two.documents.size(), originals(two).toString());
    // a headline's loose wording gives way to the body's full name, even a name made of parties only
    Extraction head = run("en", "Kazakh and Turkmen leaders sign joint statement, agree gas goal",
        "ASTANA, Oct 8 - The presidents signed a Joint Statement of the Republic of Kazakhstan and Turkmenistan "
            + "after their talks.");
    assertEquals(Set.of("Joint Statement of the Republic of Kazakhstan and Turkmenistan"), originals(head));
    // a bracketed abbreviation of the type word is no part of a title, and a bare type is no document
    Extraction abbr = run("en", "Nepal and Bhutan sign accords",
        "THIMPHU, Oct 8 - Nepal and Bhutan signed a Memorandum of Understanding (MoU) on hydropower trade and "
            + "exchanged a memorandum of understanding (MoUs) after the talks.");
    assertEquals(Set.of("Memorandum of Understanding on hydropower trade"), originals(abbr));
  }

  @Test
  void ordinalItemsAfterACountedHead() {
    Extraction en = run("en", "Vietnam and Laos leaders sign statements",
        "HANOI, Oct 8 - After the talks the leaders of Vietnam and Laos signed two joint statements: the first on deepening "
            + "their special relationship, the second on the priorities of trade cooperation until 2030.");
    assertEquals(2, en.documents.size(), originals(en).toString());
    assertTrue(originals(en).contains("Joint statement on deepening their special relationship"), originals(en).toString());
    assertTrue(en.documents.stream().allMatch(d -> d.docType.equals("DECLARATION")));
    Extraction ru = run("ru", "Вьетнам и Лаос подписали заявления",
        "ХАНОЙ, 8 октября. По итогам переговоров лидеры Вьетнама и Лаоса подписали два совместных заявления: \"О развитии особых "
            + "отношений\" и \"О приоритетах торгового сотрудничества до 2030 года\".");
    assertEquals(Set.of("Совместное заявление о развитии особых отношений",
        "Совместное заявление о приоритетах торгового сотрудничества до 2030 года"), originals(ru));
  }

  @Test
  void preModifiersAreKeptAndDeterminersDropped() {
    Extraction x = run("en", "Chile and Peru sign agreement",
        "SANTIAGO, Oct 8 - The presidents of Chile and Peru put their signatures to a strategic economic partnership "
            + "agreement, signed during the visit of the Peruvian leader.");
    assertEquals(Set.of("Strategic economic partnership agreement"), originals(x));
    Extraction ru = run("ru", "Таджикистан и Кыргызстан подписали декларацию",
        "ДУШАНБЕ, 8 октября. Президенты Таджикистана и Кыргызстана подписали Исфаринскую декларацию о добрососедстве.");
    assertEquals(Set.of("Исфаринская декларация о добрососедстве"), originals(ru));
  }

  @Test
  void titleEndsBeforeClausesAttributionsAndPrices() {
    Extraction ru = run("ru", "Киргизия и Казахстан подписали соглашение",
        "БИШКЕК, 8 октября. Президенты Киргизии и Казахстана подписали соглашение о совместном использовании "
            + "водных ресурсов, которое вступит в силу через месяц, сообщила пресс-служба киргизского президента.");
    assertEquals(Set.of("Соглашение о совместном использовании водных ресурсов"), originals(ru));
    Extraction en = run("en", "Kenya and Ethiopia sign agreement",
        "NAIROBI, Oct 8 - Kenya and Ethiopia signed an agreement on the joint management of the Omo basin, the "
            + "agency reports.");
    assertEquals(Set.of("Agreement on the joint management of the Omo basin"), originals(en));
  }

  // ---- generic mentions ----

  @Test
  void countsSumsAndBareTypeWordsAreNoDocuments() {
    Extraction x = run("en", "Brazil and Argentina sign deals",
        "BRASILIA, Oct 8 - Brazil and Argentina signed a number of agreements on Tuesday, including contracts for new "
            + "steel and energy projects worth more than $3bn.");
    assertEquals(1, signings(x).size());
    assertTrue(x.documents.isEmpty(), originals(x).toString());
    Extraction bare = run("en", "Ghana and Togo sign agreement",
        "ACCRA, Oct 8 - The presidents of Ghana and Togo signed an agreement that both sides called historic.");
    assertEquals(1, signings(bare).size());
    assertTrue(bare.documents.isEmpty(), originals(bare).toString());
    Extraction ru = run("ru", "Армения и Иран подписали документы",
        "ЕРЕВАН, 8 октября. Армения и Иран подписали ряд соглашений на сумму более $500 млн.");
    assertEquals(1, signings(ru).size());
    assertTrue(ru.documents.isEmpty(), originals(ru).toString());
  }

  // ---- signings ----

  @Test
  void signingVerbsOfRealReports() {
    assertEquals(1, signings(run("en", "Oman and India ink pact",
        "MUSCAT, Oct 8 - Oman and India inked a pact on maritime security on Tuesday.")).size());
    Extraction count = run("en", "Laos and Thailand sign memorandums",
        "VIENTIANE, Oct 8 - Laos and Thailand signed three memorandums after talks of their prime ministers.");
    assertEquals(1, signings(count).size());
    assertEquals(3, signings(count).get(0).documentCount);
    assertEquals(1, signings(run("ru", "Азербайджан и Грузия подписали документы",
        "БАКУ, 8 октября. По итогам переговоров президентов Азербайджана и Грузии были подписаны "
            + "соглашение о транзите грузов и протокол о пограничном контроле.")).size());
    assertEquals(1, signings(run("en", "Peru and Bolivia sign documents",
        "LIMA, Oct 8 - The talks of the presidents of Peru and Bolivia were followed by the signing of a package of "
            + "documents.")).size());
  }

  @Test
  void plannedProgrammedAndRecalledSigningsAreNotNewSignings() {
    assertTrue(signings(run("en", "Programme of the visit",
        "The programme of the visit of the Malaysian prime minister to Vietnam includes talks and the signing of "
            + "documents on bilateral cooperation.")).isEmpty());
    assertTrue(signings(run("ru", "Программа визита",
        "В программе визита президента Монголии в Казахстан — переговоры и подписание ряда документов.")).isEmpty());
    assertTrue(signings(run("ru", "Поздравление",
        "Президент Казахстана поздравил президента Монголии с праздником. Напомним, в августе стороны подписали "
            + "соглашение о транзите грузов.")).isEmpty());
    assertTrue(signings(run("en", "Governor in Japan",
        "Gov. Smith signed a beef agreement with a Japanese prefecture on Tuesday during a trade mission.")).isEmpty());
  }

  @Test
  void multilateralTreatiesAreNotBilateralSignings() {
    assertTrue(signings(run("ru", "Три страны подписали договор",
        "В Худжанде подписан Договор о точке стыка государственных границ Таджикистана, Кыргызстана и Узбекистана.")).isEmpty());
    assertTrue(signings(run("en", "Trilateral statement",
        "The foreign ministers of Japan, South Korea and the United States adopted a trilateral joint statement on "
            + "maritime security.")).isEmpty());
  }

  @Test
  void twoSigningsOfOneArticleWhenDatedApart() {
    Extraction x = run("ru", "Киргизия и Таджикистан подписали договор",
        "БИШКЕК, 8 октября. Президенты Киргизии и Таджикистана подписали договор о государственной границе.\n"
            + "Еще 20 августа руководители пограничных служб двух стран подписали протокол о демаркации границы.");
    assertEquals(2, signings(x).size(), x.events.toString());
    assertTrue(signings(x).stream().anyMatch(e -> "2024-08-20".equals(e.startDate)));
  }

  @Test
  void shortAndLongFormsOfOneDocumentAreOneRow() {
    Extraction x = run("en", "Slovakia and Hungary sign joint statement",
        "BRATISLAVA, Oct 8 - The prime ministers of Slovakia and Hungary signed a Joint Statement on strengthening "
            + "good-neighbourly relations on Tuesday.\n"
            + "Officials said the joint statement was signed in the presence of both delegations.");
    assertEquals(1, x.documents.size(), originals(x).toString());
    assertEquals("Joint Statement on strengthening good-neighbourly relations", x.documents.get(0).titleOriginal);
  }

  @Test
  void aDemonstrativeReMentionIsNoNewDocument() {
    Extraction x = run("en", "Laos and Cambodia sign treaty",
        "PHNOM PENH, Oct 8 - Laos and Cambodia signed a Treaty on the Mekong Border on Tuesday, the first such pact "
            + "between the two neighbours.");
    assertEquals(Set.of("Treaty on the Mekong Border"), originals(x));
  }

  @Test
  void anMoUKeepsItsPrintedFormAndAPostfixMoUIsRebuilt() {
    Extraction x = run("en", "Malaysia and Vietnam sign MoUs",
        "KUALA LUMPUR, Oct 8 - Malaysia and Vietnam signed an MoU on rice trade on Tuesday.\n"
            + "The aquaculture MoU was signed by the two fisheries ministers.");
    assertTrue(originals(x).contains("MoU on rice trade"), originals(x).toString());
    assertTrue(originals(x).contains("Memorandum of Understanding on aquaculture"), originals(x).toString());
  }

  @Test
  void titleOriginalIsSetInOnePlace() {
    DocumentRow d = doc(run("en", "Chile and Peru sign agreement",
        "SANTIAGO, Oct 8 - Chile and Peru signed an agreement on fisheries on Tuesday."), "Agreement on fisheries");
    assertEquals(d.titleOriginal, d.title);
    assertFalse(d.title.isEmpty());
  }

  @Test
  void anArticleBeforeThePreModifiersOpensADocumentWhoseSigningFollows() {
    Extraction x = run("en", "Oman and Japan seal economic pact",
        "A comprehensive economic partnership agreement between Oman and Japan was signed on Tuesday in Muscat "
            + "by the two foreign ministers.");
    assertEquals(1, x.documents.size(), originals(x).toString());
    assertTrue(doc(x, x.documents.get(0).titleOriginal).titleOriginal
        .startsWith("Comprehensive economic partnership agreement"), originals(x).toString());
  }

  // ---- documents told by their purpose or topic ----

  @Test
  void purposeClauseGivesTypeAndTopic() {
    Extraction x = run("en", "Greece and Cyprus sign maritime pact",
        "ATHENS, Oct 8 - Greece and Cyprus signed an MoU to strengthen maritime security and open up the blue economy "
            + "after the talks of the two prime ministers.");
    assertEquals(Set.of("MoU on maritime security and the blue economy"), originals(x));
    Extraction aimed = run("en", "Spain and Chile sign mining memorandum",
        "SANTIAGO, Oct 8 - Spain and Chile signed a memorandum of understanding aimed at boosting cooperation in "
            + "the mining sector during the visit of the Spanish king.");
    assertEquals(Set.of("Memorandum of understanding on cooperation in the mining sector"), originals(aimed));
    Extraction that = run("en", "Norway and Chile sign agreements",
        "SANTIAGO, Oct 8 - Norway and Chile signed agreements that aim to boost cooperation on green shipping and "
            + "on renewable hydrogen.");
    assertEquals(2, that.documents.size(), originals(that).toString());
    assertTrue(originals(that).contains("Agreement on cooperation on green shipping"), originals(that).toString());
    // a verb that is the title's own word stays
    Extraction own = run("en", "Latvia and Estonia sign tax treaty",
        "RIGA, Oct 8 - Latvia and Estonia signed an agreement to avoid double taxation on Tuesday.");
    assertEquals(Set.of("Agreement to avoid double taxation"), originals(own));
  }

  @Test
  void countedHeadWithAsManyTopicsGivesOneDocumentEach() {
    Extraction x = run("en", "Malta and Tunisia sign MoUs",
        "VALLETTA, Oct 8 - Malta and Tunisia signed three MoUs in the areas of tourism, maritime transport and "
            + "diplomatic training during the visit of the Tunisian president.");
    assertEquals(Set.of("MoU in the area of tourism", "MoU in the area of maritime transport",
        "MoU in the area of diplomatic training"), originals(x));
    Extraction two = run("en", "Kenya and Ghana sign MoUs",
        "NAIROBI, Oct 8 - Kenya and Ghana on Tuesday signed two memoranda of understanding on sharing weather data "
            + "and on cooperation in the field of fisheries.");
    assertEquals(2, two.documents.size(), originals(two).toString());
    // eight MoUs in five fields: the fields are no titles
    Extraction fields = run("en", "Pakistan and Sri Lanka sign MoUs",
        "COLOMBO, Oct 8 - Pakistan and Sri Lanka signed eight MoUs for cooperation in the fields of health, education, "
            + "trade, tourism, and gems and jewellery.");
    assertEquals(1, signings(fields).size());
    assertEquals(0, fields.documents.size(), originals(fields).toString());
    // "11 agreements and MoUs in sectors ...": the count covers both heads
    Extraction both = run("en", "India and Malaysia sign deals",
        "KUALA LUMPUR, Oct 8 - India and Malaysia signed 11 agreements and MoUs in sectors including digital "
            + "technology, tourism, health, and youth and sports.");
    assertEquals(0, both.documents.size(), originals(both).toString());
  }

  @Test
  void enumerationsUnderAPluralHeadGiveOneDocumentEach() {
    Extraction x = run("en", "Peru and Chile ink agreements",
        "LIMA, Oct 8 - The presidents of Peru and Chile inked agreements on fisheries and aquaculture, science and "
            + "technology, cultural exchange, and maritime security.");
    assertEquals(Set.of("Agreement on fisheries and aquaculture", "Agreement on science and technology",
        "Agreement on cultural exchange", "Agreement on maritime security"), originals(x));
    Extraction fields = run("en", "Egypt and Somalia sign MoUs",
        "CAIRO, Oct 8 - Egypt and Somalia signed memorandums of understanding in the fields of media, culture and "
            + "higher education.");
    assertEquals(Set.of("Memorandum of understanding in the field of media",
        "Memorandum of understanding in the field of culture",
        "Memorandum of understanding in the field of higher education"), originals(fields));
    Extraction ru = run("ru", "Россия и Вьетнам подписали меморандумы",
        "ХАНОЙ, 8 октября. Россия и Вьетнам подписали меморандумы о сотрудничестве в сферах здравоохранения, "
            + "образования и энергетики.");
    assertEquals(Set.of("Меморандум о сотрудничестве в сфере здравоохранения",
        "Меморандум о сотрудничестве в сфере образования", "Меморандум о сотрудничестве в сфере энергетики"),
        originals(ru));
    Extraction exchanged = run("en", "Serbia and Hungary sign deals",
        "BELGRADE, Oct 8 - Serbia and Hungary signed a free trade agreement, and memoranda of cooperation on "
            + "infrastructure, on the digital economy and on green development were exchanged.");
    assertTrue(originals(exchanged).contains("Memorandum of cooperation on green development"),
        originals(exchanged).toString());
    assertEquals(4, exchanged.documents.size(), originals(exchanged).toString());
  }

  @Test
  void topicsAfterAVerbOfContentOrADash() {
    Extraction x = run("en", "India and Singapore sign MoUs",
        "SINGAPORE, Oct 8 - India and Singapore signed four MoUs in the presence of the two prime ministers. "
            + "The MoUs cover semiconductors, digital technologies, health and medicine, and skill development.");
    assertEquals(Set.of("MoU on semiconductors", "MoU on digital technologies", "MoU on health and medicine",
        "MoU on skill development"), originals(x));
    // fourteen MoUs told by four areas: the areas are no titles
    Extraction more = run("en", "India and Singapore sign MoUs",
        "SINGAPORE, Oct 8 - India and Singapore signed 14 MoUs in the presence of the two prime ministers. "
            + "The MoUs cover semiconductors, digital technologies, health and medicine, and skill development.");
    assertEquals(0, more.documents.size(), originals(more).toString());
    Extraction covering = run("en", "Indonesia and Korea sign MoUs",
        "SEOUL, Oct 8 - Indonesia and South Korea signed several MoUs covering electric vehicles, batteries and "
            + "critical minerals.");
    assertEquals(Set.of("MoU on electric vehicles", "MoU on batteries", "MoU on critical minerals"), originals(covering));
    Extraction dash = run("ru", "Казахстан и Узбекистан подписали соглашения",
        "АСТАНА, 8 октября. Казахстан и Узбекистан подписали три соглашения — о сотрудничестве в области туризма, "
            + "о транзите грузов и о взаимном признании дипломов.");
    assertEquals(Set.of("Соглашение о сотрудничестве в области туризма", "Соглашение о транзите грузов",
        "Соглашение о взаимном признании дипломов"), originals(dash));
  }

  // ---- issue 15: noun-phrase ends, vague counts, plural heads ----

  @Test
  void aVagueQuantityNounIsACountAndNoTitle() {
    Extraction x = run("en", "Chile and Bolivia sign agreements",
        "SANTIAGO, Oct 8 - Chile and Bolivia signed a number of agreements in several areas at the end of the talks.");
    assertEquals(1, signings(x).size());
    assertTrue(x.documents.isEmpty(), originals(x).toString());
    Extraction topics = run("en", "Chile and Bolivia sign agreements",
        "SANTIAGO, Oct 8 - Chile and Bolivia signed a series of agreements on lithium, on fisheries and on tourism.");
    assertEquals(3, topics.documents.size(), originals(topics).toString());
  }

  @Test
  void aTitleEndsBeforeAWithClauseAndBeforeANewIndefiniteNounPhrase() {
    Extraction with = run("en", "Ghana and Nigeria sign treaty",
        "ABUJA, Oct 8 - Ghana and Nigeria signed a treaty of lasting friendship and partnership, with both presidents "
            + "praising it as a new chapter.");
    assertEquals(Set.of("Treaty of lasting friendship and partnership"), originals(with));
    Extraction deal = run("en", "Peru and Ecuador sign agreements",
        "LIMA, Oct 8 - Peru and Ecuador signed an agreement on river navigation, a deal on electricity exports, and "
            + "a memorandum on higher education, officials said.");
    assertEquals(Set.of("Agreement on river navigation", "Memorandum on higher education"), originals(deal));
  }

  @Test
  void aNounOfActionInOfGoesOnWithTheTitle() {
    Extraction x = run("en", "Mongolia and Kazakhstan sign declaration",
        "ASTANA, Oct 8 - Mongolia and Kazakhstan signed a declaration on strategic partnership and strengthening of "
            + "good-neighbourly ties, as well as a plan of action for 2025-2027.");
    assertTrue(originals(x).contains("Declaration on strategic partnership and strengthening of good-neighbourly ties"),
        originals(x).toString());
    assertEquals(2, x.documents.size(), originals(x).toString());
  }

  @Test
  void aCopulaBeforeTheListIsNoPartOfTheTitle() {
    Extraction x = run("en", "Oman and Iran sign documents",
        "MUSCAT, Oct 8 - Oman and Iran signed eight documents after the talks. Among them are memoranda of "
            + "understanding on shipping and on fisheries.");
    assertEquals(Set.of("Memorandum of understanding on shipping", "Memorandum of understanding on fisheries"),
        originals(x));
  }

  @Test
  void aPluralAdjectiveMakesAMultiWordRussianHeadShared() {
    Extraction x = run("ru", "Армения и Грузия подписали соглашения",
        "ТБИЛИСИ, 8 октября. Армения и Грузия подписали межправительственные соглашения о пограничном контроле и о "
            + "сотрудничестве в области здравоохранения.");
    assertEquals(Set.of("Межправительственное соглашение о пограничном контроле",
        "Межправительственное соглашение о сотрудничестве в области здравоохранения"), originals(x));
  }

  @Test
  void oneDocumentInTwoWordingsIsOneRowUnderItsOfficialName() {
    Extraction x = run("en", "Kenya and Uganda sign documents",
        "KAMPALA, Oct 8 - Kenya and Uganda signed a framework agreement on an oil pipeline linking the Albertine "
            + "basin with the port of Lamu on Tuesday. The documents exchanged were: the Framework Agreement on the "
            + "Albertine-Lamu Oil Pipeline; and a protocol on veterinary checks.");
    assertEquals(Set.of("Framework Agreement on the Albertine-Lamu Oil Pipeline", "Protocol on veterinary checks"),
        originals(x));
  }

  @Test
  void coordinatedTypeWordsUnderOneCountTakeTheFirstType() {
    Extraction x = run("en", "Jordan and Iraq sign memoranda",
        "AMMAN, Oct 8 - Jordan and Iraq signed three memoranda and agreements on electricity, on water and on "
            + "railways.");
    assertEquals(Set.of("Memorandum on electricity", "Memorandum on water", "Memorandum on railways"), originals(x));
  }

  @Test
  void aPronounAfterACountedSigningTellsTheDocumentsByTopic() {
    Extraction x = run("en", "Chile and India sign agreements",
        "SANTIAGO, Oct 8 - Chile and India signed four agreements after the talks. They cover mining, "
            + "pharmaceuticals, space research and visa rules.");
    assertEquals(Set.of("Agreement on mining", "Agreement on pharmaceuticals", "Agreement on space research",
        "Agreement on visa rules"), originals(x));
    // three topics for four agreements: no titles
    Extraction fewer = run("en", "Chile and India sign agreements",
        "SANTIAGO, Oct 8 - Chile and India signed four agreements after the talks. They cover mining, "
            + "pharmaceuticals and space research.");
    assertTrue(fewer.documents.isEmpty(), originals(fewer).toString());
  }

  @Test
  void aQuotedNameInsideATitleKeepsItsClosingQuote() {
    Extraction ru = run("ru", "Грузия и Армения подписали соглашение",
        "ТБИЛИСИ, 8 октября. Грузия и Армения подписали соглашение о проекте «Северный мост» и протокол о "
            + "ветеринарном контроле.");
    assertTrue(originals(ru).contains("Соглашение о проекте «Северный мост»"), originals(ru).toString());
    assertEquals("Соглашение о торговле", TitleCutter.stripQuotes("«Соглашение о торговле»"));
    assertEquals("«Север» и «Юг»", TitleCutter.stripQuotes("«Север» и «Юг»"));
  }

  @Test
  void anOutcomeListOfHeadingsAndDescriptionsNamesEachHeading() {
    Extraction x = run("en", null,
        "NEW DELHI, Oct 8 - India and Sri Lanka exchanged several agreements and MoUs in the presence of both prime "
            + "ministers. The outcomes exchanged included:\n"
            + "Energy Grid Link: The power ministries signed an MoU to study a high-voltage link across the Palk "
            + "Strait. Defence Partnership: A shared framework for joint exercises and training was set down. "
            + "Pharmacopoeia: The drug regulators renewed an agreement on common standards for medicines.");
    assertEquals(Set.of("Energy Grid Link", "Defence Partnership", "Pharmacopoeia"), originals(x));
    assertEquals("MEMORANDUM", doc(x, "Energy Grid Link").docType);
    assertEquals("OTHER", doc(x, "Defence Partnership").docType);
    assertEquals("AGREEMENT", doc(x, "Pharmacopoeia").docType);
  }

  @Test
  void capitalisedChinaAndTurkeyNameTheirStatesWithoutOtherSupport() {
    // no "Chinese", no Beijing, no Xi: the capitalised name alone makes China a party
    Extraction x = run("en", "China and Turkey sign agreements",
        "ANKARA, Oct 8 - China and Turkey signed an agreement on cooperation in the field of nuclear energy "
            + "on Tuesday.");
    assertEquals(1, signings(x).size());
    EventRow e = signings(x).get(0);
    assertEquals(Set.of("CHN", "TUR"), Set.of(e.actor1Country, e.actor2Country));
    assertEquals(Set.of("Agreement on cooperation in the field of nuclear energy"), originals(x));
  }

  @Test
  void theDateOfAnAmendedDocumentIsNeitherTheSigningDateNorTheTitleEnd() {
    // "от 27 августа 1996 года" dates the amended agreement, not the signing: the protocol is a
    // document of today's signing, and the date stays in its title
    Extraction ru = run("ru", "Россия и Украина подписали документы",
        "МОСКВА, 8 октября. Россия и Украина подписали меморандум о строительстве моста. Между правительствами "
            + "двух стран был подписан протокол о внесении изменений в соглашение о сотрудничестве в области "
            + "исследования космического пространства от 27 августа 1996 года.");
    assertEquals(1, signings(ru).size());
    assertTrue(originals(ru).contains("Протокол о внесении изменений в соглашение о сотрудничестве в области "
        + "исследования космического пространства от 27 августа 1996 года"), originals(ru).toString());
    Extraction en = run("en", "Peru and Chile sign protocol",
        "LIMA, Oct 8 - Peru and Chile signed a protocol amending the agreement on air services dated 5 May 2010.");
    assertEquals(1, signings(en).size());
    assertEquals(Set.of("Protocol amending the agreement on air services dated 5 May 2010"), originals(en));
  }

  @Test
  void aSigningOfLastYearToldAsBackgroundIsNoNewSigning() {
    Extraction en = run("en", "Belarus, Kazakhstan develop media cooperation",
        "MINSK, Oct 8 - Belarus and Kazakhstan are widening media cooperation, the ministry said. Last year, during "
            + "the Kazakh president's visit, the two information ministers signed an agreement on cooperation in the "
            + "mass media. It has now entered into force.");
    assertTrue(signings(en).isEmpty(), originals(en).toString());
    Extraction ru = run("ru", "Беларусь и Казахстан развивают сотрудничество в сфере СМИ",
        "МИНСК, 8 октября. Беларусь и Казахстан расширяют сотрудничество в сфере СМИ. В минувшем году в ходе визита "
            + "президента Казахстана министры информации подписали соглашение о сотрудничестве в области средств "
            + "массовой информации. Теперь документ вступил в силу.");
    assertTrue(signings(ru).isEmpty(), originals(ru).toString());
  }

  @Test
  void documentsCountedAfterATitleAreNoPartOfIt() {
    Extraction en = run("en", "China, South Africa sign documents",
        "PRETORIA, Oct 8 - China and South Africa signed a declaration on their comprehensive partnership and five "
            + "other documents on Tuesday.");
    assertEquals(Set.of("Declaration on their comprehensive partnership"), originals(en));
    Extraction ru = run("ru", "Китай и ЮАР подписали документы",
        "ПРЕТОРИЯ, 8 октября. Китай и ЮАР подписали декларацию о всеобъемлющем партнёрстве и ещё пять документов.");
    assertEquals(1, ru.documents.size(), originals(ru).toString());
    assertTrue(originals(ru).iterator().next().startsWith("Декларация о всеобъемлющем партнёрстве"), originals(ru).toString());
    assertFalse(originals(ru).iterator().next().contains("документ"), originals(ru).toString());
    // "and other forms of cooperation" is a title's own words
    Extraction own = run("en", "Peru and Chile sign agreement",
        "LIMA, Oct 8 - Peru and Chile signed an agreement on trade and other forms of economic cooperation.");
    assertEquals(Set.of("Agreement on trade and other forms of economic cooperation"), originals(own));
  }

  @Test
  void aTopicAfterAPassiveSigningVerbCompletesTheTitle() {
    Extraction x = run("en", "India, US ink three MoUs",
        "NEW DELHI, Oct 8 - India and the United States inked three memorandums of understanding on Tuesday. An MoU "
            + "was signed on mental health between the health ministries of the two countries.");
    assertEquals(Set.of("MoU on mental health"), originals(x));
    // a day after the verb is no topic
    Extraction day = run("en", "India, US sign agreement",
        "NEW DELHI, Oct 8 - India and the United States held talks. An agreement was signed on Tuesday.");
    assertTrue(day.documents.isEmpty(), originals(day).toString());
  }

  @Test
  void aCountBeforeASingularTypeWordMakesItPlural() {
    Extraction x = run("en", "China, Philippines sign documents",
        "MANILA, Oct 8 - China and the Philippines signed two memorandum of understanding (MOU) on fighting "
            + "transnational crime and on combating drug trafficking.");
    assertEquals(Set.of("Memorandum of understanding on fighting transnational crime",
        "Memorandum of understanding on combating drug trafficking"), originals(x));
    // an item number is no count: a ministry's name with commas stays one title
    Extraction list = run("en", "Documents signed between Azerbaijan and Kyrgyzstan",
        "BAKU, Oct 8 - Following the talks, the following documents were signed between Azerbaijan and Kyrgyzstan:\n"
            + "1. Agreement on cooperation in the field of energy\n"
            + "2. Memorandum of Understanding between the Ministry of Education of the Republic of Azerbaijan and the "
            + "Ministry of Science, Higher Education and Innovation of the Kyrgyz Republic\n");
    assertEquals(2, list.documents.size(), originals(list).toString());
  }

  @Test
  void pluralTopicsAfterAPassiveSigningVerbGiveOneDocumentEach() {
    Extraction x = run("en", "Uzbekistan and China sign agreements",
        "BEIJING, Oct 8 - During Shavkat Mirziyoyev's visit to China, agreements were signed on cooperation in "
            + "energy, transport and agriculture.");
    assertEquals(Set.of("Agreement on cooperation in energy", "Agreement on cooperation in transport",
        "Agreement on cooperation in agriculture"), originals(x));
  }

  @Test
  void aDocumentOnMedicalProductsIsOfPharmaceuticals() {
    // an MoU between drug regulators (a real India-US signing): the sector of its title
    Extraction en = run("en", "India, US sign MoU",
        "NEW DELHI, Oct 8 - India and the United States signed a memorandum of understanding on the safety of "
            + "medical products.");
    assertEquals(List.of("PHARMACEUTICALS"),
        doc(en, "Memorandum of understanding on the safety of medical products").sectors);
    Extraction ru = run("ru", "Россия и Вьетнам подписали меморандум",
        "МОСКВА, 8 октября. Россия и Вьетнам подписали меморандум о поставках медицинской продукции.");
    assertEquals(List.of("PHARMACEUTICALS"), doc(ru, "Меморандум о поставках медицинской продукции").sectors);
    assertEquals("Memorandum on supplies of medical products",
        doc(ru, "Меморандум о поставках медицинской продукции").title);
  }

  @Test
  void theDatelineDayIsNoCountOfDocuments() {
    Extraction x = run("en", "Russia-Greece summit brings agreements",
        "ATHENS, Oct 8 - Six intergovernmental agreements were signed in the presence of the presidents of Russia "
            + "and Greece.");
    assertEquals(1, signings(x).size());
    assertEquals(6, signings(x).get(0).documentCount);
  }

  @Test
  void mousExchangedInFieldsKeepTheirFieldsAsSectors() {
    Extraction x = run("en", "Egypt, India sign partnership",
        "CAIRO, Oct 8 - Egypt and India signed a strategic partnership agreement on Tuesday. The two leaders also "
            + "witnessed the exchange of MoUs in agriculture, archaeology and competition law.");
    assertEquals(List.of("CULTURE"), doc(x, "MoU in archaeology").sectors);
    assertEquals(List.of("AGRICULTURE"), doc(x, "MoU in agriculture").sectors);
  }

  @Test
  void aRoadmapForTradeAndALetterOnBorderManagementHaveTheirSectors() {
    Extraction x = run("en", "Kazakhstan, Turkmenistan sign documents",
        "ASHGABAT, Oct 8 - Kazakhstan and Turkmenistan signed a roadmap for trade until 2030 and a letter of intent "
            + "on border management during the state visit.");
    assertEquals(List.of("TRADE"), doc(x, "Roadmap for trade until 2030").sectors);
    assertEquals(List.of("SECURITY"), doc(x, "Letter of intent on border management").sectors);
  }

  @Test
  void roughCountIsNoCountOfTheNamedDocuments() {
    // "более 20 документов, в том числе A и B": two of them named, the count unknown
    Extraction x = run("ru", "Узбекистан и Туркменистан подписали документы",
        "Ташкент, 8 октября – ИА «Новости-Узбекистан». В ходе визита Президента Туркменистана в Узбекистан подписано "
            + "более 20 документов, в том числе межправительственное соглашение о сотрудничестве в сфере транспорта и "
            + "«Дорожная карта» по расширению торгового сотрудничества.");
    assertEquals(1, signings(x).size());
    assertEquals(null, signings(x).get(0).documentCount);
    // the quotes held the type word only: the title goes on past them without a stray quote
    assertEquals("ROADMAP", doc(x, "Дорожная карта по расширению торгового сотрудничества").docType);
    assertEquals(2, x.documents.size(), originals(x).toString());
  }

  @Test
  void pronounSubjectIntroducesTheSignedDocuments() {
    Extraction x = run("en", "Uzbekistan and Hungary exchange documents",
        "TASHKENT, Oct 8 (UzA) - The leaders of Uzbekistan and Hungary exchanged documents signed during the visit. "
            + "They included an agreement on cooperation in the field of healthcare, a memorandum of understanding in "
            + "the field of higher education, and a program of cooperation between the foreign ministries for 2025-2026.");
    assertEquals(Set.of("Agreement on cooperation in the field of healthcare",
        "Memorandum of understanding in the field of higher education",
        "Program of cooperation between the foreign ministries for 2025-2026"), originals(x));
  }

  @Test
  void planOfConsultationsBetweenForeignMinistriesIsADocument() {
    Extraction ru = run("ru", "Россия и Лаос подписали план консультаций",
        "МОСКВА, 8 октября. Министры иностранных дел России и Лаоса подписали План консультаций между "
            + "министерствами иностранных дел на 2025-2026 годы.");
    DocumentRow d = doc(ru, "План консультаций между министерствами иностранных дел на 2025-2026 годы");
    assertEquals("ACTION_PLAN", d.docType);
    assertEquals(Integer.valueOf(2025), d.periodStartYear);
    assertEquals(Integer.valueOf(2026), d.periodEndYear);
    Extraction en = run("en", "Russia and Laos sign consultation plan",
        "MOSCOW, Oct 8 - The foreign ministers of Russia and Laos signed a plan of consultations between the foreign "
            + "ministries for 2025-2026.");
    assertEquals("ACTION_PLAN", doc(en, "Plan of consultations between the foreign ministries for 2025-2026").docType);
  }

  @Test
  void aNumberOfOtherDocumentsEndsTheListAndLeavesItUncounted() {
    Extraction ru = run("ru", "Узбекистан и Южная Корея подписали документы",
        "ТАШКЕНТ, 8 октября. После переговоров президентов Узбекистана и Южной Кореи подписаны Совместное заявление "
            + "о всеобъемлющем стратегическом партнерстве, межправительственное соглашение о сотрудничестве в области "
            + "здравоохранения, а также ряд межведомственных документов.");
    assertEquals(Set.of("Совместное заявление о всеобъемлющем стратегическом партнерстве",
        "Межправительственное соглашение о сотрудничестве в области здравоохранения"), originals(ru));
    assertEquals(null, signings(ru).get(0).documentCount);
    Extraction en = run("en", "Russia and Kazakhstan sign documents",
        "MOSCOW, Oct 8 - The presidents of Russia and Kazakhstan held talks in the Kremlin, after which a number of "
            + "documents were signed. Among the documents signed were an agreement on cooperation in nuclear energy and "
            + "a memorandum of understanding on digitalisation.");
    assertEquals(2, en.documents.size(), originals(en).toString());
    assertEquals(null, signings(en).get(0).documentCount);
  }

  @Test
  void fieldsGivenAsExamplesNameNoDocuments() {
    // "several agreements ... in diverse fields including A, B and C": a rough count, no titles
    Extraction x = run("en", "Pakistan, Uzbekistan ink MoUs",
        "ISLAMABAD, Oct 8 (APP): Pakistan and Uzbekistan on Tuesday signed several agreements and MoUs to enhance "
            + "cooperation in diverse fields including trade, railways and education.");
    assertEquals(1, signings(x).size());
    assertTrue(x.documents.isEmpty(), originals(x).toString());
    Extraction ru = run("ru", "Таджикистан и Китай подписали соглашения",
        "ДУШАНБЕ, 8 октября. Таджикистан и Китай подписали соглашения в различных сферах, в том числе в энергетике "
            + "и образовании.");
    assertTrue(ru.documents.isEmpty(), originals(ru).toString());
  }

  @Test
  void theWordIntroducingAQuotedTitleIsNoPartOfIt() {
    Extraction x = run("en", "Azerbaijan and Kazakhstan sign agreement",
        "BAKU, Oct 8 (AZERTAC) - Following the talks, Azerbaijan and Kazakhstan signed an agreement titled \"On "
            + "cooperation in the field of digital development\" and a treaty on allied relations.");
    assertEquals(Set.of("Agreement \"On cooperation in the field of digital development\"", "Treaty on allied relations"),
        originals(x));
    Extraction ru = run("ru", "Казахстан и Азербайджан подписали меморандум",
        "БАКУ, 8 октября. Казахстан и Азербайджан подписали меморандум под названием «Зелёный энергетический коридор».");
    assertEquals(Set.of("Меморандум «Зелёный энергетический коридор»"), originals(ru));
  }
}
