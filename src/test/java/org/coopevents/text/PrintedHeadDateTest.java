package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.junit.jupiter.api.Test;

/**
 * A record without {@code published_at} whose text keeps its page's head: the date printed on a
 * line of its own above or under the headline is the article's date (dataset.md: "a date the
 * saved page prints near its headline"), although cleaning drops that line as furniture. The
 * pages are written for these tests.
 */
class PrintedHeadDateTest {
  private static Article clean(String publishedAt, String title, String text) {
    return ArticleCleaner.clean(new RawArticle("f.jsonl", "1", "JSONL", "x1", null, "example.org",
        publishedAt, null, "ru", title, text, null));
  }

  @Test
  void pressServiceDateAndTimeAboveTheHeadline() {
    Article a = clean(null, null, "5 июня 2024 года 14:30\n\nПереговоры с Президентом Республики Конго\n\n"
        + "В Кремле состоялись российско-конголезские переговоры. Гость находится в России с официальным визитом.\n");
    assertEquals("2024-06-05", a.publishedDate);
    // the date line itself is still page furniture
    assertEquals(-1, a.text.indexOf("14:30"), a.text);
  }

  @Test
  void numericDateUnderTheHeadlineAndIsoStamp() {
    assertEquals("2023-03-17", clean(null, null, "Лидеры выступят с заявлениями\n17.03.2023 15:29\n\n"
        + "Президенты двух стран во вторник проведут переговоры в узком и расширенном составах.").publishedDate);
    assertEquals("2023-03-20", clean(null, null, "2023-03-20 20:19\n20 марта, Минск /Корр. БЕЛТА/. Глава "
        + "КНР прибыл с официальным визитом в Россию. Переговоры прошли в Кремле.").publishedDate);
  }

  private static Article clean(String url, String text) {
    return ArticleCleaner.clean(new RawArticle("f.jsonl", "1", "JSONL", "x1", url, "example.org",
        null, null, "ru", null, text, null));
  }

  @Test
  void theDateTheUrlFilesItUnderWinsOverAnotherDateTheHeadPrints() {
    // a site header that shows today's date above an archived report
    String page = "Вестник\nПоиск по сайту\n1 мая 2024\nПрезидент посетил Египет\n\n24.06.2009\n\n"
        + "Президент России прибыл в Каир, где провёл переговоры с президентом Египта.\n";
    assertEquals("2009-06-24", clean("https://vestnik.example/lenta/visit_egypt_2009-06-24.htm", page).publishedDate);
    // without a date in the URL, the printed one stays
    assertEquals("2024-05-01", clean("https://vestnik.example/lenta/12345.htm", page).publishedDate);
    // the same date in both
    assertEquals("2024-05-01", clean("https://vestnik.example/2024/05/01/visit.htm", page).publishedDate);
  }

  @Test
  void theRecordsOwnDateWins() {
    assertEquals("2024-06-06", clean("2024-06-06T09:00:00+03:00", null, "5 июня 2024 года 14:30\n\n"
        + "В Кремле состоялись российско-конголезские переговоры на высшем уровне.").publishedDate);
  }

  @Test
  void anUpdateCountsOnlyWithoutAPublicationDate() {
    assertEquals("2024-06-04", clean(null, null, "Обновлено 06.06.2024 10:00\n4 июня 2024, 18:10\n\n"
        + "Стороны обсудили торгово-экономическое сотрудничество и подписали несколько документов.").publishedDate);
    assertEquals("2024-06-06", clean(null, null, "Обновлено 06.06.2024 10:00\n\n"
        + "Стороны обсудили торгово-экономическое сотрудничество и подписали несколько документов.").publishedDate);
  }

  @Test
  void aDateInsideTheArticlesProseOrAYearlessStampIsNoPublicationDate() {
    // a date in a sentence of the body, after the first paragraph, or without its year
    assertNull(clean(null, null, "Президент России прибыл в Пекин с государственным визитом, который продлится "
        + "до 17 мая.\n\n16 мая 2024 года\n").publishedDate);
    assertNull(clean(null, null, "22 марта, 05:58\n\nСи Цзиньпин завершил трехдневный визит в Россию и "
        + "вылетел из аэропорта Внуково.").publishedDate);
    assertNull(clean(null, null, "Лидеры встретились 16 мая 2024 года в Пекине и провели долгие переговоры "
        + "о торговле.").publishedDate);
  }

