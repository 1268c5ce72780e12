package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sector lexicon (sectors.tsv): phrases in English and Russian mapped to sector codes; and
 * the cooperation frames (cooperation_frames.tsv): the words that make a sector word a field of
 * joint work of two states, and the ordinary phrases (kind NOT) that hold a sector word but name
 * no sector.
 */
public final class SectorLexicon {
  public static final String HEADER = "code\tlang\tform";
  public static final String FRAMES_HEADER = "kind\tlang\tform";
  /** The 33 codes of shared/spec/sectors.md. */
  public static final List<String> CODES = List.of("TRADE", "INVESTMENT", "INDUSTRY", "MACHINERY",
      "PHARMACEUTICALS", "HEALTHCARE", "AGRICULTURE", "FOOD_INDUSTRY", "VETERINARY",
      "PHYTOSANITARY", "ENERGY", "PETROCHEMICALS", "TRANSPORT", "CONSTRUCTION", "RECONSTRUCTION",
      "FINANCE", "SME", "COMPETITION_POLICY", "PUBLIC_PROCUREMENT", "CONSUMER_PROTECTION",
      "ADVERTISING", "TOURISM", "EDUCATION", "SCIENCE_TECHNOLOGY", "ICT", "CULTURE", "SPORT",
      "SECURITY", "MILITARY_TECHNICAL", "EMERGENCIES", "ENVIRONMENT", "JUSTICE", "HUMANITARIAN");

  /** The kinds of cooperation_frames.tsv (see the file's header). */
  public enum Frame { COOP, ACT, RIGHT, GAP, BLOCK, REGION, HISTORY, SELF, NOT }

  /** The value a NOT phrase carries in the sector matcher: it wins by longest match and is dropped. */
  private static final String NONE = "-";

  /** A sector phrase in text with every code it implies. */
  public record Mention(int start, int end, int tokenStart, int tokenEnd, List<String> codes) {}

  /** A cooperation frame in text with its kinds (a phrase may have several). */
  public record FrameMention(int tokenStart, int tokenEnd, List<Frame> kinds) {
    public boolean is(Frame f) {
      return kinds.contains(f);
    }
  }

  private final PhraseMatcher<String> matcher;
  private final PhraseMatcher<Frame> frames;
  /** sector_list_words.tsv: words that are sectors only as items of a list ({@link SectorListItems}). */
  private final PhraseMatcher<String> listWords;

  SectorLexicon(List<String[]> entries) {
    this(entries, List.of(), List.of());
  }

  SectorLexicon(List<String[]> entries, List<String[]> frameEntries) {
    this(entries, frameEntries, List.of());
  }

  SectorLexicon(List<String[]> entries, List<String[]> frameEntries, List<String[]> listEntries) {
    PhraseMatcher.Builder<String> l = PhraseMatcher.builder();
    for (String[] e : listEntries) l.add(e[1], e[0].equals("NOT") ? NONE : e[0]);
    this.listWords = l.build();
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (String[] e : entries) b.add(e[1], e[0]);
    PhraseMatcher.Builder<Frame> f = PhraseMatcher.builder();
    for (String[] e : frameEntries) {
      Frame k = Frame.valueOf(e[0]);
      if (k == Frame.NOT) b.add(e[1], NONE);
      else f.add(e[1], k);
    }
    this.matcher = b.build();
    this.frames = f.build();
  }

  static SectorLexicon load(List<String> prefixes) {
    List<String[]> es = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(prefixes, "sectors.tsv", HEADER).rows()) {
      if (!CODES.contains(r.get(0)) || r.get(2).isEmpty()) continue;
      es.add(new String[] {r.get(0), r.get(2)});
    }
    List<String[]> fs = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(prefixes, "cooperation_frames.tsv", FRAMES_HEADER).rows()) {
      if (r.get(2).isEmpty()) continue;
      try {
        Frame.valueOf(r.get(0));
      } catch (IllegalArgumentException e) {
        continue;
      }
      fs.add(new String[] {r.get(0), r.get(2)});
    }
    List<String[]> ls = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(prefixes, "sector_list_words.tsv", HEADER).rows()) {
      if (!(CODES.contains(r.get(0)) || r.get(0).equals("NOT")) || r.get(2).isEmpty()) continue;
      ls.add(new String[] {r.get(0), r.get(2)});
    }
    return new SectorLexicon(es, fs, ls);
  }

  public int size() {
    return matcher.size();
  }

  public List<Mention> findMentions(Tokens t, int fromToken, int toToken) {
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<String> m : matcher.findAll(t, fromToken, toToken)) {
      if (m.values.contains(NONE)) continue;
      out.add(new Mention(m.start, m.end, m.tokenStart, m.tokenEnd, m.values));
    }
    if (out.isEmpty()) return out;
    out = SharedHeads.apply(t, out, matcher, NONE, toToken);
    if (listWords.size() == 0) return out;
    return SectorListItems.extend(t, out, listWords, NONE, fromToken, toToken);
  }

  /** The cooperation frames in tokens [from, to), in text order (longest match). */
  public List<FrameMention> findFrames(Tokens t, int fromToken, int toToken) {
    List<FrameMention> out = new ArrayList<>();
    for (PhraseMatcher.Match<Frame> m : frames.findAll(t, fromToken, toToken)) {
      out.add(new FrameMention(m.tokenStart, m.tokenEnd, m.values));
    }
    return out;
  }

  /** The codes found in tokens [from, to), in text order, each once. */
  public Set<String> sectors(Tokens t, int fromToken, int toToken) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : findMentions(t, fromToken, toToken)) out.addAll(m.codes());
    return out;
  }

  public Set<String> sectors(String text) {
    Tokens t = Tokens.of(text);
    return sectors(t, 0, t.size());
  }
}
