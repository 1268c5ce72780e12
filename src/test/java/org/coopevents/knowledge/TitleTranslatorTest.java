package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Russian titles in English (complete or null) and in the nominative. */
class TitleTranslatorTest {
  private static final Knowledge KB = Knowledge.load();
  private static final TitleTranslator TR = KB.translator;

  private static String en(String ru) {
    return TR.translate(ru);
  }

  @Test
  void genitiveChainsGetOfAndAdjectivesStayInFront() {
    assertEquals("Agreement on delimitation of border", en("Соглашение о делимитации границы"));
    assertEquals("Treaty on state border", en("Договор о государственной границе"));
    assertEquals("Treaty on state border", en("Договор о госгранице"));
    assertEquals("Protocol on mutual application of electronic systems of certification of origin of goods",
        en("Протокол о взаимном применении электронных систем сертификации происхождения товаров"));
    assertEquals("Agreement on the construction of bridges", en("Соглашение о строительстве мостов"));
    assertEquals("Joint Statement on key areas of economic cooperation until 2030",
        en("Совместное заявление о ключевых направлениях экономического сотрудничества до 2030 года"));
  }

  @Test
  void aTownsAdjectiveNamesTheDeclaration() {
    assertEquals("Shusha Declaration on allied relations", en("Шушинская декларация о союзнических отношениях"));
    assertEquals("Samarkand Declaration", en("Самаркандская декларация"));
  }

  @Test
  void aWordWithoutTranslationLeavesNoTitle() {
    assertNull(en("Соглашение о строительстве моста Шуша-Кельбаджар"));
    assertEquals("Кельбаджар", TR.untranslated("Соглашение о строительстве моста Кельбаджар"));
    // a city of cities.tsv is named by its own English name, not its state's capital
    String shusha = en("Соглашение о строительстве моста Шуша");
    assertTrue(shusha != null && shusha.contains("Shusha") && !shusha.contains("Baku"), shusha);
    assertNull(TR.untranslated("Соглашение о строительстве моста"));
    // a Latin word printed in the title is kept
    assertEquals("Memorandum on cooperation in IT", en("Меморандум о сотрудничестве в IT"));
  }

  /** The titles of one family (seed-like): every word translated, none by a row made for the title itself. */
  @Test
  void wordsOfCentralAsianAndCaucasianTitles() {
    // Kyrgyz-Russian and Armenian-French titles as the agencies of the region print them
    for (String t : new String[] {"Совместное заявление об углублении отношений союзничества",
        "Меморандум о взаимопонимании между Министерством просвещения Российской Федерации и Министерством "
            + "образования Туркменистана",
        "Меморандум о взаимопонимании между Министерством обороны Республики Армения и Министерством "
            + "вооруженных сил Французской Республики",
        "Соглашение между Кабинетом Министров Кыргызской Республики и Правительством Республики Казахстан о "
            + "сотрудничестве в сфере цифровизации"}) {
      assertNull(TR.untranslated(t), t);
    }
  }

  @Test
  void typicalTitlesTranslateCompletely() {
    assertEquals("Agreement between the Government of the Republic of Belarus and the Government of the Republic "
            + "of Azerbaijan on cooperation in the field of tourism",
        en("Соглашение между Правительством Республики Беларусь и Правительством Азербайджанской Республики о "
            + "сотрудничестве в области туризма"));
    assertEquals("Action Plan for the development of cooperation in the field of tourism for the 2024-2025 period",
        en("План действий по развитию сотрудничества в сфере туризма на 2024-2025 годы"));
    List<String> titles = new java.util.ArrayList<>(LexiconDataTest.FAMILY_TITLES);
    titles.addAll(List.of(
        "Договор о вечной дружбе и союзнических отношениях",
        "Соглашение о передаче лиц, осужденных к лишению свободы",
        "Соглашение о строительстве автомобильной дороги и моста через реку",
        "Протокол об обмене ратификационными грамотами",
        "Совместное коммюнике 30-й регулярной встречи глав правительств",
        "План мероприятий к 30-летию установления дипломатических отношений"));
    TitleVocabulary vocabulary = new TitleVocabulary(KB);
    for (String t : titles) {
      String e = en(t);
      assertNotNull(e, t + ": untranslated " + TR.untranslated(t));
      assertEquals(List.of(), vocabulary.foreignWords(e, t), e);
    }
  }

