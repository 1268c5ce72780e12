package org.coopevents.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the main language of a text (ISO 639-1), in three steps.
 *
 * <ol>
 *   <li>Script shares: letters are counted per Unicode script and the script with most letters
 *       wins (Han, kana and Hangul count double, as one of their characters carries about as much
 *       as a short word). Scripts used by one language answer at once (Armenian hy, Georgian ka,
 *       Greek el, Hebrew he, Hangul ko, Thai th, Devanagari hi); Han is ja when kana make up a
 *       tenth of it, else zh.</li>
 *   <li>Letters: within Latin, Cyrillic and Arabic script each language has letters of its own
 *       (one point each: і ї є ґ for uk, ў for be, ә ғ қ ң ө ұ ү һ for kk, ъ inside a word for bg
 *       ...) and letters it never writes (minus two points each: ы э ъ ё in uk, и щ in be, і in
 *       ru ...). Russian owns no letter: it is what is left when no other language's letters
 *       show.</li>
 *   <li>Stop words: two points for each word of the text found in the language's list in
 *       {@code stopwords.tsv}.</li>
 * </ol>
 * The best score wins; ties go to the language listed first (en before other Latin languages, ru
 * before other Cyrillic ones), so a short English or Russian headline without any stop word still
 * comes out as en or ru. Fewer than three letters give "und".
 */
public final class LanguageDetector {
  public static final String UNDETERMINED = "und";

  private static final String RESOURCE = "stopwords.tsv";

  /** Languages of one script in order of preference, with the letters they own and lack. */
  private static final class Lang {
    final String code;
    final String own;
    final String lacks;

    Lang(String code, String own, String lacks) {
      this.code = code;
      this.own = own;
      this.lacks = lacks;
    }
  }

  private static final String LATIN_MARKED = "äößàâçéèêëîïôûùœñáíóúãõąćęłńśźżğışəìò";

  private static final Lang[] LATIN = {
    new Lang("en", "", without(LATIN_MARKED, "")),
    new Lang("de", "äöüß", without(LATIN_MARKED, "äöüßé")),
    new Lang("fr", "àâçéèêëîïôûùœ", without(LATIN_MARKED, "àâçéèêëîïôûùœü")),
    new Lang("es", "ñáéíóú¿¡", without(LATIN_MARKED, "ñáéíóüú")),
    new Lang("it", "àèéìòù", without(LATIN_MARKED, "àèéìòùíó")),
    new Lang("pt", "ãõçáâêéíóôúà", without(LATIN_MARKED, "ãõçáâêéíóôúàü")),
    new Lang("pl", "ąćęłńóśźż", without(LATIN_MARKED, "ąćęłńóśźżé")),
    new Lang("nl", "ë", without(LATIN_MARKED, "ëéèïöü")),
    new Lang("tr", "çğıöşü", without(LATIN_MARKED, "çğıöşüâî")),
    new Lang("az", "əçğıöşü", without(LATIN_MARKED, "əçğıöşü")),
    new Lang("uz", "ʻ", without(LATIN_MARKED, "")),
  };

  private static final String CYR_MARKED = "ыэъёіїєґўәғқңөұүһҷӣӯҳјљњђћџѓќѕ";

  private static final Lang[] CYRILLIC = {
    new Lang("ru", "", without(CYR_MARKED, "ыэъё")),
    new Lang("uk", "іїєґ", without(CYR_MARKED, "іїєґ")),
    new Lang("be", "ўі", without(CYR_MARKED, "ўіыэё") + "ищъ"),
    new Lang("kk", "әғқңөұүһі", without(CYR_MARKED, "әғқңөұүһіыэъё")),
    new Lang("ky", "ңөү", without(CYR_MARKED, "ңөүыэъё")),
    new Lang("mn", "өү", without(CYR_MARKED, "өүыэъё")),
    new Lang("tg", "ғӣқӯҳҷ", without(CYR_MARKED, "ғӣқӯҳҷэъё") + "щыьц"),
    new Lang("uz", "ўқғҳ", without(CYR_MARKED, "ўқғҳэъё") + "щы"),
    new Lang("bg", "ъ", without(CYR_MARKED, "ъ")),
    new Lang("sr", "ђћџјљњ", without(CYR_MARKED, "ђћџјљњ") + "йщьяю"),
    new Lang("mk", "ѓќѕјљњџ", without(CYR_MARKED, "ѓќѕјљњџ") + "йщьяю"),
  };

