package org.coopevents.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/** Small builders of output rows and gold lines for the eval tests. */
final class Rows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Rows() {}

  static Article article(String id, String url, String inputFile, String language) {
    return new Article(id, url, "example.org", "A title", language, "2024-05-17", inputFile,
        "line 1", "Some text of the article.", null, "CODED", 1);
  }

  static EventRow visit(String id, String guest, String host, String status, String kind,
      String start, String end) {
    return new EventRow(id, "VISIT", guest, host, null, null, status, kind, start, end, host,
        null, List.of(), null, null, null, "042", 1, 1, "2024-05-17", 0.9);
  }

  static EventRow visit(String id, String guest, String host, String status, String kind,
      String start, String end, String guestPerson, String hostPerson, String city) {
    return new EventRow(id, "VISIT", guest, host, guestPerson, hostPerson, status, kind, start,
        end, host, city, List.of(), null, null, null, "042", 1, 1, "2024-05-17", 0.9);
  }

  static EventRow signing(String id, String a, String b, String date, Integer count) {
    return new EventRow(id, "SIGNING", a, b, null, null, "OCCURRED", null, date, date, null,
        null, List.of(), null, count, null, "057", 1, 1, "2024-05-17", 0.9);
  }

  static EventRow coop(String id, String a, String b, String... sectors) {
    return new EventRow(id, "COOPERATION", a, b, null, null, "OCCURRED", null, null, null, null,
        null, List.of(sectors), "AGREED", null, null, "062", 1, 1, "2024-05-17", 0.8);
  }

  static MentionRow mention(String eventId, String articleId) {
    return new MentionRow(eventId, articleId, null, null, "Evidence.", 0, 9);
  }

  static DocumentRow document(String id, String eventId, String title, String type,
      List<String> parties, List<String> sectors, List<String> articleIds) {
    return new DocumentRow(id, eventId, title, title, type, parties, "2024-05-16", sectors,
        null, null, articleIds, articleIds.size(), 1);
  }

  /** A document whose {@code title_original} differs from its (English) {@code title}. */
  static DocumentRow document(String id, String eventId, String title, String titleOriginal,
      String type, List<String> parties, List<String> sectors, List<String> articleIds) {
    return new DocumentRow(id, eventId, title, titleOriginal, type, parties, "2024-05-16",
        sectors, null, null, articleIds, articleIds.size(), 1);
  }

  /** Gold articles from JSON lines (single quotes stand for double quotes). */
  static List<GoldArticle> gold(String... lines) {
    List<GoldArticle> out = new ArrayList<>();
    int n = 0;
    for (String l : lines) {
      n++;
      try {
        out.add(GoldFile.parseArticle(JSON.readTree(l.replace('\'', '"')), "test.gold.jsonl", n));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
