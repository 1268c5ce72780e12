package org.coopevents.knowledge;

import java.util.Locale;
import java.util.Map;

/**
 * The one singular/plural rule for document head words, in English and Russian: "Protocols" is
 * "Protocol", "memoranda" is "memorandum", "Меморандумы" is "Меморандум", and back for English
 * canonical names ("Memorandum of Understanding" -> "Memoranda of Understanding"). Shared by the
 * extractor (a shared head "protocols on A and B" gives two singular titles) and by
 * {@link TitleTranslator}.
 */
public final class DocNumber {
  private DocNumber() {}

  /** Russian plural (and genitive singular after a count) forms of head words and their nominative singular. */
  private static final Map<String, String> RU_SINGULAR = Map.ofEntries(
      Map.entry("протоколы", "протокол"), Map.entry("протоколов", "протокол"),
      Map.entry("соглашения", "соглашение"), Map.entry("соглашений", "соглашение"),
      Map.entry("меморандумы", "меморандум"), Map.entry("меморандумов", "меморандум"),
      Map.entry("меморандума", "меморандум"),
      Map.entry("договоры", "договор"), Map.entry("договоров", "договор"), Map.entry("договора", "договор"),
      Map.entry("программы", "программа"), Map.entry("программ", "программа"),
      Map.entry("планы", "план"), Map.entry("планов", "план"), Map.entry("плана", "план"),
      Map.entry("контракты", "контракт"), Map.entry("контрактов", "контракт"),
      Map.entry("декларации", "декларация"), Map.entry("деклараций", "декларация"),
      Map.entry("заявления", "заявление"), Map.entry("заявлений", "заявление"),
      Map.entry("совместных", "совместное"), Map.entry("совместные", "совместное"),
      Map.entry("межправительственных", "межправительственное"),
      Map.entry("межправительственные", "межправительственное"),
      Map.entry("дорожные", "дорожная"), Map.entry("дорожных", "дорожная"),
      Map.entry("карты", "карта"), Map.entry("карт", "карта"),
      Map.entry("концепции", "концепция"), Map.entry("конвенции", "конвенция"));

  /**
   * {@code head} with its number-carrying word made singular: the first word ("Memoranda of
   * Understanding on ...", "Протоколы о ...", and a second for a Russian adjective and noun:
   * "совместных заявления"), or, for an English head of words without "of" ("joint statements",
   * "action plans"), its last word.
   */
  public static String singular(String head, boolean russian) {
    String h = head.strip();
    // "exchanged notes": one exchange of notes, named so by the title's maker
    if (exchangeOfNotes(h) != null) return h;
    if (!russian && h.indexOf(' ') > 0 && !h.toLowerCase(Locale.ROOT).contains(" of ")) {
      int sp = h.lastIndexOf(' ');
      String last = h.substring(sp + 1);
      String first = h.substring(0, sp);
      String sl = singularWord(last, false);
      if (!sl.equals(last)) return first + " " + sl;
    }
    String[] words = h.split("\\s+", 3);
    if (words.length == 0 || words[0].isEmpty()) return head;
    StringBuilder out = new StringBuilder(singularWord(words[0], russian));
    for (int i = 1; i < words.length; i++) {
      // "Совместных заявления", "дорожные карты": the noun after a Russian adjective too
      boolean second = i == 1 && russian && RU_SINGULAR.containsKey(words[0].toLowerCase(Locale.ROOT))
          && words[0].toLowerCase(Locale.ROOT).matches(".*(ых|ые|ие|их)");
      out.append(' ').append(second ? singularWord(words[i], true) : words[i]);
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern EXCHANGED = java.util.regex.Pattern.compile(
      "(?iu)(exchanged|обменял[а-я]*)\\s+(?:the\\s+)?(.+)");

  /**
   * A title that opens with the verb of an exchange named as its document: "exchanged notes on
   * grant aid" is an "Exchange of notes on grant aid", "обменялись нотами о ..." an "Обмен
   * нотами о ..."; null for any other title.
   */
  public static String exchangeOfNotes(String h) {
    java.util.regex.Matcher m = EXCHANGED.matcher(h);
    if (!m.matches()) return null;
    boolean upper = Character.isUpperCase(h.charAt(0));
    String noun = m.group(1).toLowerCase(Locale.ROOT).startsWith("e") ? "exchange of " : "обмен ";
    String out = noun + m.group(2);
    return upper ? Character.toUpperCase(out.charAt(0)) + out.substring(1) : out;
  }

  /** One word made singular, keeping its capitalisation. */
  public static String singularWord(String first, boolean russian) {
    String low = first.toLowerCase(Locale.ROOT);
    String sing = first;
    if (RU_SINGULAR.containsKey(low)) sing = RU_SINGULAR.get(low);
    else if (low.equals("memoranda") || low.equals("memorandums")) sing = "memorandum";
    else if (low.equals("mous")) sing = "MoU";
    // "Minutes of the meeting": one document, no plural
    else if (low.equals("minutes")) sing = first;
    else if (!russian && low.endsWith("ies") && low.length() > 4) sing = first.substring(0, first.length() - 3) + "y";
    else if (!russian && low.endsWith("s") && !low.endsWith("ss") && low.length() > 3) sing = first.substring(0, first.length() - 1);
    if (!sing.equals(first)) {
      if (Character.isUpperCase(first.charAt(0))) sing = Character.toUpperCase(sing.charAt(0)) + sing.substring(1);
      if (first.equals(first.toUpperCase(Locale.ROOT)) && first.length() > 1) sing = sing.toUpperCase(Locale.ROOT);
    }
    return sing;
  }

  /** The English plural of a canonical name: "Memorandum of Understanding" -> "Memoranda of Understanding". */
  public static String pluralEn(String s) {
    if (s.startsWith("Memorandum")) return "Memoranda" + s.substring("Memorandum".length());
    int sp = s.indexOf(' ');
    String head = sp < 0 ? s : s.substring(0, sp);
    String rest = sp < 0 ? "" : s.substring(sp);
    if (head.endsWith("y")) return head.substring(0, head.length() - 1) + "ies" + rest;
    return head + "s" + rest;
  }
}
