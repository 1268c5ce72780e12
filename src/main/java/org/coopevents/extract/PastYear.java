package org.coopevents.extract;

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
  private static final Pattern SINCE_YEAR = Pattern.compile("(?iu)(?:since|с|after|после)\\s+((?:19|20)\\d\\d)");

  /** The text names a year before {@code reportYear} as the time of what it tells. */
  static boolean named(String s, int reportYear) {
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
