package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Signings as Russian-language outlets (wires, state agencies, regional sites) report them: the
 * day taken from the visit the signing was part of, impersonal and nominal forms of the signing,
 * and the documents named in them. The reports are written for these tests.
 */
class RussianSigningReportTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static Extraction run(LocalDate pub, String text) {
    return EX.extract(new ArticleText("rs-" + Math.abs(text.hashCode()), "https://wire.example/rs",
        "wire.example", "", "ru", pub, text));
  }

  private static Set<String> titles(Extraction x) {
    return x.documents.stream().map(d -> d.titleOriginal).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void signingDuringAVisitTakesTheVisitsDayNotTheReportsDay() {
    // published on Wednesday 22 September 2021; the visit began on Monday the 20th
    Extraction x = run(LocalDate.of(2021, 9, 22), "Президент Узбекистана Шавкат Мирзиёев в понедельник прибыл "
        + "в Душанбе с государственным визитом. Его встретил президент Таджикистана Эмомали Рахмон.\n\n"
        + "В ходе визита подписаны соглашения о сотрудничестве в области водного хозяйства и о взаимной "
        + "защите инвестиций.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals("2021-09-20", s.get(0).startDate);
  }

  @Test
  void undatedSigningAfterADatelinedVisitTakesTheVisitsDay() {
    Extraction x = run(LocalDate.of(2021, 9, 22), "ДУШАНБЕ, 20 сентября. Президент Узбекистана Шавкат Мирзиёев "
        + "прибыл в Таджикистан с государственным визитом. Его встретил президент Эмомали Рахмон.\n\n"
        + "Главы государств провели переговоры в узком и расширенном составах. Затем были подписаны "
        + "соглашение о сотрудничестве в области водного хозяйства и соглашение о взаимной защите инвестиций.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals("2021-09-20", s.get(0).startDate);
  }

  @Test
  void signingInAWireOfAnUndatedVisitTakesTheDatelinesDay() {
    Extraction x = run(LocalDate.of(2018, 11, 22), "Ташкент, 22 ноября. Президент Беларуси Александр Лукашенко "
        + "проводит переговоры с президентом Узбекистана Шавкатом Мирзиёевым в рамках официального визита. "
        + "Лидеры приняли участие в церемонии подписания документов. Подписаны соглашение о сотрудничестве "
        + "в области ветеринарии и соглашение о научно-техническом сотрудничестве.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals("2018-11-22", s.get(0).startDate);
  }

  @Test
  void aSigningOfAVisitOfSeveralUntoldDaysStaysUndated() {
    Extraction x = run(LocalDate.of(2021, 9, 25), "Президент Узбекистана Шавкат Мирзиёев 20-21 сентября находился "
        + "в Таджикистане с государственным визитом. Лидеры двух стран обсудили торговлю и водные вопросы.\n\n"
        + "Стороны подписали соглашение о сотрудничестве в области водного хозяйства.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(null, s.get(0).startDate);
  }

  @Test
  void aSigningOfAVisitOfSeveralToldDaysTakesNoneOfThemInPlaceOfALaterDay() {
    // published on Wednesday 22 September 2021; the two-day visit began on Monday the 20th
    Extraction x = run(LocalDate.of(2021, 9, 22), "Президент Узбекистана Шавкат Мирзиёев в понедельник прибыл "
        + "в Душанбе с двухдневным государственным визитом. Его встретил президент Таджикистана Эмомали Рахмон.\n\n"
        + "В ходе визита подписаны соглашения о сотрудничестве в области водного хозяйства и о взаимной "
        + "защите инвестиций.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(null, s.get(0).startDate);
  }

  private static final String TALKS = "Президент Казахстана Касым-Жомарт Токаев и президент Кыргызстана Садыр "
      + "Жапаров в пятницу провели переговоры в Астане.\n\n";

  @Test
  void topicsAfterAColonEachNameADocumentOfThePluralType() {
    Extraction x = run(LocalDate.of(2022, 10, 14), TALKS + "По итогам переговоров в присутствии глав государств "
        + "подписаны меморандумы: о сотрудничестве в сфере туризма, о взаимодействии в области цифровизации "
        + "и о сотрудничестве между таможенными службами.");
    assertEquals(Set.of("Меморандум о сотрудничестве в сфере туризма", "Меморандум о взаимодействии в области "
        + "цифровизации", "Меморандум о сотрудничестве между таможенными службами"), titles(x));
  }

  @Test
  void topicsAfterAColonSeparatedBySemicolonsOnOneLineEachNameADocument() {
    Extraction x = run(LocalDate.of(2022, 10, 14), TALKS + "По итогам переговоров подписаны соглашения: о "
        + "сотрудничестве в области атомной энергетики; о взаимной защите инвестиций; о культурном обмене.");
    assertEquals(Set.of("Соглашение о сотрудничестве в области атомной энергетики", "Соглашение о взаимной "
        + "защите инвестиций", "Соглашение о культурном обмене"), titles(x));
  }

  @Test
  void aLaterTopicWithItsOwnPrepositionReplacesTheHeadsTopic() {
    Extraction x = run(LocalDate.of(2022, 10, 14), TALKS + "По итогам переговоров подписаны меморандумы о "
        + "сотрудничестве в сфере туризма и о взаимодействии в области цифровизации.");
    assertEquals(Set.of("Меморандум о сотрудничестве в сфере туризма", "Меморандум о взаимодействии в области "
        + "цифровизации"), titles(x));
  }

  @Test
  void theLastTopicLineOfAListEndsWithAFullStop() {
    Extraction x = run(LocalDate.of(2022, 10, 14), TALKS + "По итогам переговоров подписаны межправительственные "
        + "соглашения:\n- о сотрудничестве в сфере туризма;\n- о взаимодействии в области цифровизации;\n"
        + "- о сотрудничестве между таможенными службами.");
    assertEquals(3, x.documents.size(), titles(x).toString());
    assertEquals(true, titles(x).contains("Межправительственное соглашение о сотрудничестве между таможенными службами"),
        titles(x).toString());
  }

  private static final String MEETING = "Президент Узбекистана Шавкат Мирзиёев и президент Таджикистана Эмомали "
      + "Рахмон в среду провели переговоры в Душанбе. ";

  @Test
  void aReportedSigningOfADocumentInTheGenitiveNamesIt() {
    Extraction x = run(LocalDate.of(2021, 3, 31), MEETING + "Также сообщается о подписании Душанбинской декларации "
        + "о дружбе и добрососедстве.");
    assertEquals(Set.of("Душанбинская декларация о дружбе и добрососедстве"), titles(x));
  }

  @Test
  void theSigningOfOneDocumentInTheGenitiveIsNoPlural() {
    Extraction x = run(LocalDate.of(2021, 3, 31), MEETING + "Итогом переговоров стало подписание Соглашения о "
        + "взаимной защите инвестиций.");
    assertEquals(Set.of("Соглашение о взаимной защите инвестиций"), titles(x));
    Extraction y = run(LocalDate.of(2021, 3, 31), MEETING + "Переговоры завершились церемонией подписания Программы "
        + "экономического сотрудничества на 2021-2025 годы.");
    assertEquals(Set.of("Программа экономического сотрудничества на 2021-2025 годы"), titles(y));
  }

  @Test
  void theShortFormOfAnIntergovernmentalAgreementIsAnAgreement() {
    Extraction x = run(LocalDate.of(2021, 3, 31), MEETING + "Стороны подписали межправсоглашение о сотрудничестве "
        + "в области ветеринарии.");
    assertEquals(1, x.documents.size(), titles(x).toString());
    assertEquals("AGREEMENT", x.documents.get(0).docType);
  }

  @Test
  void protocolsAmendingTwoAgreementsAreTwoProtocolsAndNoAgreement() {
    Extraction x = run(LocalDate.of(2021, 3, 31), MEETING + "Подписаны протоколы о внесении изменений в Соглашение о "
        + "свободной торговле и в Соглашение о режиме пересечения границы.");
    assertEquals(Set.of("Протокол о внесении изменений в Соглашение о свободной торговле",
        "Протокол о внесении изменений в Соглашение о режиме пересечения границы"), titles(x));
  }

  @Test
  void aComprehensiveProgrammeInTheAccusativeIsNamedInTheNominative() {
    Extraction x = run(LocalDate.of(2021, 3, 31), MEETING + "Лидеры подписали Комплексную программу сотрудничества "
        + "в сфере туризма.");
    assertEquals(Set.of("Комплексная программа сотрудничества в сфере туризма"), titles(x));
  }

  private static final String ASTANA = "Президенты России и Казахстана провели переговоры в Астане в четверг. ";

  @Test
  void aCountOfTheSignatoryStatesIsNoCountOfTheDocument() {
    Extraction x = run(LocalDate.of(2023, 11, 9), ASTANA + "Кроме того, правительства двух стран подписали программу "
        + "экономического сотрудничества на 2024-2026 годы.");
    assertEquals(Set.of("Программа экономического сотрудничества на 2024-2026 годы"), titles(x));
  }

  @Test
  void aCountBeforeTwoAdjectivesJoinedByAndCountsTheDocuments() {
    Extraction x = run(LocalDate.of(2023, 11, 9), ASTANA + "По их итогам было подписано 10 межгосударственных и "
        + "межправительственных документов. Главным из них стало соглашение о строительстве трех ТЭЦ.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(10, s.get(0).documentCount);
  }

  @Test
  void oneMoreDocumentAfterTheSigningIsOneOfItsDocuments() {
    String signed = ASTANA + "По их итогам были подписаны соглашение о строительстве трех ТЭЦ и меморандум о "
        + "сотрудничестве в сфере образования. ";
    for (String more : List.of("Еще один документ — программа экономического сотрудничества на 2024-2026 годы.",
        "Еще одним документом стала программа экономического сотрудничества на 2024-2026 годы.")) {
      Extraction x = run(LocalDate.of(2023, 11, 9), signed + more);
      assertEquals(true, titles(x).contains("Программа экономического сотрудничества на 2024-2026 годы"),
          titles(x).toString());
    }
  }
}
