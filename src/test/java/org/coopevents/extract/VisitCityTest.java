package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/** The city of a visit placed by another sentence of the article (VisitCity); reports written for these tests. */
class VisitCityTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static EventRow visit(String lang, String text) {
    Extraction x = EX.extract(new ArticleText("c-" + Math.abs(text.hashCode()), null, "wire.example", null,
        lang, LocalDate.of(2024, 3, 4), text));
    List<EventRow> vs = x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
    assertEquals(1, vs.size(), vs.toString());
    return vs.get(0);
  }

  @Test
  void aSeatOfGovernmentOtherThanTheCapitalIsTheCityNamed() {
    EventRow v = visit("en", "Indian Prime Minister Narendra Modi arrived in Colombo on Friday for a three-day state "
        + "visit to Sri Lanka.");
    assertEquals("LKA", v.actor2Country);
    assertEquals("Colombo", v.locationCity);
    EventRow ru = visit("ru", "Премьер-министр Индии Нарендра Моди прибыл в Путраджаю с официальным визитом в Малайзию.");
    assertEquals("Putrajaya", ru.locationCity);
  }

  @Test
  void theHostsCapitalNamedInAnotherSentenceOfThePairIsTheCity() {
    EventRow v = visit("en", "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan on Monday.\n"
        + "In Tashkent, Tokayev and Shavkat Mirziyoyev discussed water sharing and rail links.");
    assertEquals("Tashkent", v.locationCity);
    EventRow ru = visit("ru", "Президент Казахстана Касым-Жомарт Токаев в понедельник начал государственный визит в Узбекистан.\n"
        + "В Ташкенте лидеры обсудят водные ресурсы и железные дороги.");
    assertEquals("Tashkent", ru.locationCity);
  }

  @Test
  void aCapitalNamedWithAThirdStateOrOfTheGuestIsNotTheCity() {
    EventRow v = visit("en", "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan on Monday.\n"
        + "He had hosted Russian officials in Astana last week.\n"
        + "Officials in Moscow and Tashkent have welcomed the plan.");
    assertNull(v.locationCity);
  }
}
