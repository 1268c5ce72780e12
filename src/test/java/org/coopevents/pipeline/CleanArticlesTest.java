package org.coopevents.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.junit.Rule;
import org.junit.Test;

/** CleanArticles: ids, dates, language, furniture and outcomes, through Beam. */
public class CleanArticlesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static RawArticle text(String id, String lang, String date, String title, String body) {
    return new RawArticle("f.jsonl", "line 1", "JSONL", id, "https://www.wire.example/a/" + id,
        null, date, null, lang, title, body, null);
  }

  @Test
  public void cleansTextAndHtmlUnits() {
    RawArticle en = text("en1", null, "2024-05-17 09:15:00", "Leaders meet",
        "Leaders meet\n\nThe President of Kazakhstan arrived in Tashkent on Wednesday for talks "
            + "with the President of Uzbekistan on trade and transport.\n\nShare this article\n");
    RawArticle ru = text(null, null, null, "Визит",
        "Президент Казахстана прибыл в Ташкент с государственным визитом. Стороны обсудили "
            + "торговлю, транспорт и энергетику.");
    RawArticle fr = text("fr1", "fr", "2024-05-17", "Titre",
        "Le président du Kazakhstan est arrivé à Tachkent pour des entretiens sur le commerce.");
    RawArticle html = new RawArticle("c.warc.gz", "offset 0", "WARC", null,
        "https://www.outlet.example/x", "outlet.example", null, "2024-06-14", null, null, null,
        "<html><head><title>Talks in Baku</title>"
            + "<meta property=\"article:published_time\" content=\"2024-06-12T10:00:00+04:00\"></head>"
            + "<body><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav><article><h1>Talks in Baku</h1>"
            + "<p>The foreign ministers of Azerbaijan and Georgia met in Baku on Wednesday to discuss "
            + "transit along the Middle Corridor and energy supplies.</p>"
            + "<p>They agreed to meet again in Tbilisi in the autumn.</p></article>"
            + "<footer>All rights reserved</footer></body></html>");
    RawArticle empty = new RawArticle("c.warc.gz", "offset 9", "WARC", null, "https://o.example/e",
        null, null, null, null, null, null, "<html><body><nav>Home</nav></body></html>");

    PCollection<Article> out = p.apply(Create.of(en, ru, fr, html, empty)).apply(new CleanArticles());

    PAssert.that(out).satisfies(all -> {
      java.util.Map<String, Article> byUrl = new java.util.HashMap<>();
      all.forEach(a -> byUrl.put(a.url, a));
      Article e = byUrl.get("https://www.wire.example/a/en1");
      assertEquals("en1", e.articleId);
      assertEquals("en", e.language);
      assertEquals("2024-05-17", e.publishedDate);
      assertEquals("wire.example", e.source);
      assertEquals("", e.outcome);
      assertFalse(e.text.contains("Share this article"));
      assertTrue(e.text.startsWith("Leaders meet\n\nThe President"));
      assertEquals(e.text.indexOf("Leaders meet"), e.text.lastIndexOf("Leaders meet"));
      Article r = byUrl.get("https://www.wire.example/a/null");
      assertEquals("ru", r.language);
      assertTrue(r.articleId.startsWith("a-"));
      assertEquals(null, r.publishedDate);
      assertEquals("UNSUPPORTED_LANGUAGE", byUrl.get("https://www.wire.example/a/fr1").outcome);
      Article h = byUrl.get("https://www.outlet.example/x");
      assertEquals("Talks in Baku", h.title);
      assertEquals("2024-06-12", h.publishedDate);
      assertTrue(h.text.contains("Middle Corridor"));
      assertFalse(h.text.contains("All rights reserved"));
      assertEquals("EMPTY", byUrl.get("https://o.example/e").outcome);
      return null;
    });
    p.run().waitUntilFinish();
  }
}
