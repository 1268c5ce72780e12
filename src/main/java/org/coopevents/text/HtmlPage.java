package org.coopevents.text;

import java.util.Objects;

/** What {@link HtmlMainText} found in one HTML page. Immutable. */
public final class HtmlPage {

  /** Headline (og:title, else the first h1, else the title element, site-name suffix trimmed); null if none. */
  public final String title;
  /** Publication date or date-time as written in the page (ISO-8601 form); null if none. */
  public final String publishedAt;
  /** Two-letter lower-case language code from the page's declarations; null if none. */
  public final String language;
  /** Main article body, one paragraph, heading or list item per line; empty if nothing found. */
  public final String text;

  public HtmlPage(String title, String publishedAt, String language, String text) {
    this.title = title;
    this.publishedAt = publishedAt;
    this.language = language;
    this.text = text == null ? "" : text;
  }

  public String title() {
    return title;
  }

  public String publishedAt() {
    return publishedAt;
  }

  public String language() {
    return language;
  }

  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HtmlPage)) {
      return false;
    }
    HtmlPage p = (HtmlPage) o;
    return Objects.equals(title, p.title) && Objects.equals(publishedAt, p.publishedAt)
        && Objects.equals(language, p.language) && text.equals(p.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, publishedAt, language, text);
  }

  @Override
  public String toString() {
    return "HtmlPage{title=" + title + ", publishedAt=" + publishedAt + ", language=" + language
        + ", text=" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "}";
  }
}
