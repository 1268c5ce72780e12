package org.coopevents.gen;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** English wording of every article kind (templates written for coopevents). */
final class EnglishTexts {
  private EnglishTexts() {}

  static String day(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
  }

  static String fullDay(LocalDate d) {
    return day(d) + ", " + d.getYear();
  }

  static String dateline(String city, LocalDate d, String outlet) {
    return city.toUpperCase(Locale.ROOT) + ", " + day(d) + " (" + outlet + ") - ";
  }

  static String person(World.Person p) {
    return p.titleEn() + " " + p.nameEn();
  }

  static String kindWords(String kind) {
    return switch (kind) {
      case "STATE" -> "a state visit";
      case "OFFICIAL" -> "an official visit";
      default -> "a working visit";
    };
  }

  static List<String> sectorWords(List<Facts.Sector> s) {
    List<String> out = new ArrayList<>();
    for (Facts.Sector x : s) out.add(x.en());
    return out;
  }

  static Piece visit(Facts.Visit v, Outlet o, SplittableRandom r) {
    String g = person(v.guestLeader());
    String h = person(v.hostLeader());
    String title = Pick.one(r,
        v.guestLeader().nameEn() + " arrives in " + v.host().capitalEn() + " for talks with "
            + v.hostLeader().nameEn(),
        v.host().nameEn() + " and " + v.guest().nameEn() + " sign " + (v.docs().isEmpty()
            ? "off on closer ties" : v.docs().size() + " documents") + " during "
            + v.guestLeader().nameEn() + "'s visit",
        v.guest().adjectiveEn() + " leader holds talks in " + v.host().capitalEn(),
        "Talks in " + v.host().capitalEn() + ": " + v.guest().nameEn() + " and " + v.host().nameEn()
            + " map out cooperation");
    StringBuilder b = new StringBuilder();
    String lead = switch (r.nextInt(3)) {
      case 0 -> g + " arrived in " + v.host().capitalEn() + " on " + day(v.start()) + " on "
          + kindWords(v.kind()) + " to " + v.host().nameEn() + (v.end().equals(v.start())
          ? " lasting one day" : " that runs until " + day(v.end())) + ", at the invitation of "
          + h + ".";
      case 1 -> g + " is paying " + kindWords(v.kind()) + " to " + v.host().nameEn() + " from "
          + day(v.start()) + " to " + day(v.end()) + ". In " + v.host().capitalEn()
          + " he was welcomed by " + h + ".";
      default -> h + " welcomed " + g + " in " + v.host().capitalEn() + ", where the "
          + v.guest().adjectiveEn() + " leader is on " + kindWords(v.kind()) + " from "
          + day(v.start()) + " to " + day(v.end()) + ".";
    };
    if (o.wire()) b.append(dateline(v.host().capitalEn(), v.signed(), o.name()));
    b.append(lead).append("\n\n");
    b.append(Pick.one(r,
        "The two leaders held talks in a narrow format and then with their delegations on "
            + day(v.signed()) + ".",
        "On " + day(v.signed()) + " the talks continued in an extended format with ministers of both"
            + " governments.",
        "Talks between the delegations took place on " + day(v.signed()) + "."))
        .append(" ")
        .append(Pick.one(r, "The sides agreed to expand cooperation in ",
            "The leaders agreed to step up cooperation in ",
            "According to the statement issued after the talks, the parties agreed to develop ties in "))
        .append(Pick.joinEn(sectorWords(v.coop()))).append(".\n\n");
    if (!v.docs().isEmpty()) {
      String count = v.count() == null ? "a package of documents" : v.count() + " documents";
      b.append(Pick.one(r,
          "Following the talks, the sides signed " + count + ", including ",
          "In the presence of the two leaders, officials signed " + count + ". Among them are ",
          "A total of " + count + " were signed, among them "));
      List<String> titles = new ArrayList<>();
      for (Facts.Doc d : v.docs()) titles.add("the " + d.titleEn());
      b.append(Pick.joinEn(titles)).append(".\n\n");
    }
    b.append(quote(r, v.hostLeader(), v.guest().nameEn())).append("\n\n");
    return new Piece(title, b.toString());
  }

  static String quote(SplittableRandom r, World.Person p, String other) {
    return Pick.one(r,
        "\"We see great potential in our partnership with " + other + ",\" " + p.nameEn() + " said.",
        p.nameEn() + " called the talks \"open and constructive\" and said relations with " + other
            + " were on the rise.",
        "\"Our countries are bound by long-standing friendship,\" " + p.nameEn()
            + " told reporters after the meeting.");
  }

