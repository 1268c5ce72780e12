package org.coopevents.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Renders a Russian document title in English: phrases of ru_en_phrases.tsv (longest match
 * wins), country names and adjectives through the gazetteer, document types through
 * doc_types.tsv, and any other word transliterated. Punctuation between words is kept.
 */
public final class TitleTranslator {
  public static final String HEADER = "ru\ten";

  private final PhraseMatcher<String> phrases;
  private final Countries countries;
  private final PhraseMatcher<DocTypes.DocType> docTypes;
  private final DocTypes docTypeTable;

  TitleTranslator(PhraseMatcher<String> phrases, Countries countries, DocTypes docTypes) {
    this.phrases = phrases;
    this.countries = countries;
    this.docTypeTable = docTypes;
    PhraseMatcher.Builder<DocTypes.DocType> b = PhraseMatcher.builder();
    this.docTypes = b.build();
  }

  static TitleTranslator load(List<String> prefixes, Countries countries, DocTypes docTypes) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (Tsv.Row r : Tsv.read(prefixes, "ru_en_phrases.tsv", HEADER).rows()) {
      if (r.get(0).isEmpty()) continue;
      b.add(r.get(0), r.get(1));
    }
    return new TitleTranslator(b.build(), countries, docTypes);
  }

  public int size() {
    return phrases.size();
  }

  /** The English rendering of a Russian title (first letter upper case). */
  public String translate(String russian) {
    Tokens t = Tokens.of(russian);
    StringBuilder sb = new StringBuilder(russian.length() + 16);
    int i = 0;
    int prevEnd = 0;
    while (i < t.size()) {
      String gap = russian.substring(prevEnd, t.start(i));
      appendGap(sb, gap);
      PhraseMatcher.Match<String> m = phrases.longestAt(t, i, t.size());
      PhraseMatcher.Match<Countries.Form> c = countries.matcher().longestAt(t, i, t.size());
      if (c != null && (m == null || c.tokenEnd > m.tokenEnd)) {
        Countries.Form f = c.values.get(0);
        String iso = f.iso3();
        sb.append(f.kind() == Countries.Kind.ADJECTIVE ? countries.adjectiveEn(iso)
            : f.kind() == Countries.Kind.CAPITAL && countries.capitalEn(iso) != null
                ? countries.capitalEn(iso) : countries.nameEn(iso));
        prevEnd = c.end;
        i = c.tokenEnd;
        continue;
      }
      if (m != null) {
        sb.append(m.values.get(0));
        prevEnd = m.end;
        i = m.tokenEnd;
        continue;
      }
      List<DocTypes.Mention> dt = docTypeTable.findMentions(t, i, t.size());
      if (!dt.isEmpty() && dt.get(0).tokenStart() == i) {
        DocTypes.Mention d = dt.get(0);
        String can = docTypeTable.canonicalEn(d.docType().type());
        sb.append(d.docType().plural() ? plural(can) : can);
        prevEnd = d.end();
        i = d.tokenEnd();
        continue;
      }
      sb.append(transliterate(t.raw(i)));
      prevEnd = t.end(i);
      i++;
    }
    appendGap(sb, russian.substring(prevEnd));
    String out = sb.toString().replaceAll("\\s+", " ").strip();
    if (out.isEmpty()) return out;
    return Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  private static String plural(String s) {
    if (s.startsWith("Memorandum")) return "Memoranda" + s.substring("Memorandum".length());
    int sp = s.indexOf(' ');
    String head = sp < 0 ? s : s.substring(0, sp);
    String rest = sp < 0 ? "" : s.substring(sp);
    if (head.endsWith("y")) return head.substring(0, head.length() - 1) + "ies" + rest;
    return head + "s" + rest;
  }

  private static void appendGap(StringBuilder sb, String gap) {
    if (gap.isEmpty()) return;
    String g = gap.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"')
        .replace('–', '-').replace('—', '-');
    if (sb.length() > 0 && !g.startsWith(" ") && !g.startsWith(",") && !g.startsWith("-")
        && !g.startsWith(")") && !g.startsWith(".") && !g.startsWith(";")) {
      sb.append(' ');
    }
    sb.append(g);
    if (!g.endsWith(" ") && !g.endsWith("-") && !g.endsWith("(") && !g.endsWith("\"")) sb.append(' ');
  }

  private static final Map<Character, String> TR = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
      Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"),
      Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
      Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
      Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
      Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
      Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
      Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
      Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ў', "u"));

  /** Latin transliteration of a Cyrillic word (other characters kept). */
  public static String transliterate(String word) {
    StringBuilder sb = new StringBuilder(word.length() + 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char l = Character.toLowerCase(c);
      String r = TR.get(l);
      if (r == null) {
        sb.append(c);
      } else if (c != l && !r.isEmpty()) {
        sb.append(Character.toUpperCase(r.charAt(0))).append(r.substring(1));
      } else {
        sb.append(r);
      }
    }
    return sb.toString();
  }
}
