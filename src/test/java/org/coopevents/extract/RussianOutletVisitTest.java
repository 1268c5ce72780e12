package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits and signings as Russian-language outlets of Russia and the CIS tell them (ТАСС, РИА,
 * Интерфакс, БелТА, Кабар, УзА, АзерТАдж): states Russian names with "на", tours of several
 * states, airports named after a person, signings dated by the days of the visit. The reports are
 * written for these tests; the facts are real or plausible.
 */
class RussianOutletVisitTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> events(String type, String text, LocalDate pub) {
    Extraction x = EX.extract(new ArticleText("a-" + Math.abs(text.hashCode()), null, "agency.example", "", "ru",
        pub, text));
    return x.events.stream().filter(e -> e.eventType.equals(type)).toList();
  }

  private static EventRow onlyVisit(String text, LocalDate pub) {
    return VisitWordingTest.only(events("VISIT", text, pub));
  }

  @Test
  void aStateNamedWithNaIsTheDestination() {
    EventRow v = onlyVisit("КИЕВ, 23 августа. Премьер-министр Индии Нарендра Моди прибыл с визитом на Украину. "
        + "Он провел переговоры с президентом Владимиром Зеленским.", LocalDate.of(2024, 8, 23));
    assertEquals("IND", v.actor1Country);
    assertEquals("UKR", v.actor2Country);
    assertEquals("2024-08-23", v.startDate);
    v = onlyVisit("Президент Вьетнама То Лам совершит официальный визит на Кубу в конце сентября.",
        LocalDate.of(2024, 9, 10));
    assertEquals("VNM", v.actor1Country);
    assertEquals("CUB", v.actor2Country);
    assertEquals("PLANNED", v.status);
    v = onlyVisit("Министр иностранных дел Греции Георгиос Герапетритис находится с визитом на Кипре.",
        LocalDate.of(2024, 5, 3));
    assertEquals("GRC", v.actor1Country);
    assertEquals("CYP", v.actor2Country);
  }

  @Test
  void naBeforeAStateAfterAnotherVerbIsNoDestination() {
    // "давление на Россию": the state after "на" is no place the guest goes to
    EventRow v = onlyVisit("Канцлер Германии Олаф Шольц прибыл в Китай, где призвал Пекин оказать давление на Россию.",
        LocalDate.of(2024, 4, 14));
    assertEquals("DEU", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
  }

  @Test
  void aTourOfSeveralStatesIsOneVisitToEach() {
    List<EventRow> vs = events("VISIT", "Министр иностранных дел России Сергей Лавров на следующей неделе совершит "
        + "турне по Гане, Бразилии и Аргентине. Об этом сообщили в МИД.", LocalDate.of(2025, 2, 10));
    assertEquals(3, vs.size());
    for (EventRow v : vs) {
      assertEquals("RUS", v.actor1Country);
      assertEquals("Sergey Lavrov", v.actor1Person);
      assertEquals("PLANNED", v.status);
    }
    assertEquals(List.of("ARG", "BRA", "GHA"), vs.stream().map(v -> v.actor2Country).sorted().toList());
    // the minister met at the first stop is not the guest of the next ones
    vs = events("VISIT", "В Аккре Сергей Лавров проведет переговоры с министром иностранных дел Ганы, затем посетит "
        + "Бразилию и Аргентину.", LocalDate.of(2025, 2, 10));
    assertTrue(vs.size() >= 2);
    for (EventRow v : vs) assertEquals("RUS", v.actor1Country);
  }

  @Test
  void aSigningDatedByTheDaysOfTheVisitSpansThem() {
    String text = "Глава государства Касым-Жомарт Токаев завершил государственный визит в Монголию. "
        + "В ходе визита 11–12 сентября были подписаны соглашение о сотрудничестве в области транспорта "
        + "и меморандум о взаимопонимании в сфере образования.";
    EventRow s = VisitWordingTest.only(events("SIGNING", text, LocalDate.of(2024, 9, 12)));
    assertEquals("2024-09-11", s.startDate);
    assertEquals("2024-09-12", s.endDate);
    // one day stays one day
    s = VisitWordingTest.only(events("SIGNING", text.replace("11–12 сентября", "12 сентября"),
        LocalDate.of(2024, 9, 12)));
    assertEquals("2024-09-12", s.startDate);
    assertEquals("2024-09-12", s.endDate);
  }

  @Test
  void anAirportNamedAfterAFormerLeaderIsNoHost() {
    EventRow v = onlyVisit("Президент Беларуси Александр Лукашенко прибыл с официальным визитом в Азербайджан. "
        + "В аэропорту Гейдар Алиев главу белорусского государства встретил премьер-министр Али Асадов. "
        + "В субботу в Баку пройдут переговоры Лукашенко с Президентом Азербайджана Ильхамом Алиевым.",
        LocalDate.of(2024, 3, 15));
    assertEquals("BLR", v.actor1Country);
    assertEquals("AZE", v.actor2Country);
    assertEquals("Ilham Aliyev", v.actor2Person);
    v = onlyVisit("Президент Кыргызстана Садыр Жапаров прибыл в Ташкент. В международном аэропорту имени "
        + "Ислама Каримова его встретил президент Узбекистана Шавкат Мирзиёев.", LocalDate.of(2024, 6, 10));
    assertEquals("Shavkat Mirziyoyev", v.actor2Person);
    // the leader in office after the airport is the one who meets the guest
    v = onlyVisit("Президент Беларуси Александр Лукашенко прибыл в Баку. В аэропорту Ильхам Алиев лично встретил гостя.",
        LocalDate.of(2024, 3, 15));
    assertEquals("Ilham Aliyev", v.actor2Person);
  }

  @Test
  void aVisitThatWillContinueUntilADayIsUnderWay() {
    EventRow v = onlyVisit("Визит Президента Туркменистана Сердара Бердымухамедова в Узбекистан продолжится до 22 августа.",
        LocalDate.of(2024, 8, 21));
    assertEquals("TKM", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals(null, v.startDate);
    assertEquals("2024-08-22", v.endDate);
  }

  @Test
  void talksOfTwoMinistersHeldInACapitalAreAVisitToIt() {
    EventRow v = onlyVisit("Переговоры Сергея Лаврова и министра иностранных дел Лаоса Тхонгсавана Пхомвихана "
        + "состоялись в Москве.", LocalDate.of(2024, 11, 20));
    assertEquals("LAO", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("Moscow", v.locationCity);
    // leaders of two other states talking in the capital of a third make no visit to it
    assertTrue(events("VISIT", "Переговоры Шавката Мирзиёева и Си Цзиньпина прошли в Москве.",
        LocalDate.of(2024, 11, 20)).isEmpty());
  }

  @Test
  void aFurtherVisitInTheNextClauseIsAVisitOfItsOwn() {
    List<EventRow> vs = events("VISIT", "Касым-Жомарт Токаев посетит Узбекистан с государственным визитом в начале "
        + "марта, а в апреле совершит визит в Германию.", LocalDate.of(2024, 3, 1));
    assertEquals(List.of("DEU", "UZB"), vs.stream().map(v -> v.actor2Country).sorted().toList());
    for (EventRow v : vs) {
      assertEquals("KAZ", v.actor1Country);
      assertEquals("PLANNED", v.status);
    }
    // the next clause about something else adds no visit
    vs = events("VISIT", "Касым-Жомарт Токаев посетит Узбекистан в начале марта, а затем проведет заседание "
        + "правительства.", LocalDate.of(2024, 3, 1));
    assertEquals(1, vs.size());
  }

  @Test
  void aVisitOneHasBeenOnIsNoArrivalOfTheReportsDay() {
    EventRow v = onlyVisit("Президент Монголии Ухнагийн Хурэлсух на прошлой неделе побывал с государственным визитом "
        + "в Японии.", LocalDate.of(2024, 6, 12));
    assertEquals("MNG", v.actor1Country);
    assertEquals("JPN", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals(null, v.startDate);
    // an arrival told as news is still of the report's day
    v = onlyVisit("Президент Монголии Ухнагийн Хурэлсух прибыл с государственным визитом в Японию.",
        LocalDate.of(2024, 6, 12));
    assertEquals("2024-06-12", v.startDate);
  }
}