  @Test
  void numbersAndOpenPhrasesTakeNoOf() {
    assertEquals("Action Plan to 30th anniversary of establishment of diplomatic relations",
        en("План мероприятий к 30-летию установления дипломатических отношений"));
    assertEquals("Agreement including documents on border", en("Соглашение в том числе документов о границе"));
  }

  @Test
  void pluralsFollowTheRussianForm() {
    assertEquals("Agreement on mutual protection of investments", en("Соглашение о взаимной защите инвестиций"));
    assertEquals("Memorandum on cooperation between regions", en("Меморандум о сотрудничестве между регионами"));
  }

  @Test
  void theHeadGoesIntoTheNominativeSingular() {
    RussianLemmas l = TR.lemmas();
    assertEquals("Декларация о союзнических отношениях", RussianNominative.of("Декларацию о союзнических отношениях", l));
    assertEquals("Дорожная карта сотрудничества", RussianNominative.of("Дорожную карту сотрудничества", l));
    assertEquals("Совместное заявление о дальнейшем развитии",
        RussianNominative.of("Совместного заявления о дальнейшем развитии", l));
    assertEquals("Меморандум о сотрудничестве в сфере образования",
        RussianNominative.of("Меморандумов о сотрудничестве в сфере образования", l));
    assertEquals("Договор о вечной дружбе", RussianNominative.of("Договора о вечной дружбе", l));
    assertEquals("Всеобъемлющая стратегическая программа", RussianNominative.of("Всеобъемлющей стратегической программы", l));
    assertEquals("Всестороннее соглашение", RussianNominative.of("Всестороннего соглашения", l));
    assertEquals("Российско-белорусская программа", RussianNominative.of("Российско-белорусской программы", l));
    // the governed part stays as printed; a nominative title is left alone
    assertEquals("Соглашение о делимитации границы", RussianNominative.of("Соглашение о делимитации границы", l));
    assertEquals("Протокол к Соглашению", RussianNominative.of("Протокола к Соглашению", l));
  }

  @Test
  void formsOfATitle() {
    TitleTranslator.TitleForms f = TR.forms("Дорожную карту сотрудничества", true);
    assertEquals("Дорожная карта сотрудничества", f.original());
    assertEquals("Roadmap of cooperation", f.english());
    assertEquals("ru", f.language());
    TitleTranslator.TitleForms e = TR.forms("Treaty on the state border", false);
    assertEquals("Treaty on the state border", e.english());
    assertEquals("en", e.language());
  }

  @Test
  void theVocabularyCheckFindsTransliterations() {
    TitleVocabulary v = new TitleVocabulary(KB);
    assertEquals(List.of("gosgranitse"), v.foreignWords("Treaty on gosgranitse", "Договор о госгранице"));
    assertEquals(List.of("klyuchevykh"), v.foreignWords("Klyuchevykh Agreement", "Ключевых соглашений"));
    assertTrue(v.foreignWords("Agreement on delimitation of border", "Соглашение о делимитации границы").isEmpty());
  }

  /** Titles as real reports print them: words the dictionary lacked, and a prefix row that caught another word. */
  @Test
  void titlesOfRealReportsTranslateCompletely() {
    // "цифров*" (digital) took "цифровизация" as well
    assertEquals("Memorandum on cooperation in the field of digitalization",
        en("Меморандум о сотрудничестве в области цифровизации"));
    assertEquals("Agreement on mutual recognition of driving licences",
        en("Соглашение о взаимном признании водительских удостоверений"));
    assertEquals("Agreement on the mutual establishment of cultural centres",
        en("Соглашение о взаимном учреждении культурных центров"));
    assertEquals("Agreement on prevention of incidents in Caspian sea",
        en("Соглашение о предотвращении инцидентов в Каспийском море"));
    for (String t : List.of("Меморандум о строительстве моста через Керченский пролив",
        "Меморандум о сотрудничестве в области борьбы с инфекционными болезнями",
        "Соглашение о сотрудничестве в области испытаний и охраны прав на сорта растений",
        "Соглашение о поощрении и взаимной защите капиталовложений",
        "Соглашение о взаимной охране прав на результаты интеллектуальной деятельности")) {
      assertNotNull(en(t), t + ": untranslated " + TR.untranslated(t));
    }
  }

  @Test
  void aQuotedNameKeepsItsCapitalsAndItsClosingQuote() {
    assertEquals("Agreement on the establishment of international Centre of industrial cooperation \"Central Asia\"",
        en("Соглашение о создании Международного центра промышленной кооперации «Центральная Азия»"));
  }
}
