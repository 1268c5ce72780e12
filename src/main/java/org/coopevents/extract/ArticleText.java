package org.coopevents.extract;

import java.time.LocalDate;
import java.util.Objects;

/** The input of extraction: one cleaned article. Offsets of the output refer to {@link #text}. */
public final class ArticleText {
  public final String articleId;
  public final String url;
  public final String source;
  public final String title;
  /** "en" or "ru". */
  public final String language;
  /** Anchors relative and year-less dates; null when unknown. */
  public final LocalDate publishedDate;
  /** The cleaned body, lines separated by '\n'. */
  public final String text;

  public ArticleText(String articleId, String url, String source, String title, String language,
      LocalDate publishedDate, String text) {
    this.articleId = Objects.requireNonNull(articleId, "articleId");
    this.url = url;
    this.source = source;
    this.title = title == null ? "" : title;
    this.language = language == null ? "en" : language;
    this.publishedDate = publishedDate;
    this.text = text == null ? "" : text;
  }

  @Override
  public String toString() {
    return "ArticleText{" + articleId + ", " + language + ", " + publishedDate + "}";
  }
}
