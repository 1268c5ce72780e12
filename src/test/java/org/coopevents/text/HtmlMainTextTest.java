package org.coopevents.text;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages written for these tests in the manner of several kinds of news site. */
class HtmlMainTextTest {

  /** A wire agency: top menu, a sidebar of latest news, related headlines under the story. */
  static final String AGENCY_WIRE = """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
        <meta charset="utf-8">
        <title>Kazakhstan and Uzbekistan sign water-sharing accord | Steppe Wire</title>
        <meta property="og:title" content="Kazakhstan and Uzbekistan sign water-sharing accord">
        <meta property="og:site_name" content="Steppe Wire">
        <meta property="article:published_time" content="2024-03-14T09:12:00+05:00">
      </head>
      <body>
        <header class="site-header">
          <nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
          <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        </header>
        <div class="layout">
          <div class="col-main">
            <article class="story">
              <h1>Kazakhstan and Uzbekistan sign water-sharing accord</h1>
              <div class="story-meta"><span class="byline">By Our Correspondent</span>
                <time datetime="2024-03-14T09:12:00+05:00">14 March 2024, 09:12</time></div>
              <div class="story-body">
                <p>ASTANA, March 14 (Steppe Wire) - Kazakhstan and Uzbekistan signed an agreement on Thursday
                on sharing the waters of the Syr Darya, the two foreign ministries said, ending two years of
                talks over summer irrigation quotas.</p>
                <p>The accord, signed in Astana by the two prime ministers, sets out how much water the upstream
                reservoirs release in the growing season and creates a joint commission to settle disputes.</p>
                <p>"This document gives our farmers certainty for the next decade," the Kazakh prime minister told
                reporters after the ceremony, adding that the commission would meet every quarter.</p>
                <h2>Energy swap</h2>
                <p>Under a separate memorandum, Uzbekistan will supply electricity to southern Kazakhstan in
                winter in exchange for additional releases from Kazakh reservoirs in spring and summer.</p>
                <p>Officials said the arrangement would be reviewed after three years, and that both sides
                would publish monthly figures on flows and power deliveries.</p>
              </div>
              <div class="related-headlines"><h3>Related</h3><ul>
                <li><a href="/a1">Drought threatens cotton harvest in the south</a></li>
                <li><a href="/a2">Central Asian leaders to meet in Tashkent next month</a></li>
                <li><a href="/a3">Grain exports rise for a third year</a></li></ul></div>
            </article>
          </div>
          <aside class="sidebar">
            <h3>Latest news</h3>
            <ul><li><a href="/b1">Oil prices steady after stock data</a></li>
            <li><a href="/b2">Central bank keeps key rate on hold</a></li>
            <li><a href="/b3">Airline adds flights to Istanbul</a></li></ul>
          </aside>
        </div>
        <footer class="site-footer"><p>© 2024 Steppe Wire. All rights reserved.</p>
          <p><a href="/about">About us</a> | <a href="/contacts">Contacts</a></p></footer>
      </body>
      </html>
      """;

  /** A presidential press service: share bar, tag list, a long footer with addresses. */
  static final String PRESS_SERVICE = """
      <html lang="ru">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>Переговоры с Президентом Монголии • Пресс-служба Президента</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Пресс-служба","url":"https://example.org/"},
          {"@type":"NewsArticle","headline":"Переговоры с Президентом Монголии",
           "datePublished":"2024-06-05T14:30:00+03:00","inLanguage":"ru"}]}
        </script>
      </head>
      <body>
        <div id="top-menu" class="menu"><a href="/">Главная</a> <a href="/news">Новости</a>
          <a href="/docs">Документы</a> <a href="/events">События</a></div>
        <div class="page">
          <div class="read">
            <h1 class="entry-title">Переговоры с Президентом Монголии</h1>
            <div class="read__meta">5 июня 2024 года, 14:30, Москва</div>
            <div class="read__content">
              <p>В Кремле состоялись российско-монгольские переговоры. Стороны обсудили торгово-экономическое
              сотрудничество, реализацию совместных проектов в энергетике и на транспорте.</p>
              <p>По итогам переговоров подписан пакет документов, в том числе соглашение о сотрудничестве в
              области образования и меморандум о развитии железнодорожного сообщения.</p>
              <p>Президент России отметил, что товарооборот между двумя странами за прошлый год вырос почти на
              пятую часть, и предложил расширить расчёты в национальных валютах.</p>
              <p>Глава монгольского государства поблагодарил за приглашение и пригласил российского коллегу
              посетить Улан-Батор с ответным визитом в удобное для него время.</p>
            </div>
            <div class="share-bar"><span>Поделиться</span> <a href="#vk">ВКонтакте</a>
              <a href="#tg">Telegram</a> <a href="#ok">Одноклассники</a></div>
            <div class="read__tags">Темы: <a href="/t/1">Внешняя политика</a>, <a href="/t/2">Монголия</a></div>
          </div>
        </div>
        <footer id="footer">
          <p>Администрация Президента. Адрес для писем: Москва, ул. Ильинка, д. 23</p>
          <p>Все материалы сайта доступны по лицензии Creative Commons Attribution 4.0</p>
          <ul><li><a href="/rss">RSS</a></li><li><a href="/mobile">Мобильная версия</a></li></ul>
        </footer>
      </body>
      </html>
      """;

