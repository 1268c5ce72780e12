package org.coopevents.extract;

import java.util.List;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/** What one article yields: events, their documents and the mentions that prove them. */
public final class Extraction {
  public final List<EventRow> events;
  public final List<DocumentRow> documents;
  public final List<MentionRow> mentions;

  public Extraction(List<EventRow> events, List<DocumentRow> documents, List<MentionRow> mentions) {
    this.events = List.copyOf(events);
    this.documents = List.copyOf(documents);
    this.mentions = List.copyOf(mentions);
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }

  @Override
  public String toString() {
    return "Extraction{" + events + ", " + documents + "}";
  }
}
