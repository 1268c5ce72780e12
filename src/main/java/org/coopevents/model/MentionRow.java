package org.coopevents.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A row of the {@code mentions} table: one (event, article) link with its evidence. */
@DefaultSchema(JavaFieldSchema.class)
public final class MentionRow {
  public final String eventId;
  public final String articleId;
  public final @Nullable String url;
  public final @Nullable String source;
  /** The sentence(s) the event was read from, exactly {@code text[evidenceStart, evidenceEnd)}. */
  public final String evidence;
  public final int evidenceStart;
  public final int evidenceEnd;
  /**
   * The sectors this article's text gave the event (an extra column, not in dataset.md): the
   * event's own {@code sectors} are the union over all its articles. Null when unknown (rows
   * written before the column existed, or made without extraction).
   */
  public final @Nullable List<String> sectors;

  /** Without per-article sectors. */
  public MentionRow(String eventId, String articleId, @Nullable String url,
      @Nullable String source, String evidence, int evidenceStart, int evidenceEnd) {
    this(eventId, articleId, url, source, evidence, evidenceStart, evidenceEnd, null);
  }

  @SchemaCreate
  public MentionRow(String eventId, String articleId, @Nullable String url,
      @Nullable String source, String evidence, int evidenceStart, int evidenceEnd,
      @Nullable List<String> sectors) {
    this.sectors = sectors == null ? null : List.copyOf(sectors);
    this.eventId = eventId;
    this.articleId = articleId;
    this.url = url;
    this.source = source;
    this.evidence = evidence;
    this.evidenceStart = evidenceStart;
    this.evidenceEnd = evidenceEnd;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof MentionRow)) return false;
    MentionRow m = (MentionRow) o;
    return evidenceStart == m.evidenceStart && evidenceEnd == m.evidenceEnd
        && eventId.equals(m.eventId) && articleId.equals(m.articleId)
        && Objects.equals(url, m.url) && Objects.equals(source, m.source)
        && evidence.equals(m.evidence) && Objects.equals(sectors, m.sectors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventId, articleId, evidenceStart);
  }

  /** A copy of this mention linked to another event, its own sectors kept. */
  public MentionRow withEvent(String otherEventId) {
    return new MentionRow(otherEventId, articleId, url, source, evidence, evidenceStart,
        evidenceEnd, sectors);
  }

  @Override
  public String toString() {
    return "Mention{" + eventId + " in " + articleId + " @" + evidenceStart + "}";
  }
}
