package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocNumberTest {
  @Test
  void englishHeadsBecomeSingular() {
    assertEquals("Protocol", DocNumber.singular("Protocols", false));
    assertEquals("memorandum", DocNumber.singular("memoranda", false));
    assertEquals("Memorandum of Understanding", DocNumber.singular("Memorandums of Understanding", false));
    assertEquals("Roadmap", DocNumber.singular("Roadmaps", false));
    assertEquals("Strategy", DocNumber.singular("Strategies", false));
    assertEquals("MoU", DocNumber.singular("MoUs", false));
    assertEquals("Agreement on trade", DocNumber.singular("Agreements on trade", false));
  }

  @Test
  void russianHeadsBecomeSingularNominative() {
    assertEquals("Протокол", DocNumber.singular("Протоколы", true));
    assertEquals("соглашение", DocNumber.singular("соглашений", true));
    assertEquals("совместное заявление", DocNumber.singular("совместных заявления", true));
    assertEquals("Дорожная карта", DocNumber.singular("Дорожные карты", true));
    // a Russian singular stays as it is (no English "-s" rule)
    assertEquals("Договор", DocNumber.singular("Договор", true));
  }

  @Test
  void englishPlural() {
    assertEquals("Memoranda of Understanding", DocNumber.pluralEn("Memorandum of Understanding"));
    assertEquals("Roadmaps", DocNumber.pluralEn("Roadmap"));
    assertEquals("Strategies", DocNumber.pluralEn("Strategy"));
  }

  @Test
  void anExchangeNamedByItsVerbIsNamedAsTheDocument() {
    // the capital is the title maker's; the case of the text is kept
    assertEquals("exchange of notes on grant aid", DocNumber.exchangeOfNotes("exchanged the notes on grant aid"));
    assertEquals("Обмен нотами о границе", DocNumber.exchangeOfNotes("Обменялись нотами о границе"));
    assertEquals(null, DocNumber.exchangeOfNotes("Exchange of notes on grant aid"));
    // the plural of the notes is kept: one exchange of several notes
    assertEquals("exchanged notes", DocNumber.singular("exchanged notes", false));
  }
}
