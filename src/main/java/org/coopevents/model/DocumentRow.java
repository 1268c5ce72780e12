package org.coopevents.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A row of the {@code documents} table (dataset.md): one signed document. */
@DefaultSchema(JavaFieldSchema.class)
public final class DocumentRow {
  public final String documentId;
  /** The SIGNING event it belongs to. */
  public final String eventId;
  /** The best reported English title; null when only a non-English title without a complete translation exists. */
  public final @Nullable String title;
  /** The title as the article wrote it (differs from {@link #title} for non-English articles). */
  public final String titleOriginal;
  public final String docType;
  public final List<String> parties;
  public final @Nullable String signedDate;
  public final List<String> sectors;
  public final @Nullable Integer periodStartYear;
  public final @Nullable Integer periodEndYear;
  public final List<String> articleIds;
  public final int numArticles;
  public final int numSources;

  @SchemaCreate
  public DocumentRow(String documentId, String eventId, @Nullable String title, String titleOriginal,
      String docType, List<String> parties, @Nullable String signedDate, List<String> sectors,
      @Nullable Integer periodStartYear, @Nullable Integer periodEndYear, List<String> articleIds,
      int numArticles, int numSources) {
    this.documentId = documentId;
    this.eventId = eventId;
    this.title = title;
    this.titleOriginal = titleOriginal;
    this.docType = docType;
    this.parties = List.copyOf(parties);
    this.signedDate = signedDate;
    this.sectors = List.copyOf(sectors);
    this.periodStartYear = periodStartYear;
    this.periodEndYear = periodEndYear;
    this.articleIds = List.copyOf(articleIds);
    this.numArticles = numArticles;
    this.numSources = numSources;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof DocumentRow)) return false;
    DocumentRow d = (DocumentRow) o;
    return numArticles == d.numArticles && numSources == d.numSources
        && documentId.equals(d.documentId) && eventId.equals(d.eventId) && Objects.equals(title, d.title)
        && titleOriginal.equals(d.titleOriginal) && docType.equals(d.docType)
        && parties.equals(d.parties) && Objects.equals(signedDate, d.signedDate)
        && sectors.equals(d.sectors) && Objects.equals(periodStartYear, d.periodStartYear)
        && Objects.equals(periodEndYear, d.periodEndYear) && articleIds.equals(d.articleIds);
  }

  @Override
  public int hashCode() {
    return documentId.hashCode();
  }

  @Override
  public String toString() {
    return "Document{" + documentId + " " + docType + " '" + title + "' " + parties + " "
        + signedDate + " " + sectors + "}";
  }

  /**
   * The language code of {@code title_original} (dataset.md v2 {@code title_language}): "ru" for a
   * title in Cyrillic letters, else "en", the two languages the extractor reads.
   */
  public String titleLanguage() {
    for (int i = 0; i < titleOriginal.length(); i++) {
      if (Character.UnicodeScript.of(titleOriginal.charAt(i)) == Character.UnicodeScript.CYRILLIC) return "ru";
    }
    return "en";
  }
}
