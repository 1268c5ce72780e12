package org.coopevents.dedup.beam;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.coopevents.dedup.RawEvent;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/** A per-article event with its mentions and documents, as it travels between merge steps. */
@DefaultSchema(JavaFieldSchema.class)
public final class EventBundle {
  public final EventRow event;
  public final List<MentionRow> mentions;
  public final List<DocumentRow> documents;
  public final @Nullable String parentStart;
  public final @Nullable String parentEnd;
  public final @Nullable String parentReported;

  @SchemaCreate
  public EventBundle(EventRow event, List<MentionRow> mentions, List<DocumentRow> documents,
      @Nullable String parentStart, @Nullable String parentEnd, @Nullable String parentReported) {
    this.event = event;
    this.mentions = List.copyOf(mentions);
    this.documents = List.copyOf(documents);
    this.parentStart = parentStart;
    this.parentEnd = parentEnd;
    this.parentReported = parentReported;
  }

  RawEvent raw() {
    return new RawEvent(event, mentions, documents, parentStart, parentEnd, parentReported);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EventBundle)) return false;
    EventBundle b = (EventBundle) o;
    return event.equals(b.event) && mentions.equals(b.mentions) && documents.equals(b.documents)
        && Objects.equals(parentStart, b.parentStart) && Objects.equals(parentEnd, b.parentEnd)
        && Objects.equals(parentReported, b.parentReported);
  }

  @Override
  public int hashCode() {
    return event.hashCode();
  }
}
