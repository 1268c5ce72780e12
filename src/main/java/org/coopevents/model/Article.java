package org.coopevents.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One input article after cleaning: a row of the {@code articles} table. */
@DefaultSchema(JavaFieldSchema.class)
public final class Article {
  public final String articleId;
  public final @Nullable String url;
  public final @Nullable String source;
  public final @Nullable String title;
  public final @Nullable String language;
  /** yyyy-MM-dd, or null when the input gives no usable date. */
  public final @Nullable String publishedDate;
  public final String inputFile;
  /** Where in the input file: "line 12", "offset 4096", "file". */
  public final String inputLocation;
  public final String text;
  public final @Nullable String duplicateOf;
  public final String outcome;
  public final int eventCount;

  @SchemaCreate
  public Article(String articleId, @Nullable String url, @Nullable String source,
      @Nullable String title, @Nullable String language, @Nullable String publishedDate,
      String inputFile, String inputLocation, String text, @Nullable String duplicateOf,
      String outcome, int eventCount) {
    this.articleId = articleId;
    this.url = url;
    this.source = source;
    this.title = title;
    this.language = language;
    this.publishedDate = publishedDate;
    this.inputFile = inputFile;
    this.inputLocation = inputLocation;
    this.text = text;
    this.duplicateOf = duplicateOf;
    this.outcome = outcome;
    this.eventCount = eventCount;
  }

  /** The same article under another id (see pipeline.UniqueArticleIds). */
  public Article withArticleId(String newId) {
    return new Article(newId, url, source, title, language, publishedDate, inputFile,
        inputLocation, text, duplicateOf, outcome, eventCount);
  }

  public Article withOutcome(String newOutcome, int newEventCount, @Nullable String newDuplicateOf) {
    return new Article(articleId, url, source, title, language, publishedDate, inputFile,
        inputLocation, text, newDuplicateOf, newOutcome, newEventCount);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Article)) return false;
    Article a = (Article) o;
    return eventCount == a.eventCount && articleId.equals(a.articleId)
        && Objects.equals(url, a.url) && Objects.equals(source, a.source)
        && Objects.equals(title, a.title) && Objects.equals(language, a.language)
        && Objects.equals(publishedDate, a.publishedDate) && inputFile.equals(a.inputFile)
        && inputLocation.equals(a.inputLocation) && text.equals(a.text)
        && Objects.equals(duplicateOf, a.duplicateOf) && outcome.equals(a.outcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, inputFile, inputLocation, outcome, text.length());
  }

  @Override
  public String toString() {
    return "Article{" + articleId + ", " + language + ", " + outcome + ", " + inputFile + " "
        + inputLocation + "}";
  }
}
