package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Consistency of the lexicon data files doc_types.tsv, sectors.tsv and ru_en_phrases.tsv (formats in
 * KNOWLEDGE-FORMATS.md), and a check that the lexicons, applied by a small token-prefix matcher written
 * here, find the expected sectors and document types in short signing reports and nothing in unrelated news.
 * The matcher follows the documented conventions (whole tokens, hyphen splits, trailing * = prefix,
 * capitalised form = capitalised text only, longest match wins); it is not the production matcher.
 */
class LexiconDataTest {
  /** Russian titles of the families the phrase table covers: every word must translate. */
  static final List<String> FAMILY_TITLES = List.of(
        "Меморандум о взаимопонимании и сотрудничестве в области конкурентной политики, государственных закупок, "
            + "защиты прав потребителей и рекламы",
        "Меморандум о взаимопонимании по развитию малого и среднего бизнеса в Азербайджане",
        "Протокол о сотрудничестве в области карантина и защиты растений",
        "Соглашение о поощрении и взаимной защите инвестиций",
        "Дорожная карта по развитию торгово-экономического сотрудничества между Республикой Казахстан и "
            + "Кыргызской Республикой",
        "Программа сотрудничества между Министерством иностранных дел Республики Беларусь и Министерством "
            + "иностранных дел Туркменистана на 2025-2026 годы",
        "Соглашение об избежании двойного налогообложения и предотвращении уклонения от уплаты налогов в "
            + "отношении налогов на доходы",
        "Совместное заявление о дальнейшем развитии отношений всеобъемлющего стратегического партнерства",
        "Соглашение о сотрудничестве в области предупреждения и ликвидации чрезвычайных ситуаций",
        "План мероприятий по реализации соглашения о научно-техническом сотрудничестве на 2026 год",
        "Меморандум о сотрудничестве между Национальным банком Республики Беларусь и Центральным банком "
            + "Азербайджанской Республики в сфере платежных систем");


  private static final String DIR = "/org/coopevents/knowledge/";

  /** The 33 codes of /work/shared/spec/sectors.md, copied here so that the data cannot define its own list. */
  private static final List<String> SECTOR_CODES = List.of(
      "TRADE", "INVESTMENT", "INDUSTRY", "MACHINERY", "PHARMACEUTICALS", "HEALTHCARE", "AGRICULTURE",
      "FOOD_INDUSTRY", "VETERINARY", "PHYTOSANITARY", "ENERGY", "PETROCHEMICALS", "TRANSPORT",
      "CONSTRUCTION", "RECONSTRUCTION", "FINANCE", "SME", "COMPETITION_POLICY", "PUBLIC_PROCUREMENT",
      "CONSUMER_PROTECTION", "ADVERTISING", "TOURISM", "EDUCATION", "SCIENCE_TECHNOLOGY", "ICT", "CULTURE",
      "SPORT", "SECURITY", "MILITARY_TECHNICAL", "EMERGENCIES", "ENVIRONMENT", "JUSTICE", "HUMANITARIAN");

  private static final List<String> DOC_TYPES = List.of(
      "PROTOCOL", "MEMORANDUM", "AGREEMENT", "ACTION_PLAN", "ROADMAP", "DECLARATION", "PROGRAMME",
      "CONTRACT", "TREATY", "OTHER");

  /** Latin abbreviations that Russian text really uses and that may appear in Russian forms. */
  private static final Set<String> LATIN_IN_RUSSIAN = Set.of("IT", "5G");

  // ------------------------------------------------------------------ reading

  private record Row(int line, List<String> cells) {
    String get(int i) {
      return cells.get(i);
    }
  }

