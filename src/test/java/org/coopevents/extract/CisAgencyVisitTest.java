package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as the agencies and press services of the CIS and their neighbours report them (УзА,
 * Акорда, БЕЛТА, Кабар, Ховар, Trend, АРМЕНПРЕСС): the host's leader as the subject, the guest
 * as the partner of the talks with a participle or relative clause of his arrival, residences for
 * the host, heads of government and foreign ministers. The reports are written for these tests;
 * names, offices and places are real, the wording is ours.
 */
class CisAgencyVisitTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  private static EventRow only(List<EventRow> vs) {
    return VisitWordingTest.only(vs);
  }

  private static void guestAndHost(EventRow v, String guest, String host) {
    assertEquals(guest, v.actor1Country, v.toString());
    assertEquals(host, v.actor2Country, v.toString());
  }

  @Test
  void theTalksPartnerWhoseArrivalAParticipleTellsIsTheGuest() {
    LocalDate d = LocalDate.of(2022, 12, 22);
    guestAndHost(only(visits("ru", "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Президентом Казахстана "
        + "Касым-Жомартом Токаевым, прибывшим с государственным визитом.", d)), "KAZ", "UZB");
    guestAndHost(only(visits("ru", "Шавкат Мирзиёев встретился с Касым-Жомартом Токаевым, находящимся "
        + "с государственным визитом.", d)), "KAZ", "UZB");
    guestAndHost(only(visits("ru", "Ташкент, 22 декабря (УзА). В резиденции Куксарой Президент Шавкат Мирзиёев провел "
        + "переговоры с Президентом Казахстана Касым-Жомартом Токаевым, прибывшим в нашу страну с государственным "
        + "визитом.", d)), "KAZ", "UZB");
    guestAndHost(only(visits("ru", "Президент Узбекистана Шавкат Мирзиёев встретился с Касым-Жомартом Токаевым, "
        + "который прибыл с государственным визитом.", d)), "KAZ", "UZB");
    guestAndHost(only(visits("en", "President of Uzbekistan Shavkat Mirziyoyev held talks with President of Kazakhstan "
        + "Kassym-Jomart Tokayev, who arrived on a state visit.", d)), "KAZ", "UZB");
  }

  @Test
  void aGerundOfArrivalStillTellsOfTheSubject() {
    LocalDate d = LocalDate.of(2022, 12, 22);
    guestAndHost(only(visits("ru", "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом "
        + "Узбекистана Шавкатом Мирзиёевым, прибыв в Ташкент с государственным визитом.", d)), "KAZ", "UZB");
  }

  @Test
  void aResidenceOrPalaceOpeningTheSentenceHostsTheTalks() {
    LocalDate d = LocalDate.of(2024, 5, 23);
    EventRow v = only(visits("ru", "Во Дворце Независимости Президент Беларуси Александр Лукашенко провел переговоры "
        + "с Президентом Казахстана Касым-Жомартом Токаевым. Стороны обсудили торговлю.", d));
    guestAndHost(v, "KAZ", "BLR");
    assertEquals("Minsk", v.locationCity);
    v = only(visits("ru", "Шавкат Мирзиёев в резиденции Куксарой провел переговоры с Президентом Казахстана "
        + "Касым-Жомартом Токаевым. Стороны обсудили торговлю.", d));
    guestAndHost(v, "KAZ", "UZB");
    assertEquals("Tashkent", v.locationCity);
    guestAndHost(only(visits("ru", "В Ак Орде состоялись переговоры Касым-Жомарта Токаева с Президентом Кыргызстана "
        + "Садыром Жапаровым.", d)), "KGZ", "KAZ");
    guestAndHost(only(visits("ru", "Садыр Жапаров в государственной резиденции «Ынтымак Ордо» провел переговоры "
        + "с Президентом Таджикистана Эмомали Рахмоном.", d)), "TJK", "KGZ");
    guestAndHost(only(visits("ru", "Ильхам Алиев во дворце Гюлюстан провел переговоры с Президентом Казахстана "
        + "Касым-Жомартом Токаевым.", d)), "KAZ", "AZE");
    v = only(visits("en", "At the Palace of Independence, Alexander Lukashenko held talks with President of "
        + "Kazakhstan Kassym-Jomart Tokayev. The sides discussed trade.", d));
    guestAndHost(v, "KAZ", "BLR");
    guestAndHost(only(visits("en", "In Minsk, Alexander Lukashenko held talks with President of Kazakhstan "
        + "Kassym-Jomart Tokayev.", d)), "KAZ", "BLR");
  }

  @Test
  void aPlaceOpeningTheSentenceOfTwoOtherLeadersIsNoVisit() {
    LocalDate d = LocalDate.of(2024, 5, 23);
    assertEquals(List.of(), visits("en", "In Moscow, Uzbek President Shavkat Mirziyoyev held talks with Kazakh "
        + "President Kassym-Jomart Tokayev.", d));
    assertEquals(List.of(), visits("ru", "В Москве Президент Узбекистана Шавкат Мирзиёев провел переговоры с "
        + "Президентом Казахстана Касым-Жомартом Токаевым.", d));
  }

  @Test
  void anEastAsianGuestDeclinedInHisLastWordIsNamed() {
    EventRow v = only(visits("ru", "Президент Беларуси Александр Лукашенко во Дворце Независимости провел переговоры "
        + "с премьер-министром Вьетнама Фам Минь Тинем.", LocalDate.of(2024, 8, 20)));
    guestAndHost(v, "VNM", "BLR");
    assertEquals("Pham Minh Chinh", v.actor1Person);
    v = only(visits("ru", "Президент Казахстана Касым-Жомарт Токаев в Акорде провел переговоры с Президентом "
        + "Южной Кореи Юн Сок Ёлем.", LocalDate.of(2024, 6, 12)));
    assertEquals("Yoon Suk Yeol", v.actor1Person);
  }

  @Test
  void aVisitThatHasBegunStartsOnTheReportsDay() {
    EventRow v = only(visits("ru", "15 мая, Минск /Корр. БЕЛТА/. Начался официальный визит в Россию министра иностранных "
        + "дел Беларуси Максима Рыженкова. Визит продлится по 17 мая.", LocalDate.of(2025, 5, 15)));
    guestAndHost(v, "BLR", "RUS");
    assertEquals("2025-05-15", v.startDate);
    assertEquals("2025-05-17", v.endDate);
  }

  @Test
  void aPresidentialResidenceHostsTheTalks() {
    EventRow v = only(visits("ru", "Владимир Путин и Шавкат Мирзиёев провели переговоры в президентской резиденции "
        + "«Куксарой».", LocalDate.of(2024, 5, 27)));
    assertEquals("UZB", v.actor2Country);
    assertEquals("RUS", v.actor1Country);
  }

  @Test
  void aPlaceBeforeTheVisitingVerbIsItsObject() {
    EventRow v = only(visits("ru", "Сочи посетил президент Беларуси Александр Лукашенко. В планах встреча с российским "
        + "президентом Владимиром Путиным.", LocalDate.of(2024, 9, 14)));
    guestAndHost(v, "BLR", "RUS");
    assertEquals("Sochi", v.locationCity);
    v = only(visits("ru", "Ташкент с рабочим визитом посетил глава МИД Азербайджана Джейхун Байрамов.", LocalDate.of(2024, 9, 14)));
    guestAndHost(v, "AZE", "UZB");
  }
}
