package org.coopevents.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English and Russian text: absolute ("16 May 2024", "May 16, 2024", "16 мая
 * 2024 года", "16.05.2024"), ranges ("May 15-17", "15–17 мая", "с 15 по 17 мая", "May 30 - June
 * 2"), wire datelines' short months ("17 янв", "Nov 27"), year-less dates and relative ones
 * ({@link RelativeDays}: "on Wednesday", "yesterday", "накануне", "в среду", "сегодня", "on
 * Wednesday and Thursday", "the next day") and days of the month alone ({@link MonthDays}: "on the
 * 4th", "4-го числа") resolved against the publication date. A year-less
 * or relative date without a publication date stays unresolved (null), never guessed.
 * Stateless and thread-safe.
 */
public final class DateFinder {

  /** A date expression at [start, end); {@code from..to} null when it cannot be resolved. */
  public record DateMention(int start, int end, LocalDate from, LocalDate to, boolean relative) {
    public boolean resolved() {
      return from != null;
    }

    public boolean isRange() {
      return from != null && to != null && !to.equals(from);
    }
  }

  private static final String EN_MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
          // capitals of wire datelines: "YEREVAN, APRIL 8, ARMENPRESS"
          + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
  /** Russian months in the genitive, and the short forms of wire datelines ("17 янв", "24 июн"). */
  private static final String RU_MONTH =
      "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
          + "|янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)(?![\\p{L}])";
  private static final String DASH = "\\s*[-–—]\\s*";
  private static final String YEAR_EN = "(?:,?\\s+(\\d{4}))?";
  private static final String YEAR_RU = "(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.|г\\b))?)?";
  private static final String D = "(\\d{1,2})";
  /**
   * The weekday a range may name at its second end ("from Monday 3rd June to Wednesday 5th June",
   * "June 3 through Wednesday, June 5", "с понедельника 3 июня по среду 5 июня"): read over, the
   * range is the two dates.
   */
  private static final String WD2_EN =
      "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
  private static final String WD2_RU =
      "(?:(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье),?\\s+)?";
  private static final String WD1_RU =
      "(?:(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья),?\\s+)?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  /** The middle of a list of days: ", 4 and ", ", 4, and ", ", 4 и " (at least one day between its ends). */
  private static final String LIST_EN = "(?:,\\s*\\d{1,2}(?:st|nd|rd|th)?){1,5},?\\s+and\\s+";
  private static final String LIST_RU = "(?:,\\s*\\d{1,2}(?:-(?:го|е))?){1,5},?\\s+и\\s+";
  /** "4-го июня", "с 3-го по 5-е июня": a Russian day's number with its case ending. */
  private static final String ORD_RU = "(?:-(?:го|е|ое|ого))?";

  private enum Shape { D_D_M, M_D_D, D_M_D_M, M_D_M_D, D_M, M_D, NUM_DMY, NUM_YMD, WORD_D_D_M, WORD_D_M }

  /**
   * A pattern and how its groups read; {@code pair}: two days joined by "and" / "и" ("on June 3
   * and June 5", "30 января и 1 февраля") read as the first and last days of one stretch only
   * when the second follows the first within {@link #PAIR_MAX_DAYS}.
   */
  private record Rule(Pattern p, Shape shape, boolean pair) {
    Rule(Pattern p, Shape shape) {
      this(p, shape, false);
    }
  }

  private static final int PAIR_MAX_DAYS = 7;

  /**
   * Words without which a group of patterns cannot match, for skipping the patterns on the many
   * sentences that hold none: English month names are matched case-sensitively, so each starts
   * with one of {@link #EN_MONTH_STARTS}; the Russian and relative patterns are case-insensitive,
   * so their words are looked for in the sentence folded the way the regex engine folds
   * ({@code toLowerCase(toUpperCase(c))}).
   */
  private static final String[] EN_MONTH_STARTS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
          "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  private static final String[] RU_MONTH_STARTS =
      {"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
  private static final List<Rule> RULES = List.of(
      // "between June 5 and June 7", "between 5 June and 7 June": a range whose ends "and" joins
      new Rule(Pattern.compile("\\b[Bb]etween\\s+" + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + "\\s+and\\s+" + WD2_EN + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + YEAR_EN + "\\b"), Shape.D_M_D_M),
      new Rule(Pattern.compile("\\b[Bb]etween\\s+" + EN_MONTH + "\\s+" + D + ORD + ",?\\s+and\\s+" + WD2_EN + EN_MONTH + "\\s+" + D + ORD + YEAR_EN + "\\b"), Shape.M_D_M_D),
      new Rule(Pattern.compile("\\b" + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + "(?:" + DASH + "|,?\\s+(?:to|until|through)\\s+" + WD2_EN + ")" + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + YEAR_EN + "\\b"), Shape.D_M_D_M),
      new Rule(Pattern.compile("\\b" + EN_MONTH + "\\s+" + D + ORD + "(?:" + DASH + "|,?\\s+(?:to|until|through)\\s+" + WD2_EN + ")" + EN_MONTH + "\\s+" + D + ORD + YEAR_EN + "\\b"), Shape.M_D_M_D),
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:с\\s+" + WD1_RU + ")?" + D + ORD_RU + "\\s+" + RU_MONTH + "(?:" + DASH + "|,?\\s+по\\s+" + WD2_RU + ")" + D + ORD_RU + "\\s+" + RU_MONTH + YEAR_RU), Shape.D_M_D_M),
      // "с 30 мая до 2 июня", "со 2 до 5 июня": "до" closes a range only after "с"
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:с|со)\\s+" + D + ORD_RU + "\\s+" + RU_MONTH + ",?\\s+до\\s+" + D + ORD_RU + "\\s+" + RU_MONTH + YEAR_RU), Shape.D_M_D_M),
      // "on June 3, 4 and 5", "3, 4 and 5 June", "3, 4 и 5 июня": days listed, first to last
      new Rule(Pattern.compile("\\b" + EN_MONTH + "\\s+" + D + ORD + LIST_EN + D + ORD + YEAR_EN + "\\b"), Shape.M_D_D, true),
      new Rule(Pattern.compile("\\b" + D + ORD + LIST_EN + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + YEAR_EN + "\\b"), Shape.D_D_M, true),
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])" + D + ORD_RU + LIST_RU + D + ORD_RU + "\\s+" + RU_MONTH + YEAR_RU), Shape.D_D_M, true),
      // "on June 3 and June 5", "3 June and 5 June", "30 января и 1 февраля": two days of one stretch
      new Rule(Pattern.compile("\\b" + EN_MONTH + "\\s+" + D + ORD + ",?\\s+and\\s+" + WD2_EN + EN_MONTH + "\\s+" + D + ORD + YEAR_EN + "\\b"), Shape.M_D_M_D, true),
      new Rule(Pattern.compile("\\b" + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + ",?\\s+and\\s+" + WD2_EN + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + YEAR_EN + "\\b"), Shape.D_M_D_M, true),
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])" + D + ORD_RU + "\\s+" + RU_MONTH + ",?\\s+и\\s+" + WD2_RU + D + ORD_RU + "\\s+" + RU_MONTH + YEAR_RU), Shape.D_M_D_M, true),
      new Rule(Pattern.compile("\\b" + D + ORD + "(?:" + DASH + "|\\s+(?:to|and|until|through)\\s+(?:the\\s+)?)" + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + YEAR_EN + "\\b"), Shape.D_D_M),
      new Rule(Pattern.compile("\\b" + EN_MONTH + "\\s+" + D + ORD + "(?:" + DASH + "|\\s+(?:to|and|until|through)\\s+(?:the\\s+)?)" + D + ORD + YEAR_EN + "\\b"), Shape.M_D_D),
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:с\\s+)?" + D + ORD_RU + "(?:" + DASH + "|\\s+по\\s+|\\s+и\\s+)" + D + ORD_RU + "\\s+" + RU_MONTH + YEAR_RU), Shape.D_D_M),
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:с|со)\\s+" + D + ORD_RU + "\\s+до\\s+" + D + ORD_RU + "\\s+" + RU_MONTH + YEAR_RU), Shape.D_D_M),
      new Rule(Pattern.compile("\\b" + D + ORD + "\\s+(?:of\\s+)?" + EN_MONTH + YEAR_EN + "\\b"), Shape.D_M),
      new Rule(Pattern.compile("\\b" + EN_MONTH + "\\s+" + D + ORD + "\\b" + YEAR_EN), Shape.M_D),
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])" + D + ORD_RU + "\\s+" + RU_MONTH + YEAR_RU), Shape.D_M),
      new Rule(Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"), Shape.NUM_DMY),
      new Rule(Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"), Shape.NUM_YMD));

  /**
   * Days said in words before a Russian month ("Девятого октября", "с двадцать пятого по двадцать
   * седьмое мая"): read whether or not the sentence holds a digit.
   */
  private static final List<Rule> WORD_RULES = List.of(
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(?:с|со)\\s+)?(" + DayWords.PHRASE + ")(?:\\s+по\\s+|" + DASH + ")("
          + DayWords.PHRASE + ")\\s+" + RU_MONTH + YEAR_RU), Shape.WORD_D_D_M),
      new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + DayWords.PHRASE + ")\\s+" + RU_MONTH + YEAR_RU), Shape.WORD_D_M));

  /** Which rules name an English month, which a Russian one (the numeric ones neither). */
  private static final boolean[] EN_RULE = rulesWith(EN_MONTH);
  private static final boolean[] RU_RULE = rulesWith(RU_MONTH);

  private static boolean[] rulesWith(String group) {
    boolean[] out = new boolean[RULES.size()];
    for (int k = 0; k < out.length; k++) out[k] = RULES.get(k).p().pattern().contains(group);
    return out;
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
      Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4),
      Map.entry("мая", 5), Map.entry("мае", 5), Map.entry("май", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("авг", 8),
      Map.entry("сен", 9), Map.entry("окт", 10), Map.entry("ноя", 11), Map.entry("дек", 12));

  private DateFinder() {}

  private static String fold(String s) {
    char[] c = new char[s.length()];
    for (int i = 0; i < c.length; i++) {
      char ch = s.charAt(i);
      c[i] = ch < 0x80 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch)
          : Character.toLowerCase(Character.toUpperCase(ch));
    }
    return new String(c);
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) if (s.contains(w)) return true;
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  }

  /**
   * The month (1-12) a month name or its first three letters tell, in English or in any case of
   * Russian ("March", "mar", "марта", "марте", "мае"); -1 for other words.
   */
  static int month(String name) {
    String k = name.toLowerCase(java.util.Locale.ROOT);
    Integer m = MONTHS.get(k.substring(0, Math.min(3, k.length())));
    return m == null ? -1 : m;
  }

  /**
   * Dates in text[start, end), sorted by position, not overlapping. {@code anchor} is the
   * publication date (nullable); {@code future} says the sentence speaks of the future (a bare
   * weekday then means the next one, else the last one).
   */
  public static List<DateMention> find(String text, int start, int end, LocalDate anchor, boolean future) {
    return find(text, start, end, anchor, future, NO_CARRY);
  }

  private static final java.util.function.Supplier<LocalDate> NO_CARRY = () -> null;

  /**
   * As {@link #find(String, int, int, LocalDate, boolean)}; {@code before} gives, when asked, the
   * last date told before the span ("He arrived on June 19. The next day, ..."), from which "the
   * next day" counts when its own sentence holds no earlier date.
   */
  public static List<DateMention> find(String text, int start, int end, LocalDate anchor, boolean future,
      java.util.function.Supplier<LocalDate> before) {
    String s = text.substring(start, end);
    List<DateMention> out = new ArrayList<>();
    boolean[] used = new boolean[s.length() + 1];
    // every rule needs a digit: a sentence without one skips them all (relative dates remain);
    // a rule that cannot match changes nothing for the others, so skipping it is exact
    boolean digit = hasDigit(s);
    String folded = null;
    boolean en = false;
    boolean ru = false;
    if (digit) {
      folded = fold(s);
      en = containsAny(s, EN_MONTH_STARTS);
      ru = containsAny(folded, RU_MONTH_STARTS);
    }
    for (int k = 0; digit && k < RULES.size(); k++) {
      Rule r = RULES.get(k);
      if ((EN_RULE[k] && !en) || (RU_RULE[k] && !ru)) continue;
      Matcher m = r.p().matcher(s);
      while (m.find()) {
        if (overlaps(used, m.start(), m.end())) continue;
        DateMention dm = build(r.shape(), m, start, anchor, s, future);
        if (dm == null) continue;
        if (dm.isRange() && NIGHT_OF.matcher(s).region(0, m.start()).find()) {
          // "arrived on the night of May 27-28": the arrival takes the later day, as "в ночь на 28 мая"
          dm = new DateMention(dm.start(), dm.end(), dm.to(), dm.to(), false);
        }
        if (r.pair() && !closePair(dm.resolved() ? dm : build(r.shape(), m, start, SOME_DAY, s, future))) continue;
        mark(used, m.start(), m.end());
        out.add(dm);
      }
    }
    if (folded == null) folded = fold(s);
    if (ru || !digit && containsAny(folded, RU_MONTH_STARTS)) wordDays(s, start, anchor, future, used, out);
    if (digit && MonthDays.mayHold(folded)) monthDays(s, start, anchor, future, used, out);
    Map<Integer, RelativeDays.Parsed> chained = null;
    if (containsAny(folded, RelativeDays.WORDS)) chained = relative(s, start, anchor, future, used, out);
    out.sort(Comparator.comparingInt(DateMention::start));
    if (chained != null) chain(out, chained, before);
    return out;
  }

  /** Days in words before a Russian month ({@link #WORD_RULES}), added to out. */
  private static void wordDays(String s, int base, LocalDate anchor, boolean future, boolean[] used,
      List<DateMention> out) {
    for (Rule r : WORD_RULES) {
      Matcher m = r.p().matcher(s);
      while (m.find()) {
        if (overlaps(used, m.start(), m.end())) continue;
        DateMention dm = build(r.shape(), m, base, anchor, s, future);
        if (dm == null) continue;
        mark(used, m.start(), m.end());
        out.add(dm);
      }
    }
  }

  /** Days of the month said without it ("on the 4th", "4-го числа"), added to out. */
  private static void monthDays(String s, int base, LocalDate anchor, boolean future, boolean[] used,
      List<DateMention> out) {
    Matcher m = MonthDays.PATTERN.matcher(s);
    while (m.find()) {
      if (overlaps(used, m.start(), m.end())) continue;
      DateMention dm = MonthDays.build(m, s, base, anchor, future);
      if (dm == null) continue;
      mark(used, m.start(), m.end());
      out.add(dm);
    }
  }

  /**
   * Relative days of the sentence s (at offset base of the text), added to out; returns the
   * starts of those counted from the previous date of the sentence ("the next day"), or null.
   */
  private static Map<Integer, RelativeDays.Parsed> relative(String s, int base, LocalDate anchor,
      boolean future, boolean[] used, List<DateMention> out) {
    List<DateMention> absolute = List.copyOf(out);
    Map<Integer, RelativeDays.Parsed> chained = null;
    DateMention lastRelative = null;
    Matcher m = RelativeDays.PATTERN.matcher(s);
    while (m.find()) {
      if (overlaps(used, m.start(), m.end())) continue;
      mark(used, m.start(), m.end());
      RelativeDays.Parsed p = RelativeDays.parse(s, m.start(), m.end());
      LocalDate[] d = null;
      if (p.kind() == RelativeDays.Kind.WEEKDAY) {
        d = sameDayAs(p, absolute);
        if (d == null && lastRelative != null && lastRelative.resolved()
            && APPOSITION.matcher(s).region(lastRelative.end() - base, m.start()).matches()
            && lastRelative.from().getDayOfWeek() == p.first()) {
          d = new LocalDate[] {lastRelative.from(), RelativeDays.endOfWeekdays(p, lastRelative.from())};
        }
        if (d == null) {
          int t = RelativeDays.tense(s, m.start(), m.end());
          boolean fwd = t == 0 ? future || RelativeDays.forwardWithoutTense(p) : t > 0;
          d = RelativeDays.resolve(p, anchor, fwd);
        }
      } else if (p.kind() != RelativeDays.Kind.EVE_OF && p.kind() != RelativeDays.Kind.NEXT_DAY
          && p.kind() != RelativeDays.Kind.AFTER_ARRIVAL) {
        d = RelativeDays.resolve(p, anchor, future);
      }
      lastRelative = new DateMention(base + m.start(), base + m.end(), d == null ? null : d[0],
          d == null ? null : d[1], true);
      out.add(lastRelative);
      if (p.kind() == RelativeDays.Kind.NEXT_DAY || p.kind() == RelativeDays.Kind.DAY_BEFORE
          || p.kind() == RelativeDays.Kind.AFTER_ARRIVAL) {
        if (chained == null) chained = new java.util.HashMap<>();
        chained.put(base + m.start(), p);
      }
    }
    return chained;
  }

  /** What joins a day to its weekday said beside it: "tomorrow (Wednesday)", "today, Monday". */
  private static final Pattern APPOSITION = Pattern.compile("[\\s(),–—-]{1,4}");

  /**
   * A weekday said with a stated date of the same sentence that falls on it ("on Monday, 20
   * February"; "On April 24, 2023, the president landed ... on Monday") is that date, whatever
   * the publication date.
   */
  private static LocalDate[] sameDayAs(RelativeDays.Parsed p, List<DateMention> absolute) {
    if (p.first() == null) return null;
    for (DateMention a : absolute) {
      if (a.resolved() && a.from().getDayOfWeek() == p.first()) {
        return new LocalDate[] {a.from(), RelativeDays.endOfWeekdays(p, a.from())};
      }
    }
    return null;
  }

  /**
   * "the next day" is the day after the previous date of the sentence; "the day before" and
   * "накануне" the day before it (without a previous date, the day before publication); "a day
   * after arriving" the day before the previous date, else before the next one (else unknown).
   */
  private static void chain(List<DateMention> out, Map<Integer, RelativeDays.Parsed> chained,
      java.util.function.Supplier<LocalDate> before) {
    LocalDate prev = null;
    for (int i = 0; i < out.size(); i++) {
      DateMention d = out.get(i);
      RelativeDays.Parsed p = chained.get(d.start());
      RelativeDays.Kind k = p == null ? null : p.kind();
      // "He arrived on June 19. The next day, ...": counted from the date told before the sentence
      if (k == RelativeDays.Kind.NEXT_DAY && prev == null && i == 0) prev = before.get();
      if (k == RelativeDays.Kind.AFTER_ARRIVAL) {
        // "met Modi on Wednesday, a day after arriving"; "A day after arriving, he met Modi on Wednesday"
        LocalDate said = prev != null ? prev : nextResolved(out, i);
        LocalDate v = said == null ? null : said.plusDays(p.days());
        d = new DateMention(d.start(), d.end(), v, v, true);
        out.set(i, d);
      } else if (k == RelativeDays.Kind.NEXT_DAY) {
        // "the next day", "two days later", "в тот же день": counted on from the previous date
        LocalDate v = prev == null ? null : prev.plusDays(p.days());
        d = new DateMention(d.start(), d.end(), v, v, true);
        out.set(i, d);
      } else if (k == RelativeDays.Kind.DAY_BEFORE && prev != null) {
        LocalDate v = prev.minusDays(1);
        d = new DateMention(d.start(), d.end(), v, v, true);
        out.set(i, d);
      }
      if (d.resolved()) prev = d.to();
    }
  }

  /** The first day of the first resolved date after position i of out, or null. */
  private static LocalDate nextResolved(List<DateMention> out, int i) {
    for (int j = i + 1; j < out.size(); j++) {
      if (out.get(j).resolved()) return out.get(j).from();
    }
    return null;
  }

  /** "on the night of " right before a range of two days. */
  private static final Pattern NIGHT_OF = Pattern.compile("(?i)\\bnight\\s+of\\s+$");

  /** A day to give year-less days some year, only to measure the gap between them. */
  private static final LocalDate SOME_DAY = LocalDate.of(2001, 7, 1);

  /** Two days read as one stretch: the second a few days after the first. */
  private static boolean closePair(DateMention dm) {
    if (dm == null) return false;
    long gap = ChronoUnit.DAYS.between(dm.from(), dm.to());
    return gap >= 1 && gap <= PAIR_MAX_DAYS;
  }

  private static boolean overlaps(boolean[] used, int s, int e) {
    for (int i = s; i < e; i++) if (used[i]) return true;
    return false;
  }

  private static void mark(boolean[] used, int s, int e) {
    for (int i = s; i < e; i++) used[i] = true;
  }

  /**
   * The days m matched in sentence s; a day without a year takes the year that puts it nearest
   * the anchor, or, said of the future ({@code future}, or the nearest tense word), the next
   * one when the nearest lies more than a month back ({@link #aheadYear}).
   */
  private static DateMention build(Shape shape, Matcher m, int base, LocalDate anchor, String s, boolean future) {
    try {
      int d1, d2 = -1, m1, m2 = -1;
      String y;
      switch (shape) {
        case D_M_D_M:
          d1 = Integer.parseInt(m.group(1)); m1 = month(m.group(2));
          d2 = Integer.parseInt(m.group(3)); m2 = month(m.group(4)); y = m.group(5);
          break;
        case M_D_M_D:
          m1 = month(m.group(1)); d1 = Integer.parseInt(m.group(2));
          m2 = month(m.group(3)); d2 = Integer.parseInt(m.group(4)); y = m.group(5);
          break;
        case D_D_M:
          d1 = Integer.parseInt(m.group(1)); d2 = Integer.parseInt(m.group(2));
          m1 = month(m.group(3)); m2 = m1; y = m.group(4);
          break;
        case M_D_D:
          m1 = month(m.group(1)); d1 = Integer.parseInt(m.group(2));
          d2 = Integer.parseInt(m.group(3)); m2 = m1; y = m.group(4);
          break;
        case D_M:
          d1 = Integer.parseInt(m.group(1)); m1 = month(m.group(2)); y = m.group(3);
          break;
        case M_D:
          m1 = month(m.group(1)); d1 = Integer.parseInt(m.group(2)); y = m.group(3);
          break;
        case WORD_D_D_M:
          d1 = DayWords.value(m.group(1)); d2 = DayWords.value(m.group(2));
          m1 = month(m.group(3)); m2 = m1; y = m.group(4);
          break;
        case WORD_D_M:
          d1 = DayWords.value(m.group(1)); m1 = month(m.group(2)); y = m.group(3);
          break;
        case NUM_DMY:
          d1 = Integer.parseInt(m.group(1)); m1 = Integer.parseInt(m.group(2)); y = m.group(3);
          break;
        case NUM_YMD:
          y = m.group(1); m1 = Integer.parseInt(m.group(2)); d1 = Integer.parseInt(m.group(3));
          break;
        default:
          return null;
      }
      if (m1 < 1 || m1 > 12 || d1 < 1 || d1 > 31) return null;
      if (d2 != -1 && (d2 < 1 || d2 > 31 || m2 < 1 || m2 > 12)) return null;
      if (shape == Shape.D_D_M || shape == Shape.M_D_D || shape == Shape.WORD_D_D_M) {
        if (d2 <= d1) return null;
      }
      LocalDate from;
      LocalDate to = null;
      if (y != null) {
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2100) return null;
        from = LocalDate.of(year, m1, d1);
        if (d2 != -1) {
          to = LocalDate.of(year, m2, d2);
          if (to.isBefore(from)) from = from.minusYears(1);
        }
      } else if (anchor == null) {
        return new DateMention(base + m.start(), base + m.end(), null, null, false);
      } else {
        from = nearestYear(m1, d1, anchor);
        if (from.isBefore(anchor.minusDays(AHEAD_SLACK_DAYS)) && ahead(s, m, future)) from = from.plusYears(1);
        if (d2 != -1) {
          to = LocalDate.of(from.getYear(), m2, d2);
          if (to.isBefore(from)) to = to.plusYears(1);
        }
      }
      if (to == null) to = from;
      return new DateMention(base + m.start(), base + m.end(), from, to, false);
    } catch (RuntimeException e) {
      return null; // 31 February and the like
    }
  }

  /**
   * "will be in Germany from September 28 to 29" in a report of March: said of the future, a day
   * the nearest year puts more than this many days back is next year's (a day a little back in a
   * future sentence is mostly a day past told beside it: "will ratify the deal signed on 2 March").
   */
  private static final int AHEAD_SLACK_DAYS = 31;

  /** Whether the tense word nearest to m in s, else the statement ({@code future}), looks ahead. */
  private static boolean ahead(String s, Matcher m, boolean future) {
    int t = RelativeDays.tense(s, m.start(), m.end());
    return t == 0 ? future : t > 0;
  }

  /** The day/month in the year that puts it closest to the anchor. */
  static LocalDate nearestYear(int month, int day, LocalDate anchor) {
    LocalDate best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      try {
        LocalDate d = LocalDate.of(y, month, day);
        long dist = Math.abs(ChronoUnit.DAYS.between(anchor, d));
        if (dist < bestDist) {
          bestDist = dist;
          best = d;
        }
      } catch (RuntimeException e) {
        // not a day of that year
      }
    }
    if (best == null) throw new IllegalArgumentException("no such day");
    return best;
  }
}
