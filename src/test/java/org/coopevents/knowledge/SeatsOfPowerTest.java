package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** seats_of_power.tsv: each seat names a known state, and is found in text as that state's capital. */
class SeatsOfPowerTest {
  private static final String DIR = "org/coopevents/knowledge/";
  private static final Knowledge KB = Knowledge.load();

  private static List<Tsv.Row> rows() {
    Tsv.Table t = Tsv.read(List.of(DIR), "seats_of_power.tsv", Countries.SEATS_HEADER);
    assertTrue(t.present(), "seats_of_power.tsv is on the class path");
    return t.rows();
  }

  @Test
  void everySeatIsFoundAsTheCapitalOfAKnownState() {
    List<Tsv.Row> rows = rows();
    assertTrue(rows.size() >= 30, "rows: " + rows.size());
    for (Tsv.Row r : rows) {
      String iso3 = r.get(0);
      assertNotNull(KB.countries.get(iso3), "unknown state " + iso3);
      assertTrue(Set.of("en", "ru").contains(r.get(1)), "language of " + r.get(2));
      assertNotNull(KB.countries.capitalEn(iso3), "a seat's state needs a capital: " + iso3);
      String text = (r.get(1).equals("en") ? "Talks were held at the " : "Переговоры прошли, ") + r.get(2) + " today.";
      List<Countries.Mention> ms = KB.countries.findMentions(Tokens.of(text), Set.of(iso3));
      assertTrue(ms.stream().anyMatch(m -> m.iso3().equals(iso3) && m.kind() == Countries.Kind.CAPITAL),
          r.get(2) + " -> " + ms);
    }
  }

  @Test
  void seatsInRunningText() {
    assertEquals(List.of("USA"), iso3s("The president was received at the White House on Monday."));
    assertEquals(List.of("RUS"), iso3s("Переговоры в Кремле продлились три часа."));
    assertEquals(List.of("FRA"), iso3s("Макрон принял гостя в Елисейском дворце."));
    assertEquals(List.of("GBR"), iso3s("The two leaders met at Downing Street."));
    assertEquals(List.of(), iso3s("The house was white and the street was quiet."));
  }

  private static List<String> iso3s(String text) {
    return KB.countries.findMentions(Tokens.of(text), Set.of()).stream().map(Countries.Mention::iso3).toList();
  }
}
