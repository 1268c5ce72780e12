package org.coopevents.text;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages written for these tests in the manner of several kinds of outlet. Each checks what must
 * stay and what must go; none of them comes from a real site.
 */
class PageFurnitureCleanerTest {

  private static List<String> paragraphs(String cleaned) {
    return cleaned.isEmpty() ? List.of() : List.of(cleaned.split("\n\n"));
  }

  private static String last(String cleaned) {
    List<String> p = paragraphs(cleaned);
    return p.get(p.size() - 1);
  }

  // ------------------------------------------------------------------ an agency wire

  private static final String WIRE_TITLE = "Belarus, China agree to expand machine-building cooperation";

  private static final String WIRE_PAGE = """
      Home
      World
      Economy
      Politics
      Home > World > Asia
      16 May 2024, 14:35
      Belarus, China agree to expand machine-building cooperation

      MINSK, 16 May (Wire) -

      Belarus and China have agreed to step up joint production of agricultural machinery and buses, \
      Belarusian Prime Minister Roman Golovchenko said after talks with a Chinese delegation on Thursday.

      "We see great potential in assembling our tractors in Chinese provinces," Golovchenko told reporters. \
      He added that the first batch could be shipped in the autumn.

      The sides discussed the U.S. sanctions and ways to settle payments in national currencies. \
      Trade between the two countries reached $1.5 billion in the first quarter, up 12 percent.

      Tags: Belarus, China, machine building, trade
      Share
      Facebook Twitter Telegram
      Related news
      Belarus to open trade house in Shanghai
      Minsk hosts industrial exhibition
      Chinese investors eye Belarusian dairy sector
      © 2024 Wire news agency. All rights reserved.
      """;

  @Test
  void wireKeepsDatelineAndBodyAndDropsMenusTagsAndRelated() {
    String c = PageFurnitureCleaner.clean(WIRE_PAGE, WIRE_TITLE);
    List<String> p = paragraphs(c);
    assertEquals(4, p.size(), c);
    assertEquals("MINSK, 16 May (Wire) -", p.get(0));
    assertTrue(p.get(1).startsWith("Belarus and China have agreed"));
    assertTrue(last(c).endsWith("up 12 percent."));
    for (String gone : List.of("Home", "Asia", "14:35", "Tags", "Share", "Telegram", "Related",
        "trade house", "exhibition", "dairy", "©", WIRE_TITLE)) {
      assertThat(c, not(containsString(gone)));
    }
  }

  // ------------------------------------------------------------------ a presidential press service

  private static final String PRESS_SERVICE_PAGE = """
      Официальный интернет-портал Президента
      Главная / Пресс-центр / Новости
      Переговоры с Президентом Азербайджана
      16 мая 2024
      Переговоры с Президентом Азербайджана

      А.Г. Лукашенко провел переговоры с Президентом Азербайджана И.Г. Алиевым в г. Баку. \
      Главы государств обсудили промышленную кооперацию и создание совместных предприятий.

      «Мы готовы участвовать в восстановлении освобожденных территорий», — сказал Президент Беларуси.

      По итогам переговоров подписан пакет документов:

      1. Межправительственный протокол о взаимном применении электронных систем сертификации
      2. Протокол о сотрудничестве в области ветеринарии
      3. План действий по развитию сотрудничества в сфере туризма на 2024-2025 гг.

      Версия для печати
      Поделиться
      Все права защищены © 2024
      Official website of the President
      """;

  @Test
  void pressServiceKeepsNumberedDocumentsAndQuote() {
    String c = PageFurnitureCleaner.clean(PRESS_SERVICE_PAGE, "Переговоры с Президентом Азербайджана");
    List<String> p = paragraphs(c);
    assertEquals(6, p.size(), c);
    assertTrue(p.get(0).startsWith("А.Г. Лукашенко провел переговоры"));
    assertTrue(p.get(1).startsWith("«Мы готовы"));
    assertTrue(p.get(2).endsWith(":"));
    assertTrue(p.get(3).startsWith("1. Межправительственный протокол"));
    assertTrue(last(c).startsWith("3. План действий"));
    for (String gone : List.of("Главная", "портал", "16 мая 2024", "Версия для печати", "Поделиться",
        "Все права", "Official")) {
      assertThat(c, not(containsString(gone)));
    }
  }

  // ------------------------------------------------------------------ a regional portal