  /** A regional portal: cookie banner, a <time> date in the header, comments under the story. */
  static final String REGIONAL_PORTAL = """
      <html>
      <head>
        <meta property="og:locale" content="en_US">
        <title>Port of Murmansk welcomes Indian delegation - North Coast Today</title>
      </head>
      <body>
        <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our site.
          <button>Accept all</button> <a href="/privacy">Privacy policy</a></div>
        <div class="top-bar"><a href="/">North Coast Today</a> <time datetime="2024-11-30">Saturday</time></div>
        <main>
          <article>
            <header>
              <h1>Port of Murmansk welcomes Indian delegation</h1>
              <p class="dateline">Posted <time datetime="2024-11-28T16:05">28 Nov 2024, 16:05</time></p>
            </header>
            <div class="article-text">
              <p>A delegation from the Indian Ministry of Ports arrived in Murmansk on Thursday to discuss
              year-round shipping along the Northern Sea Route, the regional government said.</p>
              <p>The visitors toured the coal and container terminals and met the port authority, which hopes
              to double cargo bound for Asia by the end of the decade.</p>
              <p>Regional officials said both sides agreed to set up a working group on crew training and ice
              class vessels, with its first meeting planned for the spring in Chennai.</p>
              <figure><img src="/p/port.jpg" alt=""><figcaption>Cranes at the container terminal. Photo: press office</figcaption></figure>
              <p>The governor said the talks showed that the northern route was attracting partners far beyond
              Europe, and that the region was ready to offer them berths and services.</p>
            </div>
          </article>
          <section class="comments" id="comments">
            <h3>3 comments</h3>
            <div class="comment"><b>ivan_k</b><p>Finally some good news for the port, hope they really come back.</p></div>
            <div class="comment"><b>seagull</b><p>Who is going to pay for the icebreakers though? Nobody says a word.</p></div>
            <div class="comment"><b>anna</b><p>My brother works at the terminal, they have been busy all week.</p></div>
            <form class="comment-form"><textarea></textarea><button>Post comment</button></form>
          </section>
        </main>
        <div class="newsletter-box"><p>Sign up for our morning newsletter and get the news first.</p></div>
        <div class="footer">North Coast Today © 2024 · Contact the newsroom · Advertise with us</div>
      </body>
      </html>
      """;

  /** A two-paragraph item beside a sidebar whose teasers hold more text than the item itself. */
  static final String SHORT_ITEM = """
      <html lang="ru"><head><title>Телефонный разговор с Президентом Узбекистана</title></head><body>
      <div class="header"><ul class="menu"><li><a href="/">Главная</a></li><li><a href="/n">Новости</a></li>
      <li><a href="/d">Документы</a></li></ul></div>
      <div class="wrap"><div class="content">
        <h1>Телефонный разговор с Президентом Узбекистана</h1>
        <div class="text"><p>Состоялся телефонный разговор с Президентом Узбекистана. Обсуждены вопросы
        двустороннего сотрудничества.</p><p>Договорились о новых контактах.</p></div>
      </div>
      <div class="sidebar"><h3>Последние новости</h3>
        <div class="item"><a href="/1">Встреча с губернатором области</a><p>Глава государства провёл рабочую
        встречу с губернатором, который доложил о ходе посевной кампании и о ремонте дорог в регионе.</p></div>
        <div class="item"><a href="/2">Совещание с членами правительства</a><p>Обсуждались меры поддержки
        промышленности, в том числе льготные кредиты для предприятий машиностроения и станкостроения.</p></div>
        <div class="item"><a href="/3">Заседание Совета безопасности</a><p>Участники заседания рассмотрели
        вопросы обеспечения информационной безопасности и защиты критической инфраструктуры.</p></div>
      </div></div>
      <div class="footer"><p>Все материалы сайта доступны по лицензии Creative Commons Attribution 4.0
      International, адрес для писем и обращений граждан указан на странице контактов.</p></div>
      </body></html>
      """;

