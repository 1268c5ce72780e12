package org.coopevents.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A row of the {@code events} table (dataset.md). */
@DefaultSchema(JavaFieldSchema.class)
public final class EventRow {
  public final String eventId;
  /** VISIT, SIGNING, COOPERATION. */
  public final String eventType;
  /** VISIT: the guest; otherwise the first party in alphabetical order. */
  public final String actor1Country;
  /** VISIT: the host; otherwise the second party. */
  public final String actor2Country;
  public final @Nullable String actor1Person;
  public final @Nullable String actor2Person;
  /** OCCURRED or PLANNED. */
  public final String status;
  /** STATE, OFFICIAL, WORKING, UNSPECIFIED for visits; null otherwise. */
  public final @Nullable String visitKind;
  public final @Nullable String startDate;
  public final @Nullable String endDate;
  public final @Nullable String locationCountry;
  public final @Nullable String locationCity;
  public final List<String> sectors;
  /** COOPERATION: PROPOSED, AGREED or DISCUSSED. */
  public final @Nullable String stance;
  public final @Nullable Integer documentCount;
  public final @Nullable String parentEventId;
  public final String cameoCode;
  public final int numArticles;
  public final int numSources;
  public final @Nullable String firstReported;
  public final double confidence;
  /** PLANNED visit: the OCCURRED visit that fulfilled the announcement (set by dedup); else null. */
  public final @Nullable String fulfilledByEventId;

  /** Without a fulfilment link (what extraction produces). */
  public EventRow(String eventId, String eventType, String actor1Country, String actor2Country,
      @Nullable String actor1Person, @Nullable String actor2Person, String status,
      @Nullable String visitKind, @Nullable String startDate, @Nullable String endDate,
      @Nullable String locationCountry, @Nullable String locationCity, List<String> sectors,
      @Nullable String stance, @Nullable Integer documentCount, @Nullable String parentEventId,
      String cameoCode, int numArticles, int numSources, @Nullable String firstReported,
      double confidence) {
    this(eventId, eventType, actor1Country, actor2Country, actor1Person, actor2Person, status,
        visitKind, startDate, endDate, locationCountry, locationCity, sectors, stance,
        documentCount, parentEventId, cameoCode, numArticles, numSources, firstReported,
        confidence, null);
  }

  @SchemaCreate
  public EventRow(String eventId, String eventType, String actor1Country, String actor2Country,
      @Nullable String actor1Person, @Nullable String actor2Person, String status,
      @Nullable String visitKind, @Nullable String startDate, @Nullable String endDate,
      @Nullable String locationCountry, @Nullable String locationCity, List<String> sectors,
      @Nullable String stance, @Nullable Integer documentCount, @Nullable String parentEventId,
      String cameoCode, int numArticles, int numSources, @Nullable String firstReported,
      double confidence, @Nullable String fulfilledByEventId) {
    this.eventId = eventId;
    this.eventType = eventType;
    this.actor1Country = actor1Country;
    this.actor2Country = actor2Country;
    this.actor1Person = actor1Person;
    this.actor2Person = actor2Person;
    this.status = status;
    this.visitKind = visitKind;
    this.startDate = startDate;
    this.endDate = endDate;
    this.locationCountry = locationCountry;
    this.locationCity = locationCity;
    this.sectors = List.copyOf(sectors);
    this.stance = stance;
    this.documentCount = documentCount;
    this.parentEventId = parentEventId;
    this.cameoCode = cameoCode;
    this.numArticles = numArticles;
    this.numSources = numSources;
    this.firstReported = firstReported;
    this.confidence = confidence;
    this.fulfilledByEventId = fulfilledByEventId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof EventRow)) return false;
    EventRow e = (EventRow) o;
    return numArticles == e.numArticles && numSources == e.numSources
        && Double.compare(confidence, e.confidence) == 0 && eventId.equals(e.eventId)
        && eventType.equals(e.eventType) && actor1Country.equals(e.actor1Country)
        && actor2Country.equals(e.actor2Country) && Objects.equals(actor1Person, e.actor1Person)
        && Objects.equals(actor2Person, e.actor2Person) && status.equals(e.status)
        && Objects.equals(visitKind, e.visitKind) && Objects.equals(startDate, e.startDate)
        && Objects.equals(endDate, e.endDate) && Objects.equals(locationCountry, e.locationCountry)
        && Objects.equals(locationCity, e.locationCity) && sectors.equals(e.sectors)
        && Objects.equals(stance, e.stance) && Objects.equals(documentCount, e.documentCount)
        && Objects.equals(parentEventId, e.parentEventId) && cameoCode.equals(e.cameoCode)
        && Objects.equals(firstReported, e.firstReported)
        && Objects.equals(fulfilledByEventId, e.fulfilledByEventId);
  }

  @Override
  public int hashCode() {
    return eventId.hashCode();
  }

  @Override
  public String toString() {
    return "Event{" + eventId + " " + eventType + " " + actor1Country + "->" + actor2Country + " "
        + status + " " + visitKind + " " + startDate + ".." + endDate + " " + sectors + "}";
  }
}
