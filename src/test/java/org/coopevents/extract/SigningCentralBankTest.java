package org.coopevents.extract;

import static org.coopevents.extract.ExtractionRows.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Central banks named "Bank of Russia", "Национальный банк Казахстана" sign for their states
 * (state_banks.tsv), while a commercial "Bank of China" or "Bank of Georgia" does not. The
 * reports are written for these tests.
 */
class SigningCentralBankTest {
  private static final ArticleExtractor EX = ArticleExtractor.create();
  private static final LocalDate PUB = LocalDate.of(2024, 6, 5);

  private static Extraction run(String lang, String text) {
    return EX.extract(new ArticleText("cb-" + Math.abs(text.hashCode()), "https://outlet.example/cb",
        "outlet.example", "", lang, PUB, text));
  }

  private static Set<String> pair(EventRow e) {
    return new TreeSet<>(List.of(e.actor1Country, e.actor2Country));
  }

  private static Set<String> types(Extraction x) {
    return x.documents.stream().map(d -> d.docType).collect(Collectors.toSet());
  }

  @Test
  void theBankOfRussiaAndAnotherCentralBankSignAMemorandum() {
    Extraction x = run("en", "CAIRO, June 4 - The Central Bank of Egypt and the Bank of Russia signed a "
        + "memorandum of understanding on cooperation in banking supervision on Tuesday, the Egyptian "
        + "regulator said.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("EGY", "RUS"), pair(s.get(0)));
    assertEquals(Set.of("MEMORANDUM"), types(x), x.documents.toString());
  }

  @Test
  void bankOfRussiaAndTheNationalBankOfKazakhstanSignInRussian() {
    Extraction x = run("ru", "Банк России и Национальный банк Казахстана подписали соглашение о "
        + "сотрудничестве в области платежных систем, сообщила во вторник пресс-служба регулятора.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("KAZ", "RUS"), pair(s.get(0)));
    assertEquals(Set.of("AGREEMENT"), types(x), x.documents.toString());
  }

  @Test
  void commercialBanksNamedForACountryDoNotSignForIt() {
    Extraction x = run("en", "BEIJING, June 4 - Bank of China and the Bank of Georgia signed a loan "
        + "agreement worth 200 million dollars on Tuesday, the lender said in a statement.");
    assertTrue(signings(x).isEmpty(), signings(x).toString());
    Extraction y = run("ru", "Банк Китая и Банк Грузии подписали кредитное соглашение на 200 млн "
        + "долларов, сообщила во вторник пресс-служба банка.");
    assertTrue(signings(y).isEmpty(), signings(y).toString());
  }

  @Test
  void theGovernorOfTheBankOfRussiaSignsForRussia() {
    Extraction x = run("en", "MOSCOW, June 4 - Elvira Nabiullina, Governor of the Bank of Russia, and the "
        + "head of the State Bank of Vietnam signed an agreement on cooperation in payment systems on Tuesday.");
    List<EventRow> s = signings(x);
    assertEquals(1, s.size(), s.toString());
    assertEquals(Set.of("RUS", "VNM"), pair(s.get(0)));
  }
}
