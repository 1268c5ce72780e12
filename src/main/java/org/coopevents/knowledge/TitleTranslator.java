package org.coopevents.knowledge;

import java.util.List;
import java.util.Set;

/**
 * Renders a Russian document title in English, completely or not at all: phrases of
 * ru_en_phrases.tsv (longest match wins), country names and adjectives through the gazetteer,
 * document types through doc_types.tsv, then each remaining word through the lemma dictionary
 * ru_en_lemmas.tsv ({@link RussianLemmas}: Snowball stems, so any case form finds its lemma).
 * Russian word order of adjective + noun is the English one; a noun phrase that follows a noun
 * without a preposition is a genitive and gets "of" ("делимитации границы" → "delimitation of
 * border"). A word found nowhere makes the title untranslatable: {@link #translate} returns null
 * (dataset.md v2: never a transliteration). Punctuation between words is kept.
 */
public final class TitleTranslator {
  public static final String HEADER = "ru\ten";

  /** A title in the two forms of the documents table: {@code english} is null when no complete translation exists. */
  public record TitleForms(String original, String english, String language) {}

  /** Russian prepositions and conjunctions: what ends a genitive chain. */
  static final Set<String> FUNCTION_WORDS = Set.of("о", "об", "обо", "по", "в", "во", "на", "и", "или", "а",
      "также", "с", "со", "к", "ко", "между", "для", "при", "от", "из", "за", "до", "после", "через", "без",
      "против", "у", "над", "под", "перед", "среди", "вокруг", "около", "ради", "вне", "кроме", "либо", "но");

  private enum Kind { NONE, FUNC, ADJ, NOUN }

  /** What a number's hyphenated ending can be ("30-й", "5-я", "30-го"). */
  private static final Set<String> ORDINAL_ENDINGS = Set.of("й", "я", "е", "го", "му", "м", "х", "ой", "ая", "ый", "ий", "ое", "ей");
  /** "2030 года": the year's own word, which English leaves out. */
  private static final Set<String> YEAR = Set.of("год", "года", "году", "годом");
  private static final ThreadLocal<String> missing = new ThreadLocal<>();

  private final PhraseMatcher<String> phrases;
  private final Countries countries;
  private final DocTypes docTypeTable;
  private final RussianLemmas lemmas;

  TitleTranslator(PhraseMatcher<String> phrases, Countries countries, DocTypes docTypes, RussianLemmas lemmas) {
    this.phrases = phrases;
    this.countries = countries;
    this.docTypeTable = docTypes;
    this.lemmas = lemmas;
  }

