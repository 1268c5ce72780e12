package org.coopevents.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coopevents.cli.RunCommand;
import org.coopevents.testing.CommandRun;
import org.coopevents.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units that share an article id (a page saved twice, an input id repeated in two files) do not
 * stop the job: every unit is kept under its own id and the copies are marked as such.
 */
class UniqueArticleIdsTest {
  private static final String PAGE = "Kazakh and Uzbek ministers meet in Tashkent\n\n"
      + "TASHKENT, March 4 - The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent "
      + "on Monday and agreed to expand cooperation in transport and water management, the "
      + "Uzbek foreign ministry said in a statement.\n\nThe two sides discussed the schedule of "
      + "an intergovernmental commission and new border crossings for freight traffic.\n";

  @Test
  void repeatedIdsGetSuffixesAndEveryUnitIsKept(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    // the same page saved by two outlets' folders: no id, no URL, identical bytes
    Files.writeString(Files.createDirectories(in.resolve("outlet-a")).resolve("page.txt"), PAGE);
    Files.writeString(Files.createDirectories(in.resolve("outlet-b")).resolve("page.txt"), PAGE);
    // one id claimed by records in two files, with different texts
    String rec1 = "{\"id\": \"wire-1\", \"url\": \"https://one.example/a\", \"title\": \"Ministers meet\", "
        + "\"text\": \"The ministers of Armenia and Georgia met in Yerevan on Tuesday to discuss energy supplies.\", "
        + "\"published_at\": \"2024-03-05\"}\n";
    String rec2 = "{\"id\": \"wire-1\", \"url\": \"https://two.example/b\", \"title\": \"Harvest news\", "
        + "\"text\": \"Farmers in the south finished the barley harvest early this year after a warm spring.\", "
        + "\"published_at\": \"2024-07-01\"}\n";
    Files.writeString(in.resolve("a.jsonl"), rec1, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.jsonl"), rec2, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CommandRun run = CommandRun.of(RunCommand::run, "--input=" + in, "--output=" + out);
    assertEquals(0, run.code, run.err);
    try (DuckDb db = new DuckDb(out)) {
      String articles = db.table("articles");
      assertEquals(4, db.count("SELECT count(*) FROM " + articles));
      assertEquals(4, db.count("SELECT count(DISTINCT article_id) FROM " + articles));
      List<String> wire = db.rows("SELECT article_id, input_file FROM " + articles
          + " WHERE article_id LIKE 'wire-1%' ORDER BY article_id");
      assertEquals(List.of("wire-1 | " + in.resolve("a.jsonl"), "wire-1~2 | " + in.resolve("b.jsonl")), wire);
      List<String> pages = db.rows("SELECT outcome, duplicate_of IS NULL FROM " + articles
          + " WHERE input_file LIKE '%page.txt' ORDER BY input_file");
      assertEquals(2, pages.size());
      assertEquals("DUPLICATE | false", pages.get(1), "the second saved page is a copy of the first: " + pages);
    }
  }

  /**
   * Issue 16 item 1: an input id that looks like a made-unique one (X~2 next to a repeated X)
   * must not make two articles share an id and fail the job.
   */
  @Test
  void anInputIdEqualToASuffixedOneDoesNotFailTheJob(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String x = "{\"id\": \"X\", \"title\": \"One\", \"text\": \"The ministers of Armenia and "
        + "Georgia met in Yerevan on Tuesday to discuss energy supplies.\", \"published_at\": \"2024-03-05\"}\n";
    String x2 = "{\"id\": \"X~2\", \"title\": \"Two\", \"text\": \"Farmers in the south finished "
        + "the barley harvest early this year after a warm spring.\", \"published_at\": \"2024-07-01\"}\n";
    String again = "{\"id\": \"X\", \"title\": \"Three\", \"text\": \"A new ferry line will link the "
        + "two ports from the spring, the harbour office said on Friday.\", \"published_at\": \"2024-08-09\"}\n";
    Files.writeString(in.resolve("a.jsonl"), x + x2, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.jsonl"), again, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CommandRun run = CommandRun.of(RunCommand::run, "--input=" + in, "--output=" + out);
    assertEquals(0, run.code, run.err);
    try (DuckDb db = new DuckDb(out)) {
      String articles = db.table("articles");
      assertEquals(List.of("X | One", "X~2 | Two", "X~3 | Three"),
          db.rows("SELECT article_id, title FROM " + articles + " ORDER BY article_id"));
    }
  }
}
