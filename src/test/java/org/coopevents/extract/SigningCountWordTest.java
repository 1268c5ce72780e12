package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * The stated count of signed documents is the number that counts them, not one that counts the
 * states, leaders or days named just before the documents word ("в присутствии лидеров двух
 * стран подписаны документы"). The reports are written for these tests.
 */
class SigningCountWordTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static EventRow signing(String lang, String text) {
    Extraction x = EX.extract(new ArticleText("n-" + Math.abs(text.hashCode()), null, "wire.example", "", lang,
        LocalDate.of(2024, 6, 20), text));
    List<EventRow> s = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).collect(Collectors.toList());
    assertEquals(1, s.size(), s.toString());
    return s.get(0);
  }

  @Test
  void theTwoCountriesAreNoCountOfDocuments() {
    EventRow s = signing("ru", "ХАНОЙ, 20 июня. В присутствии лидеров двух стран подписаны документы о "
        + "сотрудничестве России и Вьетнама в области образования и энергетики.");
    assertNull(s.documentCount, s.toString());
  }

  @Test
  void theTwoPresidentsAreNoCountOfDocuments() {
    EventRow s = signing("en", "HANOI, June 20 - In the presence of the two presidents, documents on "
        + "cooperation between Russia and Vietnam in education and energy were signed on Thursday.");
    assertNull(s.documentCount, s.toString());
  }

  @Test
  void aNumberRightBeforeTheDocumentsCountsThem() {
    EventRow s = signing("ru", "ХАНОЙ, 20 июня. В присутствии лидеров двух стран подписаны 11 документов о "
        + "сотрудничестве России и Вьетнама.");
    assertEquals(11, s.documentCount, s.toString());
  }
}
