package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Days as wire and agency reports state them, counted from another day: "the next day" opening the
 * sentence after the arrival's, "two days later", "днём позже", "спустя два дня", "в тот же день",
 * "днём ранее", and ranges closed by "до" ("с 30 мая до 2 июня"). The reports are written for
 * these tests; the facts are real.
 */
class EventDateWordingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 6, 22); // a Saturday

  private static List<EventRow> events(String lang, String text, LocalDate pub, String type) {
    Extraction x = EX.extract(new ArticleText("d-" + Math.abs(text.hashCode()), null, "wire.example", "",
        lang, pub, text));
    return x.events.stream().filter(e -> e.eventType.equals(type)).collect(Collectors.toList());
  }

  private static EventRow only(String lang, String text, String type) {
    List<EventRow> es = events(lang, text, PUB, type);
    assertEquals(1, es.size(), es.toString());
    return es.get(0);
  }

  private static LocalDate day(String s, LocalDate anchor) {
    List<DateFinder.DateMention> ds = DateFinder.find(s, 0, s.length(), anchor, false);
    return ds.get(ds.size() - 1).from();
  }

  @Test
  void theNextDayCountsFromTheArrivalSentence() {
    EventRow s = only("en", "Russian President Vladimir Putin arrived in Hanoi on June 19 for a state visit to "
        + "Vietnam. The next day, he held talks with President To Lam, and the two sides signed an agreement on "
        + "cooperation in education.", "SIGNING");
    assertEquals("2024-06-20", s.startDate);
  }

  @Test
  void theNextDayInRussianCountsFromTheArrivalSentence() {
    EventRow s = only("ru", "Президент России Владимир Путин прибыл в Ханой 19 июня с государственным визитом. "
        + "На следующий день он провел переговоры с президентом Вьетнама То Ламом, по итогам которых стороны "
        + "подписали соглашение о сотрудничестве в области образования.", "SIGNING");
    assertEquals("2024-06-20", s.startDate);
  }

  @Test
  void daysCountedLaterInOneSentence() {
    LocalDate pub = LocalDate.of(2024, 6, 6);
    assertEquals(LocalDate.of(2024, 6, 5), day("He arrived on June 3 and held talks two days later.", pub));
    assertEquals(LocalDate.of(2024, 6, 4), day("Он прибыл 3 июня, а днём позже провел переговоры.", pub));
    assertEquals(LocalDate.of(2024, 6, 5), day("Он прибыл 3 июня, а спустя два дня провел переговоры.", pub));
    assertEquals(LocalDate.of(2024, 6, 3), day("Он прибыл 3 июня и в тот же день провел переговоры.", pub));
    assertEquals(LocalDate.of(2024, 6, 3), day("He landed on June 3 and met the king on the same day.", pub));
    assertEquals(LocalDate.of(2024, 6, 2), day("Он прибыл 3 июня, а днем ранее был в Пекине.", pub));
    assertEquals(LocalDate.of(2024, 6, 4), day("He arrived on June 3 and the day after, signed a treaty.", pub));
  }

  @Test
  void aDayEarlierWithoutADateIsTheDayBeforeTheReport() {
    assertEquals(LocalDate.of(2024, 6, 5), day("Переговоры прошли днём ранее.", LocalDate.of(2024, 6, 6)));
  }

  @Test
  void russianRangesClosedByDo() {
    List<DateFinder.DateMention> ds = DateFinder.find("Визит продлится с 30 мая до 2 июня.", 0, 34,
        LocalDate.of(2024, 5, 20), true);
    assertEquals(1, ds.size(), ds.toString());
    assertEquals(LocalDate.of(2024, 5, 30), ds.get(0).from());
    assertEquals(LocalDate.of(2024, 6, 2), ds.get(0).to());
    String s = "Визит пройдет с 3 до 5 июня.";
    ds = DateFinder.find(s, 0, s.length(), LocalDate.of(2024, 5, 20), true);
    assertEquals(LocalDate.of(2024, 6, 3), ds.get(0).from());
    assertEquals(LocalDate.of(2024, 6, 5), ds.get(0).to());
  }

  @Test
  void aRussianVisitClosedByDo() {
    List<EventRow> vs = events("ru", "Президент Индонезии Джоко Видодо посетит Китай с официальным визитом с 30 мая до "
        + "2 июня, сообщили в МИД.", LocalDate.of(2024, 5, 25), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    EventRow v = vs.get(0);
    assertEquals("PLANNED", v.status);
    assertEquals("2024-05-30", v.startDate);
    assertEquals("2024-06-02", v.endDate);
  }

  @Test
  void anEnglishRangeThroughTheDayOfMonth() {
    String s = "The visit will take place from June 3rd through the 5th.";
    List<DateFinder.DateMention> ds = DateFinder.find(s, 0, s.length(), LocalDate.of(2024, 5, 20), true);
    assertEquals(LocalDate.of(2024, 6, 5), ds.get(0).to());
  }

  @Test
  void talksInTheLeadOfADatedWireTakeItsDay() {
    List<EventRow> vs = events("en", "HANOI, June 20 (Reuters) - Russian President Vladimir Putin held talks with "
        + "Vietnamese President To Lam, the two sides said, as Moscow seeks partners in Asia.", LocalDate.of(2024, 6, 20), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("2024-06-20", vs.get(0).startDate);
  }

  @Test
  void aDecemberDatelineOverAJanuaryReportTakesThePastYear() {
    List<EventRow> vs = events("ru", "МИНСК, 30 декабря. /ТАСС/. Президент Белоруссии Александр Лукашенко провел "
        + "переговоры с президентом Экваториальной Гвинеи Теодоро Обиангом Нгемой Мбасого в Минске.",
        LocalDate.of(2025, 1, 2), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("GNQ", vs.get(0).actor1Country);
    assertEquals("2024-12-30", vs.get(0).startDate);
  }

  @Test
  void aWeekdayUnderADatelineCountsFromItsDay() {
    // published the day after the dateline: "во вторник" is the Tuesday before the wire's Wednesday
    List<EventRow> vs = events("ru", "ПЕКИН, 5 июня. /ТАСС/. Председатель КНР Си Цзиньпин провел переговоры с "
        + "президентом Египта Абдель Фаттахом ас-Сиси в Пекине во вторник.", LocalDate.of(2024, 6, 6), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("2024-06-04", vs.get(0).startDate);
  }

  @Test
  void talksTheLeadDatesItselfKeepTheirDay() {
    List<EventRow> vs = events("en", "BEIJING, June 5 (Wire) - Chinese President Xi Jinping held talks with Egyptian "
        + "President Abdel Fattah el-Sisi in Beijing yesterday.", LocalDate.of(2024, 6, 6), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("2024-06-04", vs.get(0).startDate);
  }

  @Test
  void theFirstDayOfAVisitLeavesItsLastDayOpen() {
    List<EventRow> vs = events("en", "On the first day of her state visit to India, on Thursday, Bangladeshi Prime "
        + "Minister Sheikh Hasina held talks with Prime Minister Narendra Modi.", LocalDate.of(2024, 6, 21), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("2024-06-20", vs.get(0).startDate);
    assertEquals(null, vs.get(0).endDate);
    vs = events("ru", "В первый день государственного визита в Индию, в четверг, премьер-министр Бангладеш Шейх "
        + "Хасина провела переговоры с премьер-министром Индии Нарендрой Моди.", LocalDate.of(2024, 6, 21), "VISIT");
    assertEquals("2024-06-20", vs.get(0).startDate);
    assertEquals(null, vs.get(0).endDate);
  }

  @Test
  void theNextDayAfterAStretchIsNotCounted() {
    String text = "Russian President Vladimir Putin will pay a state visit to Tajikistan on October 8-9. The next day, "
        + "Putin and Emomali Rahmon will sign a number of documents.";
    Analysis an = new Analysis(new ArticleText("n1", null, "wire.example", "", "en", LocalDate.of(2025, 10, 6), text),
        org.coopevents.knowledge.Knowledge.load(), Cues.build());
    Sentences.Span second = an.sentences.get(an.sentences.size() - 1);
    List<DateFinder.DateMention> ds = an.dates(second.start(), second.end(), true);
    assertEquals(1, ds.size(), ds.toString());
    assertEquals(null, ds.get(0).from());
  }

  @Test
  void aVisitThatBeginsOnTheWiresDayRunsItsLength() {
    List<EventRow> vs = events("en", "HANOI, June 20 (Wire) - Russian President Vladimir Putin begins a two-day state "
        + "visit to Vietnam, where he will hold talks with President To Lam.", LocalDate.of(2024, 6, 20), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("2024-06-20", vs.get(0).startDate);
    assertEquals("2024-06-21", vs.get(0).endDate);
    vs = events("ru", "ХАНОЙ, 20 июня. /ТАСС/. Президент России Владимир Путин начинает двухдневный государственный "
        + "визит во Вьетнам.", LocalDate.of(2024, 6, 20), "VISIT");
    assertEquals("2024-06-20", vs.get(0).startDate);
    assertEquals("2024-06-21", vs.get(0).endDate);
  }

  @Test
  void aPresentArrivalInTheLeadOfADatedWire() {
    List<EventRow> vs = events("ru", "ХАНОЙ, 20 июня. /ТАСС/. Президент России Владимир Путин прибывает во Вьетнам "
        + "с государственным визитом.", LocalDate.of(2024, 6, 20), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("OCCURRED", vs.get(0).status);
    assertEquals("2024-06-20", vs.get(0).startDate);
  }

  @Test
  void aSigningTheBodyOpensWithIsTheNewsOfTheReportsDay() {
    List<EventRow> ss = events("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев.\n\nФото: пресс-служба Акорды.\n\n"
        + "Касым-Жомарт Токаев и Шавкат Мирзиёев поставили подписи под договором о союзнических отношениях между "
        + "Казахстаном и Узбекистаном, сообщила пресс-служба Акорды.\n\nДокумент подписали в Ташкенте.",
        LocalDate.of(2022, 12, 22), "SIGNING");
    assertEquals(1, ss.size(), ss.toString());
    assertEquals("2022-12-22", ss.get(0).startDate);
  }

  @Test
  void talksTheBodyOpensWithTakeThePublicationDay() {
    List<EventRow> vs = events("en", "Uzbek President Shavkat Mirziyoyev held talks with Turkish President Recep Tayyip "
        + "Erdogan in Ankara, the presidential press service said.", LocalDate.of(2024, 6, 5), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("2024-06-05", vs.get(0).startDate);
  }

  @Test
  void theNextDayDoesNotCountFromTheDayOfTheSaying() {
    String text = "Russian President Vladimir Putin will arrive in Pyongyang on Tuesday, the Kremlin said on Monday. "
        + "The next day, Putin and Kim Jong Un will sign a partnership treaty.";
    Analysis an = new Analysis(new ArticleText("n2", null, "wire.example", "", "en", LocalDate.of(2024, 6, 17), text),
        org.coopevents.knowledge.Knowledge.load(), Cues.build());
    Sentences.Span second = an.sentences.get(an.sentences.size() - 1);
    List<DateFinder.DateMention> ds = an.dates(second.start(), second.end(), true);
    assertEquals(LocalDate.of(2024, 6, 19), ds.get(0).from());
  }

  @Test
  void aVisitStatedByItsTalksAndSigningIsDatedByTheTalks() {
    List<EventRow> vs = events("en", "HANOI (Wire) - Russian President Vladimir Putin and Vietnamese President To Lam "
        + "held talks on Thursday and signed eleven documents.", LocalDate.of(2024, 6, 20), "VISIT");
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("2024-06-20", vs.get(0).startDate);
  }
}
