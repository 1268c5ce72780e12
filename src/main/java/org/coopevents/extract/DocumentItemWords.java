package org.coopevents.extract;

/** The words of document_item_words.tsv by role: how reports tell documents one by one and end their titles. */
final class DocumentItemWords {
  private DocumentItemWords() {}

  enum Role { ORDINAL, LINK, TOPIC, END, LEAD, LEAD_NOUN, COPULA, OCCASION, OCCASION_ON, SIGNATORY, HONORIFIC, POST_MODIFIER, TITLE_LAST }

  private static final RoleWords<Role> WORDS = RoleWords.load("document_item_words.tsv", Role.class);

  static boolean is(Role role, String word) {
    return WORDS.is(role, word);
  }
}
