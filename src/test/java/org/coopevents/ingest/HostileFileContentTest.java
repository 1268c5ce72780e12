package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coopevents.model.RawArticle;
import org.coopevents.testing.CollectingSink;
import org.coopevents.testing.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 10, the file contents: each case keeps every good record, gives each bad one
 * its own right reason, and keeps read = accepted + rejected. Real files are written and read.
 */
class HostileFileContentTest {
  @TempDir Path dir;

  private static final String GOOD1 = "{\"id\":\"g1\",\"text\":\"The first good article.\"}";
  private static final String GOOD2 = "{\"id\":\"g2\",\"text\":\"The second good article.\"}";
  private static final String GOOD3 = "{\"id\":\"g3\",\"text\":\"The third good article.\"}";

  private CollectingSink jsonl(String name, byte[] content) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    CollectingSink sink = new CollectingSink();
    long read = new JsonLinesReader(ReadLimits.defaults()).read(InputSource.of(f), sink);
    assertEquals(read, sink.articles.size() + sink.rejects.size(), "read = accepted + rejected");
    return sink;
  }

  private CollectingSink txt(String name, byte[] content) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, content);
    CollectingSink sink = new CollectingSink();
    long read = new TextPageReader(ReadLimits.defaults()).read(InputSource.of(f), sink);
    assertEquals(read, sink.articles.size() + sink.rejects.size(), "read = accepted + rejected");
    return sink;
  }

  private static List<String> ids(CollectingSink s) {
    return s.articles.stream().map(a -> a.id).toList();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aNulByteRejectsItsLineAndKeepsTheOthers() throws IOException {
    // the NUL sits in the first line, where the file's binary sniffing looks
    CollectingSink s = jsonl("nul.jsonl", utf8("{\"id\":\"bad\",\"text\":\"a\u0000b\"}\n"
        + GOOD1 + "\n" + GOOD2 + "\n"));
    assertThat(ids(s), contains("g1", "g2"));
    assertThat(s.reasons(), contains("MALFORMED_JSON"));
    assertEquals("line 1", s.rejects.get(0).location);
    // a NUL in a later line: the same
    s = jsonl("nul2.jsonl", utf8(GOOD1 + "\n{\"id\":\"bad\",\u0000\"text\":\"x\"}\n" + GOOD2 + "\n"));
    assertThat(ids(s), contains("g1", "g2"));
    assertThat(s.reasons(), contains("MALFORMED_JSON"));
  }

  @Test
  void aBinaryFileIsStillOneReject() throws IOException {
    byte[] bin = new byte[300];
    for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 37);
    assertThat(jsonl("bin.jsonl", bin).reasons(), contains("BINARY_FILE"));
  }

  private static byte[] withBom(String text, Charset cs) {
    byte[] body = text.getBytes(cs);
    byte[] bom = cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
        : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() throws IOException {
    String lines = GOOD1 + "\r\n{\"id\":\"ru\",\"text\":\"Переговоры в Москве 😀\"}\r\n" + GOOD2 + "\r\n";
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      CollectingSink s = jsonl("u16-" + cs.name() + ".jsonl", withBom(lines, cs));
      assertThat(cs.name(), s.rejects, empty());
      assertThat(cs.name(), ids(s), contains("g1", "ru", "g2"));
      assertEquals("Переговоры в Москве 😀", s.articles.get(1).text);
    }
    CollectingSink page = txt("site/u16.txt", withBom("Заголовок страницы\n\nТекст статьи о визите.\n",
        StandardCharsets.UTF_16LE));
    assertThat(page.rejects, empty());
    assertEquals("Заголовок страницы", page.articles.get(0).title);
  }

  @Test
  void aVeryLongNumberIsNotCalledNestingTooDeep() throws IOException {
    String digits = "9".repeat(5000);
    CollectingSink s = jsonl("num.jsonl", utf8(GOOD1 + "\n{\"id\":\"n\",\"views\":" + digits
        + ",\"text\":\"x\"}\n" + GOOD2 + "\n"));
    assertThat(ids(s), contains("g1", "g2"));
    assertThat(s.reasons(), contains("NUMBER_TOO_LONG"));
    // and a real nesting bomb keeps its reason
    s = jsonl("deep.jsonl", utf8("[".repeat(200) + "]".repeat(200) + "\n" + GOOD1 + "\n"));
    assertThat(s.reasons(), contains("NESTING_TOO_DEEP"));
  }

  @Test
  void aZeroByteGzipFileIsEmptyNotTruncated() throws IOException {
    assertThat(jsonl("none.jsonl.gz", new byte[0]).reasons(), contains("EMPTY_FILE"));
    assertThat(txt("site/none.txt.gz", new byte[0]).reasons(), contains("EMPTY_FILE"));
    // a gzip of nothing is empty too
    assertThat(jsonl("nothing.jsonl.gz", WarcFixtures.gzip(new byte[0])).reasons(),
        contains("EMPTY_FILE"));
  }

  @Test
  void plainTextNamedGzIsReadAsPlainText() throws IOException {
    CollectingSink s = jsonl("plain.jsonl.gz", utf8(GOOD1 + "\n" + GOOD2 + "\n"));
    assertThat(s.rejects, empty());
    assertThat(ids(s), contains("g1", "g2"));
    CollectingSink page = txt("site/plain.txt.gz", utf8("A headline\n\nThe body of the page.\n"));
    assertThat(page.rejects, empty());
    assertEquals("A headline", page.articles.get(0).title);
    // and a real gzip still decompresses, whatever its name
    CollectingSink gz = jsonl("zipped.jsonl", WarcFixtures.gzip(utf8(GOOD3 + "\n")));
    assertThat(ids(gz), contains("g3"));
  }

  @Test
  void crOnlyLineEndsSeparateRecords() throws IOException {
    CollectingSink s = jsonl("mac.jsonl", utf8(GOOD1 + "\r" + GOOD2 + "\r" + "not json" + "\r" + GOOD3 + "\r"));
    assertThat(ids(s), contains("g1", "g2", "g3"));
    assertThat(s.reasons(), contains("MALFORMED_JSON"));
    assertEquals("line 3", s.rejects.get(0).location);
    // CR LF and LF still count one line end each, also across the reader's buffer boundary
    StringBuilder b = new StringBuilder();
    int n = 0;
    while (b.length() < (1 << 16) + 100) {
      b.append("{\"id\":\"m").append(n++).append("\",\"text\":\"t\"}").append(n % 2 == 0 ? "\r\n" : "\n");
    }
    CollectingSink many = jsonl("many.jsonl", utf8(b.toString()));
    assertEquals(n, many.articles.size());
    assertThat(many.rejects, empty());
    assertEquals("line " + n, many.articles.get(n - 1).location);
    CollectingSink page = txt("site/mac.txt", utf8("A headline\r\rFirst paragraph.\rSecond paragraph.\r"));
    assertThat(page.rejects, empty());
    RawArticle a = page.articles.get(0);
    assertEquals("A headline", a.title);
    assertThat(a.text.strip(), is("First paragraph.\nSecond paragraph."));
  }

  @Test
  void aGzipWithABrokenHeaderIsStillTruncatedGzip() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {0x1f, (byte) 0x8b, 0x08, (byte) 0xff, 1, 2});
    assertThat(jsonl("broken.jsonl.gz", b.toByteArray()).reasons(), contains("TRUNCATED_GZIP"));
  }
}
