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
        return last.endsWith("s") && !last.endsWith("ss") && !last.equals("mous") || last.startsWith("memoranda");
      }
      return last.endsWith("ы") || last.endsWith("и") && !last.endsWith("ии")
          || last.endsWith("ия") && !last.endsWith("ния") || last.endsWith("ов") || last.endsWith("ния");
    }
  }

  /** A document-type phrase in text. */
  public record Mention(int start, int end, int tokenStart, int tokenEnd, DocType docType) {}

  /** Header of number_words.tsv: the number words that count documents. */
  public static final String NUMBER_HEADER = "word\tlang\tvalue";

  private final PhraseMatcher<DocType> matcher;
  private final Map<String, String> canonical;
  private final Map<String, Integer> numberWords;

  DocTypes(List<DocType> types, Map<String, Integer> numberWords) {
    this.numberWords = Map.copyOf(numberWords);
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
    return new DocTypes(ds, numbers);
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