  @Test
  void shortItemIsNotPaddedWithSidebarTeasers() {
    HtmlPage p = HtmlMainText.extract(SHORT_ITEM, null);
    assertEquals(List.of("Состоялся телефонный разговор с Президентом Узбекистана. Обсуждены вопросы "
        + "двустороннего сотрудничества.", "Договорились о новых контактах."), lines(p));
  }

  /** An old ministry page: table layout, paragraphs separated by double line breaks, windows-1251. */
  static final String TABLE_LAYOUT = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
      <title>МИД: визит в Ханой</title></head><body>
      <table width="100%"><tr><td class="logo"><img src="logo.gif"></td><td><a href="/">Главная</a> |
      <a href="/news">Новости</a> | <a href="/docs">Документы</a> | <a href="/contacts">Контакты</a></td></tr></table>
      <table width="100%"><tr>
      <td width="200" valign="top"><a href="/a">Архив новостей</a><br><a href="/b">Пресс-релизы</a><br>
      <a href="/c">Фотогалерея</a><br><a href="/d">Интервью министра</a></td>
      <td valign="top"><b>12.03.2007</b><br><font size="4">Визит министра иностранных дел во Вьетнам</font><br><br>
      Министр иностранных дел прибыл в Ханой с официальным визитом, в ходе которого состоялись переговоры
      с вьетнамским коллегой.<br><br>
      Стороны обсудили ход выполнения договорённостей, достигнутых на высшем уровне, и перспективы
      сотрудничества в нефтегазовой отрасли, энергетике и образовании.<br><br>
      По итогам переговоров подписан план консультаций между министерствами на 2007-2008 годы.<br><br>
      <a href="/print">Версия для печати</a></td></tr></table>
      <table><tr><td><small>© МИД, 2007. При перепечатке ссылка обязательна.</small></td></tr></table>
      </body></html>
      """;

  @Test
  void oldTableLayoutWithLineBreaksGivesOneParagraphPerLine() throws Exception {
    byte[] bytes = TABLE_LAYOUT.getBytes("windows-1251");
    HtmlPage p = HtmlMainText.extract(HtmlCharset.decode(bytes, null), null);
    List<String> ls = lines(p);
    assertTrue(ls.contains("Министр иностранных дел прибыл в Ханой с официальным визитом, в ходе которого "
        + "состоялись переговоры с вьетнамским коллегой."), ls.toString());
    assertTrue(ls.contains("По итогам переговоров подписан план консультаций между министерствами на 2007-2008 годы."),
        ls.toString());
    assertNoLineContains(p, "Фотогалерея");
    assertNoLineContains(p, "Контакты");
    assertNoLineContains(p, "Версия для печати");
    assertNoLineContains(p, "перепечатке");
  }

  private static List<String> lines(HtmlPage p) {
    return Arrays.asList(p.text.split("\n"));
  }

  private static void assertNoLineContains(HtmlPage p, String fragment) {
    for (String l : lines(p)) {
      assertThat(l, not(containsString(fragment)));
    }
  }

  @Test
  void agencyWireKeepsStoryAndDropsSidebarAndRelatedHeadlines() {
    HtmlPage p = HtmlMainText.extract(AGENCY_WIRE, "https://wire.example.com/world/accord");
    assertThat(p.text, containsString("signed an agreement on Thursday on sharing the waters of the Syr Darya"));
    assertThat(p.text, containsString("creates a joint commission to settle disputes"));
    assertThat(p.text, containsString("would publish monthly figures on flows and power deliveries."));
    assertTrue(lines(p).contains("Energy swap"), "a sub-heading is its own line: " + lines(p));
    assertNoLineContains(p, "Drought threatens cotton harvest");
    assertNoLineContains(p, "Oil prices steady");
    assertNoLineContains(p, "All rights reserved");
    assertNoLineContains(p, "Business");
    assertEquals("Kazakhstan and Uzbekistan sign water-sharing accord", p.title);
    assertEquals("2024-03-14T09:12:00+05:00", p.publishedAt);
    assertEquals("en", p.language);
  }

  @Test
  void paragraphsAreLinesWithCollapsedWhiteSpace() {
    HtmlPage p = HtmlMainText.extract(AGENCY_WIRE, null);
    List<String> ls = lines(p);
    assertTrue(ls.get(0).startsWith("ASTANA, March 14 (Steppe Wire)"), ls.get(0));
    assertTrue(ls.get(0).endsWith("summer irrigation quotas."), ls.get(0));
    assertEquals(6, ls.size(), ls.toString());
    for (String l : ls) {
      assertThat(l, not(containsString("  ")));
    }
  }

  @Test
  void pressServiceDropsShareBarTagsAndFooterAndReadsJsonLdGraphDate() {
    HtmlPage p = HtmlMainText.extract(PRESS_SERVICE, "https://example.org/events/123");
    assertThat(p.text, containsString("В Кремле состоялись российско-монгольские переговоры."));
    assertThat(p.text, containsString("соглашение о сотрудничестве в области образования"));
    assertThat(p.text, containsString("посетить Улан-Батор с ответным визитом"));
    assertNoLineContains(p, "Поделиться");
    assertNoLineContains(p, "ВКонтакте");
    assertNoLineContains(p, "Внешняя политика");
    assertNoLineContains(p, "Ильинка");
    assertNoLineContains(p, "Мобильная версия");
    assertNoLineContains(p, "Документы");
    assertEquals(4, lines(p).size(), lines(p).toString());
    assertEquals("2024-06-05T14:30:00+03:00", p.publishedAt);
    assertEquals("ru", p.language);
    assertEquals("Переговоры с Президентом Монголии", p.title);
  }

  @Test
  void regionalPortalDropsCookieBannerCommentsCaptionAndNewsletter() {
    HtmlPage p = HtmlMainText.extract(REGIONAL_PORTAL, null);
    assertThat(p.text, containsString("arrived in Murmansk on Thursday to discuss year-round shipping"));
    assertThat(p.text, containsString("ready to offer them berths and services."));
    assertNoLineContains(p, "cookies");
    assertNoLineContains(p, "icebreakers");
    assertNoLineContains(p, "My brother works");
    assertNoLineContains(p, "Cranes at the container terminal");
    assertNoLineContains(p, "morning newsletter");
    assertNoLineContains(p, "Contact the newsroom");
    assertEquals(4, lines(p).size(), lines(p).toString());
    // The <time> in the article header wins over the one in the site's top bar.
    assertEquals("2024-11-28T16:05", p.publishedAt);
    assertEquals("en", p.language);
    assertEquals("Port of Murmansk welcomes Indian delegation", p.title);
  }

  @Test
  void titleFallsBackToH1ThenTitleElementWithSiteNameTrimmed() {
    HtmlPage h1 = HtmlMainText.extract("<html><head><title>Site | Section</title></head><body>"
        + "<h1>Ministers agree on new rail link</h1><p>Short.</p></body></html>", null);
    assertEquals("Ministers agree on new rail link", h1.title);
    HtmlPage t = HtmlMainText.extract("<html><head><title>Ministers agree on new rail link | Daily Courier</title>"
        + "</head><body><p>Short.</p></body></html>", null);
    assertEquals("Ministers agree on new rail link", t.title);
    HtmlPage none = HtmlMainText.extract("<html><body><p>Only a paragraph.</p></body></html>", null);
    assertNull(none.title);
  }

  @Test
  void dateOrderMetaThenJsonLdThenTimeThenOtherMetas() {
    String both = "<html><head><meta property=\"article:published_time\" content=\"2023-01-02\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-06\"}</script>"
        + "</head><body><article><p>Text of the story that is long enough to be a paragraph.</p></article></body></html>";
    assertEquals("2023-01-02", HtmlMainText.extract(both, null).publishedAt);
    String ldArray = "<html><head><script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"X\"},"
        + "{\"@type\":\"Article\",\"datePublished\":\"2023-05-06T10:00:00Z\"}]</script>"
        + "<meta name=\"pubdate\" content=\"2020-01-01\"></head><body><time datetime=\"2021-01-01\">x</time></body></html>";
    assertEquals("2023-05-06T10:00:00Z", HtmlMainText.extract(ldArray, null).publishedAt);
    String brokenLd = "<html><head><script type=\"application/ld+json\">{not json</script>"
        + "<meta name=\"DC.date.issued\" content=\"2019-07-08\"></head><body><p>x</p></body></html>";
    assertEquals("2019-07-08", HtmlMainText.extract(brokenLd, null).publishedAt);
    String itemprop = "<html><body><span itemprop=\"datePublished\" content=\"2018-02-03T04:05:06+01:00\">3 Feb</span>"
        + "</body></html>";
    assertEquals("2018-02-03T04:05:06+01:00", HtmlMainText.extract(itemprop, null).publishedAt);
    assertNull(HtmlMainText.extract("<html><body><p>No date at all.</p></body></html>", null).publishedAt);
  }

  @Test
  void languageFromContentLanguageMetaAndNullWhenAbsent() {
    HtmlPage p = HtmlMainText.extract("<html><head><meta http-equiv=\"Content-Language\" content=\"RU\"></head>"
        + "<body><p>Текст.</p></body></html>", null);
    assertEquals("ru", p.language);
    assertNull(HtmlMainText.extract("<html><body><p>x</p></body></html>", null).language);
  }

  @Test
  void scriptRenderedPageFallsBackToJsonLdArticleBody() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"Rail link agreed\",\"datePublished\":\"2024-02-01\","
        + "\"articleBody\":\"Georgia and Azerbaijan agreed on Tuesday to modernise the rail link between "
        + "Tbilisi and Baku.\\nThe work is to be finished by 2027 and financed by both governments.\"}</script>"
        + "</head><body><div id=\"app\"></div><div class=\"menu\"><a href=\"/\">Home</a></div></body></html>";
    HtmlPage p = HtmlMainText.extract(html, null);
    assertEquals(List.of("Georgia and Azerbaijan agreed on Tuesday to modernise the rail link between Tbilisi and Baku.",
        "The work is to be finished by 2027 and financed by both governments."), lines(p));
    assertEquals("2024-02-01", p.publishedAt);
  }

  @Test
  void teasersOfOtherPostsAsArticlesAreNotPartOfTheStory() {
    StringBuilder html = new StringBuilder("<html><body><div id=\"primary\"><article class=\"post hentry\">"
        + "<h1>Trade fair opens in Tashkent</h1><div class=\"entry\">"
        + "<p>The international trade fair opened in Tashkent on Monday with more than four hundred exhibitors "
        + "from thirty countries, the organisers said, a record for the event.</p>"
        + "<p>Companies from Russia, Turkey and China brought machinery, textiles and food processing lines, "
        + "and several regional governments signed supply contracts on the first day.</p></div>");
    for (int i = 1; i <= 4; i++) {
      html.append("<article class=\"post hentry\"><h2>Older post ").append(i).append("</h2><p>This older post ")
          .append(i).append(" talks at length about something else entirely, with many words, commas, clauses, "
              + "and sentences that make it look like a real paragraph of body text to a scorer.</p></article>");
    }
    html.append("</article></div></body></html>");
    HtmlPage p = HtmlMainText.extract(html.toString(), null);
    assertThat(p.text, containsString("four hundred exhibitors"));
    assertThat(p.text, containsString("signed supply contracts on the first day."));
    assertNoLineContains(p, "older post");
    assertNoLineContains(p, "Older post");
  }

  @Test
  void emptyAndBrokenInputGiveEmptyText() {
    assertEquals("", HtmlMainText.extract("", null).text);
    assertEquals("", HtmlMainText.extract(null, null).text);
    HtmlPage p = HtmlMainText.extract("<div><p>Unclosed paragraph about a treaty signed in Baku by two", null);
    assertThat(p.text, containsString("treaty signed in Baku"));
  }

  @Test
  void concurrentExtractionGivesTheSameResultsAsSequential() throws Exception {
    String[] pages = {AGENCY_WIRE, PRESS_SERVICE, REGIONAL_PORTAL};
    HtmlPage[] expected = new HtmlPage[pages.length];
    for (int i = 0; i < pages.length; i++) {
      expected[i] = HtmlMainText.extract(pages[i], null);
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int n = 0; n < 60; n++) {
        int i = n % pages.length;
        results.add(pool.submit(() -> HtmlMainText.extract(pages[i], null).equals(expected[i])));
      }
      for (var f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
