package org.coopevents.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date that an article's URL spells out, as most news systems file their
 * articles: {@code /2024/06/05/slug}, {@code /2024-06-05/}, {@code /2022-12-23-slug},
 * {@code /20240605/slug.html}, {@code /2024/06-05/}; the year last ({@code /17_05_2010_slug},
 * {@code /05-17-2010/}) only where the day cannot be a month, which tells the order. Only the URL's path counts, read before
 * its query; a year with a month but no day ({@code /2024/06/slug}) and digit runs longer than
 * a date (article numbers) give nothing. Years run from {@link #FIRST_YEAR} to
 * {@link #LAST_YEAR} and the date must exist, so that a number that merely looks like a date
 * ({@code /20241399/}) is not taken for one.
 */
public final class UrlDates {
  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2099;

  /** Year, month and day separated by one of '/', '-', '_' (the same or not), or run together. */
  private static final Pattern DATE = Pattern.compile(
      "(?<![\\d])((?:19|20)\\d\\d)(?:([/_-])(\\d{2})[/_-](\\d{2})|(\\d{2})(\\d{2}))(?!\\d)");

  /** Day and month (in either order) then the year, separated by '_', '-' or '.'. */
  private static final Pattern YEAR_LAST = Pattern.compile(
      "(?<![\\d.])(\\d{2})[._-](\\d{2})[._-]((?:19|20)\\d\\d)(?![\\d])");

  private UrlDates() {}

  /** yyyy-MM-dd from the URL's path, or null when the path holds no complete, real date. */
  public static String of(String url) {
    if (url == null) return null;
    String path = path(url);
    Matcher m = DATE.matcher(path);
    while (m.find()) {
      boolean separated = m.group(2) != null;
      // run together, the eight digits must be a path segment or start one ("/20240605/",
      // "/20240605-slug"), not the inside of a longer name
      if (!separated && m.start() > 0 && path.charAt(m.start() - 1) != '/') continue;
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(separated ? m.group(3) : m.group(5));
      int day = Integer.parseInt(separated ? m.group(4) : m.group(6));
      if (year < FIRST_YEAR || year > LAST_YEAR) continue;
      String d = date(year, month, day);
      if (d != null) return d;
    }
    return yearLast(path);
  }

  /** "17_05_2010": the first of two numbers above 12 is the day, the other the month; else none. */
  private static String yearLast(String path) {
    Matcher m = YEAR_LAST.matcher(path);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int year = Integer.parseInt(m.group(3));
      if (year < FIRST_YEAR || year > LAST_YEAR || (a > 12) == (b > 12)) continue;
      String d = a > 12 ? date(year, b, a) : date(year, a, b);
      if (d != null) return d;
    }
    return null;
  }

  private static String date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null; // not a date: look further
    }
  }

  /** The part of a URL after its host and before its query or fragment. */
  private static String path(String url) {
    String u = url.strip();
    int scheme = u.indexOf("://");
    int start = scheme < 0 ? 0 : u.indexOf('/', scheme + 3);
    if (start < 0) return "";
    int end = u.length();
    int q = u.indexOf('?', start);
    if (q >= 0) end = q;
    int f = u.indexOf('#', start);
    if (f >= 0 && f < end) end = f;
    return u.substring(start, end);
  }
}
