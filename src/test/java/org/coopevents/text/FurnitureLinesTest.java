package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The line filter applied after extraction: furniture goes, body sentences that look alike stay. */
class FurnitureLinesTest {

  @Test
  void furnitureLinesAreDropped() {
    String text = String.join("\n",
        "Advertisement",
        "The two ministers signed a protocol on customs cooperation.",
        "Share this article",
        "Updated Nov 19, 2019 9:41 AM ET",
        "By Jane Doe and John Roe",
        "Posted by Anna Petrova on March 3, 2024, 6:21 AM EST",
        "Reporting by Ivan Ivanov; editing by Mark Smith",
        "Read more: Ministers meet in Baku",
        "Related: Trade turnover grows by a fifth",
        "Читайте также: Визит в Ташкент",
        "Опубликовано 5 июня 2024 г., 14:30",
        "Follow the reporter on Twitter @somebody",
        "© 2024 Example News. All rights reserved.",
        "This post may contain affiliate links.",
        "Реклама",
        "Поделиться:",
        "Теги: Армения, Белоруссия",
        "Copyright 2024 Example Media",
        "More stories from Central Asia",
        "Подробнее »");
    assertEquals("The two ministers signed a protocol on customs cooperation.", HtmlMainText.filterLines(text, null));
  }

  @Test
  void bodySentencesThatStartLikeFurnitureStay() {
    String text = String.join("\n",
        "By the end of the year the two countries plan to open a joint trade house in Minsk.",
        "Also on Tuesday, the delegations visited the tractor plant.",
        "Share prices of the airline rose after the agreement was announced on Monday.",
        "Related talks on energy will continue in Ashgabat next week.",
        "On 12 March 2024 the sides signed a memorandum on education.",
        "Copyright law and the protection of trademarks were also on the agenda.",
        "More news on the pipeline deal is expected after the summit.",
        "Tags for tracking cargo will be installed at both border crossings.",
        "Подробнее о соглашении рассказал министр экономики.",
        "Поделиться опытом в области цифровизации предложила казахстанская сторона.");
    assertEquals(text, HtmlMainText.filterLines(text, null));
  }

  @Test
  void titleRepeatedAsFirstLineAndConsecutiveDuplicatesGo() {
    String text = "Leaders meet in Astana\nThe summit opened on Monday.\nThe summit opened on Monday.\nIt ends today.";
    assertEquals("The summit opened on Monday.\nIt ends today.", HtmlMainText.filterLines(text, "Leaders meet in Astana"));
  }

  @Test
  void dateLinesNeedADigitAndNothingButDateWords() {
    assertTrue(HtmlMainText.isDateLine("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)"));
    assertTrue(HtmlMainText.isDateLine("14 марта 2024 года, 09:12"));
    assertFalse(HtmlMainText.isDateLine("Updated"));
    assertFalse(HtmlMainText.isDateLine("Talks resumed on 14 March 2024 in Astana"));
  }
}
