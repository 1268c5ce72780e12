package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * A visit that outlets tell only through a ceremony both leaders attend in the host's city:
 * documents signed or exchanged "in the presence of" the two leaders, leaders who "witnessed" or
 * "presided over" a signing, "в присутствии" in Russian; the city may follow in the next sentence
 * ("The ceremony took place at ... in New Delhi"). The reports are written for these tests.
 */
class VisitWitnessedSigningTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  @Test
  void exchangedInThePresenceOfBothLeadersThePlaceInTheNextSentence() {
    EventRow v = VisitWordingTest.only(visits("en", "Ten agreements and memoranda of understanding were exchanged "
        + "in the presence of Bangladesh Prime Minister Sheikh Hasina and Indian Prime Minister Narendra Modi. "
        + "The ceremony took place at Hyderabad House in New Delhi.\n\nThe documents cover railway links and "
        + "the blue economy.", LocalDate.of(2024, 6, 22)));
    assertEquals("BGD", v.actor1Country);
    assertEquals("IND", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("New Delhi", v.locationCity);
    assertEquals("Sheikh Hasina", v.actor1Person);
    assertEquals("Narendra Modi", v.actor2Person);
  }

  @Test
  void leadersWhoWitnessedTheSigningInTheHostsCapital() {
    EventRow v = VisitWordingTest.only(visits("en", "President Ram Nath Kovind of India and President Rodrigo "
        + "Duterte witnessed the signing of four agreements on Friday at Malacanang Palace in Manila.\n\nA "
        + "memorandum of understanding on tourism was signed by the two tourism ministries.",
        LocalDate.of(2019, 10, 18)));
    assertEquals("IND", v.actor1Country);
    assertEquals("PHL", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    assertEquals("Manila", v.locationCity);
  }

  @Test
  void russianSigningInThePresenceOfBothPresidents() {
    EventRow v = VisitWordingTest.only(visits("ru", "Документы были подписаны в Ашхабаде в присутствии президента "
        + "Туркменистана Сердара Бердымухамедова и президента Узбекистана Шавката Мирзиёева. Стороны "
        + "подписали соглашение о сотрудничестве в области энергетики.", LocalDate.of(2023, 10, 5)));
    assertEquals("UZB", v.actor1Country);
    assertEquals("TKM", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void theTwoLeadersSignAndTheNextSentencePlacesTheCeremony() {
    LocalDate pub = LocalDate.of(2025, 11, 26);
    EventRow v = VisitWordingTest.only(visits("en", "Vladimir Putin and Sadyr Japarov signed a joint statement on "
        + "deepening their alliance on Wednesday. The ceremony was held at the Yntymak Ordo residence in Bishkek "
        + "after the talks.", pub));
    assertEquals("RUS", v.actor1Country);
    assertEquals("KGZ", v.actor2Country);
    assertEquals("Bishkek", v.locationCity);
    EventRow ru = VisitWordingTest.only(visits("ru", "Президенты России и Киргизии Владимир Путин и Садыр Жапаров "
        + "подписали совместное заявление об укреплении союзничества. Церемония прошла в резиденции «Ынтымак ордо» "
        + "в Бишкеке по итогам переговоров.", pub));
    assertEquals("RUS", ru.actor1Country);
    assertEquals("KGZ", ru.actor2Country);
  }

  @Test
  void noVisitWithoutAPlaceOfEitherLeaderOrOnlyMinistersPresent() {
    LocalDate pub = LocalDate.of(2024, 6, 22);
    // a summit venue of a third state is no visit to either
    assertTrue(visits("en", "The memorandum was signed in Astana in the presence of Indian Prime Minister Narendra "
        + "Modi and Bangladesh Prime Minister Sheikh Hasina on the sidelines of the summit.", pub).isEmpty());
    // signed by video link: nobody travelled
    assertTrue(visits("en", "The agreements were signed via video link in the presence of Indian Prime Minister "
        + "Narendra Modi and Bangladesh Prime Minister Sheikh Hasina. The ceremony was held in New Delhi and Dhaka.",
        pub).isEmpty());
  }

  @Test
  void theDatelineIsThePlaceWhenTheSentenceNamesNone() {
    List<EventRow> vs = visits("en", "DHAKA, March 27 (Wire) - Seven agreements were signed on Tuesday in the "
        + "presence of Indian Prime Minister Narendra Modi and Bangladesh Prime Minister Sheikh Hasina.",
        LocalDate.of(2021, 3, 27));
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("IND", v.actor1Country);
    assertEquals("BGD", v.actor2Country);
    assertEquals("Dhaka", v.locationCity);
  }
}
