package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Words that name a role (titles.tsv): "president", "prime minister", "глава МИД". */
public final class Titles {
  public static final String HEADER = "lang\trole\tform\tcountry_scope";

  /** One title form; {@code scope} empty = any country. */
  public record Title(String lang, Leaders.Role role, String form, List<String> scope) {}

  /** A title in text. */
  public record Mention(int start, int end, int tokenStart, int tokenEnd, List<Title> titles) {
    public Leaders.Role role() {
      return titles.get(0).role();
    }
  }

  private final PhraseMatcher<Title> matcher;
  private final List<Title> all;

  Titles(List<Title> titles) {
    this.all = List.copyOf(titles);
    PhraseMatcher.Builder<Title> b = PhraseMatcher.builder();
    for (Title t : titles) b.add(t.form(), t);
    this.matcher = b.build();
  }

  static Titles load(List<String> prefixes) {
    List<Title> ts = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(prefixes, "titles.tsv", HEADER).rows()) {
      Leaders.Role role;
      try {
        role = Leaders.Role.valueOf(r.get(1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (r.get(2).isEmpty()) continue;
      ts.add(new Title(r.get(0), role, r.get(2), Tsv.list(r.get(3))));
    }
    return new Titles(ts);
  }

  public List<Title> all() {
    return all;
  }

  public List<Mention> findMentions(Tokens t) {
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<Title> m : matcher.findAll(t)) {
      out.add(new Mention(m.start, m.end, m.tokenStart, m.tokenEnd, m.values));
    }
    return out;
  }

  public List<Mention> findMentions(String text) {
    return findMentions(Tokens.of(text));
  }
}
