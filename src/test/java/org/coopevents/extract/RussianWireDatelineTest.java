package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Visits as Russian-language wires tell them (ТАСС, РИА Новости, Sputnik, Казинформ, БелТА): talks
 * placed by a dateline that stands as a sentence of its own, a visit told only as the frame of a
 * programme ahead, the visit of the one met ("в рамках его визита"), meetings told with
 * "встретился", and the chair of a chamber who is no state leader. The reports are
 * written for these tests; the facts are real or plausible.
 */
class RussianWireDatelineTest {
  private static List<EventRow> visits(String text, LocalDate pub) {
    return VisitWordingTest.visits("ru", "", text, pub);
  }

  private static EventRow only(String text, LocalDate pub) {
    return VisitWordingTest.only(visits(text, pub));
  }

  @Test
  void talksUnderATassDatelineAreHeldInTheDatelinesState() {
    EventRow v = only("МОСКВА, 5 марта. /ТАСС/. Президент России Владимир Путин провел переговоры с "
        + "Президентом Республики Узбекистан Шавкатом Мирзиёевым.", LocalDate.of(2024, 3, 5));
    assertEquals("UZB", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("Shavkat Mirziyoyev", v.actor1Person);
    assertEquals("OCCURRED", v.status);
    assertEquals("2024-03-05", v.startDate);
    assertEquals("Moscow", v.locationCity);
  }

  @Test
  void talksUnderARiaDatelineWithTheTitleBeforeTheState() {
    EventRow v = only("МОСКВА, 5 мар — РИА Новости. Владимир Путин провел переговоры с президентом Монголии "
        + "Ухнаагийном Хурэлсухом.", LocalDate.of(2024, 3, 5));
    assertEquals("MNG", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void aMeetingUnderAnAgencyDatelineIsDatedByIt() {
    EventRow v = only("АСТАНА, 8 октября. /Казинформ/. Президент Казахстана Касым-Жомарт Токаев встретился с "
        + "премьер-министром Венгрии Виктором Орбаном.", LocalDate.of(2024, 10, 8));
    assertEquals("HUN", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("2024-10-08", v.startDate);
  }

  @Test
  void theHeadOfStateByTitleAloneHostsTheTalksInTheDatelinesState() {
    for (String dateline : List.of("ДУШАНБЕ, 5 июня — Sputnik Таджикистан.", "Баку, 5 июня, АЗЕРТАДЖ.",
        "Ашхабад, 5 июня (ТДХ).", "Минск, 5 июня. Интерфакс-Запад.")) {
      EventRow v = only(dateline + " Глава государства провел переговоры с президентом Вьетнама То Ламом.",
          LocalDate.of(2024, 6, 5));
      assertEquals("VNM", v.actor1Country, dateline);
      assertEquals("2024-06-05", v.startDate, dateline);
    }
    // the title of the visiting leader's own state is no host's
    assertTrue(visits("МОСКВА, 5 июня. /ТАСС/. Президент провел переговоры с Владимиром Путиным.",
        LocalDate.of(2024, 6, 5)).isEmpty());
  }

  @Test
  void twoLeadersAsTheSubjectOfTalksUnderTheDatelineOfOne() {
    EventRow v = only("АСТАНА, 5 июня. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев и Председатель КНР Си "
        + "Цзиньпин провели переговоры в узком составе.", LocalDate.of(2024, 6, 5));
    assertEquals("CHN", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("Astana", v.locationCity);
    // talks at a summit the dateline's state hosts are no visit to it
    assertTrue(visits("АСТАНА, 5 июня. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев и Председатель КНР Си "
        + "Цзиньпин провели переговоры в рамках саммита ШОС.", LocalDate.of(2024, 6, 5)).isEmpty());
  }

  @Test
  void theDatelineDoesNotPlaceTalksNamedElsewhereACallOrTwoForeignLeaders() {
    EventRow v = only("МОСКВА, 5 марта. /ТАСС/. Президент России Владимир Путин в Пекине провел переговоры с "
        + "Председателем КНР Си Цзиньпином.", LocalDate.of(2024, 5, 16));
    assertEquals("RUS", v.actor1Country);
    assertEquals("CHN", v.actor2Country);
    assertTrue(visits("МОСКВА, 5 марта. /ТАСС/. Владимир Путин провел телефонный разговор с президентом Монголии "
        + "Ухнаагийном Хурэлсухом.", LocalDate.of(2024, 3, 5)).isEmpty());
    assertTrue(visits("МОСКВА, 5 марта. /ТАСС/. Премьер-министр Индии Нарендра Моди провел переговоры с "
        + "президентом США Джо Байденом.", LocalDate.of(2024, 3, 5)).isEmpty());
  }

  @Test
  void aVisitThatOnlyFramesAProgrammeAheadIsPlanned() {
    EventRow v = only("В ходе визита президента Казахстана Касым-Жомарта Токаева в Россию стороны подпишут "
        + "декларацию о всеобъемлющем стратегическом партнерстве.", LocalDate.of(2024, 11, 8));
    assertEquals("KAZ", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("PLANNED", only("Во время визита президента Узбекистана Шавката Мирзиёева в Казахстан будет "
        + "подписан договор о союзнических отношениях.", LocalDate.of(2024, 11, 8)).status);
    // told in the past, the programme tells that the visit took place
    assertEquals("OCCURRED", only("В ходе визита Токаева в Москву лидеры подписали ряд межправительственных "
        + "соглашений.", LocalDate.of(2024, 11, 12)).status);
    // the visit told under way: the programme ahead does not move it
    assertEquals("OCCURRED", only("Эмомали Рахмон продолжает государственный визит в Кыргызстан. В ходе визита "
        + "стороны подпишут соглашение о границе.", LocalDate.of(2025, 3, 13)).status);
  }

  @Test
  void hisVisitAfterTalksWithSomeoneIsTheVisitOfTheOneMet() {
    EventRow v = only("МОСКВА, 8 ноября. /ТАСС/. Президент России Владимир Путин проведет переговоры с "
        + "премьер-министром Индии Нарендрой Моди в рамках его официального визита.", LocalDate.of(2024, 11, 8));
    assertEquals("IND", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("PLANNED", v.status);
    assertEquals("OFFICIAL", v.visitKind);
  }

  @Test
  void theVisitNounBeforeTheVerbOfArrivalIsAnArrivalDatedByTheReport() {
    EventRow v = only("АСТАНА. КАЗИНФОРМ – С государственным визитом в Казахстан прибыл президент Монголии "
        + "Ухнаагийн Хурэлсух.", LocalDate.of(2024, 10, 8));
    assertEquals("MNG", v.actor1Country);
    assertEquals("KAZ", v.actor2Country);
    assertEquals("2024-10-08", v.startDate);
    assertEquals("STATE", v.visitKind);
    assertEquals("2024-10-08", only("В Астану с официальным визитом прибыл президент Монголии Ухнаагийн Хурэлсух.",
        LocalDate.of(2024, 10, 8)).startDate);
  }

  @Test
  void leadersSigningUnderARiaDatelineAreAVisitToTheDatelinesState() {
    EventRow v = only("МОСКВА, 17 января - РИА Новости. Президенты России и Ирана Владимир Путин и Масуд "
        + "Пезешкиан подписали договор о всеобъемлющем стратегическом партнерстве.", LocalDate.of(2025, 1, 17));
    assertEquals("IRN", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("OCCURRED", v.status);
  }

  @Test
  void aVisitAnnouncedLiesAhead() {
    EventRow v = only("МОСКВА, 10 января. /ТАСС/. Помощник президента России Юрий Ушаков анонсировал визит "
        + "президента Ирана Масуда Пезешкиана в Москву.", LocalDate.of(2025, 1, 10));
    assertEquals("IRN", v.actor1Country);
    assertEquals("RUS", v.actor2Country);
    assertEquals("PLANNED", v.status);
  }

  @Test
  void theChairOfTheFederationCouncilIsNoLeaderOfTheState() {
    assertTrue(visits("Председатель Совета Федерации РФ Валентина Матвиенко прибыла в Анкару с официальным "
        + "визитом.", LocalDate.of(2024, 11, 10)).isEmpty());
    assertTrue(visits("Председатель Совета Федерации России Валентина Матвиенко провела в Анкаре переговоры с "
        + "президентом Турции Реджепом Тайипом Эрдоганом.", LocalDate.of(2024, 11, 10)).isEmpty());
  }
}
