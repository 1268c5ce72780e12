package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits and signings as the state agencies and papers of the Gulf, Central Asia, the Caucasus,
 * South and South-East Asia, Africa and South America word them: leaders who "attended" or
 * "graced" the signing, honorifics before the names ("HH the Amir", "His Majesty"), the host's
 * own country as "our country", seats of power as the place. The reports are written for these
 * tests, with real names and places.
 */
class RegionalAgencyReportTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String text, LocalDate pub) {
    return EX.extract(new ArticleText("g-" + Math.abs(text.hashCode()), null, "agency.example", "", "en", pub, text));
  }

  private static List<EventRow> of(Extraction x, String type) {
    return x.events.stream().filter(e -> e.eventType.equals(type)).collect(Collectors.toList());
  }

  @Test
  void leadersWhoAttendedTheSigningReportASigning() {
    Extraction x = run("AMMAN - His Majesty King Abdullah II and His Majesty Sultan Haitham bin Tarik of Oman on Monday "
        + "held talks at Al Husseiniya Palace, as part of the Sultan's state visit to Jordan.\n\nThe two leaders then "
        + "attended the signing of seven memoranda of understanding covering investment, tourism and education.",
        LocalDate.of(2024, 2, 12));
    List<EventRow> s = of(x, "SIGNING");
    assertEquals(1, s.size(), x.events.toString());
    assertEquals(7, s.get(0).documentCount);
    assertEquals("2024-02-12", s.get(0).startDate);
  }

  @Test
  void attendingAFutureSigningIsNoSigning() {
    Extraction x = run("AMMAN - His Majesty King Abdullah II will receive Sultan Haitham bin Tarik of Oman on Monday. "
        + "The two leaders will attend the signing of several memoranda of understanding.", LocalDate.of(2024, 2, 9));
    assertTrue(of(x, "SIGNING").isEmpty(), x.events.toString());
  }

  @Test
  void cityCountryAndAgencyInBracketsMakeADateline() {
    Extraction x = run("Tashkent, Uzbekistan (UzDaily.com) -- On 5 July, President of the Republic of Uzbekistan "
        + "Shavkat Mirziyoyev met with President of Turkmenistan Serdar Berdimuhamedov, who arrived in our country on a "
        + "state visit.", LocalDate.of(2023, 7, 5));
    List<EventRow> v = of(x, "VISIT");
    assertEquals(1, v.size(), x.events.toString());
    assertEquals("TKM", v.get(0).actor1Country);
    assertEquals("UZB", v.get(0).actor2Country);
    assertEquals("Tashkent", v.get(0).locationCity);
  }

  @Test
  void aVisitToACityStateIsInItsCity() {
    Extraction x = run("SINGAPORE: His Majesty Sultan Haitham bin Tarik arrived in Singapore on Tuesday on a state visit "
        + "at the invitation of President Tharman Shanmugaratnam.", LocalDate.of(2024, 2, 27));
    List<EventRow> v = of(x, "VISIT");
    assertEquals(1, v.size(), x.events.toString());
    assertEquals("OMN", v.get(0).actor1Country);
    assertEquals("Singapore", v.get(0).locationCity);
  }

  /** Seats of power of the outlets' states: the visit is in the capital, or in the seat's own city. */
  @Test
  void seatsOfPowerPlaceTheVisitInTheirCity() {
    String[][] cases = {
        {"President Cyril Ramaphosa received Zambian President Hakainde Hichilema at the Union Buildings on Tuesday.", "Pretoria"},
        {"President Bola Tinubu received Ghanaian President Nana Akufo-Addo at the Aso Rock Presidential Villa on Tuesday.", "Abuja"},
        {"President Javier Milei received Italian Prime Minister Giorgia Meloni at the Casa Rosada on Tuesday.", "Buenos Aires"},
        {"President Lula received Colombian President Gustavo Petro at the Planalto Palace on Tuesday.", "Brasília"},
        {"His Majesty Sultan Haitham bin Tarik received Egyptian President Abdel Fattah el-Sisi at Al Alam Palace on Tuesday.", "Muscat"},
        {"Kuwait's Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Egyptian President Abdel Fattah el-Sisi at Bayan Palace on Tuesday.", "Kuwait City"},
        {"His Majesty King Hamad bin Isa Al Khalifa received Russian Foreign Minister Sergey Lavrov at Al-Sakhir Palace on Tuesday.", "Manama"},
        {"Prime Minister Sheikh Hasina received Brunei Sultan Hassanal Bolkiah at Ganabhaban on Tuesday.", "Dhaka"},
        {"President Sadyr Japarov received Uzbek President Shavkat Mirziyoyev at the Ala-Archa state residence on Tuesday.", "Bishkek"},
        {"President Ferdinand Marcos Jr. received Japanese Prime Minister Fumio Kishida at Malacanang Palace on Tuesday.", "Manila"},
        {"King Abdullah II received Iraqi Prime Minister Mohammed Shia al-Sudani at Al Husseiniya Palace on Tuesday.", "Amman"},
        {"President Abdelmadjid Tebboune received Italian Prime Minister Giorgia Meloni at El Mouradia Palace on Tuesday.", "Algiers"},
        {"President Recep Tayyip Erdogan received Iraqi Prime Minister Mohammed Shia al-Sudani at Dolmabahce Palace on Tuesday.", "Istanbul"},
        {"President Sheikh Mohamed bin Zayed received Mongolian President Ukhnaagiin Khurelsukh at Qasr Al Bahr on Tuesday.", "Abu Dhabi"},
    };
    for (String[] c : cases) {
      Extraction x = run(c[0], LocalDate.of(2024, 2, 20));
      List<EventRow> v = of(x, "VISIT");
      assertEquals(1, v.size(), c[0] + " " + x.events);
      assertEquals(c[1], v.get(0).locationCity, c[0]);
    }
  }

  @Test
  void theMeetingsCityOutranksTheDatelinesCity() {
    String[][] cases = {
        {"RIYADH: Saudi Crown Prince and Prime Minister Mohammed bin Salman received Turkish President Recep Tayyip Erdogan "
            + "at Al-Salam Palace in Jeddah on Tuesday.", "Jeddah"},
        {"MOSCOW, May 14 (Reuters) - Russian President Vladimir Putin received Chinese President Xi Jinping in Sochi on Tuesday.", "Sochi"},
        {"ANKARA - President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani at Dolmabahce Palace on Tuesday.", "Istanbul"},
    };
    for (String[] c : cases) {
      Extraction x = run(c[0], LocalDate.of(2024, 5, 14));
      List<EventRow> v = of(x, "VISIT");
      assertEquals(1, v.size(), c[0] + " " + x.events);
      assertEquals(c[1], v.get(0).locationCity, c[0]);
    }
  }

  /** Vietnamese outlets write the names with their diacritics: "Việt Nam", "Hà Nội", "Đà Nẵng". */
  @Test
  void vietnameseSpellingsNameTheStateAndItsCities() {
    Extraction x = run("Hà Nội (VNA) - President Lương Cường hosted a ceremony to welcome Indonesian President Prabowo "
        + "Subianto, who is on a state visit to Việt Nam, at the Presidential Palace in Hà Nội on June 10.", LocalDate.of(2025, 6, 10));
    List<EventRow> v = of(x, "VISIT");
    assertEquals(1, v.size(), x.events.toString());
    assertEquals("IDN", v.get(0).actor1Country);
    assertEquals("VNM", v.get(0).actor2Country);
    assertEquals("Hanoi", v.get(0).locationCity);
    x = run("Đà Nẵng (VNA) - Lao Prime Minister Sonexay Siphandone arrived in Đà Nẵng on June 10, starting an official "
        + "visit to Việt Nam.", LocalDate.of(2025, 6, 10));
    v = of(x, "VISIT");
    assertEquals(1, v.size(), x.events.toString());
    assertEquals("LAO", v.get(0).actor1Country);
    assertEquals("Da Nang", v.get(0).locationCity);
  }

  @Test
  void anEnvoysCourtesyCallIsNoVisit() {
    for (String text : new String[] {
        "DHAKA, May 14, 2024 (BSS) - Newly appointed Chinese Ambassador to Bangladesh Yao Wen paid a courtesy call on "
            + "President Mohammed Shahabuddin at Bangabhaban this afternoon.",
        "ISLAMABAD, May 14 (APP): British High Commissioner Jane Marriott called on Prime Minister Shehbaz Sharif at the "
            + "PM Office on Tuesday and discussed bilateral ties."}) {
      Extraction x = run(text, LocalDate.of(2024, 5, 14));
      assertTrue(of(x, "VISIT").isEmpty(), text + " " + x.events);
    }
    Extraction x = run("DHAKA, Feb 20, 2024 (BSS) - Visiting Chinese Foreign Minister Wang Yi paid a courtesy call on Prime "
        + "Minister Sheikh Hasina at her office here this morning.", LocalDate.of(2024, 2, 20));
    assertEquals(1, of(x, "VISIT").size(), x.events.toString());
  }

  /** South Asian papers count the documents as "instruments" ("signed four instruments, including ..."). */
  @Test
  void instrumentsAreCountedDocuments() {
    Extraction x = run("DHAKA, Oct 16, 2022 (BSS) - Prime Minister Sheikh Hasina today received the Sultan of Brunei "
        + "Darussalam, Hassanal Bolkiah, who is in Dhaka on a three-day state visit.\n\nLater, Bangladesh and Brunei signed "
        + "four instruments, including an agreement on the employment of Bangladeshi workers and a memorandum of "
        + "understanding on cooperation in energy.", LocalDate.of(2022, 10, 16));
    List<EventRow> s = of(x, "SIGNING");
    assertEquals(1, s.size(), x.events.toString());
    assertEquals(4, s.get(0).documentCount);
    assertEquals(2, x.documents.size(), x.documents.toString());
  }

  /** "after talks between A and B in Islamabad": both parties stand between the talks and their place. */
  @Test
  void talksBetweenTwoLeadersInACityPlaceTheVisit() {
    for (String text : new String[] {
        "Pakistan and Uzbekistan signed five MoUs after talks between Prime Minister Shehbaz Sharif and Uzbek President "
            + "Shavkat Mirziyoyev in Islamabad on Tuesday.",
        "ISLAMABAD, May 14 (APP): Pakistan and Uzbekistan exchanged MoUs on trade after talks between Prime Minister "
            + "Shehbaz Sharif and President Shavkat Mirziyoyev in Islamabad on Tuesday."}) {
      Extraction x = run(text, LocalDate.of(2024, 5, 14));
      List<EventRow> v = of(x, "VISIT");
      assertEquals(1, v.size(), text + " " + x.events);
      assertEquals("UZB", v.get(0).actor1Country);
      assertEquals("PAK", v.get(0).actor2Country);
      assertEquals("Islamabad", v.get(0).locationCity);
    }
  }

  /** A visit seen through a signing both leaders attend keeps the kind its sentence states. */
  @Test
  void aWitnessedSigningKeepsTheKindOfTheVisit() {
    Extraction x = run("ABUJA - Nigeria and Morocco on Monday exchanged MoUs on the gas pipeline project at the State House "
        + "in Abuja, in the presence of President Bola Tinubu and King Mohammed VI, who is on a two-day state visit.",
        LocalDate.of(2024, 6, 3));
    List<EventRow> v = of(x, "VISIT");
    assertEquals(1, v.size(), x.events.toString());
    assertEquals("MAR", v.get(0).actor1Country);
    assertEquals("STATE", v.get(0).visitKind);
  }
}
