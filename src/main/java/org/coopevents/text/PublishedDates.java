package org.coopevents.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs give them, reduced to the calendar date the outlet wrote. */
public final class PublishedDates {
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  private static final String EN_MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
      + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа"
      + "|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек";
  /** "4 April 2024", "4 Apr. 2024", "13 марта 2025 года", "13 марта 2025 г.". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+("
      + EN_MONTHS + "|" + RU_MONTHS + ")\\.?,?\\s+(\\d{4})(?:\\s*(?:года|г\\.?)(?!\\p{L}))?");
  /** "April 4, 2024", "Apr 4 2024". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + EN_MONTHS
      + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  /** "04.04.2024" (day first, as Russian and European pages print it), "2024-04-04". */
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\d])");
  /**
   * "2/17/2019" (month first, as US pages print it) or "17/2/2019" (day first, British and
   * South Asian pages): read only when one of the two numbers cannot be a month.
   */
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
  private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  /** Words of a clock that a date line's word count leaves out ("5:39PM", "02:30 PM IST", "10:00 МСК"). */
  private static final java.util.Set<String> CLOCK_WORDS = java.util.Set.of("am", "pm", "ist", "gmt", "utc",
      "msk", "мск", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "pkt", "hrs");
  /** Longest line that can be a printed date line (a dateline with a label, a time, a counter). */
  static final int DATE_LINE_MAX = 100;
  /** Words a date line may hold besides its date and time ("Published", "Thursday", "GMT", "By Jane Doe"). */
  static final int DATE_LINE_MAX_WORDS = 5;

  private PublishedDates() {}

  /**
   * The date a saved page prints on a line of its own near the headline, in English or Russian
   * ("12:40, 4 April 2024", "Published: April 4, 2024 | 3 min read", "13 марта 2025 года 17:02",
   * "04.04.2024 12:40"): yyyy-MM-dd, or null when the line is not such a date line (too long,
   * a sentence that mentions a date, an incomplete date or an impossible one).
   */
  public static String printedDateLine(String line) {
    if (line == null) return null;
    String whole = dateLine(line.strip());
    if (whole != null || line.indexOf('|') < 0) return whole;
    // "Published: 11th May 2018 11:02 AM | Last Updated: 11th May 2018 11:04 AM": the first part with a date
    for (String part : line.split("\\|")) {
      String d = dateLine(part.strip());
      if (d != null) return d;
    }
    return null;
  }

  private static String dateLine(String l) {
    if (l.isEmpty() || l.length() > DATE_LINE_MAX) return null;
    int[] span = new int[2];
    String date = findDate(l, span);
    if (date == null) return null;
    String rest = CLOCK.matcher(l.substring(0, span[0]) + " " + l.substring(span[1])).replaceAll(" ");
    Matcher w = WORD.matcher(rest);
    int words = 0;
    while (w.find()) {
      if (CLOCK_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) continue;
      if (++words > DATE_LINE_MAX_WORDS) return null;
    }
    return date;
  }

  /** Non-empty lines at the top of a text where a page prints its date (before the first paragraph). */
  static final int HEAD_LINES = 15;
  /** A line this long is a paragraph of the article: the head ends before it. */
  private static final int PARAGRAPH_CHARS = 200;
  /** A line of eight words or more ending as a sentence ends is prose: the head ends before it. */
  private static final Pattern PROSE = Pattern.compile("^(?:\\S+\\s+){7,}\\S*[.!?…»\"”]$");
  private static final Pattern UPDATED = Pattern.compile(
      "(?iu)(?<!\\p{L})(updated|modified|edited|обновлено|обновлён|обновлен|изменено)(?!\\p{L})");

  /** The first {@value #HEAD_LINES} non-empty lines of a text, stripped (none for null). */
  private static List<String> headLines(String text) {
    List<String> out = new ArrayList<>(HEAD_LINES);
    int from = 0;
    while (text != null && from < text.length() && out.size() < HEAD_LINES) {
      int nl = text.indexOf('\n', from);
      String line = text.substring(from, nl < 0 ? text.length() : nl).strip();
      from = nl < 0 ? text.length() : nl + 1;
      if (!line.isEmpty()) out.add(line);
    }
    return out;
  }

  /**
   * The date a text prints on a line of its own at its top, above or under the headline and
   * before the first paragraph ("5 июня 2024 года 14:30", "17.05.2024 10:30", "Published: April
   * 4, 2024"): a record whose text keeps the page's head but whose {@code published_at} is empty
   * still has the date its page shows. A line that updates rather than publishes ("Обновлено
   * ...") counts only when no other is printed. Null when the head prints no complete date.
   * Reads at most {@value #HEAD_LINES} lines.
   */
  public static String printedInHead(String text) {
    String updated = null;
    for (String line : headLines(text)) {
      if (line.length() > PARAGRAPH_CHARS || PROSE.matcher(line).matches()) break;
      String d = printedDateLine(line);
      if (d == null) continue;
      if (!UPDATED.matcher(line).find()) return d;
      if (updated == null) updated = d;
    }
    return updated;
  }

  /** Where a dateline ends and the report begins: "Tashkent, 5 March 2024 – ", "(UzA) -- ", "(ANI): ". */
  private static final Pattern DATELINE_END = Pattern.compile("\\s+[-–—]{1,2}\\s+|\\)\\s*[-–—:]{1,2}\\s*|:\\s+");
  /** How far into its line a dateline's end may stand. */
  static final int DATELINE_MAX = 90;

  /**
   * The date of a wire dateline that opens one of the first lines of a text and carries its year
   * ("Tashkent, 5 March 2024 – The Kazakh foreign minister…", "New Delhi [India], Nov 8, 2024
   * (ANI): …", "ASTANA, March 5, 2024 (Wire) -- …"): yyyy-MM-dd, or null when no opening line
   * has one. The day a report is filed under is its publication day when the record gives none.
   * Reads at most {@value #HEAD_LINES} lines.
   */
  public static String datelineDate(String text) {
    for (String line : headLines(text)) {
      if (!Character.isUpperCase(line.charAt(0)) && !Character.isDigit(line.charAt(0))) continue;
      Matcher m = DATELINE_END.matcher(line);
      if (!m.find() || m.start() > DATELINE_MAX || m.end() >= line.length()) continue;
      String head = line.substring(0, m.start() + (line.charAt(m.start()) == ')' ? 1 : 0));
      String d = printedDateLine(head);
      if (d != null && placeWords(head)) return d;
      d = numericDateline(head);
      if (d != null) return d;
    }
    return null;
  }

  /**
   * A dateline's place, then its date in figures with a two- or four-digit year ("HANOI, 5/3/25
   * (VNA)", "Accra, 12-03-24 (GNA)", "LAGOS, 12.03.2024"), as agencies of Asia, Africa, Latin
   * America and the Gulf print it.
   */
  private static final Pattern NUMERIC_DATELINE = Pattern.compile(
      "(?u)(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}\\p{Lu}[\\p{L}.'-]*,\\s+(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2}|\\d{4})"
      + "(?:\\s*\\([^()]{1,40}\\))?");

  /**
   * The date of a dateline that prints it in figures ({@link #NUMERIC_DATELINE}): day first,
   * as these outlets write it, unless the first number cannot be a day's month and the second
   * can only be a day ("5/23/25"); a two-digit year is of 1950 to 2049. Null for another head.
   */
  static String numericDateline(String head) {
    Matcher m = NUMERIC_DATELINE.matcher(head);
    if (!m.matches()) return null;
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    String year = m.group(4).length() == 2 ? (m.group(4).compareTo("50") < 0 ? "20" : "19") + m.group(4) : m.group(4);
    return b > 12 && a <= 12 ? date(year, a, m.group(3)) : date(year, b, m.group(1));
  }

  /** Every word of a dateline's head outside its date is a place's or an agency's: capitalised. */
  private static boolean placeWords(String head) {
    int[] span = new int[2];
    if (findDate(head, span) == null) return false;
    Matcher w = WORD.matcher(head.substring(0, span[0]) + " " + head.substring(span[1]));
    while (w.find()) {
      if (!Character.isUpperCase(w.group().charAt(0))) return false;
    }
    return true;
  }

  /** The first complete date in {@code s}; its span goes into {@code span}. */
  private static String findDate(String s, int[] span) {
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      span[0] = m.start();
      span[1] = m.end();
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      span[0] = m.start();
      span[1] = m.end();
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = NUMERIC.matcher(s);
    if (m.find()) {
      span[0] = m.start();
      span[1] = m.end();
      return m.group(1) != null ? date(m.group(3), Integer.parseInt(m.group(2)), m.group(1))
          : date(m.group(4), Integer.parseInt(m.group(5)), m.group(6));
    }
    m = SLASHED.matcher(s);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a > 12 == b > 12) return null; // "3/4/2019": either reading is a date
      span[0] = m.start();
      span[1] = m.end();
      return a > 12 ? date(m.group(3), b, m.group(1)) : date(m.group(3), a, m.group(2));
    }
    return null;
  }

  private static String date(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2199) return null;
      return LocalDate.of(y, month, Integer.parseInt(day)).toString();
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** 1..12 from an English or Russian month name or its short form. */
  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[][] stems = {{"jan", "янв"}, {"feb", "фев"}, {"mar", "мар"}, {"apr", "апр"},
        {"may", "мая"}, {"jun", "июн"}, {"jul", "июл"}, {"aug", "авг"}, {"sep", "сен"},
        {"oct", "окт"}, {"nov", "ноя"}, {"dec", "дек"}};
    for (int i = 0; i < stems.length; i++) {
      if (n.startsWith(stems[i][0]) || n.startsWith(stems[i][1])) return i + 1;
    }
    return 0;
  }

  /**
   * "2024-05-17", "2024-05-17T10:00:00+03:00", "2024-05-17 10:00:00" (news-please),
   * RFC 1123 ("Fri, 17 May 2024 10:00:00 GMT") → "2024-05-17"; the local date as written,
   * not shifted to UTC. Null when the value is not a date.
   */
  public static String toIsoDate(String value) {
    if (value == null) return null;
    String v = value.strip();
    if (v.isEmpty()) return null;
    Matcher m = ISO_PREFIX.matcher(v);
    if (m.find()) {
      // year 0000 would be written as a date BC; years before 1000 are placeholders
      // (0000-01-01, 0001-01-01: the zero dates of common libraries), not publication dates
      if (Integer.parseInt(m.group(1)) < 1000) return null;
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))).toString();
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      // fall through
    }
    for (String pattern : new String[] {"d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy",
        "dd.MM.yyyy", "yyyy/MM/dd"}) {
      try {
        return LocalDate.parse(v, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)).toString();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return null;
  }
}
