package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Outlets often name a well-known leader by surname alone, the state nowhere in the report
 * ("Modi lands in Vienna"). A surname marked distinctive in leaders.tsv (surname_alone) names
 * the person, and so the guest's state, while the term is current; common surnames (Kim, Li,
 * Aliyev) still need their state named. A guest who arrives in a town the gazetteer does not
 * know "for talks with" a head of state or government visits that leader's state. The reports
 * are written for these tests.
 */
class BareSurnameTest {
  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  @Test
  void englishSurnameAloneIsTheGuest() {
    EventRow v = VisitWordingTest.only(visits("en", "Modi landed in Vienna on Tuesday evening for a two-day "
        + "visit, his first to the country.", LocalDate.of(2024, 7, 9)));
    assertEquals("IND", v.actor1Country);
    assertEquals("AUT", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void russianSurnameAloneInAnyCaseIsTheGuest() {
    EventRow v = VisitWordingTest.only(visits("ru", "Эрдоган в понедельник отправится в Багдад, где "
        + "обсудит с руководством страны водные ресурсы и строительство дороги.", LocalDate.of(2024, 4, 20)));
    assertEquals("TUR", v.actor1Country);
    assertEquals("IRQ", v.actor2Country);
    assertEquals("PLANNED", v.status);
    EventRow g = VisitWordingTest.only(visits("ru", "Самолёт Токаева приземлился в Ташкенте в четверг утром, "
        + "визит продлится два дня.", LocalDate.of(2024, 12, 19)));
    assertEquals("KAZ", g.actor1Country);
    assertEquals("UZB", g.actor2Country);
  }

  @Test
  void guestAndHostBySurname() {
    EventRow v = VisitWordingTest.only(visits("en", "Erdogan flew to Moscow on Tuesday for talks with Putin "
        + "on gas supplies.", LocalDate.of(2019, 1, 22)));
    assertEquals("TUR", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
  }

  @Test
  void aTownTheGazetteerDoesNotKnowTakesItsHostFromTheLeaderOfTheTalks() {
    EventRow en = VisitWordingTest.only(visits("en", "Erdogan arrived in Valdai on Monday for talks with Putin "
        + "on grain exports.", LocalDate.of(2023, 9, 4)));
    assertEquals("TUR", en.actor1Country);
    assertEquals("RUS", en.actor2Country);
    EventRow ru = VisitWordingTest.only(visits("ru", "Эрдоган в понедельник прилетел в Валдай для переговоров "
        + "с Путиным.", LocalDate.of(2023, 9, 4)));
    assertEquals("TUR", ru.actor1Country);
    assertEquals("RUS", ru.actor2Country);
    // talks with a minister name no host: a minister may meet a guest anywhere
    assertTrue(visits("en", "Lavrov arrived in Valdai for talks with Turkish Foreign Minister Hakan Fidan.",
        LocalDate.of(2023, 9, 4)).isEmpty());
  }

  @Test
  void commonOrOutOfOfficeSurnamesStillNeedTheirState() {
    assertTrue(visits("en", "Kim arrived in Moscow on Tuesday for talks on the railway.",
        LocalDate.of(2024, 6, 18)).isEmpty());
    // Scholz left office in May 2025: his surname no longer names Germany's chancellor
    assertTrue(visits("en", "Scholz arrived in Delhi on Friday for talks on trade.",
        LocalDate.of(2025, 10, 3)).isEmpty());
  }

  @Test
  void aSurnameAfterTheTitleOfItsOfficeNamesTheHolderThen() {
    // Medvedev and Macri are not marked distinctive on their own; the title says which office
    EventRow v = VisitWordingTest.only(visits("ru", "Президент Медведев прибыл в Казахстан с двухдневным "
        + "официальным визитом.", LocalDate.of(2010, 5, 17)));
    assertEquals("RUS", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    EventRow m = VisitWordingTest.only(visits("en", "President Macri arrived in New Delhi on Sunday for a "
        + "three-day state visit.", LocalDate.of(2019, 2, 17)));
    assertEquals("ARG", m.actor1Country);
    assertEquals("IND", m.actor2Country);
  }

  @Test
  void aTitleOfAnotherOfficeOrNoDateLeavesTheSurnameUnresolved() {
    // in 2015 Medvedev was prime minister, not president; without a date no office holder is known
    assertTrue(visits("ru", "Президент Медведев прибыл в Казахстан с официальным визитом.",
        LocalDate.of(2015, 5, 17)).isEmpty());
    assertTrue(visits("ru", "Президент Медведев прибыл в Казахстан с официальным визитом.", null).isEmpty());
  }
}
