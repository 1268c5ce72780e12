package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.junit.jupiter.api.Test;

/**
 * Articles without a publication date whose URL spells one out: the URL's date stands in for
 * the missing one, before a crawl date, and never over a date the record or page gives. The
 * URLs are made up in the shapes news sites use.
 */
class UrlDatesTest {
  @Test
  void theShapesNewsSitesFileArticlesUnder() {
    assertEquals("2024-06-05", UrlDates.of("https://news.example.kz/2024/06/05/talks-in-astana/"));
    assertEquals("2024-06-05", UrlDates.of("https://example.org/world/2024-06-05/visit-ends"));
    assertEquals("2022-12-23", UrlDates.of("https://biz.example.kz/2022-12-23-dogovor-podpisan/amp"));
    assertEquals("2024-06-05", UrlDates.of("https://example.ru/20240605/vizit-123456789.html"));
    assertEquals("2024-01-25", UrlDates.of("https://en.example.cn/2024/01-25/1705560.html"));
    assertEquals("2019-03-01", UrlDates.of("http://example.com/news/2019_03_01/pact"));
  }

  @Test
  void theYearLastWhenTheDayCannotBeAMonth() {
    assertEquals("2010-05-17", UrlDates.of("https://portal.example.ru/news/17_05_2010_prezident_pribyl"));
    assertEquals("2010-05-17", UrlDates.of("https://example.com/world/05-17-2010/talks.html"));
    assertEquals("2019-11-30", UrlDates.of("https://example.by/30.11.2019/vizit"));
    // 05-06-2010 is 5 June or 6 May: the order is not known
    assertNull(UrlDates.of("https://example.com/news/05-06-2010/talks"));
    assertNull(UrlDates.of("https://example.com/news/31_31_2010/talks"));
  }

  @Test
  void noCompleteRealDateNoDate() {
    assertNull(UrlDates.of(null));
    assertNull(UrlDates.of("https://example.org/2024/06/visit-to-hanoi"), "a month without a day");
    assertNull(UrlDates.of("https://example.org/news/202406051234567"), "an article number");
    assertNull(UrlDates.of("https://example.org/news/article-20240605"), "eight digits inside a name");
    assertNull(UrlDates.of("https://example.org/2024/13/45/slug"), "no such day");
    assertNull(UrlDates.of("https://example.org/1875/06/05/history"), "out of the years of news");
    assertNull(UrlDates.of("https://example.org/read?date=2024-06-05"), "the query is no part of the path");
    assertNull(UrlDates.of("https://2024-06-05.example.org/page"), "the host is no part of the path");
  }

  private static Article clean(String url, String publishedAt, String fallbackDate) {
    return ArticleCleaner.clean(new RawArticle("f.jsonl", "1", "JSONL", "u1", url, "example.org",
        publishedAt, fallbackDate, "en", "Talks in Hanoi",
        "The two prime ministers held talks in Hanoi on Tuesday and agreed to expand trade.", null));
  }

  @Test
  void theUrlDatesAnArticleThatGivesNoDate() {
    assertEquals("2024-06-05", clean("https://example.org/2024/06/05/talks", null, null).publishedDate);
  }

  @Test
  void theRecordsOwnDateWinsAndTheUrlBeatsTheCrawlDate() {
    assertEquals("2024-06-06",
        clean("https://example.org/2024/06/05/talks", "2024-06-06T08:00:00Z", null).publishedDate);
    // a WARC record's date is when the page was archived, often long after it was published
    assertEquals("2024-06-05",
        clean("https://example.org/2024/06/05/talks", null, "2026-01-10T00:00:00Z").publishedDate);
    assertEquals("2026-01-10", clean("https://example.org/talks", null, "2026-01-10T00:00:00Z").publishedDate);
  }
}
