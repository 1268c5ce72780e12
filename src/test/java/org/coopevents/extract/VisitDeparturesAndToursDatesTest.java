package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Days that wire reports give a visit by the evening before, by the guest's flight home and by
 * the tour the visit is part of: "who arrived here last night", "left for home on Saturday at the
 * end of his two-day visit", "flew home today, wrapping up a state visit", and "the last leg of
 * his tour starting from June 17", whose day is the tour's, not the leg's. The reports are
 * written for these tests.
 */
class VisitDeparturesAndToursDatesTest {
  private static EventRow visit(String text, LocalDate pub) {
    return VisitWordingTest.only(VisitWordingTest.visits("en", "", text, pub));
  }

  private static void days(EventRow v, String start, String end) {
    assertEquals(start, v.startDate, v.toString());
    assertEquals(end, v.endDate, v.toString());
  }

  @Test
  void anArrivalLastNightIsTheDayBeforeTheReport() {
    // published Tuesday 12 March 2019: the talks are on the Tuesday, the arrival the evening before
    days(visit("ADDIS ABABA: Kenyan President Uhuru Kenyatta, who arrived here last night, held talks with "
        + "Prime Minister Abiy Ahmed on Tuesday.", LocalDate.of(2019, 3, 12)), "2019-03-11", null);
    days(visit("Ghanaian President Nana Akufo-Addo landed in Abuja late last evening for a two-day state "
        + "visit to Nigeria.", LocalDate.of(2019, 3, 12)), "2019-03-11", "2019-03-12");
  }

  @Test
  void settingOffForHomeAtTheEndOfTheVisitIsItsLastDay() {
    // Saturday 24 June 2006
    days(visit("Chinese Premier Wen Jiabao left here for home on Saturday afternoon at the end of his "
        + "two-day official visit to Uganda.", LocalDate.of(2006, 6, 24)), "2006-06-23", "2006-06-24");
    days(visit("Kenyan President Uhuru Kenyatta flew home today, wrapping up a three-day state visit to "
        + "Ethiopia.", LocalDate.of(2019, 3, 12)), "2019-03-10", "2019-03-12");
  }

  @Test
  void aReturnHomeAfterSeveralVisitsStillDatesNone() {
    EventRow v = VisitWordingTest.visits("en", "", "Kenyan President Uhuru Kenyatta returned home on Tuesday "
        + "after state visits to Ethiopia and Djibouti.", LocalDate.of(2019, 3, 12)).get(0);
    days(v, null, null);
  }

  @Test
  void theFirstDayOfTheTourIsNotTheLegs() {
    days(visit("Uhuru Kenyatta held talks in Addis Ababa during a three-day state visit to Ethiopia, the "
        + "last stop of a week-long tour of the region that began on March 4.", LocalDate.of(2019, 3, 12)), null, null);
    days(visit("Chinese Premier Wen Jiabao held talks with President Yoweri Museveni in Kampala during his "
        + "two-day official visit to Uganda. Uganda is the last leg of Wen's eight-day Africa tour starting "
        + "from June 17.", LocalDate.of(2006, 6, 24)), null, null);
    // the tour's own first day still opens the visit that starts it
    days(visit("Chinese Premier Wen Jiabao began an eight-day Africa tour on June 17 with a state visit to "
        + "Egypt.", LocalDate.of(2006, 6, 24)), "2006-06-17", "2006-06-17");
  }

  @Test
  void theEndOfThePreviousLegIsTheNextLegsFirstDay() {
    // Wednesday 25 July 2018: Modi ended the Rwanda leg on Tuesday and flew on to Uganda
    java.util.List<EventRow> vs = VisitWordingTest.visits("en", "", "Prime Minister Narendra Modi wrapped up his "
        + "Rwanda visit on Tuesday and flew to Uganda, where he held talks with President Yoweri Museveni on "
        + "Wednesday.", LocalDate.of(2018, 7, 25));
    EventRow uganda = vs.stream().filter(v -> "UGA".equals(v.actor2Country)).findFirst().orElseThrow();
    assertEquals("2018-07-24", uganda.startDate, uganda.toString());
  }

  @Test
  void theDaysOfTheLegBeforeAndTheLeavingOfThisOne() {
    // Thursday 26 July 2018: Modi was in Rwanda on 23-24 July and in Uganda on 24-25 July
    java.util.List<EventRow> vs = VisitWordingTest.visits("en", "", "Prime Minister Narendra Modi left Uganda for "
        + "South Africa on Wednesday after a two-day visit during which he held talks with President Yoweri Museveni. "
        + "Modi arrived in Kampala on Tuesday from Rwanda, where he spent Monday and Tuesday.", LocalDate.of(2018, 7, 26));
    EventRow uganda = vs.stream().filter(v -> "UGA".equals(v.actor2Country)).findFirst().orElseThrow();
    assertEquals("2018-07-24", uganda.startDate, uganda.toString());
    // leaving the host's capital for the next stop ends the visit there
    days(visit("Indian Prime Minister Narendra Modi left Kampala for Johannesburg on Wednesday after a two-day state "
        + "visit to Uganda.", LocalDate.of(2018, 7, 26)), "2018-07-24", "2018-07-25");
  }
}
