package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Which sector words stand in a cooperation frame (sentences written for these tests, English and
 * Russian): a frame of the same clause governs a list, a named document keeps the sectors of its
 * title, ordinary uses and other formats give nothing.
 */
class SectorSupportTest {
  private static final Knowledge KB = Knowledge.load();
  private static final LocalDate PUB = LocalDate.of(2024, 5, 17);

  private static Analysis analyse(String lang, String title, String text) {
    return new Analysis(new ArticleText("s-" + Math.abs(text.hashCode()), null, null, title, lang, PUB, text),
        KB, Cues.build());
  }

  /** The supported codes of a one-sentence text. */
  private static Set<String> codes(String lang, String sentence) {
    Analysis an = analyse(lang, "", sentence);
    SectorSupport s = SectorSupport.of(an);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < an.sentences.size(); i++) out.addAll(s.codes(i));
    return out;
  }

  private static boolean history(String lang, String sentence) {
    Analysis an = analyse(lang, "", sentence);
    return SectorSupport.of(an).history(0);
  }

  @Test
  void aFrameGovernsTheWholeListThatFollowsIt() {
    assertEquals(Set.of("ENERGY", "AGRICULTURE", "TOURISM"),
        codes("en", "The two presidents agreed to expand cooperation in energy, agriculture and tourism."));
    assertEquals(Set.of("INVESTMENT", "ENERGY", "TRANSPORT"),
        codes("en", "The leaders discussed a wide range of topics: investment, energy and transport."));
    assertEquals(Set.of("ENERGY", "AGRICULTURE", "TOURISM"), codes("ru",
        "Стороны договорились расширять сотрудничество в сфере энергетики, сельского хозяйства и туризма."));
    assertEquals(Set.of("TRADE", "CULTURE"), codes("ru",
        "Президенты обсудили широкий круг вопросов — торговлю, культурно-гуманитарные связи."));
  }

  @Test
  void framesAndListShapesOfRealReportsOfTalks() {
    // verbs of widening, exploring, addressing, doubling; "centred on", "touched upon"
    assertEquals(Set.of("SCIENCE_TECHNOLOGY", "EDUCATION"),
        codes("en", "Another topic was how to widen scientific and educational links."));
    assertEquals(Set.of("ENERGY", "PETROCHEMICALS"),
        codes("en", "The sides explored joint projects in the oil and gas sector and the chemical industry."));
    assertEquals(Set.of("TRADE", "ENERGY"), codes("en", "The talks centred on trade and energy."));
    assertEquals(Set.of("ICT", "EDUCATION"), codes("en", "Talks touched upon digital technologies and education."));
    assertEquals(Set.of("TRADE"), codes("en", "The presidents want to double trade within five years."));
    // the agenda on either side of the list
    assertEquals(Set.of("ENERGY", "TRANSPORT"), codes("en", "Energy and transport were high on the agenda."));
    assertEquals(Set.of("ENERGY", "TRANSPORT"), codes("ru", "На повестке были энергетика и транспорт."));
    // trade as an item of a list, and a list opened by a phrase that holds its own verb
    assertEquals(Set.of("TRADE", "INVESTMENT", "ENERGY"),
        codes("en", "The commission looked at cooperation matters, including trade, investment and energy."));
    assertEquals(Set.of("TRADE", "ENERGY", "AGRICULTURE"), codes("en", "The ministers discussed trade, energy and agriculture."));
    assertEquals(Set.of("TRADE", "INVESTMENT"), codes("en", "The leaders vowed to step up trade and investment."));
    // Russian: linking words of quantity and of the copula between the frame and the list
    assertEquals(Set.of("ENERGY", "TRANSPORT", "FINANCE"), codes("ru", "Стороны договорились развивать взаимодействие "
        + "в нескольких сферах, включая энергетику, транспорт и расчеты в национальных валютах."));
    assertEquals(Set.of("AGRICULTURE", "ENERGY"), codes("ru", "Особое внимание было уделено АПК и энергетике."));
    assertEquals(Set.of("SCIENCE_TECHNOLOGY", "ICT", "HEALTHCARE"), codes("ru",
        "Акцент сделан на таких направлениях, как наука и инновации, цифровизация экономики, здравоохранение."));
    assertEquals(Set.of("ICT", "EDUCATION"), codes("ru", "Министры коснулись цифровых технологий и образования."));
    assertEquals(Set.of("AGRICULTURE"), codes("ru", "Нам интересно сельское хозяйство, заявил президент."));
    assertEquals(Set.of("TRADE"), codes("ru", "Президенты намерены удвоить товарооборот."));
    // dialogue and contacts as nouns of joint work; verbs of fostering and resuming
    assertEquals(Set.of("SECURITY"), codes("en", "The two ministers held a security dialogue in the capital."));
    assertEquals(Set.of("TOURISM", "EDUCATION"), codes("en", "They pledged to foster tourism and education."));
    assertEquals(Set.of("TRANSPORT"), codes("ru", "Стороны договорились возобновить железнодорожное сообщение."));
    assertEquals(Set.of("CULTURE"), codes("ru", "Министры отметили рост контактов в области культуры."));
  }

  @Test
  void tradeOutsideAListOfFieldsStaysSilent() {
    assertEquals(Set.of(), codes("en", "The market closed higher in early trade on Monday."));
    assertEquals(Set.of(), codes("en", "He was met at the airport by the energy minister and the ambassador."));
    assertEquals(Set.of(), codes("en", "The delegation will address the parliament on Tuesday."));
  }

  @Test
  void fieldsNamedInRealReportsOfSignings() {
    assertEquals(Set.of("ICT", "INDUSTRY"), codes("en", "The ministers agreed to expand cooperation in semiconductors."));
    assertEquals(Set.of("ICT", "INDUSTRY"), codes("ru", "Стороны договорились развивать сотрудничество в сфере микроэлектроники."));
    assertEquals(Set.of("ENERGY"), codes("en", "The ministers agreed to cooperate on green hydrogen."));
    assertEquals(Set.of("FINANCE"), codes("ru", "Стороны обсудили сотрудничество в области налогообложения."));
    assertEquals(Set.of("TRADE"), codes("en", "They discussed cooperation in standardization and metrology."));
    assertEquals(Set.of("JUSTICE"), codes("en", "The two agencies agreed to cooperate against corruption."));
    assertEquals(Set.of("INDUSTRY"), codes("ru", "Стороны договорились о сотрудничестве в добыче критически важных минералов."));
  }

  @Test
  void aListItemTheLexiconDoesNotKnowDoesNotBreakTheList() {
    assertEquals(Set.of("TRADE", "INVESTMENT", "ENERGY", "CULTURE"), codes("en",
        "They reviewed the partnership, including trade, investment, energy, tax matters and culture."));
  }

  @Test
  void aFrameOnTheRightAndPhrasesThatNameAFieldByThemselves() {
    assertEquals(Set.of("ENERGY"), codes("en", "Energy cooperation remains the backbone of the relationship."));
    assertEquals(Set.of("TRADE"), codes("en", "Trade turnover grew by a fifth in the first quarter."));
    assertEquals(Set.of("TRADE"), codes("ru", "Товарооборот вырос почти на треть."));
    assertEquals(Set.of("TRANSPORT"), codes("ru", "Авиасообщение между странами возобновится в апреле."));
  }

  @Test
  void sectorWordsWithoutAFrameGiveNothing() {
    assertEquals(Set.of(), codes("en", "He was welcomed at the airport by the foreign minister."));
    assertEquals(Set.of(), codes("en", "He also received an honorary degree from the state university."));
    assertEquals(Set.of(), codes("ru", "Гостя встретили в аэропорту и проводили в резиденцию."));
    assertEquals(Set.of(), codes("ru", "Вечером президенты осмотрели историко-культурный комплекс."));
  }

  @Test
  void ordinaryPhrasesThatHoldASectorWordAreNoSector() {
    assertEquals(Set.of(), codes("en", "The talks went ahead with new energy and in a culture of dialogue."));
    assertEquals(Set.of(), codes("en", "The guests were met by the Minister of Culture and Tourism."));
    assertEquals(Set.of(), codes("ru", "Гостей встречал министр культуры и туризма."));
  }

  @Test
  void theTitleOfANamedDocumentKeepsItsSectorsUnnamedDocumentsGiveThem() {
    assertEquals(Set.of(), codes("en", "The ministers signed an Agreement on cooperation in the field of healthcare."));
    assertEquals(Set.of("AGRICULTURE", "INVESTMENT"),
        codes("en", "The sides signed documents on agriculture and investment."));
    assertEquals(Set.of("ENERGY"), codes("en",
        "The crown prince signed with him an agreement that covers energy and other fields."));
    assertEquals(Set.of(), codes("ru", "Подписано Соглашение о сотрудничестве в области здравоохранения."));
    assertEquals(Set.of("EDUCATION", "HEALTHCARE"),
        codes("ru", "Подписаны документы о сотрудничестве в сферах образования и здравоохранения."));
  }

  @Test
  void trilateralAndRegionalFramesAreNotThePairs() {
    assertEquals(Set.of(), codes("en", "The three ministers praised trilateral cooperation on security."));
    assertEquals(Set.of(), codes("ru", "Министры высоко оценили трехстороннее взаимодействие по вопросам безопасности."));
    assertEquals(Set.of(), codes("ru", "Губернатор рассказал о сотрудничестве областей в туризме."));
  }

  @Test
  void buildingIsTheWayOfTheFieldThatFollowsUnlessItIsAListItem() {
    assertEquals(Set.of("TRANSPORT"), codes("en", "The presidents agreed to speed up the construction of the railway."));
    assertEquals(Set.of("INDUSTRY", "CONSTRUCTION", "TRANSPORT"), codes("ru",
        "Лидеры договорились расширять кооперацию в промышленности, строительстве и транзите."));
  }

  @Test
  void backgroundSentences() {
    assertTrue(history("ru", "Напомним, в сентябре стороны подписали соглашения в сфере энергетики."));
    assertTrue(history("en", "In 2021 the two countries agreed to build a railway."));
    assertFalse(history("en", "The two leaders discussed security and agreed to increase trade, which was "
        + "about 3 billion dollars in 2023."));
  }

  @Test
  void aLeadAboutARegionalDelegationIsRegional() {
    Analysis an = analyse("ru", "Делегация Костанайской области посетила Челябинскую область",
        "Делегацию во главе с акимом области принял губернатор.\n\nСтороны обсудили сотрудничество в туризме.");
    assertTrue(SectorSupport.of(an).regional());
    Analysis state = analyse("en", "Tokayev visits Tashkent",
        "Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent.");
    assertFalse(SectorSupport.of(state).regional());
  }

  // ---------------------------------------------------------------- through the extractor

  private static final ArticleExtractor EX = ArticleExtractor.create(KB);

  private static List<EventRow> coops(String lang, String title, String text) {
    Extraction x = EX.extract(new ArticleText("c-" + Math.abs(text.hashCode()), null, null, title, lang, PUB, text));
    return x.events.stream().filter(e -> e.eventType.equals("COOPERATION")).collect(Collectors.toList());
  }

  @Test
  void theArticlesCooperationHasOnlyTheFramedSectors() {
    List<EventRow> c = coops("en", "Mirziyoyev in Astana",
        "ASTANA, May 16 (Steppe Wire) - Uzbek President Shavkat Mirziyoyev arrived in Astana on Thursday on a "
            + "state visit and was met at the airport by Kazakh President Kassym-Jomart Tokayev.\n\n"
            + "The guest also laid flowers at a monument to the heroes of culture.\n\n"
            + "After the talks the two presidents agreed to step up cooperation in agriculture and water management.");
    assertEquals(1, c.size());
    assertEquals(Set.of("AGRICULTURE", "ENVIRONMENT"), Set.copyOf(c.get(0).sectors));
  }

  @Test
  void aRatificationArticleHasNoCooperation() {
    assertEquals(List.of(), coops("ru", "Токаев ратифицировал договор с Узбекистаном",
        "Президент Казахстана Касым-Жомарт Токаев подписал закон о ратификации договора с Узбекистаном.\n\n"
            + "Договор заключен в Ташкенте, когда президент Казахстана находился в Узбекистане с визитом.\n\n"
            + "Стороны обязуются наращивать торговлю и сотрудничать в сфере энергетики."));
  }

  @Test
  void whatOneSideBuysFromOrSuppliesToTheOtherIsMilitaryTechnicalWhenItIsArms() {
    assertEquals(Set.of("MILITARY_TECHNICAL"),
        codes("en", "Egypt will buy fighter jets and air defence systems from France, the ministers said."));
    assertEquals(Set.of("MILITARY_TECHNICAL"),
        codes("ru", "Алжир закупит истребители и зенитные ракетные комплексы у России."));
    assertEquals(Set.of("MILITARY_TECHNICAL"),
        codes("ru", "Президент предложил партнерам крупный пакет вооружений."));
    assertEquals(Set.of("ENERGY"), codes("en", "Qatar will supply liquefied natural gas to Germany from 2026."));
  }

  @Test
  void defenceAloneIsTheDefenceIndustryAndWeaponsOfMassDestructionAreSecurity() {
    assertEquals(Set.of("ENERGY", "MILITARY_TECHNICAL"),
        codes("en", "The accord covers energy, defence and other fields."));
    assertEquals(Set.of("SECURITY"),
        codes("en", "The two sides discussed nuclear weapons and non-proliferation."));
    assertEquals(Set.of("SECURITY"), codes("ru", "Стороны обсудили угрозу ядерного оружия."));
  }

  @Test
  void anIndustrialAdjectiveSharingItsHeadWithOtherFieldsIsIndustry() {
    assertEquals(Set.of("INDUSTRY", "TRADE", "INVESTMENT"), codes("ru",
        "Стороны договорились о новых промышленных, торговых и инвестиционных проектах."));
    assertEquals(Set.of(), codes("ru", "Делегацию приняли в торгово-промышленной палате."));
  }
}
