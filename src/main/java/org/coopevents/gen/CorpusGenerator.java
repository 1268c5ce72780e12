package org.coopevents.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.coopevents.knowledge.Knowledge;

/**
 * Writes a corpus of {@code units} input units (articles plus bad records) and its gold into a
 * folder. Draws everything from one random stream seeded by {@code seed}, so one seed gives the
 * same bytes; keeps at most one event's articles in memory.
 *
 * <p>Mix: about 60% unrelated news (sport, markets, weather), 10% hard negatives (phone calls,
 * congratulations, ratifications, business-forum contracts), 30% reports of visits (several
 * outlets, English and Russian, some PLANNED announcements), and {@code badShare} bad records
 * (malformed JSON, no body, not an object, wrong field type).
 *
 * <p>Copies: other outlets republish some stories ({@link Syndication}): the first English
 * report of 30% of the visits, the first Russian report of 20% of those told in Russian, 20% of
 * the announcements, 15% of the hard negatives and 8% of the unrelated news. A copy is written
 * after its original, from the original's final text, and its gold line names the original in
 * {@code copy_of} (an extra field that the gold format's scoring ignores).
 */
public final class CorpusGenerator {
  /** What was written. */
  public record Summary(long units, long articles, Map<String, Long> badRecords,
      Map<String, Long> kinds, long bytes) {}

  private final World world;
  private final long seed;
  private final double badShare;

  public CorpusGenerator(Knowledge knowledge, long seed, double badShare) {
    this.world = new World(knowledge, seed);
    this.seed = seed;
    this.badShare = badShare;
  }

