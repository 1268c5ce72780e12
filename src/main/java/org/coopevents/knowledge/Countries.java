package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states of countries.tsv and their surface forms of country_forms.tsv: finds country
 * mentions (name, adjective, demonym, capital) in tokenised text. A form flagged
 * {@code ambiguous} is kept only when the same text also names that state unambiguously
 * (another form, or one of its leaders via {@link #findMentions(Tokens, Set)}). A form flagged
 * {@code ambiguous lowercase} is ambiguous only in lower case (the common nouns "china",
 * "turkey"): written with a capital it names its state.
 */
public final class Countries {
  public static final String COUNTRIES_HEADER =
      "iso3\tiso2\tun_status\tname_en\tname_ru\tcapital_en\tcapital_ru";
  public static final String FORMS_HEADER = "iso3\tlang\tkind\tform\tflags";
  public static final String SEATS_HEADER = "iso3\tlang\tform\tflags";
  public static final String CITIES_HEADER = "iso3\tlang\tform\tcity_en\tflags";

  /** Form kinds of country_forms.tsv. */
  public enum Kind { NAME, ADJECTIVE, DEMONYM, CAPITAL }

  /** One state of countries.tsv. */
  public record Country(String iso3, String iso2, String unStatus, String nameEn, String nameRu,
      String capitalEn, String capitalRu) {}

  /** One row of country_forms.tsv. */
  public record Form(String iso3, String lang, Kind kind, String form, boolean ambiguous) {}

  /** A country named in text. {@code iso3} is resolved (ambiguous forms by context). */
  public record Mention(String iso3, Kind kind, int start, int end, int tokenStart, int tokenEnd,
      boolean ambiguous) {}

  private final Map<String, Country> byIso3;
  private final PhraseMatcher<Form> matcher;
  private final Map<String, String> adjectiveEn;
  private final List<Form> forms;
  /** Ambiguous forms that name their state when written with a capital ("China", "Turkey"). */
  private final Set<Form> sureCapitalized;
  /**
   * Ambiguous forms that are also a person's name ("Jordan"): the state when a lower-case word
   * stands right before it and no capitalised word right after it ("to Jordan", "Egypt and Jordan";
   * not "Michael Jordan", "with Jordan Bardella").
   */
  private final Set<Form> personNames;
  /** Cities of cities.tsv: the normalised form ("самарканде") to the English name of the city. */
  private final Map<String, String> cityEn;

  Countries(Map<String, Country> byIso3, List<Form> forms) {
    this(byIso3, forms, Set.of());
  }

  Countries(Map<String, Country> byIso3, List<Form> forms, Set<Form> sureCapitalized) {
    this(byIso3, forms, sureCapitalized, Map.of());
  }

  Countries(Map<String, Country> byIso3, List<Form> forms, Set<Form> sureCapitalized, Map<String, String> cityEn) {
    this(byIso3, forms, sureCapitalized, cityEn, Set.of());
  }

  Countries(Map<String, Country> byIso3, List<Form> forms, Set<Form> sureCapitalized, Map<String, String> cityEn,
      Set<Form> personNames) {
    this.personNames = Set.copyOf(personNames);
    this.cityEn = Map.copyOf(cityEn);
    this.sureCapitalized = Set.copyOf(sureCapitalized);
    this.byIso3 = Map.copyOf(byIso3);
    this.forms = List.copyOf(forms);
    PhraseMatcher.Builder<Form> b = PhraseMatcher.builder();
    Map<String, String> adj = new HashMap<>();
    for (Form f : forms) {
      b.add(f.form(), f);
      if (f.lang().equals("en") && f.kind() == Kind.ADJECTIVE) adj.putIfAbsent(f.iso3(), f.form());
    }
    // names and capitals of countries.tsv are forms too, unless country_forms lists them
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (Form f : forms) listed.add(f.lang() + "/" + Tokens.norm(f.form()));
    for (Country c : byIso3.values()) {
      if (!c.capitalEn().isEmpty() && !listed.contains("en/" + Tokens.norm(c.capitalEn()))) {
        b.add(c.capitalEn(), new Form(c.iso3(), "en", Kind.CAPITAL, c.capitalEn(), false));
      }
      if (!c.nameEn().isEmpty() && !listed.contains("en/" + Tokens.norm(c.nameEn()))) {
        b.add(c.nameEn(), new Form(c.iso3(), "en", Kind.NAME, c.nameEn(), false));
      }
    }
    this.matcher = b.build();
    this.adjectiveEn = Map.copyOf(adj);
  }

  static Countries load(List<String> prefixes) {
    Tsv.Table ct = Tsv.read(prefixes, "countries.tsv", COUNTRIES_HEADER);
    Map<String, Country> map = new LinkedHashMap<>();
    for (Tsv.Row r : ct.rows()) {
      map.put(r.get(0), new Country(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)));
    }
    Tsv.Table ft = Tsv.read(prefixes, "country_forms.tsv", FORMS_HEADER);
    List<Form> forms = new ArrayList<>();
    Set<Form> sureCapitalized = new HashSet<>();
    Set<Form> personNames = new HashSet<>();
    for (Tsv.Row r : ft.rows()) {
      Kind k;
      try {
        k = Kind.valueOf(r.get(2));
      } catch (IllegalArgumentException e) {
        continue; // an unknown kind is reported by the data test, not fatal here
      }
      if (r.get(3).isEmpty()) continue;
      Form f = new Form(r.get(0), r.get(1), k, r.get(3), r.get(4).contains("ambiguous"));
      forms.add(f);
      if (f.ambiguous() && r.get(4).contains("lowercase")) sureCapitalized.add(f);
      if (f.ambiguous() && r.get(4).contains("person")) personNames.add(f);
    }
    // a seat of power (White House, Kremlin) names its state the way its capital does
    for (Tsv.Row r : Tsv.read(prefixes, "seats_of_power.tsv", SEATS_HEADER).rows()) {
      if (r.get(2).isEmpty()) continue;
      forms.add(new Form(r.get(0), r.get(1), Kind.CAPITAL, r.get(2), r.get(3).contains("ambiguous")));
    }
    // a city other than the capital (Samarkand, Sochi) names its state the way its capital does too
    Map<String, String> cities = new HashMap<>();
    for (Tsv.Row r : Tsv.read(prefixes, "cities.tsv", CITIES_HEADER).rows()) {
      if (r.get(2).isEmpty()) continue;
      forms.add(new Form(r.get(0), r.get(1), Kind.CAPITAL, r.get(2), r.get(4).contains("ambiguous")));
      cities.put(Tokens.norm(r.get(2)), r.get(3));
    }
    return new Countries(map, forms, sureCapitalized, cities, personNames);
  }

  public Country get(String iso3) {
    return byIso3.get(iso3);
  }

  public Set<String> iso3Codes() {
    return byIso3.keySet();
  }

  public List<Form> forms() {
    return forms;
  }

  /** English short name, or the code when unknown. */
  public String nameEn(String iso3) {
    Country c = byIso3.get(iso3);
    return c == null || c.nameEn().isEmpty() ? iso3 : c.nameEn();
  }

  /** English adjective ("Belarusian"), or the English name when none is listed. */
  public String adjectiveEn(String iso3) {
    String a = adjectiveEn.get(iso3);
    return a != null ? a : nameEn(iso3);
  }

  /** The English capital name, or null. */
  public String capitalEn(String iso3) {
    Country c = byIso3.get(iso3);
    return c == null || c.capitalEn().isEmpty() ? null : c.capitalEn();
  }

  /**
   * A city-state's one city ("Singapore", "Monaco"): the capital whose English name is the state's
   * own, where naming the state names the city; else null.
   */
  public String cityStateCapital(String iso3) {
    String capital = capitalEn(iso3);
    return capital != null && capital.equals(nameEn(iso3)) ? capital : null;
  }

  /**
   * The English name of the city a CAPITAL form names when cities.tsv lists it ("Самарканде" ->
   * Samarkand), else null (a capital or a seat of power: its state's capital_en).
   */
  public String cityEn(String form) {
    return cityEn.get(Tokens.norm(form));
  }

  PhraseMatcher<Form> matcher() {
    return matcher;
  }

  /**
   * Country mentions in the text. Ambiguous forms are kept when {@code supported} (states named
   * elsewhere by other means, e.g. their leaders) or an unambiguous form in the same text names
   * the same state.
   */
  public List<Mention> findMentions(Tokens t, Set<String> supported) {
    return resolve(matches(t), supported);
  }

  /** The forms found in a text, before ambiguous ones are resolved ({@link #resolve}). */
  public List<PhraseMatcher.Match<Form>> matches(Tokens t) {
    List<PhraseMatcher.Match<Form>> all = matcher.findAll(t);
    if (sureCapitalized.isEmpty() && personNames.isEmpty()) return all;
    List<PhraseMatcher.Match<Form>> out = new ArrayList<>(all.size());
    for (PhraseMatcher.Match<Form> m : all) {
      String raw = t.raw(m.tokenStart);
      if (!raw.isEmpty() && Character.isUpperCase(raw.charAt(0))) {
        List<Form> vs = new ArrayList<>(m.values.size());
        boolean sure = false;
        for (Form f : m.values) {
          // the neighbours are read only for a form that is also a person's name
          if (sureCapitalized.contains(f) || personNames.contains(f) && placedAsState(t, m)) {
            vs.add(new Form(f.iso3(), f.lang(), f.kind(), f.form(), false));
            sure = true;
          } else {
            vs.add(f);
          }
        }
        if (sure) m = new PhraseMatcher.Match<>(m.tokenStart, m.tokenEnd, m.start, m.end, List.copyOf(vs));
      }
      out.add(m);
    }
    return out;
  }

  /** A lower-case word right before the match and no capitalised word right after it. */
  private static boolean placedAsState(Tokens t, PhraseMatcher.Match<?> m) {
    if (m.tokenStart == 0) return false;
    String before = t.raw(m.tokenStart - 1);
    if (before.isEmpty() || !Character.isLowerCase(before.charAt(0))) return false;
    if (m.tokenEnd >= t.size()) return true;
    String after = t.raw(m.tokenEnd);
    boolean adjacent = t.start(m.tokenEnd) - m.end <= 1;
    return !(adjacent && !after.isEmpty() && Character.isUpperCase(after.charAt(0)));
  }

  /**
   * The mentions among {@code raw} (from {@link #matches}): an ambiguous form (Georgia, Guinea)
   * counts when the text names its state unambiguously elsewhere or {@code supported} holds it.
   */
  public List<Mention> resolve(List<PhraseMatcher.Match<Form>> raw, Set<String> supported) {
    Set<String> sure = new HashSet<>(supported);
    for (PhraseMatcher.Match<Form> m : raw) {
      boolean amb = false;
      for (Form f : m.values) amb |= f.ambiguous();
      if (!amb) for (Form f : m.values) sure.add(f.iso3());
    }
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<Form> m : raw) {
      Form pick = null;
      boolean amb = false;
      for (Form f : m.values) {
        if (!f.ambiguous()) {
          pick = f;
          break;
        }
      }
      if (pick == null) {
        amb = true;
        for (Form f : m.values) {
          if (sure.contains(f.iso3())) {
            pick = f;
            break;
          }
        }
      }
      if (pick == null) continue;
      out.add(new Mention(pick.iso3(), pick.kind(), m.start, m.end, m.tokenStart, m.tokenEnd, amb));
    }
    return out;
  }

  public List<Mention> findMentions(String text) {
    return findMentions(Tokens.of(text), Set.of());
  }
}
