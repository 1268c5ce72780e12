package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Signings as the agencies of the CIS and their neighbours report them (АПА, Кабар, БЕЛТА, Ховар):
 * datelines closed by the agency's name, a document the leaders signed themselves before a list of
 * the others. The reports are written for these tests; names, offices and places are real.
 */
class CisAgencySigningTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String lang, LocalDate pub, String text) {
    return EX.extract(new ArticleText("cs-" + Math.abs(text.hashCode()), "https://wire.example/cs",
        "wire.example", "", lang, pub, text));
  }

  private static EventRow signing(Extraction x) {
    List<EventRow> s = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).collect(Collectors.toList());
    assertEquals(1, s.size(), s.toString());
    return s.get(0);
  }

  private static Set<String> titles(Extraction x) {
    return x.documents.stream().map(d -> d.titleOriginal).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theLeadAfterADatelineClosedByItsAgencyTakesTheDatelinesDay() {
    Extraction x = run("ru", LocalDate.of(2025, 4, 8), "Баку, 8 апреля, АПА. Президент Азербайджана Ильхам Алиев и "
        + "Президент Узбекистана Шавкат Мирзиёев подписали Декларацию об углублении стратегического партнерства.");
    assertEquals("2025-04-08", signing(x).startDate);
  }

  @Test
  void aDocumentTheLeadersSignedBeforeAListOnTheSameLineIsKept() {
    Extraction x = run("ru", LocalDate.of(2024, 11, 27), "По итогам переговоров Садыра Жапарова и Касым-Жомарта "
        + "Токаева в Акорде подписано 10 документов. Главы государств подписали Совместное заявление. Также "
        + "подписаны:\n- Соглашение о сотрудничестве в области противодействия терроризму;\n- Дорожная карта по "
        + "развитию торговли на 2025–2027 годы.");
    signing(x);
    Set<String> t = titles(x);
    assertTrue(t.contains("Совместное заявление"), t.toString());
    assertEquals(3, t.size(), t.toString());
  }
}