  public Summary write(long units, Path dir) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, Long> bad = new TreeMap<>();
    Map<String, Long> kinds = new TreeMap<>();
    ArrayDeque<Pending> queue = new ArrayDeque<>();
    long slot = 0;
    long articles = 0;
    long bytes;
    try (CorpusFiles files = new CorpusFiles(dir)) {
      for (long i = 0; i < units; i++) {
        if (r.nextDouble() < badShare) {
          String reason = badRecord(files, i, r);
          bad.merge(reason, 1L, Long::sum);
          continue;
        }
        while (queue.isEmpty()) {
          double d = r.nextDouble();
          if (d < 0.78) {
            Pending u = unrelated(r);
            queue.add(u);
            if (r.nextInt(100) < 8) queue.add(copy(u, r));
          } else if (d < 0.91) {
            negative(slot++, r, queue);
          } else {
            event(slot++, r, queue);
          }
        }
        Pending p = queue.poll();
        kinds.merge(p.kind, 1L, Long::sum);
        String id = "g" + seed + "-" + String.format("%07d", i);
        // a copy is always written after its original (the queue is FIFO), so both are known
        Piece piece = p.original == null ? dress(p.piece, p.outlet, r, p.a, p.b)
            : Syndication.copy(p.original.written, p.original.outlet, p.outlet, r);
        p.id = id;
        p.written = piece;
        CorpusFiles.Unit u = new CorpusFiles.Unit(id, "https://" + p.outlet.domain() + "/"
            + p.published + "/" + id, p.outlet, p.published, p.outlet.lang(), piece, p.gold,
            p.original == null ? null : p.original.id);
        int f = r.nextInt(100);
        if (f < 3) {
          files.textPage(u);
          files.gold(u, false);
        } else if (f < 7) {
          files.warcRecord(u);
          files.gold(u, true);
        } else {
          files.jsonArticle(u, f < 12, f >= 12 && f < 22);
          files.gold(u, f < 12);
        }
        articles++;
      }
      bytes = files.bytes;
    }
    Summary s = new Summary(units, articles, bad, kinds, bytes);
    ObjectMapper m = new ObjectMapper();
    ObjectNode o = m.createObjectNode();
    o.put("seed", seed);
    o.put("units", units);
    o.put("articles", articles);
    o.put("bad_share", badShare);
    o.set("bad_records", m.valueToTree(bad));
    o.set("article_kinds", m.valueToTree(kinds));
    o.put("input_bytes", bytes);
    Files.writeString(dir.resolve("generated.json"), m.writerWithDefaultPrettyPrinter()
        .writeValueAsString(o) + "\n", StandardCharsets.UTF_8);
    return s;
  }

  /**
   * An article waiting in the queue. A copy has its {@code original} and no piece of its own;
   * {@code id} and {@code written} (the final text) are set when the article is written.
   * Only the queue refers to a pending article, so memory stays bounded by one event's articles.
   */
  private static final class Pending {
    final String kind;
    final Outlet outlet;
    final LocalDate published;
    final Piece piece;
    final ArrayNode gold;
    final World.State a;
    final World.State b;
    final Pending original;
    String id;
    Piece written;

    Pending(String kind, Outlet outlet, LocalDate published, Piece piece, ArrayNode gold,
        World.State a, World.State b) {
      this(kind, outlet, published, piece, gold, a, b, null);
    }

    private Pending(String kind, Outlet outlet, LocalDate published, Piece piece, ArrayNode gold,
        World.State a, World.State b, Pending original) {
      this.kind = kind;
      this.outlet = outlet;
      this.published = published;
      this.piece = piece;
      this.gold = gold;
      this.a = a;
      this.b = b;
      this.original = original;
    }
  }

  /** A copy of {@code p} by another outlet of its language, published the same or the next day. */
  private static Pending copy(Pending p, SplittableRandom r) {
    return new Pending("syndicated_" + p.kind, Syndication.otherOutlet(p.outlet, r),
        p.published.plusDays(r.nextInt(2)), null, p.gold, p.a, p.b, p);
  }

  private static final LocalDate FIRST = World.monthStart(0);

  private Pending unrelated(SplittableRandom r) {
    boolean en = r.nextInt(3) != 0;
    Outlet o = Pick.one(r, en ? Outlet.EN : Outlet.RU);
    LocalDate pub = FIRST.plusDays(r.nextInt(World.MONTHS * 30));
    Piece p = en ? EnglishTexts.unrelated(world, pub, o, r) : RussianTexts.unrelated(world, pub, o, r);
    return new Pending("unrelated", o, pub, p, null, null, null);
  }

  private void negative(long slot, SplittableRandom r, ArrayDeque<Pending> q) {
    boolean en = r.nextInt(3) != 0;
    Outlet o = Pick.one(r, en ? Outlet.EN : Outlet.RU);
    int kind = r.nextInt(4);
    if (kind <= 1) {
      Facts.Call c = Facts.call(world, slot, r);
      if (c == null) return;
      if (kind == 0) {
        withCopies(q, new Pending("phone_call", o, c.date(), en ? EnglishTexts.call(c, o, r)
            : RussianTexts.call(c, o, r), GoldEvents.call(c), c.a(), c.b()), 15, r);
      } else {
        withCopies(q, new Pending("congratulations", o, c.date(), en
            ? EnglishTexts.congratulations(c, o, r) : RussianTexts.congratulations(c, o, r), null,
            c.a(), c.b()), 15, r);
      }
      return;
    }
    Facts.Visit v = Facts.visit(world, slot, r);
    if (v == null) return;
    LocalDate pub = v.start();
    if (kind == 2) {
      withCopies(q, new Pending("ratification", o, pub, en ? EnglishTexts.ratification(v, o, pub, r)
          : RussianTexts.ratification(v, o, pub, r), null, v.guest(), v.host()), 15, r);
    } else {
      withCopies(q, new Pending("forum_contracts", o, pub, en ? EnglishTexts.forum(v, o, pub, r)
          : RussianTexts.forum(v, o, pub, r), null, v.guest(), v.host()), 15, r);
    }
  }

  /** Queues {@code p}, and with {@code percent}% chance a copy of it right after. */
  private static void withCopies(ArrayDeque<Pending> q, Pending p, int percent, SplittableRandom r) {
    q.add(p);
    if (r.nextInt(100) < percent) q.add(copy(p, r));
  }

  private void event(long slot, SplittableRandom r, ArrayDeque<Pending> q) {
    Facts.Visit v = Facts.visit(world, slot, r);
    if (v == null) return;
    if (r.nextInt(10) < 4) {
      boolean en = r.nextBoolean();
      Outlet o = Pick.one(r, en ? Outlet.EN : Outlet.RU);
      LocalDate pub = v.start().minusDays(2 + r.nextInt(5));
      withCopies(q, new Pending("planned", o, pub, en ? EnglishTexts.planned(v, o, pub, r)
          : RussianTexts.planned(v, o, pub, r), GoldEvents.planned(v), v.guest(), v.host()), 20, r);
    }
    int nEn = 1 + r.nextInt(3);
    int nRu = r.nextInt(3);
    Pending first = null;
    Pending firstRu = null;
    for (int k = 0; k < nEn + nRu; k++) {
      boolean en = k < nEn;
      List<Outlet> outlets = en ? Outlet.EN : Outlet.RU;
      Outlet o = outlets.get((int) ((slot + k) % outlets.size()));
      LocalDate pub = v.end().plusDays(r.nextInt(2));
      Pending p = new Pending("report", o, pub, en ? EnglishTexts.visit(v, o, r)
          : RussianTexts.visit(v, o, r), GoldEvents.report(v, en), v.guest(), v.host());
      if (first == null) first = p;
      if (!en && firstRu == null) firstRu = p;
      q.add(p);
    }
    if (r.nextInt(10) < 3) q.add(copy(first, r));
    if (firstRu != null && r.nextInt(10) < 2) q.add(copy(firstRu, r));
  }

  /** Lengthens a story to 1-8 KB with background paragraphs, and adds page furniture. */
  private static Piece dress(Piece p, Outlet o, SplittableRandom r, World.State a, World.State b) {
    boolean en = o.lang().equals("en");
    // 1-8 KB of UTF-8: Cyrillic letters take two bytes
    int target = (1000 + r.nextInt(7000)) / (en ? 1 : 2);
    StringBuilder s = new StringBuilder(target + 200);
    s.append(p.body());
    int guard = 0;
    while (s.length() < target && guard++ < 60) {
      if (a == null) s.append(en ? EnglishTexts.fillerUnrelated(r) : RussianTexts.fillerUnrelated(r));
      else s.append(en ? EnglishTexts.filler(r, a, b) : RussianTexts.filler(r, a, b));
      s.append(r.nextInt(3) == 0 ? "\n\n" : " ");
      if (o.portal() && r.nextInt(12) == 0) {
        s.append(Pick.one(r, en ? EnglishTexts.FURNITURE : RussianTexts.FURNITURE)).append("\n\n");
      }
    }
    if (o.portal()) {
      s.append("\n\n").append(Pick.one(r, en ? EnglishTexts.FURNITURE : RussianTexts.FURNITURE));
    }
    return new Piece(p.title(), s.toString().strip() + "\n");
  }

  /** Writes one bad record and returns the reject reason the job should give it. */
  private static String badRecord(CorpusFiles files, long i, SplittableRandom r) throws IOException {
    String id = "bad-" + i;
    switch (r.nextInt(4)) {
      case 0:
        files.jsonLine("{\"id\": \"" + id + "\", \"title\": \"Talks held\", \"text\": \"The two"
            + " presidents met in the capital and");
        return "MALFORMED_JSON";
      case 1:
        files.jsonLine("{\"id\": \"" + id + "\", \"title\": \"Headline without a story\","
            + " \"published_at\": \"2024-03-01\"}");
        return "MISSING_BODY";
      case 2:
        files.jsonLine("[\"" + id + "\", \"not an article\"]");
        return "NOT_AN_OBJECT";
      default:
        files.jsonLine("{\"id\": \"" + id + "\", \"title\": \"Numbers\", \"text\": " + r.nextInt(1000)
            + "}");
        return "WRONG_FIELD_TYPE";
    }
  }
}
