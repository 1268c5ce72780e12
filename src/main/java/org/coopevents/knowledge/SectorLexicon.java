package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The sector lexicon (sectors.tsv): phrases in English and Russian mapped to sector codes. */
public final class SectorLexicon {
  public static final String HEADER = "code\tlang\tform";
  /** The 33 codes of shared/spec/sectors.md. */
  public static final List<String> CODES = List.of("TRADE", "INVESTMENT", "INDUSTRY", "MACHINERY",
      "PHARMACEUTICALS", "HEALTHCARE", "AGRICULTURE", "FOOD_INDUSTRY", "VETERINARY",
      "PHYTOSANITARY", "ENERGY", "PETROCHEMICALS", "TRANSPORT", "CONSTRUCTION", "RECONSTRUCTION",
      "FINANCE", "SME", "COMPETITION_POLICY", "PUBLIC_PROCUREMENT", "CONSUMER_PROTECTION",
      "ADVERTISING", "TOURISM", "EDUCATION", "SCIENCE_TECHNOLOGY", "ICT", "CULTURE", "SPORT",
      "SECURITY", "MILITARY_TECHNICAL", "EMERGENCIES", "ENVIRONMENT", "JUSTICE", "HUMANITARIAN");

  /** A sector phrase in text with every code it implies. */
  public record Mention(int start, int end, int tokenStart, int tokenEnd, List<String> codes) {}

  private final PhraseMatcher<String> matcher;

  SectorLexicon(List<String[]> entries) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (String[] e : entries) b.add(e[1], e[0]);
    this.matcher = b.build();
  }

  static SectorLexicon load(List<String> prefixes) {
    List<String[]> es = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(prefixes, "sectors.tsv", HEADER).rows()) {
      if (!CODES.contains(r.get(0)) || r.get(2).isEmpty()) continue;
      es.add(new String[] {r.get(0), r.get(2)});
    }
    return new SectorLexicon(es);
  }

  public int size() {
    return matcher.size();
  }

  public List<Mention> findMentions(Tokens t, int fromToken, int toToken) {
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<String> m : matcher.findAll(t, fromToken, toToken)) {
      out.add(new Mention(m.start, m.end, m.tokenStart, m.tokenEnd, m.values));
    }
    return out;
  }

  /** The codes found in tokens [from, to), in text order, each once. */
  public Set<String> sectors(Tokens t, int fromToken, int toToken) {
    Set<String> out = new LinkedHashSet<>();
    for (PhraseMatcher.Match<String> m : matcher.findAll(t, fromToken, toToken)) out.addAll(m.values);
    return out;
  }

  public Set<String> sectors(String text) {
    Tokens t = Tokens.of(text);
    return sectors(t, 0, t.size());
  }
}