  private static final String REGIONAL_PAGE = """
      Gomel Region Today
      News | Economy | Culture | Sport
      Gomel farmers to supply dairy products to Uzbekistan

      Published: 12.03.2024 09:12
      1 245 views

      Dairy plants of Gomel region will ship cheese and butter worth $20 million to Uzbekistan this year, \
      the regional executive committee said on Tuesday.

      Photo: regional executive committee

      The contracts were signed during a visit of a business delegation from Tashkent. Uzbek partners \
      also showed interest in Belarusian seed potatoes and livestock breeding.

      Read also: Gomel region hosts spring fair of agricultural machinery

      The first deliveries of dairy products are expected in April, the committee added.

      Comments (2)
      Ivan, 12.03.2024 10:05
      Good news for our farmers, I hope prices at home will not go up.
      Reply
      Olga, 12.03.2024 11:40
      Finally some real trade instead of promises!
      You may also like
      Mozyr refinery completes maintenance ahead of schedule
      New bridge opens over the Sozh river
      """;

  @Test
  void regionalPortalStopsAtCommentsAndDropsInlineFurniture() {
    String c = PageFurnitureCleaner.clean(REGIONAL_PAGE, "Gomel farmers to supply dairy products to Uzbekistan");
    List<String> p = paragraphs(c);
    assertEquals(3, p.size(), c);
    assertTrue(p.get(0).startsWith("Dairy plants of Gomel region"));
    assertEquals("The first deliveries of dairy products are expected in April, the committee added.", last(c));
    for (String gone : List.of("views", "Photo:", "Read also", "Comments", "Good news", "Finally",
        "Reply", "refinery", "bridge", "Published")) {
      assertThat(c, not(containsString(gone)));
    }
  }

  // ------------------------------------------------------------------ a Russian portal

  private static final String RUSSIAN_PORTAL_PAGE = """
      Новости
      В мире
      Экономика
      Общество
      We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.
      Беларусь и Казахстан договорились о поставках техники

      Минск, 3 апреля. Беларусь и Казахстан договорились о поставках тракторов и комбайнов на сумму \
      более 100 млн долл., сообщили в Министерстве промышленности.

      Сборочное производство будет развернуто в Костанае, где уже выпускаются автобусы МАЗ. \
      Первые машины сойдут с конвейера в III квартале.

      Читайте также:
      Лукашенко и Токаев обсудили транзит грузов

      По словам министра, казахстанская сторона заинтересована в локализации производства \
      комплектующих, а также в подготовке кадров для новых предприятий в Костанае и Петропавловске.

      Источник: пресс-служба Минпрома
      Теги: Беларусь, Казахстан, промышленность
      Download our app for the latest news!
      Follow us on Telegram
      Лента новостей
      Курс доллара вырос на торгах в пятницу
      В Минске пройдет фестиваль уличной еды
      """;

  @Test
  void russianPortalKeepsArticleAcrossAnInlineLinkBlockAndDropsEnglishFurniture() {
    String c = PageFurnitureCleaner.clean(RUSSIAN_PORTAL_PAGE, null);
    List<String> p = paragraphs(c);
    // the headline right above the body is the article's own (kept since the page gives no title)
    assertEquals(4, p.size(), c);
    assertEquals("Беларусь и Казахстан договорились о поставках техники.", p.get(0));
    assertTrue(p.get(1).startsWith("Минск, 3 апреля."));
    assertTrue(last(c).startsWith("По словам министра"));
    for (String gone : List.of("cookies", "Читайте также", "транзит", "Источник", "Теги", "Download",
        "Follow", "Лента", "Курс доллара", "фестиваль", "Новости")) {
      assertThat(c, not(containsString(gone)));
    }
  }

  // ------------------------------------------------------------------ bulleted documents at the end

  private static final String BULLETED_PAGE = """
      Uzbekistan and Azerbaijan sign documents in Tashkent
      Politics
      Uzbekistan and Azerbaijan sign documents in Tashkent

      TASHKENT, 21 August - The presidents of Uzbekistan and Azerbaijan held talks in Tashkent and \
      signed a number of bilateral documents, the press service of the Uzbek leader reported.

      The following documents were signed:
      - Agreement on cooperation in the field of energy
      - Protocol on cooperation in veterinary medicine
      - Memorandum on the creation of a joint investment company

      Share
      Most read
      Tashkent metro opens two new stations
      """;

