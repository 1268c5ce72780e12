package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits and signings as Russian-language agencies beyond the Kremlin tell them (ТАСС, Report,
 * Арменпресс, Казинформ, Sputnik): officials who share a leader's surname, and what their visits
 * and signings carry. The reports are written for these tests; the facts are real or plausible.
 */
class RussianAgencyReportTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> signings(String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("a-" + Math.abs(text.hashCode()), null, "agency.example", "", "ru",
        pub, text));
    return x.events.stream().filter(e -> e.eventType.equals("SIGNING")).toList();
  }

  /** Each document's original title and its type. */
  private static Map<String, String> docs(String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("a-" + Math.abs(text.hashCode()), null, "agency.example", "", "ru",
        pub, text));
    Map<String, String> m = new TreeMap<>();
    for (DocumentRow d : x.documents) m.put(d.titleOriginal, d.docType);
    return m;
  }
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("ru", "", text, pub);
  }

  @Test
  void anOfficialWhoSharesALeadersSurnameIsNotTheLeader() {
    // no Ilham Aliyev: the delegation may still be a visit of the state, never of its president
    for (EventRow v : visits("Генеральные прокуратуры Азербайджана и Узбекистана подписали программу "
        + "сотрудничества. Документ подписан в Ташкенте в ходе визита делегации во главе с генпрокурором "
        + "Азербайджана Кямраном Алиевым.", LocalDate.of(2025, 9, 25))) {
      assertNull(v.actor1Person);
    }
    // the first vice president is named with her own title and name (TitledPerson), never as the president
    for (EventRow v : visits("Первый вице-президент Азербайджана Мехрибан Алиева прибыла в Рим с "
        + "официальным визитом.", LocalDate.of(2024, 3, 4))) {
      assertTrue(v.actor1Person == null || v.actor1Person.equals("Мехрибан Алиева"), v.toString());
    }
  }

  @Test
  void theLeaderNamedByHisSurnameAfterHisTitleStaysTheLeader() {
    EventRow v = VisitWordingTest.only(visits("БАКУ, 22 августа. /Report/. Президент Мирзиёев прибыл в Баку. "
        + "В аэропорту гостя встретил Президент Азербайджана Алиев.", LocalDate.of(2023, 8, 22)));
    assertEquals("Shavkat Mirziyoyev", v.actor1Person);
    assertEquals("Ilham Aliyev", v.actor2Person);
  }

  @Test
  void includingBeforeTheDocumentIsNoPartOfItsTitle() {
    Map<String, String> d = docs("Премьер-министр Индии Нарендра Моди 8-9 июля находился в России с официальным "
        + "визитом. По итогам переговоров в Кремле стороны подписали девять документов, включая меморандум о "
        + "сотрудничестве в области полярных исследований.", LocalDate.of(2024, 7, 10));
    assertEquals(Map.of("Меморандум о сотрудничестве в области полярных исследований", "MEMORANDUM"), d);
  }

  @Test
  void aCharterInAnyCase() {
    Map<String, String> d = docs("Глава МИД Армении Арарат Мирзоян и госсекретарь США Энтони Блинкен во вторник в "
        + "Вашингтоне подписали хартию о стратегическом партнерстве между Арменией и США.", LocalDate.of(2025, 1, 15));
    assertEquals(Map.of("Хартия о стратегическом партнерстве между Арменией и США", "OTHER"), d);
  }

  @Test
  void theDayAVisitEndedIsItsLastDay() {
    LocalDate friday = LocalDate.of(2024, 5, 17);
    for (String text : List.of("Визит президента РФ Владимира Путина в Китай завершился в пятницу.",
        "В пятницу завершился государственный визит президента России Владимира Путина в Китай.",
        "Владимир Путин завершил в пятницу государственный визит в Китай.")) {
      EventRow v = VisitWordingTest.only(visits(text, friday));
      assertEquals("2024-05-17", v.endDate, text);
      assertEquals("OCCURRED", v.status, text);
    }
  }

  @Test
  void aSigningInTheLeadOfADatedWireTookPlaceOnItsDay() {
    EventRow s = signings("ЕРЕВАН, 10 марта. /АРМЕНПРЕСС/. Министр обороны Армении Сурен Папикян и министр "
        + "вооруженных сил Франции Себастьен Лекорню подписали в Париже соглашение о сотрудничестве в сфере обороны.",
        LocalDate.of(2024, 3, 10)).get(0);
    assertEquals("2024-03-10", s.startDate);
    s = signings("Минск, 2 апреля. Беларусь и Казахстан подписали соглашение о сотрудничестве в сфере промышленной "
        + "кооперации.", LocalDate.of(2025, 4, 2)).get(0);
    assertEquals("2025-04-02", s.startDate);
  }

  @Test
  void aSigningLaterInTheReportOrWithoutADatelineStaysUndated() {
    EventRow s = signings("Беларусь и Казахстан подписали соглашение о сотрудничестве в сфере промышленной "
        + "кооперации.", LocalDate.of(2025, 4, 2)).get(0);
    assertNull(s.startDate);
    for (EventRow later : signings("Минск, 2 апреля. Вице-премьеры Беларуси и Казахстана обсудили промышленную "
        + "кооперацию. Стороны подписали соглашение о сотрудничестве в сфере промышленной кооперации.",
        LocalDate.of(2025, 4, 2))) {
      assertNull(later.startDate);
    }
  }

  @Test
  void talksInTheLeadOfADatedWireDateTheSigningAfterThem() {
    // the day before is the arrival's, not the talks'
    EventRow s = signings("ТАШКЕНТ, 27 мая. /ТАСС/. Президент России Владимир Путин, прибывший накануне в Ташкент с "
        + "государственным визитом, провел переговоры с Шавкатом Мирзиёевым. Делегации подписали межправительственное "
        + "соглашение о строительстве атомной электростанции малой мощности.", LocalDate.of(2024, 5, 27)).get(0);
    assertEquals("2024-05-27", s.startDate);
  }

  @Test
  void aVisitThatLastsUntilAWeekdayEndsOnIt() {
    EventRow v = VisitWordingTest.only(visits("Глава МИД России Сергей Лавров в среду встретился в Пекине с министром "
        + "иностранных дел КНР Ван И. Визит Лаврова в Китай продлится до пятницы.", LocalDate.of(2024, 4, 25)));
    assertEquals("2024-04-24", v.startDate);
    assertEquals("2024-04-26", v.endDate);
  }
}
