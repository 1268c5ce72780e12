package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The article's own headline and lead above its body stay: a subtitle or a lead line without a
 * full stop often states the visit that the body only alludes to ("the guest"), while tickers,
 * menus and other stories above it still go. The pages are written for these tests.
 */
class LeadLinesTest {
  @Test
  void subtitleBetweenHeadlineAndBodyStays() {
    String page = "Главная / Политика / В мире\n\nКак встречали президента в Душанбе\n\nОпубликовано\n\n"
        + "Главу Узбекистана в аэропорту встретил президент Таджикистана Эмомали Рахмон\n\n"
        + "Фото: пресс-служба\n\n"
        + "В честь гостя был выстроен почетный караул и подняты флаги двух стран. Затем высокий гость "
        + "возложил венок к памятнику.\n\nПоделиться\n";
    String clean = PageFurnitureCleaner.clean(page, "Как встречали президента в Душанбе");
    assertTrue(clean.contains("в аэропорту встретил президент Таджикистана Эмомали Рахмон."), clean);
    assertFalse(clean.contains("Фото:"), clean);
    assertFalse(clean.contains("Главная"), clean);
  }

  @Test
  void theHeadlineThatSaysMoreThanTheRecordsTitleStays() {
    String page = "Политика\n\nИтоги визита Президента России во Вьетнам\n\n20.06.2024 18:00\n\n"
        + "Владимир Путин провел переговоры с Нгуен Фу Чонгом в Ханое\n\n"
        + "Стороны подписали одиннадцать документов. Лидеры отметили рост товарооборота.\n\nТеги: Россия, Вьетнам\n";
    String clean = PageFurnitureCleaner.clean(page, "Итоги визита");
    assertTrue(clean.startsWith("Итоги визита Президента России во Вьетнам"), clean);
    assertTrue(clean.contains("провел переговоры с Нгуен Фу Чонгом в Ханое."), clean);
    assertFalse(clean.contains("18:00"), clean);
  }

  @Test
  void tickerItemsAndUnrelatedHeadlinesAboveTheArticleGo() {
    String page = "Новости\n\n15:42 Курс доллара вырос\n\n15:10 Погода на выходные будет теплой\n\n"
        + "Министр иностранных дел России Сергей Лавров прибыл в Анкару\n\n"
        + "Глава российского МИД проведет переговоры с турецким коллегой и встретится с президентом. "
        + "Визит продлится два дня.\n\nКомментарии (3)\n";
    String clean = PageFurnitureCleaner.clean(page, null);
    // set as the statement it is, with a full stop, so that it is read as one
    assertTrue(clean.startsWith("Министр иностранных дел России Сергей Лавров прибыл в Анкару.\n"), clean);
    assertFalse(clean.contains("доллара"), clean);
    assertFalse(clean.contains("Погода"), clean);
  }

  @Test
  void aSecondLineAboveMustShareTheArticlesWords() {
    String page = "В Подмосковье открылся новый парк аттракционов\n\n"
        + "Президент Казахстана прибыл в Москву с государственным визитом\n\n"
        + "Казахстанский лидер проведет в Москве переговоры с президентом России. Стороны подпишут декларацию.\n";
    String clean = PageFurnitureCleaner.clean(page, null);
    assertTrue(clean.startsWith("Президент Казахстана прибыл в Москву"), clean);
    assertFalse(clean.contains("аттракционов"), clean);
  }
}
