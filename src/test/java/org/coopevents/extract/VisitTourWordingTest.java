package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits and signings as outlets tell them around summits and tours: a coming state visit in a
 * relative clause of a sentence about a meeting on the sidelines, a pact signed on the earlier leg
 * of a tour. The reports are written for these tests.
 */
class VisitTourWordingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(String text, LocalDate pub) {
    return EX.extract(new ArticleText("t-" + Math.abs(text.hashCode()), null, "wire.example", "", "en", pub, text));
  }

  private static List<EventRow> of(Extraction x, String type) {
    return x.events.stream().filter(e -> e.eventType.equals(type)).collect(Collectors.toList());
  }

  @Test
  void aStateVisitInARelativeClauseOfASidelineMeeting() {
    List<EventRow> vs = of(run("RIO DE JANEIRO, Nov 18 (Wire) - Chinese President Xi Jinping, who is due to pay a "
        + "state visit to Brazil on Wednesday, met Brazilian President Luiz Inacio Lula da Silva on the sidelines "
        + "of the G20 summit in Rio on Monday. The two leaders spoke about trade in soybeans and iron ore.",
        LocalDate.of(2024, 11, 18)), "VISIT");
    EventRow v = VisitWordingTest.only(vs);
    assertEquals("CHN", v.actor1Country);
    assertEquals("BRA", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("STATE", v.visitKind);
    assertEquals("2024-11-20", v.startDate);
  }

  @Test
  void theSidelineMeetingAloneIsNoVisit() {
    assertTrue(of(run("RIO DE JANEIRO, Nov 18 (Wire) - Chinese President Xi Jinping, who arrived in Rio on Sunday, "
        + "met Brazilian President Luiz Inacio Lula da Silva on the sidelines of the G20 summit on Monday.",
        LocalDate.of(2024, 11, 18)), "VISIT").isEmpty());
  }

  @Test
  void aPactSignedOnTheEarlierLegIsNotTheVisitsPair() {
    Extraction x = run("HANOI, June 20 (Wire) - Russian President Vladimir Putin arrived in Hanoi on Thursday for "
        + "a state visit, hours after leaving North Korea, where he signed a mutual defence pact with Kim Jong Un. "
        + "Putin is set to hold talks with Vietnamese leader To Lam.", LocalDate.of(2024, 6, 20));
    for (EventRow s : of(x, "SIGNING")) {
      assertTrue(!(s.actor1Country + s.actor2Country).contains("VNM"), s.toString());
    }
    for (DocumentRow d : x.documents) assertTrue(!d.parties.contains("VNM"), d.toString());
    EventRow v = of(x, "VISIT").stream().filter(e -> "VNM".equals(e.actor2Country)).findFirst().orElseThrow();
    assertEquals("RUS", v.actor1Country);
  }

  @Test
  void aVisitToAProvincialTownOfTheHost() {
    EventRow v = VisitWordingTest.only(of(run("SHUSHA, Azerbaijan, June 15 (Wire) - Turkish President Recep Tayyip "
        + "Erdogan visited Shusha on Tuesday, where he and Azerbaijani President Ilham Aliyev laid a wreath and "
        + "toured the old quarter.", LocalDate.of(2021, 6, 15)), "VISIT"));
    assertEquals("TUR", v.actor1Country);
    assertEquals("AZE", v.actor2Country);
    assertEquals("Shusha", v.locationCity);
    assertEquals("2021-06-15", v.startDate);
  }

  @Test
  void theFirstLeaderToVisitTellsAVisitMade() {
    EventRow v = VisitWordingTest.only(of(run("SHUSHA, Azerbaijan, June 15 (Wire) - Turkish President Recep Tayyip "
        + "Erdogan and Azerbaijani President Ilham Aliyev laid a wreath in the town on Tuesday. Erdogan is the first "
        + "foreign head of state to visit Shusha since the war ended.", LocalDate.of(2021, 6, 15)), "VISIT"));
    assertEquals("AZE", v.actor2Country);
    assertEquals("OCCURRED", v.status);
    EventRow p = VisitWordingTest.only(of(run("Turkish President Recep Tayyip Erdogan will be the first foreign head "
        + "of state to visit Shusha, his office said on Monday.", LocalDate.of(2021, 6, 14)), "VISIT"));
    assertEquals("PLANNED", p.status);
  }

  @Test
  void aDeclarationNamedForItsTownKeepsTheTown() {
    Extraction x = run("SHUSHA, Azerbaijan, June 15 (Wire) - Turkish President Recep Tayyip Erdogan and Azerbaijani "
        + "President Ilham Aliyev signed the Shusha Declaration on Allied Relations on Tuesday.", LocalDate.of(2021, 6, 15));
    assertEquals(1, x.documents.size(), x.documents.toString());
    assertEquals("Shusha Declaration on Allied Relations", x.documents.get(0).titleOriginal);
  }

  @Test
  void theLeaderWhoTravelsIsTheGuestNotTheTopicsState() {
    List<EventRow> vs = VisitWordingTest.visits("en", "Belarus's Lukashenko endorses China's Ukraine plan during Beijing state visit",
        "BEIJING, March 1 (Wire) - Belarusian President Aleksandr Lukashenko held talks with Chinese President Xi Jinping in Beijing on Wednesday, backing the Chinese peace plan for Ukraine.",
        LocalDate.of(2023, 3, 1));
    for (EventRow v : vs) assertEquals("BLR", v.actor1Country, v.toString());
    assertEquals(1, vs.size(), vs.toString());
  }

  @Test
  void aVisitEndedAfterDaysOfTalks() {
    EventRow v = VisitWordingTest.only(of(run("HANOI, June 21 (Wire) - Thai Prime Minister Srettha Thavisin ended his "
        + "visit to Vietnam on Friday after three days of talks with Vietnamese leaders on rice and tourism.",
        LocalDate.of(2024, 6, 21)), "VISIT"));
    assertEquals("2024-06-19", v.startDate);
    assertEquals("2024-06-21", v.endDate);
  }

  @Test
  void summitTownsOutsideTheCapitals() {
    String[][] towns = {{"Goa", "IND"}, {"Gandhinagar", "IND"}, {"Sharm el-Sheikh", "EGY"}, {"Bali", "IDN"},
        {"Da Nang", "VNM"}, {"Gyeongju", "KOR"}, {"Busan", "KOR"}, {"Antalya", "TUR"}, {"Rio de Janeiro", "BRA"}};
    for (String[] t : towns) {
      EventRow v = VisitWordingTest.only(of(run("Mongolian President Ukhnaagiin Khurelsukh arrived in " + t[0]
          + " on Tuesday for talks with his host on mining and power lines.", LocalDate.of(2024, 6, 4)), "VISIT"));
      assertEquals(t[1], v.actor2Country, t[0]);
      assertEquals(t[0], v.locationCity);
    }
  }

  @Test
  void theStateBeforeATripNounIsWhereTheTripWentNotTheGuest() {
    // "his Rwanda visit" was the last stop; the guest of the next one is still Modi's India
    List<EventRow> vs = of(run("Prime Minister Narendra Modi wrapped up his Rwanda visit on Tuesday and flew to "
        + "Uganda.", LocalDate.of(2018, 7, 25)), "VISIT");
    assertTrue(vs.stream().anyMatch(v -> v.actor1Country.equals("IND") && v.actor2Country.equals("UGA")), vs.toString());
    assertTrue(vs.stream().noneMatch(v -> v.actor1Country.equals("RWA")), vs.toString());
  }
}
