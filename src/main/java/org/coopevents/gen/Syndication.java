package org.coopevents.gen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How another outlet republishes a story it takes from a wire or a colleague: a quarter of the
 * copies verbatim (same headline and text: an exact copy), the rest lightly edited the way
 * syndicated copies are — a tweaked headline, a short closing paragraph dropped when the story
 * stays long enough, a verb changed in a quote, an attribution line and the copying outlet's own
 * page furniture added. The copy stays close to its original (4-word shingle Jaccard well above the
 * dedup threshold), so the generator can mark it {@code copy_of} in the gold.
 */
final class Syndication {
  /** A copy is at least this long (UTF-8 bytes), like every generated article. */
  static final int MIN_BYTES = 1000;

  private Syndication() {}

  /** The copy that {@code to} publishes of {@code original}, first published by {@code from}. */
  static Piece copy(Piece original, Outlet from, Outlet to, SplittableRandom r) {
    if (r.nextInt(4) == 0) return original;
    boolean en = to.lang().equals("en");
    String title = en
        ? Pick.one(r, "UPDATE: ", "Wire: ", "", "") + original.title()
            + Pick.one(r, "", "", " - " + from.name())
        : Pick.one(r, "ОБНОВЛЕНО: ", "", "") + original.title()
            + Pick.one(r, "", "", " — " + from.name());
    String body = original.body().strip();
    int cut = body.lastIndexOf("\n\n");
    // a short closing paragraph (a tail, a line of furniture) is dropped, never half the story
    if (cut > 0 && body.length() - cut <= body.length() / 6
        && body.substring(0, cut).getBytes(StandardCharsets.UTF_8).length >= MIN_BYTES) {
      body = body.substring(0, cut);
    }
    body = en ? body.replace(" said.", " stated.") : body.replace("— заявил", "— отметил");
    StringBuilder b = new StringBuilder(body.length() + 160).append(body).append("\n\n");
    b.append(en ? "This story was distributed by " + from.name() + "."
        : "Материал распространён агентством «" + from.name() + "».");
    if (to.portal()) {
      List<String> furniture = en ? EnglishTexts.FURNITURE : RussianTexts.FURNITURE;
      b.append("\n\n").append(Pick.one(r, furniture));
    }
    return new Piece(title, b.append('\n').toString());
  }

  /** Another outlet of the same language, drawn at random. */
  static Outlet otherOutlet(Outlet o, SplittableRandom r) {
    List<Outlet> all = o.lang().equals("en") ? Outlet.EN : Outlet.RU;
    int i = all.indexOf(o);
    return all.get((i + 1 + r.nextInt(all.size() - 1)) % all.size());
  }
}
