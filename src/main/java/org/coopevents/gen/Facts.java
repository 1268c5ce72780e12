package org.coopevents.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.coopevents.knowledge.Leaders;

/** The facts of one generated real-world event, and how they are drawn. */
final class Facts {
  /** A sector with the phrases titles and sentences use for it (Russian: genitive). */
  record Sector(String code, String en, String ru) {}

  static final List<Sector> SECTORS = List.of(
      new Sector("TRADE", "trade", "торговли"),
      new Sector("INVESTMENT", "investment", "инвестиций"),
      new Sector("INDUSTRY", "industrial cooperation", "промышленности"),
      new Sector("MACHINERY", "machine building", "машиностроения"),
      new Sector("HEALTHCARE", "healthcare", "здравоохранения"),
      new Sector("AGRICULTURE", "agriculture", "сельского хозяйства"),
      new Sector("ENERGY", "energy", "энергетики"),
      new Sector("TRANSPORT", "transport and logistics", "транспорта и логистики"),
      new Sector("CONSTRUCTION", "construction", "строительства"),
      new Sector("FINANCE", "banking and finance", "финансов и банковской деятельности"),
      new Sector("TOURISM", "tourism", "туризма"),
      new Sector("EDUCATION", "education", "образования"),
      new Sector("SCIENCE_TECHNOLOGY", "science and technology", "науки и техники"),
      new Sector("ICT", "information and communication technologies",
          "информационно-коммуникационных технологий"),
      new Sector("CULTURE", "culture", "культуры"),
      new Sector("ENVIRONMENT", "environmental protection", "охраны окружающей среды"),
      new Sector("SECURITY", "security", "безопасности"),
      new Sector("SPORT", "sport", "спорта"));

  /** A signed document. */
  record Doc(String type, String titleEn, String titleRu, List<String> sectors) {}

  /** One visit with its signing and cooperation. {@code docs} empty = nothing signed. */
  record Visit(long slot, World.State guest, World.State host, World.Person guestLeader,
      World.Person hostLeader, LocalDate start, LocalDate end, LocalDate signed, String kind,
      List<Doc> docs, Integer count, List<Sector> coop) {
    String pair() {
      return guest.iso3().compareTo(host.iso3()) < 0 ? guest.iso3() + "-" + host.iso3()
          : host.iso3() + "-" + guest.iso3();
    }

    // Keys name one real-world event: a pair can meet twice in a month (a state visit on the
    // 3rd, another on the 14th), so they carry the day and the event's slot, not just the month.
    String visitKey() {
      return guest.iso3() + "-" + host.iso3() + "-" + start + "-" + slot + "-visit";
    }

    String plannedKey() {
      return visitKey() + "-planned";
    }

    String signingKey() {
      return pair() + "-" + signed + "-" + slot + "-signing";
    }

    String coopKey() {
      return pair() + "-" + signed + "-" + slot + "-coop";
    }
  }

  /** A phone call (or a meeting in a third country): cooperation discussed, no visit. */
  record Call(long slot, World.State a, World.State b, World.Person la, World.Person lb,
      LocalDate date, List<Sector> sectors) {
    String coopKey() {
      String p = a.iso3().compareTo(b.iso3()) < 0 ? a.iso3() + "-" + b.iso3() : b.iso3() + "-" + a.iso3();
      return p + "-" + date + "-" + slot + "-coop";
    }
  }

  private Facts() {}

  static Visit visit(World w, long slot, SplittableRandom r) {
    World.State[] p = w.pair(slot);
    boolean flip = r.nextBoolean();
    World.State guest = flip ? p[1] : p[0];
    World.State host = flip ? p[0] : p[1];
    LocalDate start = World.monthStart(w.month(slot)).plusDays(r.nextInt(25));
    int days = 1 + r.nextInt(3);
    LocalDate end = start.plusDays(days - 1);
    LocalDate signed = start.plusDays(days == 1 ? 0 : r.nextInt(2));
    Leaders.Role role = r.nextInt(5) == 0 ? Leaders.Role.HEAD_OF_GOVERNMENT : Leaders.Role.HEAD_OF_STATE;
    World.Person gl = w.leader(guest, role, start);
    World.Person hl = w.leader(host, Leaders.Role.HEAD_OF_STATE, start);
    if (gl == null || hl == null || gl.nameEn().equals(hl.nameEn())) return null;
    String kind = switch (r.nextInt(4)) {
      case 0, 1 -> "STATE";
      case 2 -> "OFFICIAL";
      default -> "WORKING";
    };
    List<Sector> coop = sectors(r, 2 + r.nextInt(3));
    List<Doc> docs = new ArrayList<>();
    Integer count = null;
    if (r.nextInt(5) != 0) {
      int n = 1 + r.nextInt(5);
      if (r.nextBoolean()) docs.add(new Doc("DECLARATION",
          "Joint Statement on further strengthening the strategic partnership",
          "Совместное заявление о дальнейшем укреплении стратегического партнёрства", List.of()));
      for (Sector s : sectors(r, n)) docs.add(doc(s, start.getYear(), r));
      count = r.nextBoolean() ? docs.size() : null;
    }
    return new Visit(slot, guest, host, gl, hl, start, end, signed, kind, List.copyOf(docs), count,
        coop);
  }

  static Call call(World w, long slot, SplittableRandom r) {
    World.State[] p = w.pair(slot);
    LocalDate d = World.monthStart(w.month(slot)).plusDays(r.nextInt(27));
    World.Person a = w.leader(p[0], Leaders.Role.HEAD_OF_STATE, d);
    World.Person b = w.leader(p[1], Leaders.Role.HEAD_OF_STATE, d);
    if (a == null || b == null || a.nameEn().equals(b.nameEn())) return null;
    return new Call(slot, p[0], p[1], a, b, d, sectors(r, 1 + r.nextInt(3)));
  }

  static List<Sector> sectors(SplittableRandom r, int n) {
    Set<Sector> out = new LinkedHashSet<>();
    while (out.size() < n) out.add(SECTORS.get(r.nextInt(SECTORS.size())));
    return List.copyOf(out);
  }

  static Doc doc(Sector s, int year, SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        return new Doc("AGREEMENT", "Agreement on cooperation in the field of " + s.en(),
            "Соглашение о сотрудничестве в области " + s.ru(), List.of(s.code()));
      case 1:
        int from = year + r.nextInt(2);
        int to = from + 2 + r.nextInt(3);
        return new Doc("PROGRAMME", "Programme of cooperation in " + s.en() + " for " + from + "-" + to,
            "Программа сотрудничества в области " + s.ru() + " на " + from + "-" + to + " годы",
            List.of(s.code()));
      case 2:
        return new Doc("ROADMAP", "Roadmap for cooperation in " + s.en(),
            "Дорожная карта сотрудничества в области " + s.ru(), List.of(s.code()));
      case 3:
        return new Doc("PROTOCOL", "Protocol on amendments to the agreement on cooperation in "
            + s.en(), "Протокол о внесении изменений в соглашение о сотрудничестве в области "
            + s.ru(), List.of(s.code()));
      default:
        return new Doc("MEMORANDUM", "Memorandum of understanding on cooperation in " + s.en(),
            "Меморандум о взаимопонимании в области " + s.ru(), List.of(s.code()));
    }
  }
}
