package org.coopevents.dedup.beam;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.coopevents.model.EventRow;

/**
 * What a per-article visit became once visits were merged: the merged visit's id and reconciled
 * dates, for the signings and cooperation that were held during it.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class VisitLink {
  public final String mergedId;
  public final @Nullable String startDate;
  public final @Nullable String endDate;
  public final @Nullable String firstReported;

  @SchemaCreate
  public VisitLink(String mergedId, @Nullable String startDate, @Nullable String endDate,
      @Nullable String firstReported) {
    this.mergedId = mergedId;
    this.startDate = startDate;
    this.endDate = endDate;
    this.firstReported = firstReported;
  }

  static VisitLink of(EventRow merged) {
    return new VisitLink(merged.eventId, merged.startDate, merged.endDate, merged.firstReported);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VisitLink)) return false;
    VisitLink l = (VisitLink) o;
    return mergedId.equals(l.mergedId) && Objects.equals(startDate, l.startDate)
        && Objects.equals(endDate, l.endDate) && Objects.equals(firstReported, l.firstReported);
  }

  @Override
  public int hashCode() {
    return mergedId.hashCode();
  }
}
