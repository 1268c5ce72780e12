package org.coopevents.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A folder of web pages saved as HTML is read like pages archived in WARC files: the job runs
 * on it and the Parquet tables hold each page's address, outlet, date, title, cleaned text and
 * events, with the page furniture gone.
 */
class SavedHtmlPagesTest {
  @TempDir Path dir;

  @Test
  void savedPagesBecomeArticlesWithTheirEvents() throws Exception {
    Path in = Files.createDirectories(dir.resolve("pages/prairie-ledger"));
    Files.writeString(in.resolve("visit.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
        + "<title>Uzbek president in Astana | Prairie Ledger</title>"
        + "<link rel=\"canonical\" href=\"https://prairie-ledger.example/2024/05/visit\">"
        + "<meta property=\"og:site_name\" content=\"Prairie Ledger\">"
        + "<meta property=\"article:published_time\" content=\"2024-05-14T09:30:00+05:00\">"
        + "</head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>"
        + "<article><h1>Uzbek president in Astana</h1>"
        + "<p>ASTANA, May 14 – President of Uzbekistan Shavkat Mirziyoyev arrived in Astana on "
        + "Tuesday on a state visit at the invitation of President Kassym-Jomart Tokayev.</p>"
        + "<p>The two leaders held talks on trade, transport corridors and water management "
        + "and signed an agreement on strategic partnership.</p></article>"
        + "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("notes.pdf"), "not a page", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CommandRun r = CommandRun.of(RunCommand::run, "--input=" + dir.resolve("pages"),
        "--output=" + out, "--progressSeconds=0");
    assertEquals(0, r.code, r.err);
    try (DuckDb db = new DuckDb(out)) {
      List<String> articles = db.rows("SELECT url, source, published_date, title, "
          + "contains(text, 'Subscribe'), contains(text, 'state visit'), input_file LIKE '%visit.html' "
          + "FROM " + db.table("articles"));
      assertEquals(List.of("https://prairie-ledger.example/2024/05/visit | Prairie Ledger | "
          + "2024-05-14 | Uzbek president in Astana | false | true | true"), articles);
      List<String> visits = db.rows("SELECT actor1_country, actor2_country, status, start_date "
          + "FROM " + db.table("events") + " WHERE event_type = 'VISIT'");
      assertEquals(List.of("UZB | KAZ | OCCURRED | 2024-05-14"), visits);
      assertTrue(db.count("SELECT count(*) FROM " + db.table("documents")) >= 1,
          "the agreement signed is a document");
      assertEquals(0, db.count("SELECT count(*) FROM " + db.table("rejects")));
    }
    assertTrue(r.err.contains("not read, as their names are not input names")
        && r.err.contains("1 file (.pdf 1)"), "the .pdf beside the pages is named: " + r.err);
    String manifest = Files.readString(out.resolve("_manifest.json"), StandardCharsets.UTF_8);
    assertTrue(manifest.replaceAll("\\s", "").contains("\"skipped_files_by_kind\":{\".pdf\":1}"),
        manifest);
  }
}
