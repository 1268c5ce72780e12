package org.coopevents.dedup;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/**
 * One event as extraction found it in one article, with its mentions and documents. For a
 * SIGNING or COOPERATION whose parent visit has been merged already, {@code event.parentEventId}
 * is the merged visit's id, {@code parentStart}/{@code parentEnd} its reconciled dates and
 * {@code parentReported} its first report (which places an undated child in a year block).
 */
public final class RawEvent {
  public final EventRow event;
  public final List<MentionRow> mentions;
  public final List<DocumentRow> documents;
  public final @Nullable String parentStart;
  public final @Nullable String parentEnd;
  public final @Nullable String parentReported;

  public RawEvent(EventRow event, List<MentionRow> mentions, List<DocumentRow> documents,
      @Nullable String parentStart, @Nullable String parentEnd, @Nullable String parentReported) {
    this.event = event;
    this.mentions = List.copyOf(mentions);
    this.documents = List.copyOf(documents);
    this.parentStart = parentStart;
    this.parentEnd = parentEnd;
    this.parentReported = parentReported;
  }

  public RawEvent(EventRow event, List<MentionRow> mentions, List<DocumentRow> documents,
      @Nullable String parentStart, @Nullable String parentEnd) {
    this(event, mentions, documents, parentStart, parentEnd, null);
  }

  public RawEvent(EventRow event, List<MentionRow> mentions, List<DocumentRow> documents) {
    this(event, mentions, documents, null, null, null);
  }

  /** The smallest article id among the mentions (the event's own id when it has none). */
  public String firstArticle() {
    String min = null;
    for (MentionRow m : mentions) if (min == null || m.articleId.compareTo(min) < 0) min = m.articleId;
    return min == null ? event.eventId : min;
  }

  @Override
  public String toString() {
    return "Raw{" + event + " parent " + event.parentEventId + "}";
  }
}