  @Test
  void bulletedDocumentListAfterTheLastSentenceIsKept() {
    String c = PageFurnitureCleaner.clean(BULLETED_PAGE, "Uzbekistan and Azerbaijan sign documents in Tashkent");
    List<String> p = paragraphs(c);
    assertEquals(5, p.size(), c);
    assertEquals("The following documents were signed:", p.get(1));
    assertEquals("- Memorandum on the creation of a joint investment company", last(c));
    assertThat(c, not(containsString("Politics")));
    assertThat(c, not(containsString("metro")));
  }

  @Test
  void unmarkedDocumentLinesAfterAColonAreKeptUntilFurniture() {
    String page = """
        The two ministers signed the following documents on Friday in Baku, the ministry said:
        Agreement on mutual protection of investments
        Programme of cooperation in education for 2024-2026
        Leave a comment
        Другие новости
        """;
    String c = PageFurnitureCleaner.clean(page, null);
    List<String> p = paragraphs(c);
    assertEquals(3, p.size(), c);
    assertEquals("Programme of cooperation in education for 2024-2026", last(c));
  }

  @Test
  void longUnmarkedDocumentListInsideTheBodyStays() {
    String page = """
        Home
        The intergovernmental commission met in Minsk on Tuesday. The following documents were signed:
        Agreement on cooperation in the field of standardisation
        Agreement on mutual recognition of driving licences
        Protocol on cooperation in civil aviation
        Programme of cooperation in culture for 2024-2026
        Memorandum on cooperation between the chambers of commerce
        Plan of consultations between the foreign ministries
        Roadmap for cooperation in the dairy industry
        Memorandum on cooperation in youth policy
        The next meeting of the commission will be held in Tashkent.
        Share
        Latest news
        Tashkent metro opens two new stations
        """;
    String c = PageFurnitureCleaner.clean(page, null);
    List<String> p = paragraphs(c);
    assertEquals(10, p.size(), c);
    assertEquals("The next meeting of the commission will be held in Tashkent.", last(c));
  }

  // ------------------------------------------------------------------ a teaser after the body

  @Test
  void offTopicProseAfterTheBodyBehindAHeadlineIsDropped() {
    String page = """
        The Belarusian and Armenian foreign ministers met in Minsk to prepare the intergovernmental commission.
        They agreed that the commission would meet in Yerevan in the autumn and discuss trade in food.
        The ministers also discussed the supply of Belarusian buses and lifts to Armenia.
        Football season opens in Brest
        The local club signed three new players ahead of the opening match against the champions.
        """;
    String c = PageFurnitureCleaner.clean(page, null);
    assertEquals(3, paragraphs(c).size(), c);
    assertTrue(last(c).contains("buses and lifts"));
  }

  // ------------------------------------------------------------------ teasers above the headline

  private static final String TEASERS_PAGE = """
      Vitebsk News
      Top stories
      Flax mill doubles exportsThe Orsha flax mill shipped twice as much linen abroad as a year ago, its director said.
      Theatre festival opens in VitebskActors from nine countries will perform on the main stage this week.
      Kyrgyz delegation visits Vitebsk free economic zone
      Updated 20 March 2024, 11:02
      A delegation of the Kyrgyz Ministry of Economy has visited the Vitebsk free economic zone to study \
      the terms offered to foreign investors, the zone's administration said.
      The guests toured a furniture factory and a plant making components for agricultural machinery. \
      The sides agreed to prepare a road map of joint projects by the end of the year.
      According to the administration, Kyrgyz companies are interested in assembling tractors and \
      supplying dried fruit and honey to Belarus.
      """;

  @Test
  void teasersAboveTheHeadlineAreNotTheArticle() {
    // the title of the page carries the site's name after the headline
    String c = PageFurnitureCleaner.clean(TEASERS_PAGE,
        "Kyrgyz delegation visits Vitebsk free economic zone - Vitebsk News");
    List<String> p = paragraphs(c);
    assertEquals(3, p.size(), c);
    assertTrue(p.get(0).startsWith("A delegation of the Kyrgyz Ministry"));
    assertThat(c, not(containsString("flax")));
    assertThat(c, not(containsString("Theatre")));
  }

  // ------------------------------------------------------------------ inside the body

