package org.coopevents.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs give them, reduced to the calendar date the outlet wrote. */
public final class PublishedDates {
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  private PublishedDates() {}

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
