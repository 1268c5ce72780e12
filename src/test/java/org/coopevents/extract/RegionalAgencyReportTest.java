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
}