  @Test
  void pageWithoutDateMarkupGivesTheDatePrintedAboveItsHeadline() {
    String html = "<html><head><title>Переговоры с Президентом Конго</title></head><body>"
        + "<nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a></nav>"
        + "<div class=\"read\"><div class=\"read__meta\">5 июня 2024 года, 14:30</div>"
        + "<h1>Переговоры с Президентом Конго</h1>"
        + "<p>В Кремле состоялись российско-конголезские переговоры. Гость находится в России с официальным визитом.</p>"
        + "<p>Обсуждались вопросы торгово-экономического сотрудничества, энергетики и образования.</p></div>"
        + "<aside><div>Другие новости</div><div>3 июня 2024 года</div><div>Встреча с губернатором</div></aside>"
        + "</body></html>";
    assertEquals("2024-06-05", PublishedDates.toIsoDate(HtmlMainText.extract(html, null).publishedAt));
  }

  @Test
  void aDateFarFromTheHeadlineOrWithoutOneIsNoPublicationDate() {
    String far = "<html><body><h1>Переговоры</h1>" + "<p>Абзац статьи номер один, в нем ничего о дате.</p>".repeat(6)
        + "<div>3 июня 2024 года</div></body></html>";
    assertNull(HtmlMainText.extract(far, null).publishedAt);
    assertNull(HtmlMainText.extract("<html><body><div>3 июня 2024 года</div><p>Текст без заголовка.</p></body></html>",
        null).publishedAt);
  }

  @Test
  void aWireDatelineWithItsYearDatesTheReport() {
    assertEquals("2024-03-05", clean(null, null, "Tashkent, 5 March 2024 – The Kazakh foreign minister arrived "
        + "in Tashkent for talks on water sharing and transit.").publishedDate);
    assertEquals("2024-11-08", clean(null, null, "New Delhi [India], Nov 8, 2024 (ANI): The Vietnamese deputy "
        + "prime minister arrived here on a three-day official visit.").publishedDate);
    assertEquals("2024-03-05", clean(null, null, "Minister arrives in Astana\n\nASTANA, March 5, 2024 (Wire) -- "
        + "The Kyrgyz foreign minister arrived for talks.").publishedDate);
    // without a year, or with a date inside the report, the dateline does not date it
    assertNull(clean(null, null, "ASTANA, March 5 (Wire) -- The Kyrgyz foreign minister arrived for talks.").publishedDate);
    assertNull(clean(null, null, "The two ministers met on 5 March 2024 - the first meeting in years - and "
        + "agreed on a plan.").publishedDate);
  }

  @Test
  void aWireDatelineInFiguresWithATwoDigitYearDatesTheReport() {
    // day first, as agencies of Asia, Africa and the Gulf print it
    assertEquals("2025-03-05", clean(null, null, "HANOI, 5/3/25 (VNA) -- The Indonesian president arrived for a "
        + "state visit to Vietnam.").publishedDate);
    assertEquals("2024-03-12", clean(null, null, "Accra, 12-03-24 (GNA) - The Ghanaian president left for an "
        + "official visit to Nigeria.").publishedDate);
    assertEquals("2024-03-12", clean(null, null, "KUALA LUMPUR, 12.03.24 (Bernama) -- The prime minister will "
        + "undertake a working visit to Singapore.").publishedDate);
    assertEquals("2024-03-12", clean(null, null, "Abu Dhabi, 12/03/2024 (WAM) -- The UAE President arrived in "
        + "Paris on a state visit to France.").publishedDate);
    // a second number that can only be a day: the month comes first
    assertEquals("2025-05-23", clean(null, null, "MANILA, 5/23/25 (PNA) -- The president flew to Tokyo for a "
        + "state visit to Japan.").publishedDate);
    // figures that are no date, and figures outside a dateline, do not date it
    assertNull(clean(null, null, "HANOI, 31/02/25 (VNA) -- The Indonesian president arrived for a visit.").publishedDate);
    assertNull(clean(null, null, "The score was 2-1-24 after a long match - and the guests left.").publishedDate);
  }
}
