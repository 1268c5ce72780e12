package org.coopevents.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void russianAndEnglishSpellingsOfOneLeaderAreTheSamePerson() {
    assertTrue(PersonNames.same("Касым-Жомарт Токаев", "Kassym-Jomart Tokayev"));
    assertTrue(PersonNames.same("Нарендра Моди", "Narendra Modi"));
  }

  @Test
  void differentLeadersOrUnknownNamesDiffer() {
    assertFalse(PersonNames.same("Narendra Modi", "Sheikh Hasina"));
    assertTrue(PersonNames.same("Some Unknown Envoy", "some unknown envoy"));
    assertFalse(PersonNames.same("Some Unknown Envoy", "Another Envoy"));
  }
}
