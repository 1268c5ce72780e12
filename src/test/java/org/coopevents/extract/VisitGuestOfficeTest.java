package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Who the guest is, the way real outlets write it. A state's ruler in fact who holds neither top
 * office (a crown prince ruling for the king, a ruling party's general secretary: leaders.tsv role
 * LEADER) is a guest like a head of state. The gold rules count the visits of heads of state or
 * government and foreign ministers: a deputy prime minister, another minister, a speaker of
 * parliament or an opposition leader makes none, with or without "official visit" ({@link GuestOffice}). The
 * reports are written for these tests, with real names and dates.
 */
class VisitGuestOfficeTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static List<EventRow> visits(String lang, String text, LocalDate pub) {
    return VisitWordingTest.visits(lang, "", text, pub);
  }

  private static EventRow only(String lang, String text, LocalDate pub) {
    return VisitWordingTest.only(visits(lang, text, pub));
  }

  @Test
  void aCrownPrinceRulingForTheKingIsTheGuest() {
    EventRow v = only("en", "ISLAMABAD -- Saudi Arabia's Crown Prince Mohammed bin Salman arrived in Islamabad on "
        + "Sunday on a two-day official visit, and Prime Minister Imran Khan received him at the airport.",
        LocalDate.of(2019, 2, 18));
    assertEquals("SAU", v.actor1Country);
    assertEquals("PAK", v.actor2Country);
    assertEquals("Mohammed bin Salman", v.actor1Person);
    EventRow r = only("ru", "ИСЛАМАБАД, 17 февраля. Наследный принц Саудовской Аравии Мухаммед бен Сальман прибыл в "
        + "воскресенье в Исламабад с официальным визитом.", LocalDate.of(2019, 2, 17));
    assertEquals("SAU", r.actor1Country);
    assertEquals("Mohammed bin Salman", r.actor1Person);
  }

  @Test
  void abuDhabisCrownPrinceBefore2022IsTheEmiratesGuest() {
    EventRow v = only("en", "BEIJING -- Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, arrived in "
        + "Beijing on Sunday on a state visit to China.", LocalDate.of(2019, 7, 22));
    assertEquals("ARE", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertEquals("Mohamed bin Zayed Al Nahyan", v.actor1Person);
  }

  @Test
  void aRulingPartysGeneralSecretaryIsTheGuest() {
    // To Lam left the presidency in October 2024 and leads as the party's general secretary
    EventRow v = only("en", "KUALA LUMPUR -- General Secretary of the Communist Party of Vietnam To Lam arrived in "
        + "Malaysia on Thursday for a three-day official visit.", LocalDate.of(2024, 11, 21));
    assertEquals("VNM", v.actor1Country);
    assertEquals("MYS", v.actor2Country);
    assertEquals("To Lam", v.actor1Person);
    EventRow t = only("en", "BEIJING -- Vietnamese Communist Party General Secretary Nguyen Phu Trong arrived in "
        + "Beijing on Thursday for an official visit to China.", LocalDate.of(2017, 1, 13));
    assertEquals("Nguyen Phu Trong", t.actor1Person);
    EventRow r = only("ru", "КУАЛА-ЛУМПУР, 21 ноября. Генеральный секретарь ЦК КПВ То Лам прибыл в Малайзию с "
        + "официальным визитом.", LocalDate.of(2024, 11, 21));
    assertEquals("VNM", r.actor1Country);
    assertEquals("To Lam", r.actor1Person);
  }

  @Test
  void theGeneralSecretaryNamedByTitleOnly() {
    // a person is filled only when named
    EventRow v = only("en", "KUALA LUMPUR -- Vietnam's party chief arrived in Malaysia on Thursday for an official "
        + "visit.", LocalDate.of(2024, 11, 21));
    assertEquals("VNM", v.actor1Country);
    assertEquals("MYS", v.actor2Country);
    assertNull(v.actor1Person);
  }

  @Test
  void anOppositionLeaderMakesNoVisit() {
    assertTrue(visits("en", "WASHINGTON -- Belarusian opposition leader Sviatlana Tsikhanouskaya visited Washington "
        + "on Tuesday and met members of Congress.", LocalDate.of(2023, 3, 15)).isEmpty());
    assertTrue(visits("ru", "ВАШИНГТОН, 15 марта. Лидер белорусской оппозиции Светлана Тихановская посетила "
        + "Вашингтон и встретилась с конгрессменами.", LocalDate.of(2023, 3, 15)).isEmpty());
  }

  @Test
  void aSpeakerOfParliamentMakesNoVisit() {
    assertTrue(visits("en", "MOSCOW -- Iranian Parliament Speaker Mohammad Bagher Ghalibaf arrived in Moscow on "
        + "Monday for an official visit and held talks with President Vladimir Putin.",
        LocalDate.of(2024, 5, 20)).isEmpty());
    assertTrue(visits("ru", "МОСКВА, 20 мая. Председатель парламента Ирана Мохаммад Багер Галибаф прибыл в "
        + "понедельник в Москву с официальным визитом и провел переговоры с президентом России Владимиром Путиным.",
        LocalDate.of(2024, 5, 20)).isEmpty());
  }

  @Test
  void aDeputyPrimeMinisterMakesNoVisit() {
    assertTrue(visits("en", "MOSCOW -- Chinese Vice Premier Ding Xuexiang arrived in Moscow on Monday on an "
        + "official visit to Russia and was received by President Vladimir Putin at the Kremlin.",
        LocalDate.of(2024, 5, 20)).isEmpty());
    assertTrue(visits("en", "DOHA: Deputy Prime Minister Ahmad Zahid Hamidi of Malaysia arrived here on Saturday "
        + "to begin a four-day official visit to Qatar.", LocalDate.of(2016, 9, 18)).isEmpty());
    assertTrue(visits("ru", "ЕРЕВАН, 20 мая. Вице-премьер России Алексей Оверчук прибыл в Ереван с рабочим визитом "
        + "и провел переговоры с премьер-министром Армении Николом Пашиняном.", LocalDate.of(2024, 5, 20)).isEmpty());
  }

  @Test
  void aMinisterOtherThanTheForeignMinisterMakesNoVisit() {
    assertTrue(visits("en", "NEW DELHI -- Russian Energy Minister Sergei Tsivilev arrived in New Delhi on Monday on an "
        + "official visit to India.", LocalDate.of(2025, 3, 10)).isEmpty());
    assertTrue(visits("en", "US Treasury Secretary Janet Yellen arrived in Beijing on Thursday for a four-day visit "
        + "to China.", LocalDate.of(2023, 7, 6)).isEmpty());
    assertTrue(visits("ru", "НЬЮ-ДЕЛИ, 10 марта. Министр энергетики России Сергей Цивилев прибыл в Нью-Дели с "
        + "официальным визитом.", LocalDate.of(2025, 3, 10)).isEmpty());
    // the foreign minister's titles stay a leader's
    assertEquals("EGY", only("en", "Egyptian Minister of Foreign Affairs Sameh Shoukry arrived in Moscow on Monday for "
        + "an official visit to Russia.", LocalDate.of(2024, 3, 10)).actor1Country);
    assertEquals("USA", only("en", "US Secretary of State Antony Blinken arrived in Beijing on Sunday for a two-day "
        + "visit to China.", LocalDate.of(2023, 6, 19)).actor1Country);
    assertEquals("EGY", only("ru", "Министр иностранных дел Египта Самех Шукри прибыл в Москву с официальным визитом.",
        LocalDate.of(2024, 3, 10)).actor1Country);
  }

  @Test
  void aForeignMinisterWhoIsAlsoDeputyPrimeMinisterVisits() {
    EventRow v = only("en", "BEIJING -- Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar arrived in "
        + "Beijing on Monday for an official visit to China.", LocalDate.of(2024, 6, 10));
    assertEquals("PAK", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
  }

  @Test
  void aVisitASourceSaysMayHappenIsPlanned() {
    assertEquals("PLANNED", only("en", "NEW DELHI -- Indian Prime Minister Narendra Modi may visit Russia in July, "
        + "sources said on Monday.", LocalDate.of(2024, 6, 3)).status);
    assertEquals("PLANNED", only("en", "Kazakh President Kassym-Jomart Tokayev could visit China later this month, "
        + "a source said.", LocalDate.of(2024, 6, 3)).status);
    assertEquals("PLANNED", only("en", "The visit of Chinese Premier Li Qiang to Russia may take place later this "
        + "month, diplomats said.", LocalDate.of(2024, 6, 4)).status);
  }

  @Test
  void aSigningASourceSaysMayHappenIsNone() {
    // documents still to be signed are no signing (gold rules)
    for (String text : List.of("India and Saudi Arabia could sign a memorandum of understanding on energy cooperation "
        + "during the crown prince's visit later this month.", "The two sides may also sign an agreement on "
        + "visa-free travel, an Indian official said.")) {
      Extraction x = EX.extract(new ArticleText("s-" + Math.abs(text.hashCode()), null, "wire.example", null, "en",
          LocalDate.of(2024, 6, 4), text));
      assertTrue(x.events.stream().noneMatch(e -> e.eventType.equals("SIGNING")), x.events.toString());
    }
  }

  @Test
  void aRussianVisitThatMayHappenIsPlanned() {
    assertEquals("PLANNED", only("ru", "НЬЮ-ДЕЛИ, 3 июня. Премьер-министр Индии Нарендра Моди может посетить Россию в "
        + "июле, сообщили источники.", LocalDate.of(2024, 6, 3)).status);
    assertEquals("PLANNED", only("ru", "Визит президента Казахстана Касым-Жомарта Токаева в Китай может состояться в "
        + "конце июня, сообщил источник.", LocalDate.of(2024, 6, 4)).status);
    assertEquals("PLANNED", only("ru", "Госсекретарь США Энтони Блинкен собрался посетить Киев на этой неделе, пишет "
        + "издание.", LocalDate.of(2024, 5, 14)).status);    // only the programme of an upcoming visit is told
    assertEquals("PLANNED", only("ru", "В ходе предстоящего визита президента Узбекистана Шавката Мирзиёева в Казахстан "
        + "стороны подпишут около 20 документов, сообщил МИД.", LocalDate.of(2024, 5, 6)).status);
    assertEquals("PLANNED", only("en", "During the upcoming visit of Uzbek President Shavkat Mirziyoyev to Kazakhstan "
        + "the sides will sign about 20 documents, the ministry said.", LocalDate.of(2024, 5, 6)).status);
  }
}
