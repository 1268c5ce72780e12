package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopevents.model.DocumentRow;
import org.junit.jupiter.api.Test;

/**
 * The period of a signed programme or plan as reports write it: "for 2025-2027", "на 2025–2027
 * годы", and with a slash as translations from Kazakh and Uzbek sources do ("for 2026/30",
 * "for 2025/2027"), or every year listed ("for the years 2024-2025-2026"). The reports are written
 * for these tests.
 */
class SigningPeriodWordingTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();

  private static DocumentRow only(String lang, String text) {
    Extraction x = EX.extract(new ArticleText("pw-" + Math.abs(text.hashCode()), "https://wire.example/pw", "wire.example",
        "", lang, LocalDate.of(2024, 10, 9), text));
    assertEquals(1, x.documents.size(), x.documents.toString());
    return x.documents.get(0);
  }

  @Test
  void aSlashPartsTheYearsOfAPeriod() {
    DocumentRow d = only("en", "ASTANA, Oct 8 - Kazakhstan and Russia signed a comprehensive programme of economic "
        + "cooperation for 2026/30 on Tuesday during the state visit of President Vladimir Putin.");
    assertEquals(2026, d.periodStartYear);
    assertEquals(2030, d.periodEndYear);
    DocumentRow e = only("en", "ASTANA, Oct 8 - Kazakhstan and China signed a memorandum of cooperation between the "
        + "foreign ministries of the two countries for 2025/2027 on Tuesday during the visit of Wang Yi.");
    assertEquals(2025, e.periodStartYear);
    assertEquals(2027, e.periodEndYear);
  }

  @Test
  void aDashPartsTheYearsOfAPeriod() {
    DocumentRow d = only("ru", "АСТАНА, 8 октября. Казахстан и Узбекистан подписали во вторник программу сотрудничества "
        + "в сфере культуры на 2025–2027 годы в ходе визита президента Узбекистана.");
    assertEquals(2025, d.periodStartYear);
    assertEquals(2027, d.periodEndYear);
  }

  @Test
  void everyYearOfAPeriodListedRunsToTheLast() {
    DocumentRow d = only("en", "KUWAIT CITY, Oct 8 - Kuwait and the UAE signed an executive programme in the field of "
        + "sports for the years 2024-2025-2026 on Tuesday during the visit of the UAE foreign minister.");
    assertEquals(2024, d.periodStartYear);
    assertEquals(2026, d.periodEndYear);
  }
}
