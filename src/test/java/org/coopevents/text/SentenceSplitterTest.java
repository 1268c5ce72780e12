package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : SentenceSplitter.split(text)) {
      out.add(s.of(text));
    }
    return out;
  }

  @Test
  void emptyTextHasNoSentences() {
    assertTrue(SentenceSplitter.split("").isEmpty());
    assertTrue(SentenceSplitter.split(null).isEmpty());
    assertTrue(SentenceSplitter.split("  \n\n ").isEmpty());
  }

  @Test
  void plainEnglishSentences() {
    assertEquals(List.of("The talks lasted three hours.", "Both sides praised the result!",
            "Will trade grow?", "Officials think so."),
        sentences("The talks lasted three hours. Both sides praised the result! Will trade grow? Officials think so."));
  }

  @Test
  void spansAreOffsetsIntoTheText() {
    String text = "  First one. Second one.\nThird";
    List<Span> spans = SentenceSplitter.split(text);
    assertEquals(List.of(new Span(2, 12), new Span(13, 24), new Span(25, 30)), spans);
  }

  @Test
  void lineBreakAlwaysEndsASentence() {
    assertEquals(List.of("Documents signed", "Agreement on trade;", "Memorandum on tourism"),
        sentences("Documents signed\nAgreement on trade;\n\nMemorandum on tourism"));
  }

  @Test
  void englishAbbreviationsAndInitials() {
    assertEquals(List.of(
            "Mr. Smith met Dr. Jones and U.S. Secretary of State A. Blinken in Washington, D.C. on Monday.",
            "The U.S. side proposed new talks, e.g. on energy.",
            "They met at No. 10 Downing St. after lunch."),
        sentences("Mr. Smith met Dr. Jones and U.S. Secretary of State A. Blinken in Washington, D.C. on Monday. "
            + "The U.S. side proposed new talks, e.g. on energy. They met at No. 10 Downing St. after lunch."));
  }

  @Test
  void dottedAbbreviationAtTheEndBeforeAnOpener() {
    assertEquals(List.of("He flew to the U.S.", "The visit lasted two days."),
        sentences("He flew to the U.S. The visit lasted two days."));
  }

  @Test
  void russianAbbreviationsAndInitials() {
    assertEquals(List.of(
            "А.Г. Лукашенко прибыл в г. Баку 16 мая 2024 г. и провёл переговоры, т.е. встречу в узком составе.",
            "Музей им. Низами находится на ул. Истиглалият.",
            "Товарооборот составил 1,5 млрд. долл., или 12 млн. руб. в пересчёте."),
        sentences("А.Г. Лукашенко прибыл в г. Баку 16 мая 2024 г. и провёл переговоры, т.е. встречу в узком составе. "
            + "Музей им. Низами находится на ул. Истиглалият. "
            + "Товарооборот составил 1,5 млрд. долл., или 12 млн. руб. в пересчёте."));
  }

  @Test
  void yearAbbreviationEndsASentenceBeforeAnOpener() {
    assertEquals(List.of("Соглашение подписано в 2023 г.", "Он вступит в силу в июле."),
        sentences("Соглашение подписано в 2023 г. Он вступит в силу в июле."));
    assertEquals(List.of("В 2023 г. Беларусь нарастила экспорт."),
        sentences("В 2023 г. Беларусь нарастила экспорт."));
  }

  @Test
  void russianSentencesWithQuotesAndDashes() {
    assertEquals(List.of("«Мы готовы расширять сотрудничество!» — заявил президент.",
            "Стороны подписали протокол."),
        sentences("«Мы готовы расширять сотрудничество!» — заявил президент. Стороны подписали протокол."));
  }

  @Test
  void decimalsAndDatesDoNotEndSentences() {
    assertEquals(List.of("Trade reached $1.5 billion by 16.05.2024, up 3.2 percent.", "Growth continued."),
        sentences("Trade reached $1.5 billion by 16.05.2024, up 3.2 percent. Growth continued."));
  }

  @Test
  void closingQuotesAndBracketsStayWithTheSentence() {
    assertEquals(List.of("\"The situation is changing fast.\"", "(The talks were closed.)", "Aliyev said so."),
        sentences("\"The situation is changing fast.\" (The talks were closed.) Aliyev said so."));
  }

  @Test
  void ellipsesEndASentenceOnlyBeforeACapital() {
    assertEquals(List.of("We will see…", "The rest is open... for now."),
        sentences("We will see… The rest is open... for now."));
  }

  @Test
  void lowerCaseAfterAFullStopDoesNotSplit() {
    assertEquals(1, sentences("The agreement, signed in approx. three hours, covers trade.").size());
  }

  @Test
  void numberedListItemStaysWhole() {
    assertEquals(List.of("1. Memorandum of understanding on tourism;", "2. Agreement on trade."),
        sentences("1. Memorandum of understanding on tourism;\n2. Agreement on trade."));
  }

  @Test
  void numberAtTheEndOfASentence() {
    assertEquals(List.of("The documents were signed on May 16.", "Talks continue."),
        sentences("The documents were signed on May 16. Talks continue."));
  }

  @Test
  void cjkFullStops() {
    assertEquals(List.of("两国签署了协议。", "合作将继续。"), sentences("两国签署了协议。合作将继续。"));
  }
}
