package org.coopevents.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One unit read from an input file, before cleaning: the fields of inputs.md as the file
 * gave them. Exactly one of {@link #text} and {@link #html} is set.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class RawArticle {
  public final String inputFile;
  /** "line 12" (JSON Lines), "file" (text page), "offset 4096" (WARC record). */
  public final String location;
  /** JSONL, TXT or WARC. */
  public final String format;
  public final @Nullable String id;
  public final @Nullable String url;
  public final @Nullable String source;
  /** As given: an ISO-8601 date or date-time, or null. */
  public final @Nullable String publishedAt;
  /** A date to fall back on when neither the record nor the page gives one (WARC-Date). */
  public final @Nullable String fallbackDate;
  public final @Nullable String language;
  public final @Nullable String title;
  public final @Nullable String text;
  public final @Nullable String html;

  @SchemaCreate
  public RawArticle(String inputFile, String location, String format, @Nullable String id,
      @Nullable String url, @Nullable String source, @Nullable String publishedAt,
      @Nullable String fallbackDate, @Nullable String language, @Nullable String title,
      @Nullable String text, @Nullable String html) {
    this.inputFile = inputFile;
    this.location = location;
    this.format = format;
    this.id = id;
    this.url = url;
    this.source = source;
    this.publishedAt = publishedAt;
    this.fallbackDate = fallbackDate;
    this.language = language;
    this.title = title;
    this.text = text;
    this.html = html;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RawArticle)) return false;
    RawArticle r = (RawArticle) o;
    return inputFile.equals(r.inputFile) && location.equals(r.location)
        && format.equals(r.format) && Objects.equals(id, r.id) && Objects.equals(url, r.url)
        && Objects.equals(source, r.source) && Objects.equals(publishedAt, r.publishedAt)
        && Objects.equals(fallbackDate, r.fallbackDate) && Objects.equals(language, r.language)
        && Objects.equals(title, r.title) && Objects.equals(text, r.text)
        && Objects.equals(html, r.html);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputFile, location);
  }

  @Override
  public String toString() {
    return "RawArticle{" + format + " " + inputFile + " " + location + " id=" + id + "}";
  }
}
