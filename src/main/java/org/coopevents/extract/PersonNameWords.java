package org.coopevents.extract;

/**
 * Words of person naming ({@code person_name_words.tsv}): the capitalised English words that may
 * stand right before a leader's name without being another person's given name.
 */
final class PersonNameWords {
  enum Role { NOT_GIVEN, PATRONYMIC, FORMER }

  private static final RoleWords<Role> WORDS = RoleWords.load("person_name_words.tsv", Role.class);

  private PersonNameWords() {}

  /** "former", "ex", "экс", "бывший": before a title, the office is no longer held (FormerHolder). */
  static boolean former(String norm) {
    return WORDS.is(Role.FORMER, norm);
  }

  /** Whether a capitalised English word right before a leader's name may be another person's given name. */
  static boolean mayBeGivenName(String norm) {
    return !WORDS.is(Role.NOT_GIVEN, norm) && !WORDS.is(Role.PATRONYMIC, norm) && norm.chars().allMatch(Character::isLetter);
  }
}
