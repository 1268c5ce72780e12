package org.coopevents.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** An input unit that could not be read: a row of the {@code rejects} table. */
@DefaultSchema(JavaFieldSchema.class)
public final class RejectRow {
  public final String inputFile;
  public final String location;
  public final String reason;
  public final String detail;
  public final String sample;

  @SchemaCreate
  public RejectRow(String inputFile, String location, String reason, String detail, String sample) {
    this.inputFile = inputFile;
    this.location = location;
    this.reason = reason;
    this.detail = detail;
    this.sample = sample;
  }

  public static RejectRow of(String inputFile, String location, RejectReason reason,
      String detail, String sample) {
    return new RejectRow(inputFile, location, reason.name(), detail, sample);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RejectRow)) return false;
    RejectRow r = (RejectRow) o;
    return inputFile.equals(r.inputFile) && location.equals(r.location)
        && reason.equals(r.reason) && detail.equals(r.detail) && sample.equals(r.sample);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputFile, location, reason);
  }

  @Override
  public String toString() {
    return "Reject{" + reason + " " + inputFile + " " + location + ": " + detail + "}";
  }
}
