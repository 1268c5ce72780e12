package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cities.tsv: each city names a known state, is found in text as a place of that state, and gives its English name. */
class CitiesTest {
  private static final String DIR = "org/coopevents/knowledge/";
  private static final Knowledge KB = Knowledge.load();

  private static List<Tsv.Row> rows() {
    Tsv.Table t = Tsv.read(List.of(DIR), "cities.tsv", Countries.CITIES_HEADER);
    assertTrue(t.present(), "cities.tsv is on the class path");
    return t.rows();
  }

  @Test
  void everyCityIsFoundAsAPlaceOfAKnownState() {
    List<Tsv.Row> rows = rows();
    assertTrue(rows.size() >= 100, "rows: " + rows.size());
    for (Tsv.Row r : rows) {
      String iso3 = r.get(0);
      assertNotNull(KB.countries.get(iso3), "unknown state " + iso3);
      assertTrue(Set.of("en", "ru").contains(r.get(1)), "language of " + r.get(2));
      assertFalse(r.get(3).isEmpty(), "English name of " + r.get(2));
      assertEquals(r.get(3), KB.countries.cityEn(r.get(2)), r.get(2));
      String text = (r.get(1).equals("en") ? "The talks were held in " : "Переговоры прошли в ") + r.get(2) + " today.";
      List<Countries.Mention> ms = KB.countries.findMentions(Tokens.of(text), Set.of(iso3));
      assertTrue(ms.stream().anyMatch(m -> m.iso3().equals(iso3) && m.kind() == Countries.Kind.CAPITAL),
          r.get(2) + " -> " + ms);
    }
  }

  @Test
  void noCityFormNamesAStateOrItsCapital() {
    Set<String> stateForms = new HashSet<>();
    for (Tsv.Row r : Tsv.read(List.of(DIR), "country_forms.tsv", Countries.FORMS_HEADER).rows()) {
      stateForms.add(Tokens.norm(r.get(3)));
    }
    for (Countries.Country c : List.copyOf(KB.countries.iso3Codes().stream().map(KB.countries::get).toList())) {
      stateForms.add(Tokens.norm(c.capitalEn()));
      stateForms.add(Tokens.norm(c.nameEn()));
    }
    for (Tsv.Row r : rows()) assertFalse(stateForms.contains(Tokens.norm(r.get(2))), r.get(2));
  }

  @Test
  void jordanIsTheStateInPlaceAndNotAsAName() {
    assertEquals(List.of("EGY", "JOR"), iso3s("Egypt and Jordan signed a water deal."));
    assertEquals(List.of("JOR"), iso3s("The king flew to Jordan on Monday."));
    assertEquals(List.of(), iso3s("The striker Michael Jordan retired."));
    assertEquals(List.of(), iso3s("He spoke with Jordan Bardella on Monday."));
  }

  @Test
  void citiesInRunningText() {
    assertEquals(List.of("UZB"), iso3s("Гость прибыл в Самарканд во вторник."));
    assertEquals(List.of("RUS"), iso3s("Переговоры в Сочи продлились четыре часа."));
    assertEquals(List.of("KGZ"), iso3s("Саммит пройдет в Чолпон-Ате."));
    assertEquals(List.of("AZE"), iso3s("The leaders met in Gabala on Friday."));
    assertEquals("Samarkand", KB.countries.cityEn("Самарканде"));
    assertNull(KB.countries.cityEn("Ташкенте"));
  }

  private static List<String> iso3s(String text) {
    return KB.countries.findMentions(Tokens.of(text), Set.of()).stream().map(Countries.Mention::iso3).toList();
  }
}