  private static final Lang[] ARABIC = {
    new Lang("ar", "ةيكى", "پچژگکیٹڈڑںے"),
    new Lang("fa", "پچژگکی", "ةيكٹڈڑںے"),
    new Lang("ur", "ٹڈڑںےہ", "ةيك"),
  };

  /** For each marked letter, the points it gives to each language of the script (same order). */
  private static final int[][] LATIN_LETTERS = letterPoints(LATIN);
  private static final int[][] CYRILLIC_LETTERS = letterPoints(CYRILLIC);
  private static final int[][] ARABIC_LETTERS = letterPoints(ARABIC);
  /** Letter tables cover code points below this; all marked letters are (checked at load). */
  private static final int TABLE_SIZE = 0x800;

  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

  /** Stop word to the languages (of any script) whose list holds it. */
  private static final StopWords STOP_WORDS = new StopWords(load());

  /**
   * The stop words in an open-addressing table that is probed with a slice of a string, so
   * that looking a word up neither cuts a substring nor re-hashes one. Each word carries, for
   * each script's list of languages, the positions of the languages that list it.
   */
  private static final class StopWords {
    static final class Entry {
      final String word;
      final int[] latin;
      final int[] cyrillic;
      final int[] arabic;

      Entry(String word, List<String> owners) {
        this.word = word;
        this.latin = positions(LATIN, owners);
        this.cyrillic = positions(CYRILLIC, owners);
        this.arabic = positions(ARABIC, owners);
      }

      private static int[] positions(Lang[] langs, List<String> owners) {
        int[] out = new int[langs.length];
        int n = 0;
        for (int k = 0; k < langs.length; k++) {
          if (owners.contains(langs[k].code)) {
            out[n++] = k;
          }
        }
        return java.util.Arrays.copyOf(out, n);
      }
    }

    private final Entry[] slots;
    private final int mask;

    StopWords(Map<String, List<String>> words) {
      int cap = Integer.highestOneBit(Math.max(16, words.size() * 4 - 1)) << 1;
      slots = new Entry[cap];
      mask = cap - 1;
      for (Map.Entry<String, List<String>> e : words.entrySet()) {
        int i = spread(e.getKey().hashCode()) & mask;
        while (slots[i] != null) {
          i = (i + 1) & mask;
        }
        slots[i] = new Entry(e.getKey(), e.getValue());
      }
    }

    /** The entry of s[from, to), or null. */
    Entry get(String s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + s.charAt(i);
      }
      int len = to - from;
      for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
        String w = slots[i].word;
        if (w.length() == len && s.regionMatches(from, w, 0, len)) {
          return slots[i];
        }
      }
      return null;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  private LanguageDetector() {}

  public static String detect(String text) {
    return profile(text).language();
  }

  /**
   * What {@link #detect} counts in a text: letters per script and each language's points. The
   * counts of texts joined by line breaks are the sums of their counts ({@link #add}), so a page
   * whose lines are each detected is read once, not once more as a whole.
   */
  public static final class Profile {
    private final int[] scripts = new int[SCRIPTS.length];
    private final int[] latin = new int[LATIN.length];
    private final int[] cyrillic = new int[CYRILLIC.length];
    private final int[] arabic = new int[ARABIC.length];
    private int total;

    /** Adds another text's counts to these (as if the texts were joined by a line break). */
    public Profile add(Profile o) {
      for (int i = 0; i < scripts.length; i++) scripts[i] += o.scripts[i];
      for (int i = 0; i < latin.length; i++) latin[i] += o.latin[i];
      for (int i = 0; i < cyrillic.length; i++) cyrillic[i] += o.cyrillic[i];
      for (int i = 0; i < arabic.length; i++) arabic[i] += o.arabic[i];
      total += o.total;
      return this;
    }