  private static List<Row> read(String file, String header) throws IOException {
    InputStream in = LexiconDataTest.class.getResourceAsStream(DIR + file);
    assertNotNull(in, "missing resource " + file);
    List<Row> rows = new ArrayList<>();
    int width = header.split("\t", -1).length;
    boolean sawHeader = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!sawHeader) {
          assertEquals(header, line, file + ": header");
          sawHeader = true;
          continue;
        }
        List<String> cells = List.of(line.split("\t", -1));
        assertEquals(width, cells.size(), file + ":" + n + ": cell count in '" + line + "'");
        for (String c : cells) {
          assertEquals(c.strip(), c, file + ":" + n + ": cell with surrounding blanks '" + c + "'");
          assertFalse(c.contains("  "), file + ":" + n + ": double blank in '" + c + "'");
        }
        rows.add(new Row(n, cells));
      }
    }
    assertTrue(sawHeader, file + ": no header");
    return rows;
  }

  private static List<Row> sectors() throws IOException {
    return read("sectors.tsv", "code\tlang\tform");
  }

  private static List<Row> docTypes() throws IOException {
    return read("doc_types.tsv", "doc_type\tlang\tform\tcanonical_en");
  }

  private static List<Row> phrases() throws IOException {
    return read("ru_en_phrases.tsv", "ru\ten");
  }

  // ------------------------------------------------------------------ tokens and the small matcher

  /** Pattern tokens: split on blanks and hyphens, keeping '*' and case. */
  private static List<String> patternTokens(String form) {
    List<String> out = new ArrayList<>();
    for (String t : form.split("[\\s\\-]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Text tokens: runs of letters and digits. */
  private static List<String> textTokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0) {
        out.add(b.toString());
        b.setLength(0);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  private static boolean tokenMatches(String pattern, String token) {
    String p = fold(pattern);
    String t = fold(token);
    return p.endsWith("*") ? t.startsWith(p.substring(0, p.length() - 1)) : t.equals(p);
  }

  /** Leftmost-longest matcher over token patterns; at a position every value of the longest forms counts. */
  private static final class SmallMatcher {
    private final List<List<String>> forms = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    void add(String form, String value) {
      forms.add(patternTokens(form));
      values.add(value);
    }

    Set<String> find(String text) {
      List<String> tokens = textTokens(text);
      Set<String> found = new TreeSet<>();
      int i = 0;
      while (i < tokens.size()) {
        int best = 0;
        Set<String> here = new HashSet<>();
        for (int f = 0; f < forms.size(); f++) {
          List<String> form = forms.get(f);
          if (form.size() < best || !matchesAt(form, tokens, i)) {
            continue;
          }
          if (form.size() > best) {
            best = form.size();
            here.clear();
          }
          here.add(values.get(f));
        }
        found.addAll(here);
        i += Math.max(best, 1);
      }
      return found;
    }

    private static boolean matchesAt(List<String> form, List<String> tokens, int at) {
      if (at + form.size() > tokens.size()) {
        return false;
      }
      String first = form.get(0);
      if (Character.isUpperCase(first.codePointAt(0))
          && !Character.isUpperCase(tokens.get(at).codePointAt(0))) {
        return false;
      }
      for (int k = 0; k < form.size(); k++) {
        if (!tokenMatches(form.get(k), tokens.get(at + k))) {
          return false;
        }
      }
      return true;
    }
  }

  private static SmallMatcher sectorMatcher(String lang) throws IOException {
    SmallMatcher m = new SmallMatcher();
    for (Row r : sectors()) {
      if (r.get(1).equals(lang)) {
        m.add(r.get(2), r.get(0));
      }
    }
    return m;
  }

  private static SmallMatcher docTypeMatcher(String lang) throws IOException {
    SmallMatcher m = new SmallMatcher();
    for (Row r : docTypes()) {
      if (r.get(1).equals(lang)) {
        m.add(r.get(2), r.get(0));
      }
    }
    return m;
  }

  // ------------------------------------------------------------------ checks shared by the files

  private static void checkPattern(String file, Row r, String form) {
    assertFalse(form.isEmpty(), file + ":" + r.line() + ": empty form");
    for (String t : patternTokens(form)) {
      int star = t.indexOf('*');
      if (star >= 0) {
        assertEquals(t.length() - 1, star, file + ":" + r.line() + ": '*' not at a token end in '" + form + "'");
        assertTrue(star >= 3, file + ":" + r.line() + ": prefix shorter than 3 letters in '" + form + "'");
      }
    }
  }

  private static void checkRussian(String file, Row r, String form, boolean latinAbbreviationsAllowed) {
    for (String t : patternTokens(form)) {
      if (latinAbbreviationsAllowed && LATIN_IN_RUSSIAN.contains(t)) {
        continue;
      }
      t.codePoints().filter(Character::isLetter).forEach(cp -> assertEquals(Character.UnicodeScript.CYRILLIC,
          Character.UnicodeScript.of(cp), file + ":" + r.line() + ": non-Cyrillic letter in Russian '" + form + "'"));
    }
  }

  private static void checkEnglish(String file, Row r, String text) {
    text.codePoints().filter(Character::isLetter).forEach(cp -> assertEquals(Character.UnicodeScript.LATIN,
        Character.UnicodeScript.of(cp), file + ":" + r.line() + ": non-Latin letter in English '" + text + "'"));
    text.codePoints().forEach(cp -> assertTrue(Character.isLetterOrDigit(cp) || " -'*,.$&".indexOf(cp) >= 0,
        file + ":" + r.line() + ": unexpected character in '" + text + "'"));
  }

  /** The pattern tokens, case-folded: two rows with the same key are the same row for the matcher. */
  private static String key(String form) {
    return String.join(" ", patternTokens(fold(form)));
  }

  // ------------------------------------------------------------------ sectors.tsv

  @Test
  void everySectorCodeHasAtLeastThreeFormsInEachLanguage() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (Row r : sectors()) {
      assertTrue(SECTOR_CODES.contains(r.get(0)), "sectors.tsv:" + r.line() + ": unknown code " + r.get(0));
      assertTrue(r.get(1).equals("en") || r.get(1).equals("ru"), "sectors.tsv:" + r.line() + ": lang " + r.get(1));
      counts.merge(r.get(0) + "/" + r.get(1), 1, Integer::sum);
    }
    for (String code : SECTOR_CODES) {
      for (String lang : List.of("en", "ru")) {
        int n = counts.getOrDefault(code + "/" + lang, 0);
        assertTrue(n >= 3, code + " has only " + n + " " + lang + " forms");
      }
    }
  }

  @Test
  void sectorFormsAreWellFormedAndUnique() throws IOException {
    Set<String> seen = new HashSet<>();
    for (Row r : sectors()) {
      String form = r.get(2);
      checkPattern("sectors.tsv", r, form);
      if (r.get(1).equals("ru")) {
        checkRussian("sectors.tsv", r, form, true);
      } else {
        checkEnglish("sectors.tsv", r, form);
      }
      // case matters only for a capitalised first letter, so compare folded keys plus that flag
      String k = r.get(0) + "|" + r.get(1) + "|" + key(form) + "|" + Character.isUpperCase(form.codePointAt(0));
      assertTrue(seen.add(k), "sectors.tsv:" + r.line() + ": duplicate row " + r.cells());
    }
  }

  @Test
  void sectorListWordsAreWellFormedUniqueAndNotSectorPhrases() throws IOException {
    Set<String> seen = new HashSet<>();
    Set<String> firm = new HashSet<>();
    for (Row r : sectors()) firm.add(r.get(1) + "|" + key(r.get(2)));
    for (Row r : read("sector_list_words.tsv", "code\tlang\tform")) {
      String where = "sector_list_words.tsv:" + r.line();
      assertTrue(SECTOR_CODES.contains(r.get(0)) || r.get(0).equals("NOT"), where + ": unknown code " + r.get(0));
      assertTrue(r.get(1).equals("en") || r.get(1).equals("ru"), where + ": lang " + r.get(1));
      checkPattern("sector_list_words.tsv", r, r.get(2));
      assertTrue(seen.add(r.get(0) + "|" + r.get(1) + "|" + key(r.get(2))), where + ": duplicate row " + r.cells());
      // a form that names a sector alone belongs in sectors.tsv, not here
      assertFalse(!r.get(0).equals("NOT") && firm.contains(r.get(1) + "|" + key(r.get(2))),
          where + ": " + r.get(2) + " is a sector phrase of sectors.tsv already");
    }
  }

  // ------------------------------------------------------------------ doc_types.tsv

  @Test
  void docTypesCoverAllTenTypesInBothLanguagesWithOneCanonicalName() throws IOException {
    Map<String, Set<String>> canonical = new HashMap<>();
    Set<String> covered = new HashSet<>();
    Map<String, String> typeOfForm = new HashMap<>();
    for (Row r : docTypes()) {
      String type = r.get(0);
      String lang = r.get(1);
      String form = r.get(2);
      assertTrue(DOC_TYPES.contains(type), "doc_types.tsv:" + r.line() + ": unknown doc_type " + type);
      assertTrue(lang.equals("en") || lang.equals("ru"), "doc_types.tsv:" + r.line() + ": lang " + lang);
      assertEquals(form.toLowerCase(Locale.ROOT), form, "doc_types.tsv:" + r.line() + ": form not lower case");
      checkPattern("doc_types.tsv", r, form);
      if (lang.equals("ru")) {
        checkRussian("doc_types.tsv", r, form, false);
      } else {
        checkEnglish("doc_types.tsv", r, form);
      }
      assertFalse(r.get(3).isEmpty(), "doc_types.tsv:" + r.line() + ": empty canonical_en");
      checkEnglish("doc_types.tsv", r, r.get(3));
      canonical.computeIfAbsent(type, t -> new TreeSet<>()).add(r.get(3));
      covered.add(type + "/" + lang);
      String previous = typeOfForm.put(lang + "|" + key(form), type);
      assertTrue(previous == null, "doc_types.tsv:" + r.line() + ": form '" + form + "' listed twice"
          + (type.equals(previous) ? "" : " (also under " + previous + ")"));
    }
    for (String type : DOC_TYPES) {
      assertTrue(covered.contains(type + "/en"), type + " has no English form");
      assertTrue(covered.contains(type + "/ru"), type + " has no Russian form");
      assertEquals(1, canonical.get(type).size(), type + " has several canonical_en " + canonical.get(type));
    }
  }

  // ------------------------------------------------------------------ ru_en_phrases.tsv

  @Test
  void phraseTableHasFilledCellsUniqueKeysAndNoTies() throws IOException {
    List<Row> rows = phrases();
    assertTrue(rows.size() >= 400, "only " + rows.size() + " phrases");
    Map<String, Row> byKey = new HashMap<>();
    for (Row r : rows) {
      String ru = r.get(0);
      String en = r.get(1);
      assertFalse(ru.isEmpty(), "ru_en_phrases.tsv:" + r.line() + ": empty ru");
      assertFalse(en.isEmpty(), "ru_en_phrases.tsv:" + r.line() + ": empty en");
      assertEquals(fold(ru), ru, "ru_en_phrases.tsv:" + r.line() + ": ru not lower case (or has ё)");
      checkPattern("ru_en_phrases.tsv", r, ru);
      checkRussian("ru_en_phrases.tsv", r, ru, false);
      checkEnglish("ru_en_phrases.tsv", r, en);
      assertFalse(en.contains("*"), "ru_en_phrases.tsv:" + r.line() + ": '*' in the English side");
      Row before = byKey.put(key(ru), r);
      assertTrue(before == null, "ru_en_phrases.tsv:" + r.line() + ": ru key repeats line " + (before == null ? 0 : before.line()));
    }
    // Longest match is decided by token count; two keys of equal length that can match the same words
    // would leave the winner to chance.
    List<List<String>> keys = new ArrayList<>();
    for (Row r : rows) {
      keys.add(patternTokens(r.get(0)));
    }
    for (int i = 0; i < rows.size(); i++) {
      List<String> a = keys.get(i);
      for (int j = i + 1; j < rows.size(); j++) {
        List<String> b = keys.get(j);
        if (a.size() == b.size() && overlap(a, b)) {
          fail("ru_en_phrases.tsv: lines " + rows.get(i).line() + " and " + rows.get(j).line()
              + " tie: '" + rows.get(i).get(0) + "' / '" + rows.get(j).get(0) + "'");
        }
      }
    }
  }

  private static boolean overlap(List<String> a, List<String> b) {
    for (int k = 0; k < a.size(); k++) {
      String x = a.get(k);
      String y = b.get(k);
      String px = x.endsWith("*") ? x.substring(0, x.length() - 1) : x;
      String py = y.endsWith("*") ? y.substring(0, y.length() - 1) : y;
      boolean ok;
      if (x.endsWith("*") && y.endsWith("*")) {
        ok = px.startsWith(py) || py.startsWith(px);
      } else if (x.endsWith("*")) {
        ok = py.startsWith(px);
      } else if (y.endsWith("*")) {
        ok = px.startsWith(py);
      } else {
        ok = px.equals(py);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Greedy longest-match rendering; a word without a row comes out as [word] so that gaps are visible. */
  private static String render(List<Row> rows, String russian) {
    List<List<String>> keys = new ArrayList<>();
    for (Row r : rows) {
      keys.add(patternTokens(r.get(0)));
    }
    List<String> tokens = textTokens(russian);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int best = -1;
      for (int k = 0; k < keys.size(); k++) {
        List<String> key = keys.get(k);
        if ((best < 0 || key.size() > keys.get(best).size()) && SmallMatcher.matchesAt(key, tokens, i)) {
          best = k;
        }
      }
      if (best >= 0) {
        out.add(rows.get(best).get(1));
        i += keys.get(best).size();
      } else {
        String t = tokens.get(i++);
        out.add(t.chars().allMatch(Character::isDigit) ? t : "[" + t + "]");
      }
    }
    return String.join(" ", out);
  }

  @Test
  void phraseTableRendersTypicalTitles() throws IOException {
    List<Row> rows = phrases();
    assertEquals("agreement between the government of the republic of belarus and the government of the republic of "
            + "azerbaijan on cooperation in the field of tourism",
        fold(render(rows, "Соглашение между Правительством Республики Беларусь и Правительством Азербайджанской "
            + "Республики о сотрудничестве в области туризма")));
    assertEquals("action plan for the development of cooperation in the field of tourism for the 2024 2025 period",
        fold(render(rows, "План действий по развитию сотрудничества в сфере туризма на 2024-2025 годы")));
    // titles of the same family: every word must be covered (no [untranslated] token)
    List<String> titles = FAMILY_TITLES;
    for (String title : titles) {
      String en = render(rows, title);
      assertFalse(en.contains("["), "untranslated words in: " + en);
    }
  }

  // ------------------------------------------------------------------ the lexicons on sentences

  private record Case(String text, Set<String> sectors, Set<String> docTypes) {
  }

  private static Case c(String text, String sectors, String docTypes) {
    return new Case(text, words(sectors), words(docTypes));
  }

  private static Set<String> words(String s) {
    return s.isBlank() ? Set.of() : new TreeSet<>(List.of(s.trim().split("\\s+")));
  }

  private static void check(String lang, List<Case> cases) throws IOException {
    SmallMatcher sectors = sectorMatcher(lang);
    SmallMatcher types = docTypeMatcher(lang);
    for (Case k : cases) {
      assertEquals(k.sectors(), sectors.find(k.text()), "sectors of: " + k.text());
      assertEquals(k.docTypes(), types.find(k.text()), "doc types of: " + k.text());
    }
  }

  @Test
  void englishSigningReportsGiveTheirSectorsAndDocumentTypes() throws IOException {
    check("en", List.of(
        c("Belarus and Uzbekistan signed a protocol on mutual recognition of certificates of origin and a memorandum "
            + "of understanding on cooperation in veterinary medicine, the Belarusian Foreign Ministry said on Tuesday.",
            "TRADE VETERINARY", "PROTOCOL MEMORANDUM"),
        c("The two presidents agreed to expand industrial cooperation and to set up joint ventures producing "
            + "tractors, elevators and railway equipment.",
            "INDUSTRY MACHINERY TRANSPORT", ""),
        c("An action plan for 2025-2026 on tourism and a roadmap on the supply of agricultural machinery were "
            + "also signed.",
            "TOURISM MACHINERY AGRICULTURE", "ACTION_PLAN ROADMAP"),
        c("Aliyev said the sides discussed regional security and the post-war reconstruction of the liberated "
            + "territories, where Belarusian companies could build wooden houses.",
            "SECURITY RECONSTRUCTION CONSTRUCTION", ""),
        c("Ministers signed a memorandum on competition policy, public procurement, consumer protection and "
            + "advertising, as well as an agreement on the development of small and medium-sized businesses.",
            "COMPETITION_POLICY PUBLIC_PROCUREMENT CONSUMER_PROTECTION ADVERTISING SME", "MEMORANDUM AGREEMENT"),
        c("Kazakhstan and China signed a joint statement and contracts worth $2 billion covering oil refining, "
            + "fertilizer plants and medicines.",
            "PETROCHEMICALS PHARMACEUTICALS", "DECLARATION CONTRACT"),
        c("The treaty on allied relations and an intergovernmental agreement on military-technical cooperation "
            + "were signed in the presence of the heads of state.",
            "SECURITY MILITARY_TECHNICAL", "TREATY AGREEMENT"),
        c("The leaders agreed to raise trade to 5 billion dollars and discussed cooperation in health, the halal "
            + "industry and connectivity.",
            "TRADE HEALTHCARE FOOD_INDUSTRY TRANSPORT", "")));
  }

  @Test
  void russianSigningReportsGiveTheirSectorsAndDocumentTypes() throws IOException {
    check("ru", List.of(
        c("По итогам переговоров подписаны протокол о взаимном применении электронных систем сертификации "
            + "происхождения товаров и меморандум о взаимопонимании в области ветеринарии.",
            "TRADE VETERINARY", "PROTOCOL MEMORANDUM"),
        c("Стороны договорились развивать промышленную кооперацию, создавать совместные предприятия по выпуску "
            + "лифтов, тракторов и железнодорожной техники.",
            "INDUSTRY MACHINERY TRANSPORT", ""),
        c("Также подписан план действий по развитию сотрудничества в сфере туризма на 2024-2025 годы и дорожная "
            + "карта по поставкам сельскохозяйственной техники.",
            "TOURISM MACHINERY AGRICULTURE", "ACTION_PLAN ROADMAP"),
        c("Президент предложил помощь в восстановлении освобождённых территорий и строительстве деревянных домов, "
            + "а также обсудил вопросы региональной безопасности.",
            "RECONSTRUCTION CONSTRUCTION SECURITY", ""),
        c("Подписан меморандум о сотрудничестве в области конкурентной политики, государственных закупок, защиты "
            + "прав потребителей и рекламы, а также соглашение о развитии малого и среднего бизнеса.",
            "COMPETITION_POLICY PUBLIC_PROCUREMENT CONSUMER_PROTECTION ADVERTISING SME", "MEMORANDUM AGREEMENT"),
        c("Министры обороны подписали договор о военно-техническом сотрудничестве и совместное заявление.",
            "SECURITY MILITARY_TECHNICAL", "TREATY DECLARATION"),
        c("В Ташкенте подписаны контракты на поставку удобрений и лекарственных препаратов, сообщили в посольстве.",
            "PETROCHEMICALS PHARMACEUTICALS", "CONTRACT")));
  }

  @Test
  void unrelatedNewsGivesNoSectorAndNoDocumentType() throws IOException {
    check("en", List.of(
        c("Dinamo Minsk beat Neftchi Baku 2-1 on Thursday, with the winning goal scored in stoppage time in front "
            + "of 12,000 fans.", "", ""),
        c("Forecasters expect heavy rain and gusty winds across the north on Saturday, with temperatures falling "
            + "to 3 degrees at night.", "", ""),
        c("The dollar edged higher against the yen in early trade on Monday, while the Nikkei index closed "
            + "0.8 percent down.", "", "")));
    check("ru", List.of(
        c("Минское «Динамо» обыграло бакинский «Нефтчи» со счетом 2:1, победный гол был забит на последней минуте.",
            "", ""),
        c("Синоптики обещают в выходные дожди и порывистый ветер, ночью температура воздуха опустится до плюс трех "
            + "градусов.", "", ""),
        c("По итогам торгов на Московской бирже индекс Мосбиржи снизился на 0,8%, курс доллара вырос до 92 рублей.",
            "", "")));
  }

  @Test
  void longestMatchSettlesOverlappingSectorPhrases() throws IOException {
    SmallMatcher en = sectorMatcher("en");
    assertEquals(Set.of("VETERINARY"), en.find("cooperation in veterinary medicine"));
    assertEquals(Set.of("HEALTHCARE"), en.find("cooperation in medicine"));
    assertEquals(Set.of("PHARMACEUTICALS"), en.find("supplies of medicines"));
    assertEquals(Set.of("FOOD_INDUSTRY", "AGRICULTURE"), en.find("ensuring food security"));
    SmallMatcher ru = sectorMatcher("ru");
    assertEquals(Set.of("VETERINARY"), ru.find("в области ветеринарной медицины"));
    assertEquals(Set.of("ICT", "SECURITY"), ru.find("в сфере информационной безопасности"));
    assertEquals(Set.of("ICT"), ru.find("в сфере искусственного интеллекта"));
    assertEquals(Set.of("AGRICULTURE"), ru.find("урожайность сельскохозяйственных культур"));
  }
}
