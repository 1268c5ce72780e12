package org.coopevents.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Russian wording of every article kind (templates written for coopevents). */
final class RussianTexts {
  private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря"};

  private RussianTexts() {}

  static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
  }

  static String person(World.Person p, World.State s) {
    return p.titleRu() + " " + s.genitiveRu() + " " + p.nameRu();
  }

  static String kindWords(String kind) {
    return switch (kind) {
      case "STATE" -> "с государственным визитом";
      case "OFFICIAL" -> "с официальным визитом";
      default -> "с рабочим визитом";
    };
  }

  static List<String> sectorWords(List<Facts.Sector> s) {
    List<String> out = new ArrayList<>();
    for (Facts.Sector x : s) out.add(x.ru());
    return out;
  }

  static String dateline(String city, LocalDate d, String outlet) {
    return city.toUpperCase(Locale.ROOT) + ", " + day(d) + ". /" + outlet + "/. ";
  }

  static Piece visit(Facts.Visit v, Outlet o, SplittableRandom r) {
    String title = Pick.one(r,
        v.guestLeader().nameRu() + " прибыл " + kindWords(v.kind()) + " в город " + v.host().capitalRu(),
        "Переговоры в городе " + v.host().capitalRu() + ": стороны договорились о расширении сотрудничества",
        "Лидеры подписали пакет документов по итогам переговоров",
        v.guestLeader().nameRu() + " и " + v.hostLeader().nameRu() + " провели переговоры");
    StringBuilder b = new StringBuilder();
    if (o.wire()) b.append(dateline(v.host().capitalRu(), v.signed(), o.name()));
    b.append(switch (r.nextInt(2)) {
      case 0 -> person(v.guestLeader(), v.guest()) + " " + day(v.start()) + " прибыл "
          + kindWords(v.kind()) + " в город " + v.host().capitalRu() + ". Визит продлится до "
          + day(v.end()) + ".";
      default -> "С " + day(v.start()) + " по " + day(v.end()) + " " + person(v.guestLeader(), v.guest())
          + " находится " + kindWords(v.kind()) + " в столице " + v.host().genitiveRu()
          + ". Гостя встретил " + person(v.hostLeader(), v.host()) + ".";
    }).append("\n\n");
    b.append(day(v.signed())).append(Pick.one(r, " состоялись переговоры в узком и расширенном составе.",
        " прошли переговоры делегаций двух стран."))
        .append(Pick.one(r, " Стороны договорились развивать сотрудничество в области ",
            " Лидеры условились расширять взаимодействие в сферах "))
        .append(Pick.joinRu(sectorWords(v.coop()))).append(".\n\n");
    if (!v.docs().isEmpty()) {
      b.append(Pick.one(r, "По итогам переговоров подписаны ", "В присутствии лидеров подписаны "))
          .append(v.count() == null ? "документы" : documents(v.count())).append(", в том числе ");
      List<String> titles = new ArrayList<>();
      for (Facts.Doc d : v.docs()) titles.add("«" + d.titleRu() + "»");
      b.append(Pick.joinRu(titles)).append(".\n\n");
    }
    b.append(Pick.one(r, "«Мы высоко ценим дружбу между нашими странами», — заявил "
        + v.hostLeader().nameRu() + ".", "По словам " + "участников, переговоры прошли в"
        + " конструктивной атмосфере.")).append("\n\n");
    return new Piece(title, b.toString());
  }

  static String documents(int n) {
    int t = n % 100;
    int u = n % 10;
    if (t >= 11 && t <= 14 || u == 0 || u >= 5) return n + " документов";
    return u == 1 ? n + " документ" : n + " документа";
  }

  /** As {@link EnglishTexts#fillerUnrelated}: every sentence carries its own figures. */
  static String fillerUnrelated(SplittableRandom r) {
    int n = (2 + r.nextInt(498)) * 100;
    int m = (1 + r.nextInt(99)) * 10;
    int k = 2 + r.nextInt(18);
    int p = 1 + r.nextInt(60);
    String x = String.format(Locale.ROOT, "%.1f", 100 + r.nextInt(900000) / 100.0).replace('.', ',');
    String y = String.format(Locale.ROOT, "%.1f", 100 + r.nextInt(900000) / 100.0).replace('.', ',');
    return switch (r.nextInt(12)) {
      case 0 -> "По данным организаторов, к " + (12 + r.nextInt(10)) + ":" + String.format("%02d",
          r.nextInt(60)) + " число посетителей составило " + n + ", это на " + p
          + "% больше, чем в прошлый раз.";
      case 1 -> "Индекс завершил торги на отметке " + x + " пункта, за сессию он колебался в пределах "
          + k + " пунктов.";
      case 2 -> "К вечеру было продано " + n + " билетов, непроданными остаются " + m + " мест на"
          + " верхних ярусах.";
      case 3 -> "Синоптики зафиксировали " + p + " мм осадков на " + k + " из " + (k + 3 + r.nextInt(40))
          + " метеостанций региона.";
      case 4 -> "Объём торгов на бирже составил " + n + " млн, неделей ранее — " + m + " млн.";
      case 5 -> "На маршруте протяжённостью " + k + " км дежурили " + m + " сотрудников полиции и "
          + n / 10 + " волонтёров.";
      case 6 -> "В опросе участвовали " + n + " человек, " + p + "% из них ожидают улучшения в"
          + " ближайшие " + k + " мес.";
      case 7 -> "Команда выиграла " + k + " из последних " + (k + 1 + r.nextInt(10)) + " матчей,"
          + " пропустив за это время " + p + goals(p) + ".";
      case 8 -> "К " + (14 + r.nextInt(9)) + ":00 коммунальные службы приняли " + m + " обращений и"
          + " восстановили подачу электричества в " + n + " домах.";
      case 9 -> "Аналитики ожидают, что к концу квартала показатель достигнет " + x + ", весной он"
          + " составлял " + y + ".";
      case 10 -> "Скорость ветра на побережье составила " + k + " м/с, порывы — до "
          + (k + 2 + r.nextInt(15)) + " м/с.";
      default -> "Среднее значение за сезон статистики оценивают в " + x + ", показатель за неделю — "
          + y + ".";
    };
  }

  /** " гол", " гола" or " голов" after a number. */
  static String goals(int n) {
    if (n % 10 == 1 && n % 100 != 11) return " гол";
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return " гола";
    return " голов";
  }

  static Piece planned(Facts.Visit v, Outlet o, LocalDate pub, SplittableRandom r) {
    String title = Pick.one(r, v.guestLeader().nameRu() + " посетит " + v.host().nameRu().replace("ия", "ию"),
        "Анонс: визит лидера в город " + v.host().capitalRu());
    StringBuilder b = new StringBuilder();
    if (o.wire()) b.append(dateline(v.guest().capitalRu(), pub, o.name()));
    b.append(person(v.guestLeader(), v.guest())).append(" ").append(day(v.start()))
        .append(" посетит ").append(kindWords(v.kind()).replace("с ", "с ")).append(" город ")
        .append(v.host().capitalRu()).append(", сообщила пресс-служба ").append(day(pub))
        .append(".\n\nЗапланированы переговоры, по итогам которых будут подписаны документы.\n\n");
    return new Piece(title, b.toString());
  }

  static Piece call(Facts.Call c, Outlet o, SplittableRandom r) {
    String title = c.la().nameRu() + " и " + c.lb().nameRu() + " провели телефонный разговор";
    StringBuilder b = new StringBuilder();
    if (o.wire()) b.append(dateline(c.a().capitalRu(), c.date(), o.name()));
    b.append(person(c.la(), c.a())).append(" ").append(day(c.date()))
        .append(" провёл телефонный разговор с коллегой (").append(c.b().nameRu()).append(") ")
        .append(c.lb().nameRu()).append(". Обсуждались вопросы сотрудничества в области ")
        .append(Pick.joinRu(sectorWords(c.sectors()))).append(".\n\n");
    return new Piece(title, b.toString());
  }

  static Piece congratulations(Facts.Call c, Outlet o, SplittableRandom r) {
    return new Piece(c.la().nameRu() + " поздравил " + c.b().genitiveRu().replace("а", "а"),
        person(c.la(), c.a()) + " направил поздравление " + c.lb().nameRu()
            + Pick.one(r, " с национальным праздником", " с Днём независимости", " с днём рождения")
            + ". Поздравление опубликовано " + day(c.date()) + ".\n\n");
  }

  static Piece ratification(Facts.Visit v, Outlet o, LocalDate pub, SplittableRandom r) {
    return new Piece("Парламент ратифицировал соглашение",
        "Депутаты " + day(pub) + " ратифицировали соглашение о сотрудничестве в области "
            + v.coop().get(0).ru() + ", подписанное в прошлом году (стороны — " + v.host().nameRu()
            + " и " + v.guest().nameRu() + "). Документ вступит в силу после обмена грамотами.\n\n");
  }

  static Piece forum(Facts.Visit v, Outlet o, LocalDate pub, SplittableRandom r) {
    int bn = 1 + r.nextInt(9);
    return new Piece("Бизнес-форум завершился подписанием контрактов",
        "Компании на бизнес-форуме в городе " + v.host().capitalRu() + " " + day(pub)
            + " заключили коммерческие контракты на сумму около " + bn + " млрд долларов. Сделки"
            + " касаются " + Pick.joinRu(sectorWords(v.coop())) + ", сообщили организаторы.\n\n");
  }

  static Piece unrelated(World w, LocalDate pub, Outlet o, SplittableRandom r) {
    World.State a = w.state(r.nextInt(w.size()));
    switch (r.nextInt(3)) {
      case 0: {
        int x = r.nextInt(4), y = r.nextInt(4);
        return new Piece("Футбол: товарищеский матч завершился со счётом " + x + ":" + y,
            "Матч прошёл " + day(pub) + " в городе " + a.capitalRu() + ". Главный тренер отметил"
                + " игру обороны, но призвал команду лучше реализовывать моменты.\n\n");
      }
      case 1: {
        double oil = 55 + r.nextInt(4000) / 100.0;
        return new Piece("Рынки: нефть дорожает, валюты без единой динамики", String.format(Locale.ROOT,
            "Нефть марки Brent %s торговалась по %.2f доллара за баррель. Курсы национальных валют"
                + " изменились незначительно, сообщили трейдеры.%n%n", day(pub), oil));
      }
      default: {
        int t = 20 + r.nextInt(22);
        return new Piece("Погода: в городе " + a.capitalRu() + " ожидается жара",
            "Синоптики прогнозируют " + day(pub) + " до " + t + " градусов тепла и сильный ветер."
                + " Жителям советуют не находиться долго на солнце.\n\n");
      }
    }
  }

  /** As {@link EnglishTexts#filler}: background that carries its own figures. */
  static String filler(SplittableRandom r, World.State a, World.State b) {
    return switch (r.nextInt(5)) {
      case 0 -> "Дипломатические отношения между странами (" + a.nameRu() + " и " + b.nameRu()
          + ") установлены " + (25 + 5 * r.nextInt(10)) + " лет назад.";
      case 1 -> String.format(Locale.ROOT, "Товарооборот по итогам прошлого года составил %.1f млрд"
          + " долларов, увеличившись на %d%%.", 0.2 + r.nextInt(200) / 10.0, 1 + r.nextInt(30));
      case 2 -> "Эксперты отмечают, что главным препятствием для роста обмена остаётся логистика:"
          + " доставка грузов занимает до " + (3 + r.nextInt(40)) + " суток.";
      case 3 -> "Межправительственная комиссия, созданная " + (10 + 5 * r.nextInt(6)) + " лет назад,"
          + " проведёт очередное заседание до конца года и рассмотрит ход реализации "
          + 10 * (1 + r.nextInt(12)) + " совместных проектов.";
      default -> "В стране работают " + 10 * (10 + r.nextInt(190)) + " предприятий с участием"
          + " иностранного капитала.";
    };
  }

  static final List<String> FURNITURE = List.of("Поделиться", "Подписывайтесь на наш канал",
      "Читайте также: итоги торговой недели", "Реклама", "Самое читаемое");
}
