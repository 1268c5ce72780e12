package org.coopevents.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.coopevents.knowledge.Countries;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.Tokens;

/**
 * Whether two spellings name one city: gold files write the city as the article prints it
 * ("Москва", "Нур-Султан", "Самарканде"), the output in English ("Moscow", "Astana",
 * "Samarkand"). A name the gazetteer lists as a form of a city (cities.tsv) is that city; one
 * it lists as a capital form of a state (any case, former names included) is that state's
 * capital; any other name is compared as written, ignoring case.
 */
final class CityNames {
  private CityNames() {}

  private static final class Gazetteer {
    static final Map<String, String> CAPITALS = capitals(Knowledge.load().countries);
  }

  static Map<String, String> capitals(Countries countries) {
    Map<String, String> out = new HashMap<>();
    for (Countries.Form f : countries.forms()) {
      if (f.kind() != Countries.Kind.CAPITAL || f.ambiguous()) continue;
      // a city of cities.tsv is itself; a capital form (or a seat of power) its state's capital
      String city = countries.cityEn(f.form());
      if (city == null) city = countries.capitalEn(f.iso3());
      if (city != null) out.putIfAbsent(Tokens.norm(f.form()), city.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  /** The English city a name stands for, else the name in lower case. */
  static String key(String name) {
    String n = name.strip();
    String capital = Gazetteer.CAPITALS.get(Tokens.norm(n));
    return capital != null ? capital : n.toLowerCase(Locale.ROOT);
  }
}
