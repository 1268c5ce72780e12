package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Words that name a document type (doc_types.tsv): "memorandum of understanding", "протокол*". */
public final class DocTypes {
  public static final String HEADER = "doc_type\tlang\tform\tcanonical_en";
  /** The closed list of dataset.md. */
  public static final List<String> TYPES = List.of("PROTOCOL", "MEMORANDUM", "AGREEMENT",
      "ACTION_PLAN", "ROADMAP", "DECLARATION", "PROGRAMME", "CONTRACT", "TREATY", "OTHER");

  /** One form of a document type. */
  public record DocType(String type, String lang, String form, String canonicalEn) {
    /** True when the form is a plural (English "-s"/"memoranda", Russian plural endings). */
    public boolean plural() {
      String f = form.replace("*", "");
      String last = f.contains(" ") ? f.substring(0, f.indexOf(' ')) : f;
      if (lang.equals("en")) {
        return last.endsWith("s") && !last.endsWith("ss") || last.startsWith("memoranda");
      }
      return last.endsWith("ы") || last.endsWith("и") && !last.endsWith("ии")
          || last.endsWith("ия") && !last.endsWith("ния") || last.endsWith("ов") || last.endsWith("ния");
    }
  }

  /** A document-type phrase in text. */
  public record Mention(int start, int end, int tokenStart, int tokenEnd, DocType docType) {}

  /** Header of number_words.tsv: the number words that count documents. */
  public static final String NUMBER_HEADER = "word\tlang\tvalue";

  /** Header of title_purposes.tsv: the words of a purpose clause after a document's type word. */
  public static final String PURPOSE_HEADER = "phrase\tlang\trole";

  /** The role of a word of purpose (title_purposes.tsv). */
  public enum Purpose {
    /** Opens a purpose clause whose verb is in the base form: "to", "designed to". */
    CONNECTOR,
    /** Opens a purpose clause whose verb ends in -ing: "aimed at", "for", "with the aim of". */
    CONNECTOR_ING,
    /** A verb of improving or opening something up: "strengthen", "boosting", "open up". */
    VERB
  }

  private final PhraseMatcher<DocType> matcher;
  private final Map<String, String> canonical;
  private final Map<String, Integer> numberWords;
  private final PhraseMatcher<Purpose> purposes;

  DocTypes(List<DocType> types, Map<String, Integer> numberWords, Map<String, Purpose> purposeWords) {
    this.numberWords = Map.copyOf(numberWords);
    PhraseMatcher.Builder<Purpose> pb = PhraseMatcher.builder();
    for (Map.Entry<String, Purpose> e : purposeWords.entrySet()) pb.add(e.getKey(), e.getValue());
    this.purposes = pb.build();
    PhraseMatcher.Builder<DocType> b = PhraseMatcher.builder();
    Map<String, String> can = new LinkedHashMap<>();
    for (DocType d : types) {
      b.add(d.form(), d);
      if (!d.canonicalEn().isEmpty()) can.putIfAbsent(d.type(), d.canonicalEn());
    }
    this.matcher = b.build();
    this.canonical = Map.copyOf(can);
  }

  static DocTypes load(List<String> prefixes) {
    List<DocType> ds = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(prefixes, "doc_types.tsv", HEADER).rows()) {
      if (r.get(0).isEmpty() || r.get(2).isEmpty()) continue;
      ds.add(new DocType(r.get(0), r.get(1), r.get(2), r.get(3)));
    }
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(prefixes, "number_words.tsv", NUMBER_HEADER).rows()) {
      if (r.get(0).isEmpty() || r.get(2).isEmpty()) continue;
      numbers.put(Tokens.norm(r.get(0)), Integer.parseInt(r.get(2).strip()));
    }
    Map<String, Purpose> purposeWords = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(prefixes, "title_purposes.tsv", PURPOSE_HEADER).rows()) {
      if (r.get(0).isEmpty() || r.get(2).isEmpty()) continue;
      purposeWords.put(r.get(0).strip(), Purpose.valueOf(r.get(2).strip()));
    }
    return new DocTypes(ds, numbers, purposeWords);
  }

  /**
   * The word of purpose that starts at token {@code i} and ends at or before {@code limit} (the
   * longest: "with the aim of", "step up"), or null.
   */
  public PhraseMatcher.Match<Purpose> purposeAt(Tokens t, int i, int limit) {
    return purposes.longestAt(t, i, limit);
  }

  /** How many words of purpose are listed. */
  public int purposeWordCount() {
    return purposes.size();
  }

  /**
   * The value of a number word that counts documents ("three", "двух"; number_words.tsv), or
   * null; {@code word} as {@link Tokens#norm} gives it.
   */
  public Integer numberWord(String word) {
    return numberWords.get(word);
  }

  /** Every number word and its value. */
  public Map<String, Integer> numberWords() {
    return numberWords;
  }

  /** How the type is written in an English title ("Memorandum of Understanding"). */
  public String canonicalEn(String type) {
    String c = canonical.get(type);
    if (c != null) return c;
    String s = type.replace('_', ' ').toLowerCase();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  public List<Mention> findMentions(Tokens t, int fromToken, int toToken) {
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<DocType> m : matcher.findAll(t, fromToken, toToken)) {
      out.add(new Mention(m.start, m.end, m.tokenStart, m.tokenEnd, m.values.get(0)));
    }
    return out;
  }

  public List<Mention> findMentions(String text) {
    Tokens t = Tokens.of(text);
    return findMentions(t, 0, t.size());
  }
}
