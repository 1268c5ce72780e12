package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as Russian-language official outlets and agencies word them (press services of Central
 * Asian presidents, БелТА, Казинформ, Дунё, ТАСС): the word "город" between the preposition and
 * the capital ("прибыл в город Душанбе", "в г. Ташкент"), and what must stay no visit (a phone
 * call, a videoconference, an invitation). The reports are written for these tests.
 */
class RussianReportWordingTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("ru", "", text, pub);
  }

  private static EventRow only(List<EventRow> vs) {
    return VisitWordingTest.only(vs);
  }

  @Test
  void theWordCityBeforeTheCapitalStillLeadsToIt() {
    EventRow v = only(visits("Президент Узбекистана Шавкат Мирзиёев прибыл в город Душанбе с государственным визитом.",
        LocalDate.of(2024, 4, 18)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("TJK", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("Dushanbe", v.locationCity);
    v = only(visits("Президент Республики Узбекистан Шавкат Мирзиёев 8 мая прибыл с рабочим визитом в город Москву.",
        LocalDate.of(2024, 5, 8)));
    assertEquals("RUS", v.actor2Country);
    assertEquals("WORKING", v.visitKind);
    assertEquals("2024-05-08", v.startDate);
  }

  @Test
  void theShortFormOfCityToo() {
    EventRow v = only(visits("Эмомали Рахмон прибыл в г. Ташкент с государственным визитом.", LocalDate.of(2024, 5, 8)));
    assertEquals("TJK", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
  }

  @Test
  void aPhoneCallAVideoconferenceAndAnInvitationAreNoVisits() {
    assertTrue(visits("ТАШКЕНТ, 28 мая – Дунё. Президент Узбекистана Шавкат Мирзиёев во вторник провел телефонный "
        + "разговор с Президентом Казахстана Касым-Жомартом Токаевым.", LocalDate.of(2024, 5, 28)).isEmpty());
    assertTrue(visits("Александр Лукашенко и Владимир Путин провели переговоры по видеосвязи.",
        LocalDate.of(2024, 5, 28)).isEmpty());
    assertTrue(visits("Касым-Жомарт Токаев пригласил Эммануэля Макрона посетить Казахстан с официальным визитом.",
        LocalDate.of(2024, 5, 28)).isEmpty());
  }

  @Test
  void theChairmanOfThePrcIsTheChineseHeadOfState() {
    EventRow v = only(visits("Визит председателя КНР в Москву завершился в среду утром.", LocalDate.of(2023, 3, 22)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    v = only(visits("Председатель Госсовета КНР Ли Цян прибыл в Минск с официальным визитом.", LocalDate.of(2024, 11, 25)));
    assertEquals("CHN", v.actor1Country);
    assertEquals("BLR", v.actor2Country);
    assertEquals("Li Qiang", v.actor1Person);
  }

  @Test
  void aChairmanOfAnotherBodyIsNoLeader() {
    assertTrue(visits("Председатель Мажилиса Казахстана прибыл в Москву.", LocalDate.of(2024, 3, 22)).isEmpty());
  }

  @Test
  void theKindOfVisitBetweenTheVerbAndThePlace() {
    EventRow v = only(visits("Президент России Владимир Путин намерен будущим летом посетить с официальным визитом "
        + "Италию, сообщил его помощник.", LocalDate.of(2019, 6, 20)));
    assertEquals("RUS", v.actor1Country);
    assertEquals("ITA", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("OFFICIAL", v.visitKind);
    v = only(visits("Во вторник Шавкат Мирзиёев посетил с рабочим визитом Казахстан.", LocalDate.of(2024, 6, 12)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void nakanuneOpeningTheSentenceBeforeItsSubjectIsTheDayBefore() {
    EventRow v = only(visits("Накануне глава МИД Ирана Аббас Аракчи прибыл в Москву с рабочим визитом.",
        LocalDate.of(2024, 6, 20)));
    assertEquals("2024-06-19", v.startDate);
  }

  @Test
  void theVisitsOwnPredicateAfterItsGuestAndPlaceGivesTheStatus() {
    EventRow v = only(visits("Визит президента России Владимира Путина в Южную Корею планируется в следующем году, "
        + "сообщили в Совете Федерации.", LocalDate.of(2018, 10, 6)));
    assertEquals("RUS", v.actor1Country);
    assertEquals("KOR", v.actor2Country);
    assertEquals("PLANNED", v.status);
    v = only(visits("Визит президента Казахстана Касым-Жомарта Токаева в Россию состоится в ноябре.",
        LocalDate.of(2025, 9, 28)));
    assertEquals("PLANNED", v.status);
  }

  @Test
  void aHopeToVisitIsNoVisit() {
    assertTrue(visits("Переговоры президентов России и Франции в режиме видеоконференции прошли в пятницу. "
        + "Французский лидер выразил надежду посетить Россию с официальным визитом в конце лета.",
        LocalDate.of(2020, 6, 26)).isEmpty());
  }
}
