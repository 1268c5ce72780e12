package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lemma dictionary ru_en_lemmas.tsv: its format, its stems, and the vocabulary it must cover. */
class RussianLemmasTest {
  private static final List<Tsv.Row> ROWS =
      Tsv.read(List.of(Knowledge.RESOURCE_DIR), RussianLemmas.FILE, RussianLemmas.HEADER).rows();

  @Test
  void everyRowIsWellFormed() {
    assertTrue(ROWS.size() > 600, "rows: " + ROWS.size());
    Set<String> seen = new HashSet<>();
    for (Tsv.Row r : ROWS) {
      String where = RussianLemmas.FILE + ":" + r.line() + ": ";
      String ru = r.get(0);
      assertTrue(ru.matches("[а-я]+(-[а-я]+)?"), where + "ru must be one lower-case Russian word (ё as е): " + ru);
      assertTrue(seen.add(ru), where + "repeats " + ru);
      assertTrue(r.get(1).equals("n") || r.get(1).equals("a"), where + "pos must be n or a");
      assertTrue(r.get(2).matches("[a-zA-Z][a-z' -]*[a-z']|[a-z]"), where + "en must be English (a capital only for a name): " + r.get(2));
      String pl = r.get(3);
      if (r.get(1).equals("a")) assertEquals("", pl, where + "an adjective has no plural");
      else assertTrue(pl.isEmpty() || pl.equals("=") || pl.matches("[a-z][a-z' -]*"), where + "en_plural: " + pl);
      assertTrue(r.cells().length <= 4, where + "more than 4 cells");
    }
  }

  /**
   * Lemmas of one Snowball stem are told apart by the letters after the stem ("виз|а", "виз|ит"):
   * two lemmas that agree there would shadow each other (a noun and an adjective are told apart by
   * the adjectival ending: "промышленности", "промышленной").
   */
  @Test
  void lemmasSharingAStemDifferAfterIt() {
    Map<String, Tsv.Row> byKey = new HashMap<>();
    for (Tsv.Row r : ROWS) {
      String ru = r.get(0);
      String st = RussianLemmas.stem(ru);
      String after = ru.length() > st.length() ? ru.substring(st.length(), st.length() + 1) : "";
      Tsv.Row o = byKey.putIfAbsent(st + "|" + after + "|" + r.get(1), r);
      if (o == null) continue;
      assertEquals(o.get(1) + " " + o.get(2), r.get(1) + " " + r.get(2),
          "lines " + o.line() + " and " + r.line() + " share the stem " + st + " and the letter after it");
    }
    RussianLemmas l = Knowledge.load().translator.lemmas();
    assertEquals("визит", l.lookup("визита").lemma());
    assertEquals("виза", l.lookup("визы").lemma());
    assertTrue(l.lookup("промышленности").noun());
    assertFalse(l.lookup("промышленной").noun());
  }

  @Test
  void caseFormsFindTheirLemma() {
    RussianLemmas l = Knowledge.load().translator.lemmas();
    assertEquals("граница", l.lookup("границы").lemma());
    assertEquals("граница", l.lookup("границ").lemma());
    assertEquals("декларация", l.lookup("декларацию").lemma());
    assertEquals("меморандум", l.lookup("меморандумов").lemma());
    assertEquals("делимитация", l.lookup("делимитации").lemma());
    assertFalse(l.lookup("совместного").noun());
    assertFalse(l.lookup("оборонной").noun());
    assertTrue(l.lookup("обороны").noun());
    assertTrue(l.lookup("обороне").noun());
    assertTrue(RussianLemmas.pluralForm("границ", "граница"));
    assertTrue(RussianLemmas.pluralForm("инвестиций", "инвестиция"));
    assertTrue(RussianLemmas.pluralForm("договоры", "договор"));
    assertFalse(RussianLemmas.pluralForm("границы", "граница"));
    assertFalse(RussianLemmas.pluralForm("соглашения", "соглашение"));
    assertEquals("facilities", RussianLemmas.pluralEn("facility"));
    assertEquals("power plants", RussianLemmas.pluralEn("power plant"));
  }

  /** The vocabulary of intergovernmental titles, each word in some case form. */
  @Test
  void coversTheVocabularyOfTitles() {
    TitleTranslator tr = Knowledge.load().translator;
    List<String> words = List.of("сотрудничества", "соглашению", "границы", "делимитации", "демаркации",
        "государственной", "дороги", "строительства", "обмене", "ратификации", "грамотами", "дружбы", "вечной",
        "партнерства", "стратегического", "всеобъемлющего", "союзнических отношений", "инвестиций", "торговли",
        "экономического", "гуманитарного", "науки", "технического", "образования", "здравоохранения",
        "таможенного", "транспорта", "энергетики", "водных ресурсов", "передаче осужденных",
        "взаимной правовой помощи", "выдаче", "визового", "туризма", "культуры", "молодежи", "спорта",
        "сельского хозяйства", "космоса", "ядерной", "мирных целях", "госгранице", "ключевых", "автодороги",
        "моста", "связи", "цифровизации", "миграции", "занятости", "окружающей среды", "климата");
    for (String w : words) {
      String en = tr.translate(w);
      assertNotNull(en, w + ": untranslated " + tr.untranslated(w));
    }
  }
}