  static Piece planned(Facts.Visit v, Outlet o, LocalDate pub, SplittableRandom r) {
    String title = Pick.one(r,
        v.guestLeader().nameEn() + " to visit " + v.host().nameEn(),
        v.guest().adjectiveEn() + " leader heads to " + v.host().capitalEn() + " next week",
        "Upcoming: " + v.guestLeader().nameEn() + "'s visit to " + v.host().capitalEn());
    StringBuilder b = new StringBuilder();
    if (o.wire()) b.append(dateline(v.guest().capitalEn(), pub, o.name()));
    b.append(person(v.guestLeader())).append(Pick.one(r, " will pay ", " is expected to pay "))
        .append(kindWords(v.kind())).append(" to ").append(v.host().nameEn()).append(" on ")
        .append(day(v.start())).append(v.end().equals(v.start()) ? "" : "-" + v.end().getDayOfMonth())
        .append(", the press office announced on ").append(day(pub)).append(".\n\n")
        .append("Talks with ").append(person(v.hostLeader()))
        .append(" are planned, and a number of documents are to be signed, officials said.\n\n");
    return new Piece(title, b.toString());
  }

  static Piece call(Facts.Call c, Outlet o, SplittableRandom r) {
    String title = Pick.one(r,
        c.la().nameEn() + " and " + c.lb().nameEn() + " hold phone call",
        c.a().adjectiveEn() + ", " + c.b().adjectiveEn() + " leaders discuss ties by phone");
    StringBuilder b = new StringBuilder();
    if (o.wire()) b.append(dateline(c.a().capitalEn(), c.date(), o.name()));
    b.append(person(c.la())).append(" held a telephone conversation with ").append(person(c.lb()))
        .append(" on ").append(day(c.date())).append(".\n\n")
        .append(Pick.one(r, "The leaders discussed cooperation in ", "They talked over prospects in "))
        .append(Pick.joinEn(sectorWords(c.sectors()))).append(".\n\n");
    return new Piece(title, b.toString());
  }

  static Piece congratulations(Facts.Call c, Outlet o, SplittableRandom r) {
    String title = c.la().nameEn() + " congratulates " + c.lb().nameEn();
    String body = person(c.la()) + " sent a message of congratulations to " + person(c.lb())
        + Pick.one(r, " on the national holiday", " on his birthday", " on the anniversary of independence")
        + ", wishing the people of " + c.b().nameEn() + " peace and prosperity. The message was"
        + " published on " + day(c.date()) + ".\n\n";
    return new Piece(title, body);
  }

  static Piece ratification(Facts.Visit v, Outlet o, LocalDate pub, SplittableRandom r) {
    Facts.Doc d = v.docs().isEmpty() ? Facts.doc(v.coop().get(0), v.start().getYear() - 1, r)
        : v.docs().get(0);
    String title = v.host().adjectiveEn() + " parliament ratifies " + d.type().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + " with " + v.guest().nameEn();
    String body = "Lawmakers in " + v.host().capitalEn() + " on " + day(pub) + " ratified the "
        + d.titleEn() + " with " + v.guest().nameEn() + ", signed last year. The document enters"
        + " into force after the exchange of instruments of ratification.\n\n";
    return new Piece(title, body);
  }

  static Piece forum(Facts.Visit v, Outlet o, LocalDate pub, SplittableRandom r) {
    int bn = 1 + r.nextInt(9);
    String title = "Business forum in " + v.host().capitalEn() + " yields deals worth $" + bn + " bn";
    String body = "Companies from " + v.host().nameEn() + " and " + v.guest().nameEn()
        + " signed commercial contracts worth about $" + bn + " billion at a business forum in "
        + v.host().capitalEn() + " on " + day(pub) + ". Deals covered "
        + Pick.joinEn(sectorWords(v.coop())) + ", the organisers said.\n\n";
    return new Piece(title, body);
  }

  static Piece unrelated(World w, LocalDate pub, Outlet o, SplittableRandom r) {
    World.State a = w.state(r.nextInt(w.size()));
    World.State b = w.state(r.nextInt(w.size()));
    switch (r.nextInt(3)) {
      case 0: {
        int x = r.nextInt(4), y = r.nextInt(4);
        return new Piece(a.nameEn() + " " + x + "-" + y + " " + b.nameEn() + Pick.one(r,
            ": late goal decides friendly", " in qualifier", ": hosts held in front of full stadium"),
            a.nameEn() + " and " + b.nameEn() + " played to " + x + "-" + y + " in " + a.capitalEn()
                + " on " + day(pub) + ". The coach praised the defence but said the team must"
                + " convert more chances before the next round.\n\n");
      }
      case 1: {
        double oil = 55 + r.nextInt(4000) / 100.0;
        return new Piece(Pick.one(r, "Markets: oil steady, currencies mixed",
            "Stocks edge higher as oil prices climb", "Currency wrap: " + a.adjectiveEn() + " unit slips"),
            String.format(Locale.ROOT, "Brent crude traded at $%.2f a barrel on %s. The %s currency"
                + " weakened slightly against the dollar while bond yields in %s held steady,"
                + " traders said.%n%n", oil, day(pub), a.adjectiveEn(), b.nameEn()));
      }
      default: {
        int t = 20 + r.nextInt(22);
        return new Piece(Pick.one(r, "Heatwave grips " + a.capitalEn(), "Storm warning for "
            + a.capitalEn(), "Weather: " + a.capitalEn() + " braces for rain"),
            "Forecasters in " + a.capitalEn() + " expect temperatures of up to " + t + " degrees on "
                + day(pub) + ", with strong winds in the afternoon. Residents were advised to"
                + " avoid long stays outdoors.\n\n");
      }
    }
  }