  static TitleTranslator load(List<String> prefixes, Countries countries, DocTypes docTypes) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (Tsv.Row r : Tsv.read(prefixes, "ru_en_phrases.tsv", HEADER).rows()) {
      if (r.get(0).isEmpty()) continue;
      b.add(r.get(0), r.get(1));
    }
    return new TitleTranslator(b.build(), countries, docTypes, RussianLemmas.load(prefixes));
  }

  public int size() {
    return phrases.size();
  }

  public RussianLemmas lemmas() {
    return lemmas;
  }

  /**
   * The two forms of a document title read from an article: a Russian title goes into the
   * nominative ({@link RussianNominative}) and is translated; any other is its own English title.
   */
  public TitleForms forms(String title, boolean russian) {
    if (!russian) return new TitleForms(title, title, "en");
    String original = RussianNominative.of(title, lemmas);
    return new TitleForms(original, translate(original), "ru");
  }

  /** The first word of a Russian title that {@link #translate} has no English for, or null when it has all. */
  public String untranslated(String russian) {
    missing.remove();
    String en = translate(russian);
    String m = missing.get();
    missing.remove();
    return en == null ? m : null;
  }

  /** The English rendering of a Russian title (first letter upper case), or null when a word has no translation. */
  public String translate(String russian) {
    Tokens t = Tokens.of(russian);
    StringBuilder sb = new StringBuilder(russian.length() + 16);
    int i = 0;
    int prevEnd = 0;
    Kind prev = Kind.NONE;
    while (i < t.size()) {
      String gap = russian.substring(prevEnd, t.start(i));
      if (!gap.isBlank()) prev = Kind.NONE;
      appendGap(sb, gap);
      PhraseMatcher.Match<String> m = phrases.longestAt(t, i, t.size());
      PhraseMatcher.Match<Countries.Form> c = countries.matcher().longestAt(t, i, t.size());
      String en;
      int next;
      Kind first;
      Kind last;
      if (c != null && (m == null || c.tokenEnd > m.tokenEnd)) {
        Countries.Form f = c.values.get(0);
        String iso = f.iso3();
        boolean adj = f.kind() == Countries.Kind.ADJECTIVE;
        // a city of cities.tsv ("Шуша") by its own name, not its state's capital
        String city = f.kind() == Countries.Kind.CAPITAL ? countries.cityEn(f.form()) : null;
        en = adj ? countries.adjectiveEn(iso)
            : city != null ? city
            : f.kind() == Countries.Kind.CAPITAL && countries.capitalEn(iso) != null
                ? countries.capitalEn(iso) : countries.nameEn(iso);
        prevEnd = c.end;
        next = c.tokenEnd;
        first = adj ? Kind.ADJ : Kind.NOUN;
        last = first;
      } else if (m != null) {
        en = m.values.get(0);
        if (m.tokenEnd == i + 1) en = numbered(en, t.norm(i));
        prevEnd = m.end;
        next = m.tokenEnd;
        first = kindOf(t, i);
        last = kindOf(t, next - 1);
      } else {
        List<DocTypes.Mention> dt = docTypeTable.findMentions(t, i, t.size());
        if (!dt.isEmpty() && dt.get(0).tokenStart() == i) {
          DocTypes.Mention d = dt.get(0);
          String can = docTypeTable.canonicalEn(d.docType().type());
          en = d.docType().plural() ? DocNumber.pluralEn(can) : can;
          prevEnd = d.end();
          next = d.tokenEnd();
          first = Kind.NOUN;
          last = Kind.NOUN;
        } else {
          int[] span = new int[1];
          boolean anniversary = false;
          en = word(t, i, russian, span);
          if (en == null) {
            if (t.isNumber(i)) {
              en = t.raw(i);
              span[0] = 1;
              // "30-й", "30-летию": the ordinal ending of a number; "2030 года": the year is the number
              boolean hyphen = i + 1 < t.size() && russian.substring(t.end(i), t.start(i + 1)).equals("-");
              if (hyphen && ORDINAL_ENDINGS.contains(t.norm(i + 1))) {
                en += "th";
                span[0] = 2;
              } else if (hyphen && t.norm(i + 1).startsWith("лети")) {
                en += "th anniversary";
                span[0] = 2;
                anniversary = true;
              } else if (i + 1 < t.size() && YEAR.contains(t.norm(i + 1)) && russian.substring(t.end(i), t.start(i + 1)).isBlank()) {
                span[0] = 2;
                // "на 2025 год": "for the year 2025" ("на" is "for the")
                if (i > 0 && t.norm(i - 1).equals("на")) en = "year " + en;
              }
              first = Kind.NONE;
            } else if (latin(t.raw(i))) {
              en = t.raw(i);
              first = Kind.NONE;
            } else {
              missing.set(t.raw(i));
              return null;
            }
          } else {
            first = span[0] > 0 ? Kind.NOUN : Kind.ADJ;
          }
          last = anniversary ? Kind.NOUN : first;
          next = i + Math.max(1, Math.abs(span[0]));
          prevEnd = t.end(next - 1);
        }
      }
      // a name's capital inside the title stays ("центра «Центральная Азия»" = "Central Asia")
      if (i > 0 && quoted(russian, t.start(i)) && Character.isUpperCase(t.raw(i).charAt(0)) && !en.isEmpty()
          && Character.isLowerCase(en.charAt(0))) {
        en = Character.toUpperCase(en.charAt(0)) + en.substring(1);
      }
      appendUnit(sb, en, prev, first);
      String lower = en.toLowerCase(java.util.Locale.ROOT);
      prev = OPEN_ENDS.contains(lower.substring(lower.lastIndexOf(' ') + 1)) ? Kind.FUNC : last;
      i = next;
    }
    appendGap(sb, russian.substring(prevEnd));
    String out = sb.toString().replaceAll("\\s+", " ").strip();
    if (out.isEmpty()) return out;
    return Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  /** English words after which a Russian genitive does not take "of" ("in the field of", "including"). */
  private static final Set<String> OPEN_ENDS = Set.of("of", "for", "to", "on", "in", "with", "including", "between",
      "and", "or", "under", "from", "by", "at", "as", "regarding", "against", "through", "without", "after", "until");

  /** Appends a translated unit, with "of" when it is a genitive after a noun. */
  private static void appendUnit(StringBuilder sb, String en, Kind prev, Kind first) {
    String lower = en.toLowerCase(java.util.Locale.ROOT);
    boolean startsOf = lower.startsWith("of ") || lower.equals("of");
    if (!startsOf && prev == Kind.NOUN && (first == Kind.ADJ || first == Kind.NOUN)) sb.append("of ");
    sb.append(en);
  }

  /**
   * A word (or a hyphenated compound "научно-технический") through the lemma dictionary: its
   * English, with {@code span[0]} = +tokens for a noun, -tokens for an adjective; null when absent.
   */
  private String word(Tokens t, int i, String text, int[] span) {
    if (i + 1 < t.size() && t.end(i) + 1 == t.start(i + 1) && text.charAt(t.end(i)) == '-') {
      RussianLemmas.Entry e = lemmas.lookup(t.norm(i) + "-" + t.norm(i + 1));
      if (e != null) {
        span[0] = e.noun() ? 2 : -2;
        return e.en();
      }
    }
    RussianLemmas.Entry e = lemmas.lookup(t.norm(i));
    if (e == null) return null;
    span[0] = e.noun() ? 1 : -1;
    return e.noun() && RussianLemmas.pluralForm(t.norm(i), e.lemma()) ? e.enPlural() : e.en();
  }

  /**
   * A one-word row of the phrase table ("мост*" = "bridge") gives one English number; the lemma
   * dictionary knows when the form is plural ("мостов" = "bridges").
   */
  private String numbered(String en, String norm) {
    RussianLemmas.Entry e = lemmas.lookup(norm);
    if (e == null || !e.noun() || !en.equalsIgnoreCase(e.en()) || e.en().equals(e.enPlural())) return en;
    if (!RussianLemmas.pluralForm(norm, e.lemma())) return en;
    String pl = e.enPlural();
    return Character.isUpperCase(en.charAt(0)) ? Character.toUpperCase(pl.charAt(0)) + pl.substring(1) : pl;
  }

  /** How a Russian word of a matched phrase behaves in a genitive chain. */
  private Kind kindOf(Tokens t, int i) {
    String norm = t.norm(i);
    if (FUNCTION_WORDS.contains(norm)) return Kind.FUNC;
    PhraseMatcher.Match<Countries.Form> c = countries.matcher().longestAt(t, i, i + 1);
    if (c != null) return c.values.get(0).kind() == Countries.Kind.ADJECTIVE ? Kind.ADJ : Kind.NOUN;
    if (norm.chars().allMatch(Character::isDigit)) return Kind.NONE;
    RussianLemmas.Entry e = lemmas.lookup(norm);
    if (e != null) return e.noun() ? Kind.NOUN : Kind.ADJ;
    return RussianNominative.adjectiveEnding(norm) != null ? Kind.ADJ : Kind.NOUN;
  }

  /** Whether position {@code at} of the title lies inside a «quoted» name. */
  private static boolean quoted(String s, int at) {
    int open = Math.max(s.lastIndexOf('«', at), s.lastIndexOf('“', at));
    if (open < 0) return false;
    int close = Math.max(s.lastIndexOf('»', at), s.lastIndexOf('”', at));
    return close < open;
  }

  private static boolean latin(String w) {
    for (int k = 0; k < w.length(); k++) {
      char ch = w.charAt(k);
      if (Character.isLetter(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) return false;
    }
    return true;
  }

  private static void appendGap(StringBuilder sb, String gap) {
    if (gap.isEmpty()) return;
    String g = gap.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"')
        .replace('–', '-').replace('—', '-');
    // a closing quote ("«Центральная Азия»") follows its last word without a space
    boolean closing = gap.startsWith("»") || gap.startsWith("”");
    if (sb.length() > 0 && !closing && !g.startsWith(" ") && !g.startsWith(",") && !g.startsWith("-")
        && !g.startsWith(")") && !g.startsWith(".") && !g.startsWith(";")) {
      sb.append(' ');
    }
    sb.append(g);
    if (!g.endsWith(" ") && !g.endsWith("-") && !g.endsWith("(") && !g.endsWith("\"")) sb.append(' ');
  }
}
