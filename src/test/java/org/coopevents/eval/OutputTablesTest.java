package org.coopevents.eval;

import static org.coopevents.eval.Rows.article;
import static org.coopevents.eval.Rows.coop;
import static org.coopevents.eval.Rows.document;
import static org.coopevents.eval.Rows.mention;
import static org.coopevents.eval.Rows.signing;
import static org.coopevents.eval.Rows.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTablesTest {
  @TempDir Path tmp;

  @Test
  void readsBackWhatTheSinkClassesWrite() throws IOException {
    List<Article> articles = List.of(
        article("jl-1", "https://example.org/a", "/in/feed.jsonl", "en"),
        new Article("c0ffee", null, null, null, "ru", null, "/in/pages/page-7.txt", "file",
            "Текст статьи о визите.", "jl-1", "DUPLICATE", 0),
        article("jl-3", null, "/in/feed.jsonl", null));
    List<EventRow> events = List.of(
        visit("v1", "BLR", "AZE", "OCCURRED", "STATE", "2024-05-15", "2024-05-17",
            "Aleksandr Lukashenko", "Ilham Aliyev", "Baku"),
        signing("s1", "AZE", "BLR", "2024-05-16", 6),
        signing("s2", "AZE", "BLR", null, null),
        coop("c1", "AZE", "BLR", "TRADE", "MACHINERY"));
    List<MentionRow> mentions = List.of(mention("v1", "jl-1"), mention("s1", "jl-1"),
        mention("c1", "jl-3"));
    List<DocumentRow> documents = List.of(
        document("d1", "s1", "Protocol on veterinary medicine", "PROTOCOL",
            List.of("AZE", "BLR"), List.of("VETERINARY"), List.of("jl-1")),
        new DocumentRow("d2", "s2", "Action plan on tourism", "План действий по туризму",
            "ACTION_PLAN", List.of("AZE", "BLR"), null, List.of(), 2024, 2025, List.of(), 0, 0));
    OutputFolders.write(tmp, articles, events, mentions, documents);

    OutputTables t = OutputTables.read(tmp);
    // read back in id order, whatever the order of the files' rows
    // articles come back without their text (the column is not read: gigabytes at 1M articles)
    List<Article> withoutText = articles.stream().map(a -> new Article(a.articleId, a.url,
        a.source, a.title, a.language, a.publishedDate, a.inputFile, a.inputLocation, "",
        a.duplicateOf, a.outcome, a.eventCount)).toList();
    assertEquals(sorted(withoutText, java.util.Comparator.comparing((Article a) -> a.articleId)), t.articles());
    assertEquals(sorted(events, java.util.Comparator.comparing((EventRow e) -> e.eventId)), t.events());
    assertEquals(sorted(mentions, java.util.Comparator.comparing((MentionRow m) -> m.eventId)), t.mentions());
    assertEquals(documents, t.documents());
    assertEquals("2024-05-15", t.events().get(3).startDate, "DATE read back as the same day");
    assertEquals(List.of("s1", "v1"), t.eventsOf("jl-1").stream().map(e -> e.eventId).toList());
    assertEquals(List.of("d1"), t.documentsOf("jl-1").stream().map(d -> d.documentId).toList());
  }

  @Test
  void readsEmptyTables() throws IOException {
    OutputFolders.write(tmp, List.of(), List.of(), List.of(), List.of());
    OutputTables t = OutputTables.read(tmp);
    assertTrue(t.articles().isEmpty());
    assertTrue(t.events().isEmpty());
  }

  @Test
  void aMissingTableFolderIsNamed() throws IOException {
    OutputFolders.write(tmp, List.of(), List.of(), List.of(), List.of());
    org.coopevents.sink.OutputPublisher.deleteTree(tmp.resolve("mentions"));
    OutputTables.OutputFolderException e =
        assertThrows(OutputTables.OutputFolderException.class, () -> OutputTables.read(tmp));
    assertTrue(e.getMessage().contains("mentions/"), e.getMessage());
  }

  @Test
  void aCorruptParquetFileIsAnIoError() throws IOException {
    OutputFolders.write(tmp, List.of(), List.of(), List.of(), List.of());
    Files.write(tmp.resolve("events/part-bad.parquet"), "not parquet at all".getBytes());
    IOException e = assertThrows(IOException.class, () -> OutputTables.read(tmp));
    assertTrue(e.getMessage().contains("part-bad.parquet"), e.getMessage());
  }

  private static <T> List<T> sorted(List<T> rows, java.util.Comparator<T> order) {
    List<T> out = new java.util.ArrayList<>(rows);
    out.sort(order);
    return out;
  }
}