  /**
   * One background sentence for unrelated news. Every sentence carries its own figures, so that
   * two unrelated stories share only short fixed phrases (real stories do not repeat each other's
   * paragraphs) and a long story does not repeat itself.
   */
  static String fillerUnrelated(SplittableRandom r) {
    int n = 200 + r.nextInt(49800);
    int m = 100 + r.nextInt(9900);
    int k = 2 + r.nextInt(18);
    int p = 1 + r.nextInt(60);
    double x = 100 + r.nextInt(900000) / 100.0;
    double y = 100 + r.nextInt(900000) / 100.0;
    return switch (r.nextInt(12)) {
      case 0 -> String.format(Locale.ROOT, "Organisers counted %,d visitors by %d:%02d, about %d"
          + " percent more than at the previous event.", n, 12 + r.nextInt(10), r.nextInt(60), p);
      case 1 -> String.format(Locale.ROOT, "The index closed at %,.2f points after moving in a range"
          + " of %.1f points during the session.", x, y / 1000);
      case 2 -> String.format(Locale.ROOT, "Ticket sales reached %,d by the evening, and %,d seats"
          + " remained unsold in the upper tiers.", n, m);
      case 3 -> String.format(Locale.ROOT, "Forecasters recorded %d millimetres of rain at %d of the"
          + " %d weather stations in the region.", p, k, k + 3 + r.nextInt(40));
      case 4 -> String.format(Locale.ROOT, "Turnover on the exchange came to %,d million, compared"
          + " with %,d million a week earlier.", n, m);
      case 5 -> String.format(Locale.ROOT, "Police said %,d officers and %,d volunteers were on duty"
          + " along the %d-kilometre route.", m, n / 10, k);
      case 6 -> String.format(Locale.ROOT, "A survey of %,d residents found that %d percent expected"
          + " conditions to improve within %d months.", n, p, k);
      case 7 -> String.format(Locale.ROOT, "The club has won %d of its last %d matches and conceded %d"
          + " goals over that stretch.", k, k + 1 + r.nextInt(10), p);
      case 8 -> String.format(Locale.ROOT, "Utilities logged %,d calls by %d o'clock and said crews had"
          + " restored supply to %,d homes.", m, 14 + r.nextInt(9), n);
      case 9 -> String.format(Locale.ROOT, "Analysts expect the figure to reach %,.1f by the end of the"
          + " quarter, up from %,.1f in the spring.", x, y);
      case 10 -> String.format(Locale.ROOT, "Wind speeds of %d metres per second were measured near the"
          + " coast, with gusts of up to %d.", k, k + 2 + r.nextInt(15));
      default -> String.format(Locale.ROOT, "Statisticians put the seasonal average at %,.1f, while the"
          + " reading for the week was %,.1f.", x, y);
    };
  }

  /**
   * Background paragraphs that lengthen a story without adding events. Each carries its own
   * figures, so that two outlets' reports of one event do not share long runs of background.
   */
  static String filler(SplittableRandom r, World.State a, World.State b) {
    return switch (r.nextInt(6)) {
      case 0 -> "Diplomatic relations between " + a.nameEn() + " and " + b.nameEn()
          + " were established " + (25 + r.nextInt(50)) + " years ago, and the two capitals have"
          + " held " + (3 + r.nextInt(40)) + " rounds of political consultations since.";
      case 1 -> String.format(Locale.ROOT, "Trade between the two countries reached $%.1f billion"
          + " last year, up %d percent, according to customs statistics.", 0.2 + r.nextInt(200) / 10.0,
          1 + r.nextInt(30));
      case 2 -> "Analysts note that " + a.nameEn() + " has been seeking new partners for its exports,"
          + " which grew by " + (1 + r.nextInt(40)) + " percent last year, while " + b.nameEn()
          + " wants to diversify its supply routes.";
      case 3 -> "The intergovernmental commission of the two countries, which has met "
          + (2 + r.nextInt(30)) + " times, is due to meet later this year to review the progress of "
          + (4 + r.nextInt(80)) + " joint projects.";
      case 4 -> "Some " + (20 + r.nextInt(1980)) + " companies with " + b.adjectiveEn()
          + " capital already operate in " + a.nameEn() + ", and about " + (30 + r.nextInt(60))
          + " percent of them are small and medium-sized firms.";
      default -> "Experts say logistics remain the main obstacle to faster growth in exchanges between "
          + a.capitalEn() + " and " + b.capitalEn() + ", where a shipment can take up to "
          + (3 + r.nextInt(40)) + " days.";
    };
  }

  static final List<String> FURNITURE = List.of("Share this article", "Subscribe to our newsletter",
      "Follow us on Telegram", "Read also: markets close the week higher",
      "Advertisement", "Most read");
}
