package org.coopevents.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coopevents.eval.OutputTables;
import org.coopevents.model.Article;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.RejectRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReportPageTest {
  private static final String HOSTILE = "<script>alert('x')</script>&\"";

  private static String page() {
    Article a = new Article("a1", "javascript:alert(1)", HOSTILE, HOSTILE, "en", null,
        "in.jsonl", "line 1", "text", null, "CODED", 1);
    EventRow e = new EventRow("e1", "VISIT", "KAZ", "UZB", HOSTILE, null, "OCCURRED", "STATE",
        "2024-01-05", null, "UZB", HOSTILE, List.of(HOSTILE), null, null, null, "042", 1, 1,
        null, 0.9);
    MentionRow m = new MentionRow("e1", "a1", "javascript:alert(1)", HOSTILE, HOSTILE, 0, 5);
    RejectRow r = new RejectRow(HOSTILE, HOSTILE, "MALFORMED_JSON", HOSTILE, HOSTILE);
    RunInfo run = new RunInfo(HOSTILE, "2.62.0", "t0", "t1", "DirectRunner", HOSTILE, HOSTILE,
        List.of(new RunInfo.Input(HOSTILE, 10, 1, 1, 0)));
    return ReportPage.render(ReportData.compute(run,
        new OutputTables(List.of(a), List.of(e), List.of(m), List.of()), List.of(r)));
  }

  @Test
  void escapesEverythingFromData() {
    String html = page();
    assertFalse(html.contains("<script"), "no script element may come from data");
    assertFalse(html.contains("javascript:alert(1)\""), "only http(s) addresses become links");
    Document doc = Jsoup.parse(html);
    assertEquals(0, doc.select("script").size());
    assertEquals(0, doc.select("a[href^=javascript]").size());
    // the hostile text survives as text
    assertTrue(doc.text().contains("<script>alert('x')</script>&\""));
  }

  @Test
  void isSelfContained() {
    Document doc = Jsoup.parse(page());
    assertEquals(0, doc.select("[src]").size(), "no external images or scripts");
    assertEquals(0, doc.select("link").size(), "no external stylesheets");
    assertFalse(doc.select("style").first().data().contains("url("), "no fetched CSS resources");
    assertTrue(doc.select("style").first().data().contains("@media print"));
  }

  @Test
  void linksOnlyWebAddresses() {
    assertEquals("<a href=\"https://a.example/x?y=1&amp;z=2\" rel=\"noopener noreferrer\">"
        + "a.example</a>", Html.link("https://a.example/x?y=1&z=2", "a.example"));
    assertEquals("file:///etc", Html.link("file:///etc", "file:///etc"));
    assertEquals("news.example", ReportPage.linkLabel("https://www.news.example/2024/a"));
  }

  @Test
  void runTimesAreShownToTheSecond() {
    assertEquals("2026-11-26 23:03:20 UTC", ReportPage.seconds("2026-11-26T23:03:20.027451344Z"));
    assertEquals("yesterday", ReportPage.seconds("yesterday"));
  }
}