    /** The language these counts name: what {@link #detect} answers for the text. */
    public String language() {
      if (total < 3) {
        return UNDETERMINED;
      }
      int han = scripts[Character.UnicodeScript.HAN.ordinal()];
      int kana = scripts[Character.UnicodeScript.HIRAGANA.ordinal()]
          + scripts[Character.UnicodeScript.KATAKANA.ordinal()];
      int hangul = scripts[Character.UnicodeScript.HANGUL.ordinal()];
      Character.UnicodeScript best = null;
      int bestCount = 0;
      // in script order, the first of equal weights wins
      for (int o = 0; o < scripts.length; o++) {
        if (scripts[o] == 0) {
          continue;
        }
        Character.UnicodeScript s = SCRIPTS[o];
        int weight = scripts[o];
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
            || s == Character.UnicodeScript.KATAKANA) {
          weight = 2 * (han + kana);
          s = Character.UnicodeScript.HAN;
        } else if (s == Character.UnicodeScript.HANGUL) {
          weight = 2 * (hangul + han);
        }
        if (weight > bestCount) {
          best = s;
          bestCount = weight;
        }
      }
      if (best == null) {
        return UNDETERMINED;
      }
      switch (best) {
        case LATIN:
          return bestOf(LATIN, latin);
        case CYRILLIC:
          return bestOf(CYRILLIC, cyrillic);
        case ARABIC:
          return bestOf(ARABIC, arabic);
        case HAN:
          return kana * 10 >= han + kana ? "ja" : "zh";
        case HANGUL:
          return "ko";
        case ARMENIAN:
          return "hy";
        case GEORGIAN:
          return "ka";
        case GREEK:
          return "el";
        case HEBREW:
          return "he";
        case THAI:
          return "th";
        case DEVANAGARI:
          return "hi";
        case BENGALI:
          return "bn";
        default:
          return UNDETERMINED;
      }
    }

    /** The counts, for tests and debugging. */
    @Override
    public String toString() {
      return "letters " + total + " scripts " + java.util.Arrays.toString(scripts) + " latin "
          + java.util.Arrays.toString(latin) + " cyrillic " + java.util.Arrays.toString(cyrillic)
          + " arabic " + java.util.Arrays.toString(arabic);
    }

