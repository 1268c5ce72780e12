package org.coopevents.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Heads of state, heads of government and foreign ministers (leaders.tsv), one entry per term
 * of office. Finds person mentions (full names, bare surnames, Russian names in every case)
 * and resolves each to the term valid at a date; {@link #holder} answers who held a role.
 */
public final class Leaders {
  public static final String HEADER =
      "iso3\trole\tname_en\tstart\tend\tvariants_en\tvariants_ru\ttitle_en\tsurname_alone";

  /**
   * Roles of leaders.tsv and titles.tsv. LEADER: the one who rules a state in fact without
   * holding its top office at the time (a ruling party's general secretary, a crown prince
   * ruling for the king); he travels and receives as its leader, like a head of state.
   */
  public enum Role {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, LEADER;

    /** A head of state or government, or a state's leader in fact: one who pays and hosts the top visits. */
    public boolean top() {
      return this != FOREIGN_MINISTER;
    }
  }

  /** One term of office. {@code end} null = still in office. */
  public record Term(String iso3, Role role, String nameEn, LocalDate start, LocalDate end,
      String titleEn) {
    public boolean validAt(LocalDate d) {
      return (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
    }
  }

  /**
   * A person named in text; {@code candidates} are every term the form may refer to.
   * {@code alone}: the candidates for whom leaders.tsv marks this bare surname as distinctive
   * enough to name the person without the state ("Erdogan", "Эрдогана"), unlike "Kim", "Li" or
   * "Aliyev".
   */
  public record Mention(int start, int end, int tokenStart, int tokenEnd, boolean surnameOnly,
      List<Term> candidates, List<Term> alone) {
    /**
     * Whether the surname stands for {@code term} without its state being named: marked
     * distinctive for it, the term current at {@code date}, and no other term current then
     * shares the form unmarked.
     */
    public boolean standsAlone(Term term, LocalDate date) {
      if (!surnameOnly || date == null || !alone.contains(term) || !term.validAt(date)) return false;
      for (Term c : candidates) if (c.validAt(date) && !alone.contains(c)) return false;
      return true;
    }

    /** The term meant at {@code date} (null date: the most recent term), preferring {@code countries}. */
    public Term resolve(LocalDate date, Collection<String> countries) {
      Term best = null;
      int bestScore = Integer.MIN_VALUE;
      for (Term t : candidates) {
        int s = 0;
        if (date != null) {
          if (t.validAt(date)) s += 100;
          else {
            // distance in years from the term, as a weak tie-break
            LocalDate edge = t.end() != null && date.isAfter(t.end()) ? t.end() : t.start();
            s -= edge == null ? 50 : (int) Math.min(90, Math.abs(edge.getYear() - date.getYear()) * 10 + 10);
          }
        } else if (t.end() == null) {
          s += 20;
        }
        if (countries != null && countries.contains(t.iso3())) s += 30;
        if (t.role() == Role.HEAD_OF_STATE) s += 3;
        else if (t.role() == Role.HEAD_OF_GOVERNMENT) s += 2;
        else if (t.role() == Role.LEADER) s += 1;
        if (s > bestScore || s == bestScore && best != null && t.start() != null
            && best.start() != null && t.start().isAfter(best.start())) {
          best = t;
          bestScore = s;
        }
      }
      return best;
    }
  }

  private record FormRef(Term term, boolean surname, boolean alone) {}

  private final List<Term> terms;
  private final PhraseMatcher<FormRef> matcher;
  private final Map<String, List<Term>> byCountryRole;
  private final Map<Term, String> namesRu;
  /** Each term's name words over all its forms (normalised), to tell its own given names from another's. */
  private final Map<Term, Set<String>> nameWords;

  Leaders(List<Term> terms, List<List<String>> formsPerTerm, List<Set<String>> surnamesPerTerm) {
    this(terms, formsPerTerm, surnamesPerTerm, Map.of(), null);
  }

  Leaders(List<Term> terms, List<List<String>> formsPerTerm, List<Set<String>> surnamesPerTerm,
      Map<Term, String> namesRu, List<Set<String>> alonePerTerm) {
    this.terms = List.copyOf(terms);
    this.namesRu = Map.copyOf(namesRu);
    PhraseMatcher.Builder<FormRef> b = PhraseMatcher.builder();
    Map<String, List<Term>> idx = new HashMap<>();
    Map<Term, Set<String>> words = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      Set<String> ws = words.computeIfAbsent(t, k -> new java.util.HashSet<>());
      for (String f : formsPerTerm.get(i)) for (String w : f.split("[\\s-]+")) ws.add(Tokens.norm(w));
      Set<String> sur = surnamesPerTerm.get(i);
      Set<String> alone = alonePerTerm == null ? Set.of() : alonePerTerm.get(i);
      for (String f : formsPerTerm.get(i)) {
        b.add(f, new FormRef(t, sur.contains(f), sur.contains(f) && alone.contains(f)));
      }
      idx.computeIfAbsent(t.iso3() + "/" + t.role(), k -> new ArrayList<>()).add(t);
    }
    this.matcher = b.build();
    Map<String, List<Term>> frozen = new HashMap<>();
    idx.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byCountryRole = Map.copyOf(frozen);
    this.nameWords = Map.copyOf(words);
  }

  /** Whether {@code norm} (a normalised word) is part of one of the names listed for {@code term}. */
  public boolean namePart(Term term, String norm) {
    Set<String> ws = nameWords.get(term);
    return ws != null && ws.contains(norm);
  }

  static Leaders load(List<String> prefixes) {
    Tsv.Table t = Tsv.read(prefixes, "leaders.tsv", HEADER);
    List<Term> terms = new ArrayList<>();
    List<List<String>> forms = new ArrayList<>();
    List<Set<String>> surnames = new ArrayList<>();
    Map<Term, String> namesRu = new HashMap<>();
    List<Set<String>> alone = new ArrayList<>();
    for (Tsv.Row r : t.rows()) {
      Role role;
      try {
        role = Role.valueOf(r.get(1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      Term term = new Term(r.get(0), role, r.get(2), date(r.get(3)), date(r.get(4)), r.get(7));
      Set<String> fs = new LinkedHashSet<>();
      Set<String> sur = new LinkedHashSet<>();
      List<String> en = new ArrayList<>();
      en.add(r.get(2));
      en.addAll(Tsv.list(r.get(5)));
      for (String v : en) {
        fs.add(v);
        if (!v.contains(" ")) sur.add(v);
        String[] w = v.split("\\s+");
        if (w.length >= 3) fs.add(w[0] + " " + w[w.length - 1]);
      }
      for (String v : Tsv.list(r.get(6))) {
        String[] w = v.split("\\s+");
        List<String> bases = new ArrayList<>();
        bases.add(v);
        if (w.length >= 3) bases.add(w[0] + " " + w[w.length - 1]);
        for (String base : bases) {
          List<String> declined = RussianNames.declineName(base);
          fs.addAll(declined);
          if (!base.contains(" ")) sur.addAll(declined);
        }
      }
      List<String> ru = Tsv.list(r.get(6));
      if (!ru.isEmpty()) namesRu.putIfAbsent(term, ru.get(0));
      Set<String> al = new LinkedHashSet<>();
      for (String v : Tsv.list(r.get(8))) {
        if (v.contains(" ")) continue;
        if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) al.addAll(RussianNames.declineName(v));
        else al.add(v);
      }
      alone.add(al);
      terms.add(term);
      forms.add(new ArrayList<>(fs));
      surnames.add(sur);
    }
    return new Leaders(terms, forms, surnames, namesRu, alone);
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return LocalDate.parse(s.strip());
    } catch (RuntimeException e) {
      return null;
    }
  }

  public List<Term> terms() {
    return terms;
  }

  /** Person mentions, longest match first (a full name wins over its surname). */
  public List<Mention> findMentions(Tokens t) {
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<FormRef> m : matcher.findAll(t)) {
      List<Term> cands = new ArrayList<>();
      boolean surname = true;
      List<Term> alone = new ArrayList<>();
      for (FormRef f : m.values) {
        if (!cands.contains(f.term())) cands.add(f.term());
        surname &= f.surname();
        if (f.alone() && !alone.contains(f.term())) alone.add(f.term());
      }
      out.add(new Mention(m.start, m.end, m.tokenStart, m.tokenEnd, surname, List.copyOf(cands),
          List.copyOf(alone)));
    }
    return out;
  }

  /**
   * A bare surname stands for the person the article names in full with it ("Pakistani Prime
   * Minister Nawaz Sharif ... Sharif said", whatever the date makes of "Sharif"): each bare
   * surname's candidates narrowed to those of the nearest full name before it that shares one,
   * else of the first such full name after it. Others are kept as they are.
   */
  public static List<Mention> withFullNames(List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      List<Term> narrowed = m.surnameOnly() ? fullNameTerms(ms, i) : List.of();
      if (narrowed.isEmpty()) {
        out.add(m);
        continue;
      }
      List<Term> alone = new ArrayList<>(m.alone());
      alone.retainAll(narrowed);
      out.add(new Mention(m.start(), m.end(), m.tokenStart(), m.tokenEnd(), true, narrowed, List.copyOf(alone)));
    }
    return out;
  }

  /** The candidates of mention {@code i} that the nearest full name sharing one (before it, else after it) names. */
  private static List<Term> fullNameTerms(List<Mention> ms, int i) {
    Mention m = ms.get(i);
    Mention before = null;
    Mention after = null;
    for (int k = 0; k < ms.size(); k++) {
      Mention f = ms.get(k);
      if (k == i || f.surnameOnly() || java.util.Collections.disjoint(f.candidates(), m.candidates())) continue;
      if (f.start() < m.start() && (before == null || f.start() > before.start())) before = f;
      if (f.start() > m.start() && (after == null || f.start() < after.start())) after = f;
    }
    Mention f = before != null ? before : after;
    if (f == null) return List.of();
    List<Term> shared = new ArrayList<>(m.candidates());
    shared.retainAll(f.candidates());
    return List.copyOf(shared);
  }

  public List<Mention> findMentions(String text) {
    return findMentions(Tokens.of(text));
  }

  /** The first Russian spelling of the term's holder (nominative), or null when none is listed. */
  public String nameRu(Term term) {
    return namesRu.get(term);
  }

  /** Who held {@code role} in {@code iso3} at {@code date}, or null. */
  public Term holder(String iso3, Role role, LocalDate date) {
    List<Term> ts = byCountryRole.get(iso3 + "/" + role);
    if (ts == null) return null;
    for (Term t : ts) if (date == null ? t.end() == null : t.validAt(date)) return t;
    return null;
  }
}
