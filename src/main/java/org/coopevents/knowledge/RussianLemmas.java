package org.coopevents.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The lemma dictionary ru_en_lemmas.tsv: Russian lemmas of document titles with their part of
 * speech and English words, looked up by the Snowball stem (Lucene's {@link RussianStemmer}) so
 * that every case and number form of a lemma finds it ("границы", "границе", "границ" → граница).
 */
public final class RussianLemmas {
  public static final String FILE = "ru_en_lemmas.tsv";
  public static final String HEADER = "ru\tpos\ten\ten_plural";

  /** One lemma: its part of speech ({@code n} or {@code a}) and English singular and plural. */
  public record Entry(String lemma, boolean noun, String en, String enPlural) {
    /** The lemma's grammatical gender: 'f', 'n' or 'm' (nouns; read from the ending). */
    public char gender() {
      String l = lemma;
      if (l.endsWith("а") || l.endsWith("я") || l.endsWith("ь")) return 'f';
      if (l.endsWith("о") || l.endsWith("е")) return 'n';
      return 'm';
    }
  }

  private static final ThreadLocal<RussianStemmer> STEMMER = ThreadLocal.withInitial(RussianStemmer::new);

  /** By stem: one entry, or the lemmas of one stem ("оборона", "оборонный"; "виза", "визит"). */
  private final Map<String, List<Entry>> byStem;
  private final Map<String, Entry> byLemma;
  /**
   * By the lemma without its ending ("визит", "виз" for виза): where the stemmer cuts a form
   * differently from its lemma ("визит" → виз, "визита" → визит), the form minus 0-3 letters finds it.
   */
  private final Map<String, Entry> byBase;

  /** The English words of the entries, lower case, singular and plural ("infrastructure", "ports"). */
  private final java.util.Set<String> englishWords;

  private RussianLemmas(Map<String, List<Entry>> byStem, Map<String, Entry> byLemma, Map<String, Entry> byBase) {
    java.util.Set<String> en = new java.util.HashSet<>();
    for (Entry e : byLemma.values()) {
      for (String w : (e.en() + " " + e.enPlural()).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        if (!w.isEmpty()) en.add(w);
      }
    }
    this.englishWords = java.util.Set.copyOf(en);
    this.byStem = byStem;
    this.byLemma = byLemma;
    this.byBase = byBase;
  }

  /** The lemma without its inflectional ending. */
  private static String base(String lemma, boolean noun) {
    if (!noun) return lemma.length() > 4 ? lemma.substring(0, lemma.length() - 2) : lemma;
    if (lemma.endsWith("ие") || lemma.endsWith("ия") || lemma.endsWith("ье")) return lemma.substring(0, lemma.length() - 2);
    if ("аяоеьй".indexOf(lemma.charAt(lemma.length() - 1)) >= 0) return lemma.substring(0, lemma.length() - 1);
    return lemma;
  }

  static RussianLemmas load(List<String> prefixes) {
    Map<String, List<Entry>> stems = new HashMap<>();
    Map<String, Entry> lemmas = new HashMap<>();
    Map<String, Entry> bases = new HashMap<>();
    for (Tsv.Row r : Tsv.read(prefixes, FILE, HEADER).rows()) {
      String ru = Tokens.norm(r.get(0));
      if (ru.isEmpty()) continue;
      String en = r.get(2);
      String pl = r.get(3);
      boolean noun = r.get(1).equals("n");
      String plural = !noun ? en : pl.equals("=") ? en : pl.isEmpty() ? pluralEn(en) : pl;
      Entry e = new Entry(ru, noun, en, plural);
      lemmas.putIfAbsent(ru, e);
      List<Entry> same = stems.computeIfAbsent(stem(ru), k -> new java.util.ArrayList<>(1));
      same.add(e);
      bases.putIfAbsent(base(ru, noun), e);
    }
    return new RussianLemmas(Map.copyOf(stems), Map.copyOf(lemmas), Map.copyOf(bases));
  }

  /**
   * A lower-case English word of the titles of documents ("public", "infrastructure"): no part of a
   * person's name.
   */
  public boolean englishTitleWord(String lowerCase) {
    return englishWords.contains(lowerCase);
  }

  /** The Snowball stem of a lower-case Russian word (ё written е). */
  public static String stem(String word) {
    RussianStemmer s = STEMMER.get();
    s.setCurrent(word);
    s.stem();
    return s.getCurrent();
  }

  /** The entry of a normalised word (any case form), or null. */
  public Entry lookup(String norm) {
    Entry e = byLemma.get(norm);
    if (e != null) return e;
    String st = stem(norm);
    List<Entry> es = byStem.get(st);
    if (es == null) {
      for (int k = 0; k <= 3 && norm.length() - k >= 3; k++) {
        Entry b = byBase.get(norm.substring(0, norm.length() - k));
        if (b != null) return b;
      }
      return null;
    }
    if (es.size() == 1) return es.get(0);
    // lemmas of one stem ("оборона", "оборонный"; "виза", "визит"): the one whose ending after
    // the stem the form shares most of ("оборонной" → -н…, "визита" → -ит…); on a tie an
    // adjective for an adjectival ending, else the lemma with the shorter ending ("визы" → виза)
    // an adjective whose lemma is the form with its adjectival ending changed ("промышленной")
    for (Entry x : es) {
      if (x.noun()) continue;
      String ending = RussianNominative.adjectivalEnding(norm);
      if (ending != null && x.lemma().length() > 2
          && x.lemma().substring(0, x.lemma().length() - 2).equals(norm.substring(0, norm.length() - ending.length()))) {
        return x;
      }
    }
    String rest = norm.substring(Math.min(st.length(), norm.length()));
    boolean adjectival = RussianNominative.adjectiveEnding(norm) != null;
    Entry best = null;
    int bestLen = -1;
    int bestRest = 0;
    for (Entry x : es) {
      String lr = x.lemma().substring(Math.min(st.length(), x.lemma().length()));
      int k = 0;
      while (k < rest.length() && k < lr.length() && rest.charAt(k) == lr.charAt(k)) k++;
      boolean better = best == null || k > bestLen
          || k == bestLen && (adjectival && !x.noun() && best.noun()
              || x.noun() == best.noun() && lr.length() < bestRest);
      if (better) {
        best = x;
        bestLen = k;
        bestRest = lr.length();
      }
    }
    return best;
  }

  public int size() {
    return byLemma.size();
  }

  /** Every entry (for tests). */
  public java.util.Collection<Entry> entries() {
    return byLemma.values();
  }

  /** The regular English plural of the last word of {@code en}. */
  static String pluralEn(String en) {
    int sp = en.lastIndexOf(' ');
    String head = en.substring(0, sp + 1);
    String w = en.substring(sp + 1);
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return head + w.substring(0, w.length() - 1) + "ies";
    }
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      return head + w + "es";
    }
    return head + w + "s";
  }

  /**
   * Whether a noun form is unambiguously plural: the endings -ов/-ев, -ам/-ям, -ами/-ями, -ах/-ях,
   * the bare genitive plural of a lemma in -а/-я/-о ("границ", "систем"), -ий of a lemma in
   * -ие/-ия, and -ы/-и of a lemma ending in a hard consonant ("договоры"). Forms that are also
   * singular ("границы": genitive singular or plural) count as singular.
   */
  public static boolean pluralForm(String norm, String lemma) {
    if (norm.equals(lemma)) return false;
    if (endsAny(norm, "ов", "ев", "ами", "ями", "ах", "ях", "ам", "ям") && !endsAny(lemma, "ов", "ев")) return true;
    if ((lemma.endsWith("ие") || lemma.endsWith("ия")) && norm.endsWith("ий")) return true;
    char last = lemma.charAt(lemma.length() - 1);
    if ("аяо".indexOf(last) >= 0 && norm.equals(lemma.substring(0, lemma.length() - 1))) return true;
    if ("аяоеьйи".indexOf(last) < 0 && endsAny(norm, "ы", "и") && norm.length() == lemma.length() + 1) return true;
    return false;
  }

  private static boolean endsAny(String s, String... ends) {
    for (String e : ends) if (s.endsWith(e)) return true;
    return false;
  }
}