    private static String bestOf(Lang[] langs, int[] scores) {
      int best = 0;
      for (int k = 1; k < langs.length; k++) {
        if (scores[k] > scores[best]) {
          best = k;
        }
      }
      return langs[best].code;
    }
  }

  /** The counts of one text; {@code profile(a).add(profile(b))} is the profile of a + "\n" + b. */
  public static Profile profile(String text) {
    Profile p = new Profile();
    if (text == null || text.isEmpty()) {
      return p;
    }
    // letters per script, by ordinal (a plain array: this runs once per line of every article)
    int[] scripts = p.scripts;
    int latinAscii = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          latinAscii++;
          p.total++;
        }
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = scriptOfLetter(cp);
      if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
        continue;
      }
      p.total++;
      scripts[script.ordinal()]++;
    }
    scripts[Character.UnicodeScript.LATIN.ordinal()] += latinAscii;
    if (scripts[Character.UnicodeScript.LATIN.ordinal()] > 0
        || scripts[Character.UnicodeScript.CYRILLIC.ordinal()] > 0
        || scripts[Character.UnicodeScript.ARABIC.ordinal()] > 0) {
      score(text, p);
    }
    return p;
  }

  /**
   * Adds the points of the Latin, Cyrillic and Arabic languages in {@code text}, in one pass: a
   * marked letter gives its points to the languages of its script, a stop word two points to
   * each language of a script whose letters the word has that lists it.
   */
  private static void score(String text, Profile p) {
    String lower = text.toLowerCase(Locale.ROOT);
    int wordStart = -1;
    boolean inLatin = false;
    boolean inCyrillic = false;
    boolean inArabic = false;
    int n = lower.length();
    for (int i = 0; i <= n; ) {
      int cp = i < n ? lower.codePointAt(i) : ' ';
      boolean isLetter = cp < 0x80 ? (cp >= 'a' && cp <= 'z') : Character.isLetter(cp);
      boolean letter = isLetter
          || (cp >= 0x80 && wordStart >= 0 && Character.getType(cp) == Character.NON_SPACING_MARK);
      if (letter) {
        if (wordStart < 0) {
          wordStart = i;
          inLatin = false;
          inCyrillic = false;
          inArabic = false;
        }
        if (cp >= 0x80) {
          // (a hard sign before е ё ю я is the Russian kind: it tells nothing)
          if (cp < TABLE_SIZE
              && !(cp == 'ъ' && i + 1 < n && "еёюя".indexOf(lower.charAt(i + 1)) >= 0)) {
            addPoints(LATIN_LETTERS[cp], p.latin);
            addPoints(CYRILLIC_LETTERS[cp], p.cyrillic);
            addPoints(ARABIC_LETTERS[cp], p.arabic);
          }
          Character.UnicodeScript script =
              isLetter ? scriptOfLetter(cp) : Character.UnicodeScript.of(cp);
          inLatin |= script == Character.UnicodeScript.LATIN;
          inCyrillic |= script == Character.UnicodeScript.CYRILLIC;
          inArabic |= script == Character.UnicodeScript.ARABIC;
        } else {
          inLatin = true;
        }
      } else if (wordStart >= 0) {
        if ((inLatin || inCyrillic || inArabic) && i - wordStart <= 16) {
          StopWords.Entry owners = STOP_WORDS.get(lower, wordStart, i);
          if (owners != null) {
            if (inLatin) for (int k : owners.latin) p.latin[k] += 2;
            if (inCyrillic) for (int k : owners.cyrillic) p.cyrillic[k] += 2;
            if (inArabic) for (int k : owners.arabic) p.arabic[k] += 2;
          }
        }
        wordStart = -1;
      }
      i += i < n ? Character.charCount(cp) : 1;
    }
  }

  /** The script of a letter; the letters of two blocks are all of one script, no table search. */
  private static Character.UnicodeScript scriptOfLetter(int cp) {
    return cp >= 0x400 && cp < 0x500 ? Character.UnicodeScript.CYRILLIC
        : cp >= 0xc0 && cp < 0x250 ? Character.UnicodeScript.LATIN
        : Character.UnicodeScript.of(cp);
  }

  private static void addPoints(int[] points, int[] scores) {
    if (points == null) return;
    for (int k = 0; k < points.length; k++) {
      scores[k] += points[k];
    }
  }

  private static int[][] letterPoints(Lang[] langs) {
    Map<Integer, int[]> map = new HashMap<>();
    for (int k = 0; k < langs.length; k++) {
      final int lang = k;
      langs[k].own.codePoints().forEach(cp -> map.computeIfAbsent(cp, c -> new int[langs.length])[lang] = 1);
    }
    for (int k = 0; k < langs.length; k++) {
      final int lang = k;
      langs[k].lacks.codePoints().forEach(cp -> {
        int[] points = map.computeIfAbsent(cp, c -> new int[langs.length]);
        if (points[lang] == 0) {
          points[lang] = -2;
        }
      });
    }
    int[][] table = new int[0x800][];
    for (Map.Entry<Integer, int[]> e : map.entrySet()) {
      if (e.getKey() >= table.length) {
        throw new IllegalStateException("marked letter beyond the table: " + e.getKey());
      }
      table[e.getKey()] = e.getValue();
    }
    return table;
  }

  private static String without(String letters, String keep) {
    StringBuilder b = new StringBuilder();
    letters.codePoints().filter(c -> keep.indexOf(c) < 0).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** The stop-word lists as read from the data file: language code to its words, in file order. */
  static Map<String, List<String>> stopWordLists() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String[] row : rows()) {
      lists.computeIfAbsent(row[0] + "/" + row[1], k -> new ArrayList<>())
          .addAll(List.of(row[2].split(" ")));
    }
    return lists;
  }

  /** Rows (lang, script, words) of the data file, comments and header skipped. */
  static List<String[]> rows() {
    return TsvResource.rows(LanguageDetector.class, RESOURCE, 3);
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> map = new HashMap<>();
    for (String[] row : rows()) {
      for (String w : row[2].split(" ")) {
        List<String> owners = map.computeIfAbsent(w, k -> new ArrayList<>());
        if (!owners.contains(row[0])) {
          owners.add(row[0]);
        }
      }
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  /** Language codes this detector can answer, for tests and callers that want to know. */
  static List<String> codesFor(Character.UnicodeScript script) {
    Lang[] langs = script == Character.UnicodeScript.LATIN ? LATIN
        : script == Character.UnicodeScript.CYRILLIC ? CYRILLIC
        : script == Character.UnicodeScript.ARABIC ? ARABIC : new Lang[0];
    List<String> codes = new ArrayList<>();
    for (Lang l : langs) {
      codes.add(l.code);
    }
    return codes;
  }
}
