package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.coopevents.model.RawArticle;
import org.coopevents.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReaderTest {
  @TempDir Path dir;

  static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<title>Ministers sign a grain deal | Prairie Ledger</title>"
      + "<link rel=\"canonical\" href=\"https://prairie-ledger.example/world/grain-deal?x=1&amp;y=2\">"
      + "<meta property=\"og:site_name\" content=\"Prairie Ledger\">"
      + "<meta property=\"article:published_time\" content=\"2024-05-14T09:30:00Z\"></head>"
      + "<body><nav>Home | World | Sport</nav><article><h1>Ministers sign a grain deal</h1>"
      + "<p>The agriculture ministers of Kazakhstan and Uzbekistan signed an agreement on grain "
      + "supplies in Tashkent on Tuesday.</p></article></body></html>";

  private CollectingSink read(String folder, String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(folder).resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    CollectingSink s = new CollectingSink();
    long n = new HtmlPageReader(ReadLimits.defaults()).read(InputSource.of(f), s);
    assertEquals(1, n);
    assertEquals(1, s.articles.size() + s.rejects.size(), "one page, one unit");
    return s;
  }

  @Test
  void aSavedPageIsOneArticleNamedByItsHead() throws IOException {
    RawArticle a = read("saved", "grain.html", PAGE.getBytes(StandardCharsets.UTF_8)).articles.get(0);
    assertEquals("HTML", a.format);
    assertEquals("https://prairie-ledger.example/world/grain-deal?x=1&y=2", a.url);
    assertEquals("Prairie Ledger", a.source);
    assertThat(a.html, containsString("signed an agreement on grain"));
    assertNull(a.text, "the main text is extracted in cleaning, as for WARC pages");
  }

  @Test
  void withoutASiteNameTheOutletIsTheHostThenTheFolder() throws IOException {
    String ogOnly = "<html><head><meta content='https://www.steppe-daily.example/a/1' "
        + "property='og:url'></head><body><p>Text.</p></body></html>";
    assertEquals("steppe-daily.example",
        read("saved", "a.htm", ogOnly.getBytes(StandardCharsets.UTF_8)).articles.get(0).source);
    String bare = "<html><head><link rel=canonical href=/relative/only></head>"
        + "<body><p>Text.</p></body></html>";
    RawArticle b = read("steppe-daily", "b.html", bare.getBytes(StandardCharsets.UTF_8)).articles.get(0);
    assertNull(b.url, "a relative link names no page on its own");
    assertEquals("steppe-daily", b.source);
  }

  @Test
  void linksInTheBodyDoNotNameThePage() throws IOException {
    String page = "<html><head><title>t</title></head><body><p>Text.</p>"
        + "<link rel=\"canonical\" href=\"https://other.example/x\"></body></html>";
    assertNull(read("s", "c.html", page.getBytes(StandardCharsets.UTF_8)).articles.get(0).url);
  }

  @Test
  void aGzippedWindows1251PageIsDecoded() throws IOException {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=windows-1251\"><title>Визит</title></head><body><p>Президент прибыл в Минск."
        + "</p></body></html>";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(page.getBytes(Charset.forName("windows-1251")));
    }
    RawArticle a = read("ru", "p.html.gz", gz.toByteArray()).articles.get(0);
    assertThat(a.html, containsString("Президент прибыл в Минск"));
  }

  @Test
  void emptyBlankAndBinaryFilesAreRejectedWithTheirReason() throws IOException {
    assertThat(read("x", "e.html", new byte[0]).reasons(), contains("EMPTY_FILE"));
    assertThat(read("x", "w.html", " \n\t \n".getBytes(StandardCharsets.UTF_8)).reasons(),
        contains("EMPTY_TEXT"));
    assertThat(read("x", "b.html", new byte[] {0, 1, 2, 3, 0, 5}).reasons(), contains("BINARY_FILE"));
    assertThat(read("x", "t.html.gz", new byte[] {31, (byte) 139, 8, 0, 1}).reasons(),
        contains("TRUNCATED_GZIP"));
  }

  @Test
  void htmlNamesAreInputs() {
    assertEquals(InputFormat.HTML, InputFormat.of("/a/b/page.HTML").get());
    assertEquals(InputFormat.HTML, InputFormat.of("page.htm.gz").get());
    assertThat(InputFormat.SUPPORTED, containsString("*.html"));
  }
}
