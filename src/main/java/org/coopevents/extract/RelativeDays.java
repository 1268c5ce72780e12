package org.coopevents.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative day expressions of English and Russian news and how they resolve: "today",
 * "yesterday", "tomorrow", "last night", "this morning", "вчера", "накануне", weekdays ("on Monday", "в среду", bare "Monday"),
 * weekday ranges ("on Wednesday and Thursday", "from Monday to Wednesday", "в среду и четверг",
 * "со среды по пятницу"), the night before a weekday ("в ночь на понедельник", "в ночь с
 * понедельника на вторник": the day after "на", which an arrival that night takes) and days counted from another date of the same sentence, else of
 * the sentences just before ("the next day", "two days later", "на следующий день", "спустя два
 * дня", "в тот же день", "днём ранее"). A weekday looks back from the publication date in a past-tense
 * clause and forward in a future one; the clause's tense is read from the nearest tense word
 * ("will", "said", "прибудет", "прилетел"), else taken from the caller. Stateless.
 */
final class RelativeDays {

  private RelativeDays() {}

  private static final String WD_EN = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String WD_RU_ACC = "(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)";
  private static final String WD_RU_GEN = "(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)";

  /** "в минувшую среду", "в прошлый вторник", "в следующий понедельник", "в эту пятницу". */
  private static final String RU_WHICH =
      "(?:минувш(?:ий|ую|ее)|прошл(?:ый|ую|ое)|следующ(?:ий|ую|ее)|ближайш(?:ий|ую|ее)|эт(?:от|у|о))";

  /** "в минувшие выходные", "на прошлых выходных", "в эти выходные", "на ближайших выходных". */
  private static final String RU_WEEKEND_WHICH =
      "(?:минувши[ех]|прошлы[ех]|эти[х]?|ближайши[ех]|следующи[ех])";

  /**
   * "a day after arriving", "two days after he arrived", "the day after his arrival": the arrival,
   * counted back from the date it is said with.
   */
  private static final String AFTER_ARRIVAL_EN =
      "(?:a|one|the|two|three)\\s+days?\\s+after\\s+(?:(?:his|her|their|the)\\s+(?:\\p{L}+\\s+)?arrival|arriving"
          + "|landing|(?:[\\p{L}.'’-]+\\s+){1,3}?(?:had\\s+)?(?:arrived|landed))";

  /** "на следующий день после прибытия", "через день после своего приезда". */
  private static final String AFTER_ARRIVAL_RU =
      "(?:на\\s+(?:следующий|другой)\\s+день|через\\s+день)\\s+после\\s+(?:(?:своего|его|ее|её)\\s+)?"
          + "(?:прибытия|приезда|прилета|прилёта)";

  /** "two days later", "three days after that": days counted on from the previous date of the sentence. */
  private static final String DAYS_LATER_EN = "(?:two|three|four|2|3|4)\\s+days\\s+(?:later|after\\s+that)";

  /** "спустя два дня", "через три дня", "два дня спустя": days counted on from the previous date. */
  private static final String DAYS_LATER_RU =
      "(?:спустя|через)\\s+(?:два|три|четыре|2|3|4)\\s+дня|(?:два|три|четыре|2|3|4)\\s+дня\\s+спустя";

  /** How many days "two", "три", "4" count, else 1. */
  private static int countWord(String w) {
    if (w.contains("two") || w.contains("два") || w.contains("2")) return 2;
    if (w.contains("three") || w.contains("три") || w.contains("3")) return 3;
    if (w.contains("four") || w.contains("четыре") || w.contains("4")) return 4;
    return 1;
  }

  /** One relative expression; the words inside are read again by {@link #resolve}. */
  static final Pattern PATTERN = Pattern.compile(
      "(?iu)(?<![\\p{L}])("
          + "today|yesterday|tomorrow|tonight|(?:late\\s+)?last\\s+(?:night|evening)|this\\s+(?:morning|afternoon|evening)"
          + "|(?:(?:over|during|at|on)\\s+the|this|last|next|the\\s+past)\\s+weekend"
          + "|" + AFTER_ARRIVAL_EN + "|" + AFTER_ARRIVAL_RU
          + "|the\\s+day\\s+before|the\\s+(?:next|following)\\s+day|a\\s+day\\s+later|" + DAYS_LATER_EN
          // "The day after, the two leaders signed ...": alone before a comma
          + "|the\\s+day\\s+after(?=\\s*,)"
          + "|(?:on\\s+)?(?:the|that)\\s+same\\s+day|в\\s+тот\\s+же\\s+день|" + DAYS_LATER_RU
          + "|the\\s+previous\\s+day|(?:a|one)\\s+day\\s+earlier(?!\\s+than)"
          + "|(?:(?:on|this|last|next|until|till|from|by|starting|since)\\s+)?" + WD_EN
          + "(?:\\s*(?:and|to|through|until|till|or|[-–—])\\s*(?:on\\s+)?" + WD_EN + ")?"
          + "(?:,?\\s+(?:last|previous|this|next)\\s+week)?"
          + "|сегодня|вчера|позавчера|завтра|послезавтра|накануне|на\\s+следующий\\s+день|на\\s+другой\\s+день|дн[её]м\\s+(?:позже|позднее|ранее|раньше)"
          + "|(?:в|на)\\s+(?:" + RU_WEEKEND_WHICH + "\\s+)?выходн(?:ые|ых)"
          + "|(?:с|со)\\s+" + WD_RU_GEN + "\\s+по\\s+" + WD_RU_ACC
          + "|до\\s+" + WD_RU_GEN
          + "|(?:в\\s+)?ночь\\s+(?:(?:с|со)\\s+" + WD_RU_GEN + "\\s+)?на\\s+" + WD_RU_ACC
          + "|(?:в|во)\\s+(?:" + RU_WHICH + "\\s+)?" + WD_RU_ACC + "(?:\\s+и\\s+(?:(?:в|во)\\s+)?" + WD_RU_ACC
          + "|\\s*[-–—]\\s*" + WD_RU_ACC + ")?"
          + "(?:\\s+на\\s+(?:прошлой|минувшей|этой|текущей|следующей)\\s+неделе)?"
          + ")(?![\\p{L}])");

  /** Words without which {@link #PATTERN} cannot match (in the folded sentence). */
  static final String[] WORDS = {"today", "yesterday", "tomorrow", "tonight", "day", "night", "evening", "morning",
      "afternoon", "weekend", "выходн",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "сегодня", "вчера", "завтра", "накануне", "следующий", "другой", "позже", "позднее", "ранее",
      "раньше", "тот же", "дня", "понедельник",
      "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен", "прибыт", "приезд", "прилет", "прилёт"};

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY),
      Map.entry("понедельник", DayOfWeek.MONDAY), Map.entry("понедельника", DayOfWeek.MONDAY),
      Map.entry("вторник", DayOfWeek.TUESDAY), Map.entry("вторника", DayOfWeek.TUESDAY),
      Map.entry("среду", DayOfWeek.WEDNESDAY), Map.entry("среды", DayOfWeek.WEDNESDAY),
      Map.entry("четверг", DayOfWeek.THURSDAY), Map.entry("четверга", DayOfWeek.THURSDAY),
      Map.entry("пятницу", DayOfWeek.FRIDAY), Map.entry("пятницы", DayOfWeek.FRIDAY),
      Map.entry("субботу", DayOfWeek.SATURDAY), Map.entry("субботы", DayOfWeek.SATURDAY),
      Map.entry("воскресенье", DayOfWeek.SUNDAY), Map.entry("воскресенья", DayOfWeek.SUNDAY));

  private static final Pattern AFTER_ARRIVAL = Pattern.compile("(?iu)" + AFTER_ARRIVAL_EN + "|" + AFTER_ARRIVAL_RU);

  /** Whether the text of a date mention counts back to an arrival ("a day after arriving"). */
  static boolean afterArrival(String mention) {
    return AFTER_ARRIVAL.matcher(mention).matches();
  }

  /** Whether the lower-case word names a weekday ("tuesday", "вторник", "среду"). */
  static boolean weekday(String word) {
    return WEEKDAYS.containsKey(word);
  }

  /** What a matched expression is. */
  enum Kind {
    /** A day counted from the publication date (today, yesterday, tomorrow). */
    FIXED,
    /** One weekday or two (a range). */
    WEEKDAY,
    /** A day after the previous date of the sentence ("the next day"). */
    NEXT_DAY,
    /** The day before the previous date of the sentence, else before the publication date. */
    DAY_BEFORE,
    /** "накануне визита", "the day before the summit": the eve of an event, not a date. */
    EVE_OF,
    /** "a day after arriving": {@code days} before the date said with it (the arrival). */
    AFTER_ARRIVAL
  }

  /** A parsed expression: its kind, offset in days (FIXED), weekdays and modifier (WEEKDAY). */
  record Parsed(Kind kind, int days, DayOfWeek first, DayOfWeek second, String modifier) {}

  /** Reads the expression matched at [start, end) of {@code s}. */
  static Parsed parse(String s, int start, int end) {
    String w = s.substring(start, end).toLowerCase().replace('ё', 'е').replaceAll("\\s+", " ");
    switch (w) {
      case "today": case "tonight": case "сегодня": return new Parsed(Kind.FIXED, 0, null, null, null);
      case "yesterday": case "вчера": return new Parsed(Kind.FIXED, -1, null, null, null);
      case "позавчера": return new Parsed(Kind.FIXED, -2, null, null, null);
      case "tomorrow": case "завтра": return new Parsed(Kind.FIXED, 1, null, null, null);
      // "who arrived here last night", "late last evening": the evening before the report
      case "last night": case "last evening": case "late last night": case "late last evening":
        return new Parsed(Kind.FIXED, -1, null, null, null);
      case "this morning": case "this afternoon": case "this evening": return new Parsed(Kind.FIXED, 0, null, null, null);
      case "послезавтра": return new Parsed(Kind.FIXED, 2, null, null, null);
      default: break;
    }
    if (w.contains(" after ") || w.contains(" после ")) {
      int n = w.startsWith("two") ? 2 : w.startsWith("three") ? 3 : 1;
      return new Parsed(Kind.AFTER_ARRIVAL, -n, null, null, null);
    }
    if (w.equals("накануне") || w.startsWith("the day before")) {
      return new Parsed(eveOf(s, end) ? Kind.EVE_OF : Kind.DAY_BEFORE, -1, null, null, null);
    }
    // "arrived in Pyongyang the previous day", "a day earlier": the day before
    if (w.startsWith("the previous") || w.endsWith(" earlier") || w.endsWith(" ранее") || w.endsWith(" раньше")) {
      return new Parsed(Kind.DAY_BEFORE, -1, null, null, null);
    }
    if (w.equals("the day after")) return new Parsed(Kind.NEXT_DAY, 1, null, null, null);
    // "on the same day", "в тот же день": the day of the previous date
    if (w.contains("same day") || w.equals("в тот же день")) return new Parsed(Kind.NEXT_DAY, 0, null, null, null);
    if (w.endsWith(" day") || w.endsWith(" later") || w.endsWith(" день") || w.endsWith(" позже") || w.endsWith(" позднее")
        || w.endsWith(" that") || w.contains("дня")) {
      return new Parsed(Kind.NEXT_DAY, countWord(w), null, null, null);
    }
    if (w.endsWith("weekend") || w.contains("выходн")) return weekend(w);
    String[] parts = w.split("[^\\p{L}]+");
    DayOfWeek first = null;
    DayOfWeek second = null;
    for (String p : parts) {
      DayOfWeek d = WEEKDAYS.get(p);
      if (d == null) continue;
      if (first == null) first = d;
      else second = d;
    }
    String mod = parts.length > 0 ? parts[0] : "";
    // "в ночь на понедельник", "в ночь с понедельника на вторник": the night before the day
    // after "на", which the arrival takes
    if (w.contains("ночь")) return new Parsed(Kind.WEEKDAY, 0, second != null ? second : first, null, "");
    if (mod.equals("до")) mod = "until"; // "продлится до пятницы"
    if ((mod.equals("в") || mod.equals("во")) && parts.length > 1) {
      String which = parts[1];
      if (which.startsWith("минувш") || which.startsWith("прошл")) mod = "last";
      else if (which.startsWith("следующ") || which.startsWith("ближайш")) mod = "next";
    }
    if (w.endsWith(" week") || w.endsWith(" неделе")) mod = whichWeek(parts[parts.length - 2]);
    return new Parsed(Kind.WEEKDAY, 0, first, second, mod);
  }

  /** "Monday last week", "в понедельник на прошлой неделе": the week the weekday falls in. */
  private static String whichWeek(String which) {
    if (which.equals("last") || which.equals("previous") || which.startsWith("прошл") || which.startsWith("минувш")) {
      return "last week";
    }
    return which.equals("next") || which.startsWith("следующ") ? "next week" : "this week";
  }

  /**
   * "over the weekend", "last weekend", "в минувшие выходные", "на ближайших выходных": Saturday and
   * Sunday, looked for back or forward as a weekday is ("last"/"next" where the words say so).
   */
  private static Parsed weekend(String w) {
    String mod = "";
    if (w.startsWith("last") || w.startsWith("the past") || w.contains("минувш") || w.contains("прошл")) mod = "last";
    else if (w.startsWith("next") || w.contains("ближайш") || w.contains("следующ")) mod = "next";
    return new Parsed(Kind.WEEKDAY, 0, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, mod);
  }

  private static final Pattern NEXT_WORD = Pattern.compile("\\G[\\s\\u00A0]*(\\p{L}+)");

  /**
   * "накануне визита" (the eve of a visit) rather than "накануне прибыл" (the day before):
   * a lower-case word in the genitive follows; "the day before the summit" likewise.
   */
  private static boolean eveOf(String s, int end) {
    Matcher m = NEXT_WORD.matcher(s);
    if (!m.find(end)) return false;
    String next = m.group(1);
    if (!Character.isLowerCase(next.charAt(0))) return false;
    String n = next.toLowerCase();
    if (n.equals("the") || n.equals("a") || n.equals("his") || n.equals("her") || n.equals("their")
        || n.equals("its") || n.equals("this")) return true;
    if (n.length() < 4 || n.charAt(0) < 'а' || n.charAt(0) > 'я') return false;
    if (VERB_PAST_RU.matcher(n).matches() || NOMINATIVE_SUBJECTS.contains(n)) return false;
    return n.endsWith("а") || n.endsWith("я") || n.endsWith("ов") || n.endsWith("ев")
        || n.endsWith("ии") || n.endsWith("ки") || n.endsWith("чи") || n.endsWith("ти");
  }

  /**
   * Subjects in the nominative that end as a genitive does: "Накануне глава МИД прибыл в Москву"
   * is the day before, not the eve of a "глава" (whose genitive is "главы").
   */
  private static final java.util.Set<String> NOMINATIVE_SUBJECTS = java.util.Set.of(
      "глава", "сторона", "страна", "делегация", "республика");

  private static final Pattern VERB_PAST_RU = Pattern.compile("\\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)");

  /**
   * The day of a FIXED, DAY_BEFORE or WEEKDAY expression against the publication date
   * ({@code [from, to]}), or null. {@code future}: the clause speaks of the future.
   */
  static LocalDate[] resolve(Parsed p, LocalDate anchor, boolean future) {
    if (anchor == null) return null;
    switch (p.kind()) {
      case FIXED:
      case DAY_BEFORE: {
        LocalDate d = anchor.plusDays(p.days());
        return new LocalDate[] {d, d};
      }
      case WEEKDAY: {
        if (p.first() == null) return null;
        String mod = p.modifier();
        if (mod.endsWith(" week")) {
          // the weekday of the week before, of or after the report's (weeks from Monday)
          int weeks = mod.startsWith("last") ? -1 : mod.startsWith("next") ? 1 : 0;
          LocalDate d = anchor.with(DayOfWeek.MONDAY).plusWeeks(weeks).plusDays(p.first().getValue() - 1L);
          return new LocalDate[] {d, endOfWeekdays(p, d)};
        }
        boolean fwd = mod.equals("next") || (!mod.equals("last") && !mod.equals("since") && future);
        LocalDate d = anchor;
        if (fwd) {
          while (d.getDayOfWeek() != p.first()) d = d.plusDays(1);
          if (mod.equals("next") && d.equals(anchor)) d = d.plusDays(7);
        } else {
          while (d.getDayOfWeek() != p.first()) d = d.minusDays(1);
          if (mod.equals("last") && d.equals(anchor)) d = d.minusDays(7);
        }
        return new LocalDate[] {d, endOfWeekdays(p, d)};
      }
      default:
        return null;
    }
  }

  /**
   * A weekday with "from", "starting", "until", "till" or "by" and no tense word near it looks
   * forward ("in Japan for five days from Wednesday"); with a past verb it looks back ("stayed
   * until Wednesday").
   */
  static boolean forwardWithoutTense(Parsed p) {
    String mod = p.modifier();
    return mod.equals("from") || mod.equals("starting") || mod.equals("until") || mod.equals("till")
        || mod.equals("by") || mod.equals("до");
  }

  /** The last day of a weekday range starting on {@code from} ("Wednesday and Thursday"). */
  static LocalDate endOfWeekdays(Parsed p, LocalDate from) {
    if (p.second() == null || p.second() == p.first()) return from;
    int gap = (p.second().getValue() - p.first().getValue() + 7) % 7;
    return from.plusDays(gap);
  }

  // ------------------------------------------------------------------ tense of a clause

  private static final Pattern TENSE = Pattern.compile(
      "(?iu)(?<![\\p{L}'’])(?:"
          + "(will|'ll|’ll|shall|would|should|is\\s+to|are\\s+to|is\\s+due|are\\s+due|due\\s+to|is\\s+expected|are\\s+expected"
          + "|expected\\s+to|is\\s+set\\s+to|are\\s+set\\s+to|scheduled|plans?\\s+to|planned|is\\s+going\\s+to|are\\s+going\\s+to"
          + "|upcoming|will\\s+be"
          + "|будет|будут|состоится|состоятся|пройдет|пройдут|пройдёт|прибудет|прибудут|посетит|посетят|проведет|проведёт|проведут"
          + "|отправится|отправятся|встретится|встретятся|совершит|планирует|планируют|планируется|намерен|намерена|намерены"
          + "|предстоит|ожидается|ожидаются|запланирован[аоы]?|должен|должна|должны|начнется|начнётся|приедет|прилетит|примет|подпишут|продлится|продлятся|продолжится|завершится|завершатся"
          // "пробудет в стране до пятницы", "останется в Ханое до среды": a stay ahead
          + "|пробудет|пробудут|останется|останутся)"
          + "|(was|were|had|did|said|says|told|met|held|went|came|left|flew|began|made|took|gave|spoke|wrote|paid|sent"
          + "|\\p{L}{3,}ed"
          + "|\\p{IsCyrillic}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)"
          + "))(?![\\p{L}])");

  /** English words in -ed that are not past verbs, and Russian words in -л that are not verbs. */
  private static final java.util.Set<String> NOT_PAST = java.util.Set.of("united", "need", "indeed",
      "hundred", "exceed", "proceed", "succeed", "speed", "feed", "seed", "breed", "embed", "bed",
      "red", "shed", "weed", "deed", "greed", "heed", "reed", "expected", "scheduled", "planned",
      "посол", "цели", "мысли", "дели", "правила", "дела", "числа", "села", "сила", "стол", "пол",
      "начала", "козел", "угол", "орел", "котел", "зал", "бал", "пола");

  /**
   * A capitalised word inside the sentence ("Лула", "Ahmed") is a name, not a verb in "-ла" or
   * "-ed": the first word of the sentence, or one after a colon or a quotation mark, may still be
   * a verb.
   */
  private static boolean nameInside(String s, int at) {
    if (!Character.isUpperCase(s.charAt(at))) return false;
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(s.charAt(k))) k--;
    return k >= 0 && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == ',');
  }

  /**
   * +1 when the tense word nearest to [start, end) of {@code s} speaks of the future, -1 when
   * of the past, 0 when the sentence has none. A word across a comma counts as farther off.
   */
  static int tense(String s, int start, int end) {
    Matcher m = TENSE.matcher(s);
    int best = Integer.MAX_VALUE;
    int sign = 0;
    while (m.find()) {
      boolean fut = m.group(1) != null;
      if (!fut && (NOT_PAST.contains(m.group(2).toLowerCase()) || nameInside(s, m.start()))) continue;
      int dist;
      int from;
      int to;
      if (m.end() <= start) {
        dist = start - m.end();
        from = m.end();
        to = start;
      } else if (m.start() >= end) {
        dist = m.start() - end;
        from = end;
        to = m.start();
      } else {
        continue;
      }
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c == ',' || c == ';' || c == '—' || c == '(' || c == ')') dist += 40;
      }
      if (dist < best) {
        best = dist;
        sign = fut ? 1 : -1;
      }
    }
    return sign;
  }
}
