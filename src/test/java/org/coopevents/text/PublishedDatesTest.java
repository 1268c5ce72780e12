package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  @Test
  void englishDateLinesInTheFormsPagesPrint() {
    assertEquals("2024-04-04", PublishedDates.printedDateLine("12:40, 4 April 2024"));
    assertEquals("2024-04-04", PublishedDates.printedDateLine("4 Apr. 2024, 12:40 GMT"));
    assertEquals("2024-04-04", PublishedDates.printedDateLine("Published: Thursday, April 4, 2024"));
    assertEquals("2024-09-30", PublishedDates.printedDateLine("By Jane Doe | Sept 30th, 2024 | 3 min read"));
    assertEquals("2024-04-04", PublishedDates.printedDateLine("2024-04-04 12:40"));
  }

  @Test
  void indianPressDateLines() {
    // a publish and an update stamp on one line, the day as an ordinal
    assertEquals("2018-05-11", PublishedDates.printedDateLine(
        "Published: 11th May 2018 11:02 AM  |   Last Updated: 11th May 2018 11:04 AM"));
    // a government release: the clock glued to PM, the issuing office after "by"
    assertEquals("2015-03-13", PublishedDates.printedDateLine("Posted On: 13 MAR 2015 5:39PM by PIB Delhi"));
    assertEquals("2023-07-20", PublishedDates.printedDateLine("Last Updated : 20 Jul 2023 02:30 PM IST"));
  }

  @Test
  void slashedDatesOnlyWhenOneNumberCannotBeAMonth() {
    assertEquals("2019-02-17", PublishedDates.printedDateLine("Updated: 2/17/2019 1:44:31 PM Politics"));
    assertEquals("2019-02-17", PublishedDates.printedDateLine("17/02/2019 11:05 IST"));
    assertNull(PublishedDates.printedDateLine("Posted 3/4/2019"), "March 4 or 3 April");
    assertNull(PublishedDates.printedDateLine("Share 17/2019/02"));
  }

  @Test
  void russianDateLinesInTheFormsPagesPrint() {
    assertEquals("2025-03-13", PublishedDates.printedDateLine("13 марта 2025 года 17:02"));
    assertEquals("2025-03-13", PublishedDates.printedDateLine("17:02, 13 марта 2025 г. | Просмотры: 5 410"));
    assertEquals("2024-05-01", PublishedDates.printedDateLine("Опубликовано: 01.05.2024 09:30"));
    assertEquals("2024-12-02", PublishedDates.printedDateLine("2 дек 2024"));
  }

  @Test
  void sentencesIncompleteAndImpossibleDatesAreNotDateLines() {
    assertNull(PublishedDates.printedDateLine(
        "The two presidents met in Astana on 4 April 2024 and signed a plan."));
    assertNull(PublishedDates.printedDateLine("4 April"));
    assertNull(PublishedDates.printedDateLine("31 February 2024"));
    assertNull(PublishedDates.printedDateLine("12:40"));
    assertNull(PublishedDates.printedDateLine("Population: 1 234 567"));
  }

  @Test
  void placeholderYearsAreNoDate() {
    // year 0000 would become a date BC in Parquet; 0001-01-01 is a library's zero date
    assertNull(PublishedDates.toIsoDate("0000-01-01"));
    assertNull(PublishedDates.toIsoDate("0000-01-01T00:00:00Z"));
    assertNull(PublishedDates.toIsoDate("0001-01-01T00:00:00Z"));
    assertEquals("2024-05-17", PublishedDates.toIsoDate("2024-05-17T10:00:00+03:00"));
    assertEquals("1999-12-31", PublishedDates.toIsoDate("1999-12-31"));
  }
}
