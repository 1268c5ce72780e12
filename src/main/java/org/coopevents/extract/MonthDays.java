package org.coopevents.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the month said without its month ("on the 4th", "on the 4th of this month", "from
 * the 3rd to the 5th", "4-го числа", "3-5 числа текущего месяца"): the month is the report's.
 * Said of the future, a day before the report's own falls in the next month; said of the past, a
 * day after it in the month before; "of next month" / "следующего месяца" and "of last month" /
 * "прошлого месяца" say so outright. English needs the ordinal ending and a word after it that
 * is no noun ("the 4th summit", "the 21st century" are none). Stateless.
 */
final class MonthDays {

  private MonthDays() {}

  private static final String ORD = "(?:st|nd|rd|th)";
  /** What may follow an English day alone: punctuation, the end, or a function word. */
  private static final String EN_AFTER =
      "(?=\\s*(?:[,.;:)!?]|$|(?:and|on|in|at|to|for|when|where|with|as|during|after|before|until|till)\\b))";
  private static final String EN_MONTH_OF =
      "(?:\\s+of\\s+(this|the|the\\s+current|next|last|the\\s+same)\\s+month)";
  private static final String RU_MONTH_OF =
      "(?:\\s+(этого|текущего|сего|нынешнего|следующего|будущего|прошлого|минувшего)\\s+месяца)";

  /** Group 1: first day, 2: last day (or null), 3: which month (or null). */
  static final Pattern PATTERN = Pattern.compile(
      "(?iu)(?:\\b(?:on|by|from|until|till|since|between)\\s+the\\s+(\\d{1,2})" + ORD
          + "(?:\\s+(?:and|to|through|until|till|[-–])\\s+(?:the\\s+)?(\\d{1,2})" + ORD + ")?"
          + "(?:" + EN_MONTH_OF + "|" + EN_AFTER + ")"
          + "|(?<![\\p{L}\\d])(?:с\\s+)?(\\d{1,2})(?:-?(?:го|е|ое))?(?:(?:\\s*[-–]\\s*|\\s+по\\s+|\\s+и\\s+)(\\d{1,2})(?:-?(?:го|е|ое))?)?"
          + "\\s+(?:числа|число)" + RU_MONTH_OF + "?(?![\\p{L}]))");

  /** Whether a sentence (folded) may hold a day alone. */
  static boolean mayHold(String folded) {
    return folded.contains("числ") || folded.contains("th") || folded.contains("st")
        || folded.contains("nd") || folded.contains("rd");
  }

  /** The days matched by m in sentence s at offset base of the text; unresolved without an anchor. */
  static DateFinder.DateMention build(Matcher m, String s, int base, LocalDate anchor, boolean future) {
    boolean en = m.group(1) != null;
    int d1 = Integer.parseInt(en ? m.group(1) : m.group(4));
    String second = en ? m.group(2) : m.group(5);
    int d2 = second == null ? d1 : Integer.parseInt(second);
    if (d1 < 1 || d1 > 31 || d2 < d1 || d2 > 31) return null;
    if (anchor == null) return new DateFinder.DateMention(base + m.start(), base + m.end(), null, null, true);
    String which = en ? m.group(3) : m.group(6);
    LocalDate month = anchor.withDayOfMonth(1).plusMonths(shift(which, s, m, d1, anchor, future));
    try {
      return new DateFinder.DateMention(base + m.start(), base + m.end(), month.withDayOfMonth(d1),
          month.withDayOfMonth(d2), true);
    } catch (RuntimeException e) {
      return null; // the 31st of a short month
    }
  }

  /** Months from the report's to the one the day falls in. */
  private static int shift(String which, String s, Matcher m, int day, LocalDate anchor, boolean future) {
    if (which != null) {
      String w = which.toLowerCase();
      if (w.equals("next") || w.startsWith("следующ") || w.startsWith("будущ")) return 1;
      if (w.equals("last") || w.startsWith("прошл") || w.startsWith("минувш")) return -1;
      return 0;
    }
    int t = RelativeDays.tense(s, m.start(), m.end());
    boolean fwd = t == 0 ? future : t > 0;
    if (fwd && day < anchor.getDayOfMonth()) return 1;
    if (!fwd && day > anchor.getDayOfMonth()) return -1;
    return 0;
  }
}
