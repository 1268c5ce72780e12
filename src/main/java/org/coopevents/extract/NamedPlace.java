package org.coopevents.extract;

import java.time.LocalDate;
import org.coopevents.knowledge.Leaders;
import org.coopevents.knowledge.Tokens;

/**
 * A leader's name that names a place called after him, not the person: "в аэропорту имени Гейдара
 * Алиева", "в аэропорту Гейдар Алиев" (a former leader at the report's date), "Indira Gandhi
 * International Airport". Such a name must not make a guest or a host. Words in
 * {@code named_place_words.tsv}.
 */
final class NamedPlace {
  enum Role { IN_HONOUR, PLACE_BEFORE, PLACE_AFTER, QUALIFIER }

  private static final RoleWords<Role> WORDS = RoleWords.load("named_place_words.tsv", Role.class);

  private NamedPlace() {}

  /** Whether the person {@code p}, resolved to {@code term}, names a place at the report's {@code date}. */
  static boolean names(Tokens tokens, Leaders.Mention p, Leaders.Term term, LocalDate date) {
    int before = p.tokenStart() - 1;
    if (before >= 0) {
      String w = tokens.norm(before);
      if (WORDS.is(Role.IN_HONOUR, w)) return true;
      if (WORDS.is(Role.PLACE_BEFORE, w) && date != null && !term.validAt(date)) return true;
    }
    int after = p.tokenEnd();
    if (after < tokens.size() && WORDS.is(Role.QUALIFIER, tokens.norm(after))) after++;
    return after < tokens.size() && WORDS.is(Role.PLACE_AFTER, tokens.norm(after));
  }
}
