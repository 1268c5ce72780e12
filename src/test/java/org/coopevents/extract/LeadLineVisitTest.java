package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.Article;
import org.coopevents.model.EventRow;
import org.coopevents.model.RawArticle;
import org.coopevents.text.ArticleCleaner;
import org.junit.jupiter.api.Test;

/**
 * A record whose text keeps its page's head, read as the job reads it (cleaning, then
 * extraction): the visit that only the page's headline or lead states is found, and the date
 * printed above the headline anchors "в среду". The pages are written for these tests.
 */
class LeadLineVisitTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> visits(String publishedAt, String title, String text) {
    Article a = ArticleCleaner.clean(new RawArticle("f.jsonl", "1", "JSONL", "p1", null, "portal.example",
        publishedAt, null, "ru", title, text, null));
    Extraction x = EX.extract(new ArticleText(a.articleId, a.url, a.source, a.title, a.language,
        a.publishedDate == null ? null : LocalDate.parse(a.publishedDate), a.text));
    return x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
  }

  @Test
  void theHeadlineOfAPageWithoutATitleStatesTheVisit() {
    List<EventRow> vs = visits(null, null, "Новости\n\n15:42 Курс доллара вырос\n\n"
        + "5 июня 2024 года 14:30\n\n"
        + "Министр иностранных дел России Сергей Лавров прибыл в Анкару\n\n"
        + "Глава российского МИД в среду проведет переговоры с турецким коллегой и встретится с президентом. "
        + "Визит продлится два дня.\n\nКомментарии (3)\n");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("RUS", vs.get(0).actor1Country);
    assertEquals("TUR", vs.get(0).actor2Country);
    assertEquals("OCCURRED", vs.get(0).status);
  }

  @Test
  void theLeadUnderTheHeadlineStatesTheTalks() {
    List<EventRow> vs = visits("2024-06-20", "Итоги визита", "Политика\n\nИтоги визита Президента России во Вьетнам\n\n"
        + "20.06.2024 18:00\n\nВладимир Путин провел переговоры с Нгуен Фу Чонгом в Ханое\n\n"
        + "Стороны подписали одиннадцать документов. Лидеры отметили рост товарооборота.\n\nТеги: Россия, Вьетнам\n");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("RUS", vs.get(0).actor1Country);
    assertEquals("VNM", vs.get(0).actor2Country);
  }

  @Test
  void tickerItemsAboveTheArticleStateNoVisit() {
    assertTrue(visits("2024-06-05", null, "Лента новостей\n\n15:42 Президент Ирана прибыл в Москву\n\n"
        + "15:10 Погода на выходные будет теплой\n\n"
        + "В Подмосковье открылся новый парк аттракционов\n\n"
        + "Парк с колесом обозрения принял первых посетителей в субботу. Вход в первую неделю бесплатный.\n")
        .isEmpty());
  }
}
