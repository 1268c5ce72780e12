package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as Russian-language outlets report them (Kremlin and MID releases, ТАСС, РИА, regional
 * and CIS agencies): hosts received outside their capital (Samarkand, Sochi, Cholpon-Ata), the
 * guest named first in the accusative, the end of a visit, meetings in a third country. The
 * reports are written for these tests; the facts are invented but plausible.
 */
class RussianVisitReportTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("ru", "", text, pub);
  }

  private static EventRow only(List<EventRow> vs) {
    return VisitWordingTest.only(vs);
  }

  @Test
  void aCityOtherThanTheCapitalGivesTheHostState() {
    EventRow v = only(visits("Эмир Катара шейх Тамим бин Хамад Аль Тани во вторник прибыл в Самарканд. "
        + "Лидеры двух стран обсудят инвестиции.", LocalDate.of(2024, 6, 4)));
    assertEquals("QAT", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    assertEquals("Samarkand", v.locationCity);
    assertEquals("2024-06-04", v.startDate);
    v = only(visits("Президент Ирана Масуд Пезешкиан прилетел в Сочи, где проведет переговоры в резиденции "
        + "«Бочаров ручей».", LocalDate.of(2024, 10, 8)));
    assertEquals("IRN", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("Sochi", v.locationCity);
    v = only(visits("Президент Монголии Ухнаагийн Хурэлсух прибыл в Чолпон-Ату с государственным визитом.",
        LocalDate.of(2024, 7, 22)));
    assertEquals("MNG", v.actor1Country);
    assertEquals("KGZ", v.actor2Country);
    assertEquals("STATE", v.visitKind);
    assertEquals("Cholpon-Ata", v.locationCity);
  }

  @Test
  void theCityOfTheProgrammeIsTheVisitsCity() {
    EventRow v = only(visits("Президент Туркменистана Сердар Бердымухамедов прибыл в Азербайджан с рабочим визитом. "
        + "В Габале главы государств обсудили поставки газа.", LocalDate.of(2024, 8, 20)));
    assertEquals("TKM", v.actor1Country);
    assertEquals("AZE", v.actor2Country);
    assertEquals("Gabala", v.locationCity);
  }

  @Test
  void aCityDatelineNamesTheCity() {
    EventRow v = only(visits("КАЗАНЬ, 22 октября. Премьер-министр Индии Нарендра Моди прибыл в Россию с визитом.",
        LocalDate.of(2024, 10, 22)));
    assertEquals("IND", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("Kazan", v.locationCity);
  }

  @Test
  void aMeetingInAThirdCountrysCityIsNoVisit() {
    assertTrue(visits("Президент Узбекистана Шавкат Мирзиёев провел переговоры с председателем КНР Си Цзиньпином "
        + "в Сочи.", LocalDate.of(2024, 10, 8)).isEmpty());
  }

  @Test
  void twoLeadersOfOtherStatesTalkingInAHostsCityMakeNoVisitToIt() {
    assertTrue(visits("Шавкат Мирзиёев и Си Цзиньпин провели переговоры в Москве.", LocalDate.of(2024, 10, 8)).isEmpty());
    assertTrue(visits("Президенты Узбекистана и Китая провели переговоры в Казани.", LocalDate.of(2024, 10, 8)).isEmpty());
    // the host's own leader at the talks keeps the visit
    EventRow v = only(visits("Владимир Путин и Шавкат Мирзиёев провели переговоры в Казани.", LocalDate.of(2024, 10, 8)));
    assertEquals("RUS", v.actor2Country);
  }

  @Test
  void theInstrumentalOfAForeignSurnameInMinNamesTheLeader() {
    assertTrue(visits("Шавкат Мирзиёев встретился с Си Цзиньпином в Казани, где проходит саммит БРИКС.",
        LocalDate.of(2024, 10, 23)).isEmpty());
  }

  @Test
  void theGuestInTheAccusativeBeforeTheVerbAndTheHostAfterIt() {
    EventRow v = only(visits("Главу Узбекистана в аэропорту Худжанда встретил президент Таджикистана Эмомали Рахмон.",
        LocalDate.of(2024, 6, 11)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("TJK", v.actor2Country);
    assertEquals("Emomali Rahmon", v.actor2Person);
    assertEquals("Khujand", v.locationCity);
    v = only(visits("Президента Казахстана Касым-Жомарта Токаева в аэропорту встретил премьер-министр Узбекистана "
        + "Абдулла Арипов.", LocalDate.of(2024, 6, 11)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    // the usual order stays as it was
    v = only(visits("Президент Узбекистана Шавкат Мирзиёев встретил в аэропорту президента Казахстана.",
        LocalDate.of(2024, 6, 11)));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
  }

  @Test
  void theHighGuestMetByTheHostIsTheGuestOfTheReport() {
    EventRow v = only(visits("По приглашению Президента Узбекистана 5 июня Эмир Катара прибыл в нашу страну с "
        + "государственным визитом. В аэропорту Самарканда высокого гостя встретил Президент Узбекистана Шавкат "
        + "Мирзиёев.", LocalDate.of(2024, 6, 5)));
    assertEquals("QAT", v.actor1Country);
    assertEquals("UZB", v.actor2Country);
    assertEquals("Samarkand", v.locationCity);
    assertEquals("Shavkat Mirziyoyev", v.actor2Person);
  }

  @Test
  void aVisitThatEndedIsDatedByItsLastDay() {
    EventRow v = only(visits("В первой половине дня 22 марта председатель КНР Си Цзиньпин завершил государственный "
        + "визит в Россию и вернулся в Китай.", LocalDate.of(2023, 3, 22)));
    assertNull(v.startDate);
    assertEquals("2023-03-22", v.endDate);
    v = only(visits("Председатель КНР Си Цзиньпин 22 марта завершил визит в Россию. Визит начался 20 марта.",
        LocalDate.of(2023, 3, 22)));
    assertEquals("2023-03-20", v.startDate);
    assertEquals("2023-03-22", v.endDate);
    v = only(visits("Председатель КНР Си Цзиньпин завершил трехдневный визит в Россию.", LocalDate.of(2023, 3, 22)));
    assertEquals("2023-03-20", v.startDate);
    assertEquals("2023-03-22", v.endDate);
  }

  @Test
  void aDestinationNamedByAPronounIsNotThePlaceTheGuestLeft() {
    EventRow v = only(visits("Шавкат Мирзиёев в среду вылетел в Китай. Завершив программу мероприятий в Самарканде, "
        + "глава государства по приглашению председателя КНР Си Цзиньпина отправился в эту страну с государственным "
        + "визитом.", LocalDate.of(2023, 5, 17)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertEquals("STATE", v.visitKind);
  }
}
