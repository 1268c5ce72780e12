package org.coopevents.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.coopevents.knowledge.Countries;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.Leaders;

/**
 * The facts events are drawn from: states with English and Russian names and capitals, and
 * their leaders at a date. Event slot {@code i} maps to a (pair, month) that no other slot
 * below {@link #slots()} uses, so events spread over pairs and months without holding past
 * events in memory; past that (corpora of ~1M articles) a pair meets again in a month, and the
 * gold keys, which carry the slot, still tell the two events apart.
 */
final class World {
  static final int FIRST_YEAR = 2019;
  static final int MONTHS = 7 * 12;

  /** A state as the generator names it. */
  record State(String iso3, String nameEn, String nameRu, String genitiveRu, String capitalEn,
      String capitalRu, String adjectiveEn) {}

  /** A leader at a date. */
  record Person(String iso3, String nameEn, String nameRu, String titleEn, String titleRu) {}

  private final Knowledge knowledge;
  private final List<State> states;
  private final long pairs;
  private final long multiplier;
  private final long offset;

  World(Knowledge knowledge, long seed) {
    this.knowledge = knowledge;
    Countries c = knowledge.countries;
    Map<String, String> genitive = new HashMap<>();
    Map<String, String> nominative = new HashMap<>();
    for (Countries.Form f : c.forms()) {
      if (!f.lang().equals("ru") || f.kind() != Countries.Kind.NAME) continue;
      String nom = c.get(f.iso3()) == null ? null : c.get(f.iso3()).nameRu();
      if (nom == null || nom.length() < 3 || genitive.containsKey(f.iso3())) continue;
      String stem = nom.substring(0, nom.length() - 1);
      if (f.form().equals(nom)) nominative.put(f.iso3(), nom);
      else if (nominative.containsKey(f.iso3()) && f.form().startsWith(stem)
          && !f.form().contains(" ")) genitive.put(f.iso3(), f.form());
    }
    List<State> all = new ArrayList<>();
    for (String iso : new TreeSet<>(c.iso3Codes())) {
      Countries.Country k = c.get(iso);
      if (!"MEMBER".equals(k.unStatus()) || k.capitalEn().isEmpty() || k.capitalRu().isEmpty()
          || k.nameRu().isEmpty()) continue;
      if (knowledge.leaders.holder(iso, Leaders.Role.HEAD_OF_STATE, null) == null
          && knowledge.leaders.holder(iso, Leaders.Role.HEAD_OF_GOVERNMENT, null) == null) continue;
      String adj = c.adjectiveEn(iso);
      all.add(new State(iso, k.nameEn(), k.nameRu(), genitive.getOrDefault(iso, k.nameRu()),
          k.capitalEn(), k.capitalRu(), adj == null || adj.isEmpty() ? k.nameEn() : adj));
    }
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = all.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      State t = all.get(i);
      all.set(i, all.get(j));
      all.set(j, t);
    }
    this.states = List.copyOf(all);
    int n = states.size();
    this.pairs = (long) n * ((n - 1) / 2);
    long space = pairs * MONTHS;
    long m = 1_000_003;
    while (java.math.BigInteger.valueOf(m).gcd(java.math.BigInteger.valueOf(space)).longValue() != 1) {
      m += 2;
    }
    this.multiplier = m;
    this.offset = Math.floorMod(seed * 7_777_777L, Math.max(1, space));
  }

  /** Slots before a (pair, month) comes round again. */
  long slots() {
    return pairs * MONTHS;
  }

  int size() {
    return states.size();
  }

  State state(int i) {
    return states.get(Math.floorMod(i, states.size()));
  }

  /**
   * Slot {@code i} → a point of (pair, month) space, by a bijection (multiplier coprime with
   * the size), so distinct slots (below pairs × months) never share a pair and month.
   */
  private long point(long slot) {
    long space = pairs * MONTHS;
    return Math.floorMod(Math.floorMod(slot, space) * multiplier + offset, space);
  }

  /** The month (0 = January of {@link #FIRST_YEAR}) of event slot {@code i}. */
  int month(long slot) {
    return (int) (point(slot) % MONTHS);
  }

  /** The unordered pair of event slot {@code i}. */
  State[] pair(long slot) {
    long p = point(slot) / MONTHS;
    int n = states.size();
    int a = (int) (p % n);
    int d = 1 + (int) (p / n);
    return new State[] {states.get(a), states.get((a + d) % n)};
  }

  static LocalDate monthStart(int month) {
    return LocalDate.of(FIRST_YEAR + month / 12, 1 + month % 12, 1);
  }

  /** Who leads {@code s} at {@code date} in {@code role} (falling back to the other role), or null. */
  Person leader(State s, Leaders.Role role, LocalDate date) {
    Leaders.Term t = knowledge.leaders.holder(s.iso3(), role, date);
    if (t == null) {
      Leaders.Role other = role == Leaders.Role.HEAD_OF_STATE ? Leaders.Role.HEAD_OF_GOVERNMENT
          : Leaders.Role.HEAD_OF_STATE;
      t = knowledge.leaders.holder(s.iso3(), other, date);
    }
    if (t == null) return null;
    String ru = knowledge.leaders.nameRu(t);
    if (ru == null) return null;
    String title = t.titleEn() == null || t.titleEn().isBlank()
        ? (t.role() == Leaders.Role.HEAD_OF_STATE ? "President" : "Prime Minister") : t.titleEn();
    return new Person(s.iso3(), t.nameEn(), ru, title, titleRu(title, t.role()));
  }

  static String titleRu(String en, Leaders.Role role) {
    String e = en.toLowerCase(java.util.Locale.ROOT);
    if (e.contains("prime minister") || e.contains("premier")) return "Премьер-министр";
    if (e.contains("chancellor")) return "Федеральный канцлер";
    if (e.contains("president")) return "Президент";
    if (e.contains("king")) return "Король";
    if (e.contains("emir")) return "Эмир";
    if (e.contains("sultan")) return "Султан";
    return role == Leaders.Role.HEAD_OF_STATE ? "Глава государства" : "Глава правительства";
  }
}
