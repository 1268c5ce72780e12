package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.docs;
import static org.coopevents.extract.ExtractionRows.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * The count of signed documents read with the words of document_count_words.tsv: group words,
 * counts joined by "and", a sub-count part of a total, "a package of N documents". The reports
 * are written for these tests.
 */
class SigningDocumentCountTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Integer count(String lang, String text) {
    List<EventRow> s = signings(EX.extract(new ArticleText("dc-" + Math.abs(text.hashCode()), "https://wire.example/dc",
        "wire.example", "", lang, LocalDate.of(2024, 10, 9), text)));
    assertEquals(1, s.size(), s.toString());
    return s.get(0).documentCount;
  }

  @Test
  void aPackageOfDocumentsCountsItsDocuments() {
    assertEquals(12, count("ru", "МИНСК, 8 октября. Белоруссия и Китай подписали пакет из 12 документов о сотрудничестве "
        + "в ходе визита премьера Госсовета КНР в Минск во вторник."));
  }

  @Test
  void countsJoinedByAndAreAdded() {
    assertEquals(11, count("en", "ASTANA, Oct 8 - Kazakhstan and China signed four intergovernmental agreements and seven "
        + "other documents on Tuesday during the state visit of President Xi Jinping."));
  }

  @Test
  void aGroupWordMultipliesTheNumberBeforeIt() {
    assertEquals(24, count("en", "BEIJING, Oct 8 - China and Brazil signed two dozen cooperation documents on Tuesday "
        + "during the state visit of President Lula."));
    assertEquals(20, count("ru", "ПЕКИН, 8 октября. Китай и Бразилия подписали два десятка документов о сотрудничестве "
        + "во вторник в ходе государственного визита президента Бразилии."));
  }

  @Test
  void aSubCountAmongTheTotalLeavesTheTotal() {
    assertEquals(12, count("en", "HANOI, Oct 8 - Vietnam and Russia signed documents on Tuesday during the visit of Prime "
        + "Minister Mikhail Mishustin: three agreements were among the 12 documents."));
  }

  @Test
  void furtherDocumentsCountedAfterATitleAreNoPartOfIt() {
    String text = "БИШКЕК, 8 октября. Президенты России и Киргизии подписали во вторник совместное заявление об "
        + "углублении союзничества, а также семь двусторонних документов.";
    assertEquals(Map.of("Совместное заявление об углублении союзничества", "DECLARATION"),
        docs(EX.extract(new ArticleText("dc-f", "https://wire.example/dc", "wire.example", "", "ru",
            LocalDate.of(2024, 10, 9), text))));
    String en = "BISHKEK, Oct 8 - The presidents of Russia and Kyrgyzstan signed a joint statement on deepening their "
        + "alliance as well as seven bilateral documents on Tuesday.";
    assertEquals(Map.of("Joint statement on deepening their alliance", "DECLARATION"),
        docs(EX.extract(new ArticleText("dc-g", "https://wire.example/dc", "wire.example", "", "en",
            LocalDate.of(2024, 10, 9), en))));
  }

  @Test
  void theDayOfADateIsNoCount() {
    assertEquals(null, count("ru", "МИНСК, 8 октября. В ходе визита президента Казахстана в Минск 3 октября подписаны "
        + "документы между министерствами образования двух стран."));
    assertEquals(null, count("en", "CAIRO, Oct 8 - Egypt and India on 7 October signed documents on cooperation in "
        + "health during the visit of the Indian foreign minister."));
    assertEquals(9, count("en", "CAIRO, Oct 8 - Egypt and India on October 7 signed nine documents on cooperation "
        + "during the visit of the Indian foreign minister."));
  }

  @Test
  void aTitleJoinedToAFurtherCountIsCountedWithIt() {
    assertEquals(8, count("en", "KUALA LUMPUR, Oct 8 - Malaysia and Indonesia signed a joint statement plus seven "
        + "documents on energy, defence and education on Tuesday."));
    assertEquals(8, count("ru", "ХАНОЙ, 8 октября. Президенты России и Вьетнама подписали во вторник совместное "
        + "заявление и еще 7 документов."));
    assertEquals(8, count("ru", "БИШКЕК, 8 октября. Президенты России и Киргизии подписали во вторник совместное "
        + "заявление об углублении союзничества, а также семь двусторонних документов."));
  }

  @Test
  void aFurtherCountRightAfterTheTypeWordIsNoTitle() {
    assertEquals(Map.of("Joint statement", "DECLARATION"),
        docs(EX.extract(new ArticleText("dc-h", "https://wire.example/dc", "wire.example", "", "en",
            LocalDate.of(2024, 10, 9), "KUALA LUMPUR, Oct 8 - Malaysia and Indonesia signed a joint statement plus "
            + "seven documents on energy, defence and education on Tuesday."))));
    assertEquals(Map.of("Совместное заявление", "DECLARATION"),
        docs(EX.extract(new ArticleText("dc-i", "https://wire.example/dc", "wire.example", "", "ru",
            LocalDate.of(2024, 10, 9), "ХАНОЙ, 8 октября. Президенты России и Вьетнама подписали во вторник "
            + "совместное заявление и еще 7 документов."))));
  }
}
