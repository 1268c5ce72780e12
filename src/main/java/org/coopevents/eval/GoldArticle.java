package org.coopevents.eval;

import java.util.List;

/**
 * One line of a gold file: the article's input {@code id} and/or {@code url}, its gold
 * events (empty for an article with no event), and where the line was read.
 */
public record GoldArticle(String id, String url, List<GoldEvent> events, String file, int line) {
  public GoldArticle {
    events = List.copyOf(events);
  }

  /** The id if given, else the url: how the article is named in the report. */
  public String name() {
    return id != null ? id : url;
  }
}
