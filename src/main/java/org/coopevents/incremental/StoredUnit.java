package org.coopevents.incremental;

import java.util.List;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.RejectRow;

/**
 * One record of the state: what one unit of an input file produced before deduplication. Either
 * an article (as cleaned, under the id its file gave it, before ids were made unique across
 * files) with what extraction made of it under {@link #extractedAs}; or a reject; or one of the
 * reader's counts for the file ({@link #statKey}, {@link #statCount}). {@link #fileKey} names
 * the file and its fingerprint ({@link StateIndex#fileKey}): a record is reused only while its
 * file still has that key.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class StoredUnit {
  public final String fileKey;
  public final @Nullable Article article;
  /** The id the article was extracted under (its unique id in that run); null: not extracted. */
  public final @Nullable String extractedAs;
  /** The article's outcome and event count after extraction. */
  public final @Nullable String outcome;
  public final int eventCount;
  public final List<EventRow> events;
  public final List<DocumentRow> documents;
  public final List<MentionRow> mentions;
  /**
   * The article's copy-detection sketch ({@link
   * org.coopevents.dedup.beam.FindDuplicateArticles#stored}), made with its extraction; null
   * when not extracted yet or when the article is not sketched (no text left).
   */
  public final @Nullable String sketch;
  public final @Nullable RejectRow reject;
  public final @Nullable String statKey;
  public final long statCount;

  @SchemaCreate
  public StoredUnit(String fileKey, @Nullable Article article, @Nullable String extractedAs,
      @Nullable String outcome, int eventCount, List<EventRow> events, List<DocumentRow> documents,
      List<MentionRow> mentions, @Nullable String sketch, @Nullable RejectRow reject,
      @Nullable String statKey, long statCount) {
    this.fileKey = fileKey;
    this.article = article;
    this.extractedAs = extractedAs;
    this.outcome = outcome;
    this.eventCount = eventCount;
    this.events = List.copyOf(events);
    this.documents = List.copyOf(documents);
    this.mentions = List.copyOf(mentions);
    this.sketch = sketch;
    this.reject = reject;
    this.statKey = statKey;
    this.statCount = statCount;
  }

  /** A cleaned article not extracted yet. */
  public static StoredUnit cleaned(String fileKey, Article a) {
    return new StoredUnit(fileKey, a, null, null, 0, List.of(), List.of(), List.of(), null, null,
        null, 0);
  }

  public static StoredUnit reject(String fileKey, RejectRow r) {
    return new StoredUnit(fileKey, null, null, null, 0, List.of(), List.of(), List.of(), null, r,
        null, 0);
  }

  public static StoredUnit stat(String fileKey, String key, long count) {
    return new StoredUnit(fileKey, null, null, null, 0, List.of(), List.of(), List.of(), null, null,
        key, count);
  }

  /** This cleaned article with what extraction made of it under {@code id}, and its sketch. */
  public StoredUnit extracted(String id, String newOutcome, int newEventCount,
      List<EventRow> newEvents, List<DocumentRow> newDocuments, List<MentionRow> newMentions,
      @Nullable String newSketch) {
    return new StoredUnit(fileKey, article, id, newOutcome, newEventCount, newEvents,
        newDocuments, newMentions, newSketch, null, null, 0);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof StoredUnit)) return false;
    StoredUnit u = (StoredUnit) o;
    return eventCount == u.eventCount && statCount == u.statCount && fileKey.equals(u.fileKey)
        && java.util.Objects.equals(article, u.article)
        && java.util.Objects.equals(extractedAs, u.extractedAs)
        && java.util.Objects.equals(outcome, u.outcome) && events.equals(u.events)
        && documents.equals(u.documents) && mentions.equals(u.mentions)
        && java.util.Objects.equals(sketch, u.sketch)
        && java.util.Objects.equals(reject, u.reject) && java.util.Objects.equals(statKey, u.statKey);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(fileKey, article, reject, statKey);
  }
}
