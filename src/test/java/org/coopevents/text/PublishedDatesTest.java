package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  @Test
  void placeholderYearsAreNoDate() {
    // year 0000 would become a date BC in Parquet; 0001-01-01 is a library's zero date
    assertNull(PublishedDates.toIsoDate("0000-01-01"));
    assertNull(PublishedDates.toIsoDate("0000-01-01T00:00:00Z"));
    assertNull(PublishedDates.toIsoDate("0001-01-01T00:00:00Z"));
    assertEquals("2024-05-17", PublishedDates.toIsoDate("2024-05-17T10:00:00+03:00"));
    assertEquals("1999-12-31", PublishedDates.toIsoDate("1999-12-31"));
  }
}
