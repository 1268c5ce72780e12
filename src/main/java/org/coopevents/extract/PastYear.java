package org.coopevents.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year before the report's that dates what a sentence tells: "in 2019", "In 2019, ...",
 * "В 2017 году", "Modi's 2014 visit to Tokyo", "в ходе визита 2019 года". Such a sentence tells
 * a visit or a signing in passing, as background of the news. "Since 2019", "after 2015" and a
 * span of years ("in 2021-2025") date no past event.
 */
final class PastYear {
  private PastYear() {}

  /** "in 2019", "In 2019", "в 2017 году". */
  private static final Pattern IN_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:in|в)\\s+((?:19|20)\\d\\d)(?![\\d\\-–])");
  /** "2014 visit", "his 2019 state visit", "the 2018 trip". */
  private static final Pattern YEAR_VISIT = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d\\-–])((?:19|20)\\d\\d)\\s+(?:(?:state|official|working)\\s+)?(?:visit|trip|tour)\\b");
  /** "визита 2019 года", "поездки 2018 г.". */
  private static final Pattern VISIT_OF_YEAR = Pattern.compile(
      "(?iu)(?:визит|поездк|турне)\\p{L}*\\s+((?:19|20)\\d\\d)\\s+г");
  /** "in December 2022", "в мае 2023 года": a month of a year. */
  private static final Pattern IN_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:in|в)\\s+"
      + "(january|february|march|april|may|june|july|august|september|october|november|december|"
      + "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\\s+"
      + "((?:19|20)\\d\\d)(?![\\d\\-–])");
  /** How long after a month's end it is the past of a report, not its news (as for a dated day). */
  private static final int PAST_DAYS = 60;
  private static final Pattern SINCE_YEAR = Pattern.compile("(?iu)(?:since|с|after|после)\\s+((?:19|20)\\d\\d)");

  /**
   * The text names a year before the report's, or a month of a year that ended more than
   * {@link #PAST_DAYS} days before the report, as the time of what it tells.
   */
  static boolean named(String s, LocalDate report) {
    if (!hasYear(s)) return false;
    Matcher mm = IN_MONTH_YEAR.matcher(s);
    while (mm.find()) {
      LocalDate end = YearMonth.of(Integer.parseInt(mm.group(2)), DateFinder.month(mm.group(1))).atEndOfMonth();
      if (ChronoUnit.DAYS.between(end, report) > PAST_DAYS) return true;
    }
    return yearNamed(s, report.getYear());
  }

  /** Four digits that begin "19" or "20": every pattern here needs one, most sentences have none. */
  private static boolean hasYear(String s) {
    for (int k = 0; k + 3 < s.length(); k++) {
      char c = s.charAt(k);
      char d = s.charAt(k + 1);
      if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(s.charAt(k + 2)) && isDigit(s.charAt(k + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean yearNamed(String s, int reportYear) {
    Set<String> since = new java.util.HashSet<>();
    Matcher m = SINCE_YEAR.matcher(s);
    while (m.find()) since.add(m.group(1));
    for (Pattern p : new Pattern[] {IN_YEAR, YEAR_VISIT, VISIT_OF_YEAR}) {
      m = p.matcher(s);
      while (m.find()) {
        if (Integer.parseInt(m.group(1)) < reportYear && !since.contains(m.group(1))) return true;
      }
    }
    return false;
  }
}
