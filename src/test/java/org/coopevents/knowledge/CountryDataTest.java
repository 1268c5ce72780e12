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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consistency of the country gazetteer: countries.tsv and country_forms.tsv. */
class CountryDataTest {

  private static final String DIR = "/org/coopevents/knowledge/";
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  /** Russian forms allowed to contain Latin letters (none at present). */
  private static final Set<String> RU_LATIN_ALLOWED = Set.of();
  /** Russian state names that end in a consonant but do not decline. */
  private static final Set<String> RU_INDECLINABLE = Set.of("Бангладеш");
  private static final List<String> ADJ_ENDINGS =
      List.of("ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "ими", "их");

  private static List<String[]> countries;
  private static List<String[]> forms;
  private static Map<String, String[]> byIso3;

  /** One row of country_forms.tsv. */
  private record Form(String iso3, String lang, String kind, String form, String flags) {}

  private static List<Form> formRows;

  @BeforeAll
  static void load() throws IOException {
    countries = readTsv("countries.tsv", "iso3\tiso2\tun_status\tname_en\tname_ru\tcapital_en\tcapital_ru");
    forms = readTsv("country_forms.tsv", "iso3\tlang\tkind\tform\tflags");
    byIso3 = new LinkedHashMap<>();
    for (String[] c : countries) {
      byIso3.put(c[0], c);
    }
    formRows = new ArrayList<>();
    for (String[] f : forms) {
      formRows.add(new Form(f[0], f[1], f[2], f[3], f[4]));
    }
  }

  /** Tiny TSV reader: skips comments and empty lines, checks the header and the column count. */
  private static List<String[]> readTsv(String name, String header) throws IOException {
    InputStream in = CountryDataTest.class.getResourceAsStream(DIR + name);
    assertNotNull(in, name + " not on the class path");
    List<String[]> rows = new ArrayList<>();
    int columns = header.split("\t").length;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean headerSeen = false;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          assertEquals(header, line, name + ": header");
          headerSeen = true;
          continue;
        }
        String[] cells = line.split("\t", -1);
        assertEquals(columns, cells.length, name + " line " + n + ": column count: " + line);
        for (String cell : cells) {
          assertEquals(cell.strip(), cell, name + " line " + n + ": stray whitespace in '" + cell + "'");
          assertFalse(cell.contains("  "), name + " line " + n + ": double space in '" + cell + "'");
        }
        rows.add(cells);
      }
      assertTrue(headerSeen, name + ": no header");
    }
    return rows;
  }

  private static Set<String> formsOf(String iso3, String lang, String kind) {
    Set<String> out = new HashSet<>();
    for (Form f : formRows) {
      if (f.iso3.equals(iso3) && f.lang.equals(lang) && (kind == null || f.kind.equals(kind))) {
        out.add(f.form);
      }
    }
    return out;
  }

  private static Form find(String iso3, String lang, String form) {
    for (Form f : formRows) {
      if (f.iso3.equals(iso3) && f.lang.equals(lang) && f.form.equals(form)) {
        return f;
      }
    }
    return null;
  }

  private static String norm(String s) {
    return s.replace('ё', 'е').replace('Ё', 'Е');
  }

  @Test
  void unStatusCounts() {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] c : countries) {
      counts.merge(c[2], 1, Integer::sum);
      assertTrue(Set.of("MEMBER", "OBSERVER", "OTHER").contains(c[2]), "status of " + c[0]);
    }
    assertEquals(193, counts.get("MEMBER"));
    assertEquals(2, counts.get("OBSERVER"));
    assertEquals("OBSERVER", byIso3.get("VAT")[2]);
    assertEquals("OBSERVER", byIso3.get("PSE")[2]);
    assertEquals("OTHER", byIso3.get("XKX")[2]);
    assertEquals("OTHER", byIso3.get("TWN")[2]);
  }

  @Test
  void isoCodesUniqueAndWellFormed() {
    Set<String> iso3 = new HashSet<>();
    Set<String> iso2 = new HashSet<>();
    for (String[] c : countries) {
      assertTrue(c[0].matches("[A-Z]{3}"), "iso3 " + c[0]);
      assertTrue(c[1].matches("[A-Z]{2}"), "iso2 " + c[1]);
      assertTrue(iso3.add(c[0]), "duplicate iso3 " + c[0]);
      assertTrue(iso2.add(c[1]), "duplicate iso2 " + c[1]);
      for (int i = 3; i < 7; i++) {
        assertFalse(c[i].isEmpty(), c[0] + " column " + i + " empty");
      }
    }
  }

  @Test
  void everyStateHasTheCoreForms() {
    for (String[] c : countries) {
      String iso3 = c[0];
      Set<String> enNames = formsOf(iso3, "en", "NAME");
      Set<String> ruNames = formsOf(iso3, "ru", "NAME");
      assertTrue(enNames.contains(c[3]), iso3 + ": name_en is not an en NAME form");
      assertTrue(ruNames.contains(c[4]), iso3 + ": name_ru is not a ru NAME form");
      assertFalse(formsOf(iso3, "en", "ADJECTIVE").isEmpty(), iso3 + ": no en ADJECTIVE");
      assertFalse(formsOf(iso3, "ru", "ADJECTIVE").isEmpty(), iso3 + ": no ru ADJECTIVE");
      // a city-state's capital has the name of the state: it is listed once, as NAME
      assertTrue(formsOf(iso3, "en", "CAPITAL").contains(c[5]) || enNames.contains(c[5]),
          iso3 + ": capital_en not among the forms");
      assertTrue(formsOf(iso3, "ru", "CAPITAL").contains(c[6]) || ruNames.contains(c[6]),
          iso3 + ": capital_ru not among the forms");
      if (!enNames.contains(c[5])) {
        assertFalse(formsOf(iso3, "en", "CAPITAL").isEmpty(), iso3 + ": no en CAPITAL");
      }
    }
  }

  @Test
  void formsRefersToKnownStatesWithValidKinds() {
    for (Form f : formRows) {
      assertTrue(byIso3.containsKey(f.iso3), "unknown state " + f.iso3);
      assertTrue(f.lang.equals("en") || f.lang.equals("ru"), "lang " + f);
      assertTrue(Set.of("NAME", "ADJECTIVE", "DEMONYM", "CAPITAL").contains(f.kind), "kind " + f);
      assertTrue(f.flags.isEmpty() || f.flags.equals("ambiguous") || f.flags.equals("ambiguous lowercase")
          || f.flags.equals("ambiguous person"), "flags " + f);
      assertFalse(f.form.isEmpty(), "empty form " + f);
    }
  }

  @Test
  void noDuplicateFormWithinAState() {
    Set<String> seen = new HashSet<>();
    for (Form f : formRows) {
      assertTrue(seen.add(f.iso3 + "\t" + f.lang + "\t" + norm(f.form)), "duplicate " + f);
    }
  }

  @Test
  void sharedFormsAreAmbiguousOnEveryState() {
    Map<String, List<Form>> byForm = new HashMap<>();
    for (Form f : formRows) {
      byForm.computeIfAbsent(f.lang + "\t" + norm(f.form), k -> new ArrayList<>()).add(f);
    }
    for (List<Form> same : byForm.values()) {
      if (same.size() > 1) {
        for (Form f : same) {
          assertEquals("ambiguous", f.flags, "shared by several states but not ambiguous: " + f);
        }
      }
    }
  }

  @Test
  void scriptAndCaseOfForms() {
    for (Form f : formRows) {
      if (f.lang.equals("ru")) {
        assertFalse(LATIN.matcher(f.form).find() && !RU_LATIN_ALLOWED.contains(f.form),
            "Latin letter in a Russian form: " + f);
        if (f.kind.equals("ADJECTIVE") || f.kind.equals("DEMONYM")) {
          assertEquals(f.form.toLowerCase(java.util.Locale.ROOT), f.form, "not lower case: " + f);
        }
      } else {
        assertFalse(CYRILLIC.matcher(f.form).find(), "Cyrillic in an English form: " + f);
      }
      if (f.kind.equals("NAME") || f.kind.equals("CAPITAL")) {
        assertTrue(Character.isUpperCase(f.form.codePointAt(0)), "name not capitalised: " + f);
      }
    }
  }

  /** The genitive that a declinable Russian nominative may take (a superset of the right one). */
  private static Set<String> genitiveCandidates(String word) {
    Set<String> out = new TreeSet<>();
    String stem = word.substring(0, word.length() - 1);
    char last = word.charAt(word.length() - 1);
    switch (last) {
      case 'а' -> {
        out.add(stem + "ы");
        out.add(stem + "и");
        out.add(stem + "ов");   // plural in -а: Острова -> Островов
      }
      case 'я', 'ь' -> {
        out.add(stem + "и");
        out.add(stem + "я");
      }
      case 'й' -> out.add(stem + "я");
      case 'ы', 'и' -> {
        out.add(stem);
        out.add(stem + "ов");
      }
      default -> {
        out.add(word + "а");
        if (word.length() > 3) {   // fleeting vowel: Египет -> Египта
          out.add(word.substring(0, word.length() - 2) + last + "а");
        }
      }
    }
    return out;
  }

  @Test
  void declinableRussianNamesHaveNominativeAndGenitive() {
    for (String[] c : countries) {
      String name = c[4];
      String[] words = name.split(" ");
      String lastWord = words[words.length - 1];
      boolean abbreviation = name.equals(name.toUpperCase(java.util.Locale.ROOT));
      char end = lastWord.charAt(lastWord.length() - 1);
      boolean vowelA = lastWord.length() > 1 && end == 'а'
          && "аеиоуэюя".indexOf(lastWord.charAt(lastWord.length() - 2)) >= 0;   // Самоа, Никарагуа
      if (abbreviation || "оеиуэю".indexOf(end) >= 0 || vowelA || RU_INDECLINABLE.contains(name)) {
        continue;
      }
      Set<String> ruNames = formsOf(c[0], "ru", "NAME");
      assertTrue(ruNames.contains(name), c[0] + ": nominative " + name);
      boolean found = false;
      for (String g : genitiveCandidates(lastWord)) {
        for (String f : ruNames) {
          if (f.endsWith(g) && !f.equals(name)) {
            found = true;
          }
        }
      }
      assertTrue(found, c[0] + ": no genitive of " + name + " among " + ruNames);
    }
  }

  @Test
  void russianAdjectivesHaveAllTwelveForms() {
    for (Form f : formRows) {
      if (f.lang.equals("ru") && f.kind.equals("ADJECTIVE") && f.form.endsWith("кий")) {
        String stem = f.form.substring(0, f.form.length() - 2);
        Set<String> all = formsOf(f.iso3, "ru", "ADJECTIVE");
        for (String e : ADJ_ENDINGS) {
          assertTrue(all.contains(stem + e), f.iso3 + ": missing " + stem + e);
        }
        // combining form of compounds: российско-китайский is tokenised as российско, китайский
        assertTrue(all.contains(stem + "о"), f.iso3 + ": missing combining form " + stem + "о");
      }
    }
  }

  @Test
  void russianDemonymsHaveSingularAndPluralCases() {
    for (Form f : formRows) {
      if (f.lang.equals("ru") && f.kind.equals("DEMONYM") && f.form.endsWith("ец")) {
        Set<String> all = formsOf(f.iso3, "ru", "DEMONYM");
        long plural = all.stream().filter(s -> s.endsWith("цы")).count();
        long genPl = all.stream().filter(s -> s.endsWith("цев")).count();
        assertTrue(plural > 0 && genPl > 0, f.iso3 + ": plural of " + f.form + " missing");
      }
    }
  }

  private static void assertForm(String iso3, String lang, String kind, String form) {
    Form f = find(iso3, lang, form);
    if (f == null) {
      fail(iso3 + " lacks " + lang + " " + kind + " '" + form + "'");
    }
    assertEquals(kind, f.kind, iso3 + " " + form);
  }

  private static void assertCapital(String iso3, String en, String ru) {
    assertEquals(en, byIso3.get(iso3)[5], iso3 + " capital_en");
    assertEquals(ru, byIso3.get(iso3)[6], iso3 + " capital_ru");
  }

  @Test
  void spotChecksOfFacts() {
    assertCapital("AZE", "Baku", "Баку");
    assertCapital("KAZ", "Astana", "Астана");
    assertCapital("MMR", "Naypyidaw", "Нейпьидо");
    assertCapital("KGZ", "Bishkek", "Бишкек");
    assertCapital("TJK", "Dushanbe", "Душанбе");
    assertCapital("TKM", "Ashgabat", "Ашхабад");
    assertCapital("UZB", "Tashkent", "Ташкент");
    assertCapital("MNG", "Ulaanbaatar", "Улан-Батор");
    assertCapital("TUR", "Ankara", "Анкара");
    assertCapital("AUS", "Canberra", "Канберра");
    assertCapital("NGA", "Abuja", "Абуджа");
    assertCapital("PAK", "Islamabad", "Исламабад");
    assertCapital("ARE", "Abu Dhabi", "Абу-Даби");
    assertEquals("BY", byIso3.get("BLR")[1]);
    assertEquals("AE", byIso3.get("ARE")[1]);
    assertEquals("KP", byIso3.get("PRK")[1]);
    assertEquals("Беларусь", byIso3.get("BLR")[4]);

    assertForm("BLR", "ru", "NAME", "Беларуси");
    assertForm("BLR", "ru", "NAME", "Белоруссии");
    assertForm("BLR", "ru", "NAME", "Республики Беларусь");
    assertForm("BLR", "ru", "NAME", "Республикой Беларусь");
    assertForm("BLR", "ru", "ADJECTIVE", "белорусской");
    assertForm("BLR", "ru", "CAPITAL", "Минске");
    assertForm("BLR", "en", "ADJECTIVE", "Belarussian");
    assertForm("BLR", "en", "DEMONYM", "Belarusians");
    assertForm("AZE", "ru", "NAME", "Азербайджаном");
    assertForm("AZE", "ru", "DEMONYM", "азербайджанцев");
    assertForm("KGZ", "ru", "NAME", "Киргизии");
    assertForm("KGZ", "ru", "NAME", "Кыргызстана");
    assertForm("KGZ", "ru", "ADJECTIVE", "кыргызских");
    assertForm("MDA", "ru", "NAME", "Молдавии");
    assertForm("MDA", "ru", "NAME", "Молдовы");
    assertForm("TUR", "en", "NAME", "Türkiye");
    assertForm("KOR", "ru", "NAME", "Республики Корея");
    assertForm("KOR", "ru", "NAME", "Южной Кореи");
    assertForm("PRK", "ru", "NAME", "КНДР");
    assertForm("PRK", "en", "NAME", "DPRK");
    assertForm("CHN", "ru", "NAME", "КНР");
    assertForm("CHN", "ru", "NAME", "Китаем");
    assertForm("USA", "ru", "NAME", "США");
    assertForm("USA", "ru", "NAME", "Соединённых Штатов Америки");
    assertForm("GBR", "ru", "NAME", "Соединённого Королевства");
    assertForm("RUS", "ru", "NAME", "Российской Федерации");
    assertForm("ARE", "ru", "NAME", "Объединённых Арабских Эмиратов");
    assertForm("ARE", "ru", "NAME", "ОАЭ");
    assertForm("NLD", "ru", "NAME", "Нидерландов");
    assertForm("PHL", "ru", "NAME", "Филиппин");
    assertForm("EGY", "ru", "NAME", "Египта");
    assertForm("KAZ", "ru", "CAPITAL", "Астане");
    assertForm("RUS", "ru", "ADJECTIVE", "российско");
    assertForm("TKM", "ru", "ADJECTIVE", "туркмено");
    assertForm("CHN", "en", "ADJECTIVE", "Sino");

    // indeclinable names have no invented case forms
    assertEquals(Set.of("Перу", "Республика Перу", "Республики Перу", "Республике Перу",
        "Республику Перу", "Республикой Перу"), formsOf("PER", "ru", "NAME"));
    assertEquals(Set.of("Баку"), formsOf("AZE", "ru", "CAPITAL"));
    assertEquals("ambiguous", find("TGO", "ru", "Того").flags);
    assertEquals("ambiguous", find("TCD", "en", "Chad").flags);
    assertEquals("ambiguous", find("GEO", "en", "Georgia").flags);
    assertEquals("", find("GEO", "ru", "Грузия").flags);
  }
}
