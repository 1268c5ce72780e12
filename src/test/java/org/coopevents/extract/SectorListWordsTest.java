package org.coopevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopevents.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * Fields named the way reports of talks name them (sentences written for this test after the
 * way Indian, French and Central Asian outlets report them): a shared head ("trade and defence
 * deals"), an ambiguous word in a list ("в торговле и обороне"), the sharing of river water
 * (ENVIRONMENT), business cooperation (TRADE) and Russian talks on a field.
 */
class SectorListWordsTest {
  private static final Knowledge KB = Knowledge.load();
  private static final LocalDate PUB = LocalDate.of(2024, 6, 22);

  private static Set<String> codes(String lang, String text) {
    Analysis an = new Analysis(new ArticleText("l-" + Math.abs(text.hashCode()), null, null, "", lang, PUB, text),
        KB, Cues.build());
    SectorSupport s = SectorSupport.of(an);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < an.sentences.size(); i++) out.addAll(s.codes(i));
    return out;
  }

  @Test
  void itemsShareTheHeadOfTheLastItem() {
    assertEquals(Set.of("TRADE", "MILITARY_TECHNICAL"),
        codes("en", "The programme includes talks with the prime minister on possible trade and defence deals."));
    assertEquals(Set.of("TRADE", "ENERGY"), codes("en", "Both sides want closer trade and energy cooperation."));
  }

  @Test
  void anAmbiguousWordIsAFieldInAListOfFields() {
    assertEquals(Set.of("TRADE", "MILITARY_TECHNICAL"), codes("ru",
        "В программе визита значатся переговоры о новых контрактах в торговле и обороне."));
    assertEquals(Set.of("TRADE", "ENERGY", "ENVIRONMENT"), codes("en",
        "Their talks on Saturday covered trade, power and the sharing of the waters of common rivers."));
  }

  @Test
  void talksOnAFieldFrameItAsInEnglish() {
    // "переговоры о", "сделки": as English "talks on", "deals"
    assertEquals(Set.of("TRADE", "MILITARY_TECHNICAL"), codes("ru",
        "Программа поездки включала переговоры о торговле и обороне."));
    assertEquals(Set.of("TRADE"), codes("ru", "В программе поездки значатся сделки в торговле."));
  }

  @Test
  void riverWaterAndBusinessCooperation() {
    assertEquals(Set.of("ENVIRONMENT"), codes("ru",
        "Президенты обсудили совместное использование трансграничных рек."));
    assertEquals(Set.of("TRADE"), codes("en",
        "The two leaders met chief executives to talk about ways to widen business cooperation."));
    // "civil nuclear" is nuclear energy, as Indian readouts name it in a list
    assertEquals(Set.of("MILITARY_TECHNICAL", "ENERGY", "TRADE", "INVESTMENT"), codes("en",
        "The two leaders reviewed ongoing collaboration in defence, civil nuclear, trade and investment."));
  }

  @Test
  void anAmbiguousWordAloneOrInAnOrdinaryPhraseStaysSilent() {
    assertEquals(Set.of(), codes("ru", "Стороны обсудили игру сборной в обороне."));
    assertEquals(Set.of("INVESTMENT"), codes("en",
        "The ministers discussed the business environment and investment between the two countries."));
  }

  @Test
  void globalChallengesAreNotThePairsField() {
    assertEquals(Set.of(), codes("ru", "Стороны обменялись оценками глобальных вызовов, связанных с пандемией."));
    assertEquals(Set.of(), codes("en", "The leaders discussed global challenges such as the pandemic and climate change."));
  }
}