  @Test
  void subheadsAndAForeignQuoteInsideTheBodyStay() {
    String page = """
        Ministers open Belarusian-Georgian business forum in Tbilisi
        The business forum in Tbilisi brought together more than 120 companies from Belarus and Georgia, \
        the organisers said on Wednesday.
        Food and machinery
        Belarusian dairy and meat producers signed contracts worth $8 million with Georgian retailers, \
        while machine builders discussed assembling trucks near Kutaisi.
        «Мы приехали не за протоколами, а за контрактами», — сказал глава белорусской делегации.
        The head of the Belarusian delegation said the companies had come for contracts rather than protocols.
        Share
        Другие новости
        В Гродно откроют новый мост через Неман
        """;
    String c = PageFurnitureCleaner.clean(page, "Ministers open Belarusian-Georgian business forum in Tbilisi");
    List<String> p = paragraphs(c);
    assertEquals(5, p.size(), c);
    assertEquals("Food and machinery", p.get(1));
    assertTrue(p.get(3).startsWith("«Мы приехали"));
    assertThat(c, not(containsString("Гродно")));
    assertThat(c, not(containsString("Share")));
  }

  @Test
  void russianDatelineAndDashBulletsStay() {
    String page = """
        Новости
        Политика
        Экономика
        Беларусь и Вьетнам подписали соглашения

        МИНСК, 5 июня (Агентство) –
        Беларусь и Вьетнам по итогам переговоров в Ханое подписали ряд документов. Среди них:
        — Соглашение о сотрудничестве в области образования;
        — Меморандум о взаимопонимании в сфере сельского хозяйства;
        — Программа сотрудничества в области культуры на 2024-2026 годы.
        Оцените статью
        Подписывайтесь на наш канал в Telegram
        """;
    String c = PageFurnitureCleaner.clean(page, "Беларусь и Вьетнам подписали соглашения");
    List<String> p = paragraphs(c);
    assertEquals(5, p.size(), c);
    assertEquals("МИНСК, 5 июня (Агентство) –", p.get(0));
    assertTrue(last(c).startsWith("— Программа сотрудничества"));
    assertThat(c, not(containsString("Оцените")));
    assertThat(c, not(containsString("Telegram")));
    assertThat(c, not(containsString("Политика")));
  }

  // ------------------------------------------------------------------ general behaviour

  @Test
  void cleanTextPassesThroughUnchanged() {
    String text = "Trade between the countries grew by a quarter, the minister said.\n\n"
        + "The sides signed an agreement on customs cooperation:\n\n"
        + "- Agreement on customs cooperation;\n\n"
        + "- Protocol on the exchange of information.\n\n"
        + "The next meeting will take place in Minsk.";
    assertEquals(text, PageFurnitureCleaner.clean(text, "Trade grows"));
  }

  @Test
  void titleRepeatedSeveralTimesIsDropped() {
    String page = "Lukashenko arrives in Baku on a state visit.\n"
        + "Lukashenko arrives in Baku on a state visit.\n"
        + "Lukashenko arrives in Baku on a state visit.\n\n"
        + "President Alexander Lukashenko has arrived in Baku for a two-day state visit to Azerbaijan.";
    String c = PageFurnitureCleaner.clean(page, "Lukashenko arrives in Baku on a state visit.");
    assertEquals("President Alexander Lukashenko has arrived in Baku for a two-day state visit to Azerbaijan.", c);
  }

  @Test
  void hardWrappedParagraphIsJoined() {
    String page = "The two governments agreed to open a joint trading house in Baku and\n"
        + "a logistics centre near the port of Alat next year, officials said.";
    assertEquals("The two governments agreed to open a joint trading house in Baku and "
        + "a logistics centre near the port of Alat next year, officials said.",
        PageFurnitureCleaner.clean(page, null));
  }

  @Test
  void emptyAndFurnitureOnlyPages() {
    assertEquals("", PageFurnitureCleaner.clean(null, null));
    assertEquals("", PageFurnitureCleaner.clean("  \n\n", "Title"));
    assertEquals("", PageFurnitureCleaner.clean("Share\nFacebook Twitter\n© 2024 All rights reserved\n12 345 views", null));
  }

  @Test
  void headlineOnlyInputKeepsItsText() {
    // No prose at all: only obvious furniture goes, the rest is kept for the extractor to judge.
    String c = PageFurnitureCleaner.clean("Belarus and Oman sign visa waiver agreement\nShare", null);
    assertEquals("Belarus and Oman sign visa waiver agreement", c);
  }

  @Test
  void resultIsNormalized() {
    String c = PageFurnitureCleaner.clean("The\u00a0ministers  met in\tMinsk on Friday to discuss grain.\r\n", null);
    assertEquals("The ministers met in Minsk on Friday to discuss grain.", c);
    assertFalse(c.contains("\r"));
  }
}
