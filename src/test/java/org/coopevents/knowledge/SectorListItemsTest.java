package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * List-only sector words (sector_list_words.tsv) count only as items of a list with a sector
 * phrase of sectors.tsv, joined by "and", "or", "и", "или" or a comma (phrases written for this
 * test).
 */
class SectorListItemsTest {
  private static final SectorLexicon LEX = Knowledge.load().sectors;

  @Test
  void aListWordAloneNamesNoSector() {
    assertEquals(Set.of(), LEX.sectors("shares fell in early trade"));
    assertEquals(Set.of(), LEX.sectors("команда уверенно играла в обороне"));
    assertEquals(Set.of(), LEX.sectors("the power of the argument"));
  }

  @Test
  void aListWordJoinedToASectorPhraseIsAnItemOfItsList() {
    assertEquals(Set.of("TRADE", "MILITARY_TECHNICAL"), LEX.sectors("possible trade and defence deals"));
    assertEquals(Set.of("TRADE", "MILITARY_TECHNICAL"), LEX.sectors("о контрактах в торговле и обороне"));
    assertEquals(Set.of("ENERGY", "ENVIRONMENT"), LEX.sectors("energy, climate"));
    // a word joined to an accepted list word counts too, across "and the"
    assertEquals(Set.of("TRADE", "ENERGY", "ENVIRONMENT"),
        LEX.sectors("trade, power and the sharing of the waters of common rivers"));
  }

  @Test
  void aListWordInsideAnOrdinaryPhraseIsNoItem() {
    assertEquals(Set.of("INVESTMENT"), LEX.sectors("the business environment and investment"));
    assertEquals(Set.of("CULTURE"), LEX.sectors("soft power and culture"));
    // the longer sector phrase wins: "investment climate" is INVESTMENT, not a climate item
    assertEquals(Set.of("INVESTMENT", "ENERGY"), LEX.sectors("the investment climate and energy"));
  }

  @Test
  void onlyAJoiningWordOrACommaMakesAList() {
    assertEquals(Set.of("ENERGY"), LEX.sectors("energy trade"));
    assertEquals(Set.of("ENERGY"), LEX.sectors("энергетика в обороне"));
  }

  @Test
  void twoModifiersOfOneHeadEachMakeAPhraseWithIt() {
    // "military" alone is SECURITY, "military aid" MILITARY_TECHNICAL
    assertEquals(Set.of("SECURITY"), LEX.sectors("military cooperation"));
    assertEquals(Set.of("MILITARY_TECHNICAL"), LEX.sectors("military and economic aid"));
    assertEquals(Set.of("MILITARY_TECHNICAL"), LEX.sectors("военную и экономическую помощь"));
    // the same codes with the head leave the first modifier as it was
    assertEquals(Set.of("SECURITY"), LEX.sectors("military and political cooperation"));
    // a head in the next sentence is not shared
    assertEquals(Set.of("SECURITY", "HUMANITARIAN"), LEX.sectors("military and political. Aid to refugees"));
  }
}
