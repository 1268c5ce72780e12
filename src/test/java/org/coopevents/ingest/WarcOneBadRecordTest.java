package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.coopevents.testing.CollectingSink;
import org.coopevents.testing.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 9: one damaged WARC record gives exactly one reject, whatever the damage, and
 * the records around it are read; {@code units_read} counts the three records, no more. The
 * first record's payload is gzip-encoded, so that gzip magic bytes lie inside a good record
 * (they must not be taken for a record boundary in an uncompressed archive).
 */
class WarcOneBadRecordTest {
  private static final Instant CRAWLED = Instant.parse("2024-06-12T08:00:00Z");
  @TempDir Path dir;

  private static String page(String title, String body) {
    return WarcFixtures.newsPage(title, "2024-06-12", "en", body, "A second paragraph of the "
        + "report says the talks went well and both ministers spoke to the press afterwards.")
        .replace("%CHARSET%", "utf-8");
  }

  /** Each record of a three-record archive, written alone (member by member when gzipped). */
  private static byte[][] records(boolean gzip) throws IOException {
    byte[][] out = new byte[3][];
    for (int i = 0; i < 3; i++) {
      Path tmp = Files.createTempFile("rec", gzip ? ".warc.gz" : ".warc");
      try (WarcFixtures w = new WarcFixtures(tmp, gzip)) {
        byte[] html = page("Report number " + (i + 1) + " on the ministers' talks",
            "The ministers of two countries met in the capital on day " + (i + 1) + " and "
                + "discussed trade, energy and education.").getBytes(StandardCharsets.UTF_8);
        w.response("https://news.example/a/" + (i + 1), CRAWLED, 200, "text/html; charset=utf-8",
            html, false, i == 0);
      }
      out[i] = Files.readAllBytes(tmp);
      Files.delete(tmp);
    }
    return out;
  }

  private CollectingSink readWithDamagedMiddle(boolean gzip, UnaryOperator<byte[]> damage,
      String name) throws IOException {
    byte[][] r = records(gzip);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(r[0]);
    all.write(damage.apply(r[1]));
    all.write(r[2]);
    Path f = dir.resolve(name + (gzip ? ".warc.gz" : ".warc"));
    Files.write(f, all.toByteArray());
    CollectingSink s = new CollectingSink();
    long n = new WarcFileReader(ReadLimits.defaults()).read(InputSource.of(f), s);
    assertEquals(n, s.articles.size() + s.rejects.size(), "read = accepted + rejected");
    assertThat(name + ": " + s.rejects.stream().map(x -> x.location + " " + x.detail).toList(),
        s.reasons(), contains("CORRUPT_WARC_RECORD"));
    assertThat(name, s.articles.stream().map(a -> a.url).toList(),
        contains("https://news.example/a/1", "https://news.example/a/3"));
    assertEquals(3, n, name + ": units read");
    return s;
  }

  private static byte[] replaceFirst(byte[] b, String from, String to) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    int i = s.indexOf(from);
    if (i < 0) throw new IllegalArgumentException(from);
    return (s.substring(0, i) + to + s.substring(i + from.length())).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] cut(byte[] b, int from, int to) {
    byte[] out = new byte[b.length - (to - from)];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(b, to, out, from, b.length - to);
    return out;
  }

  @Test
  void plainRecordWithABrokenHeaderLine() throws IOException {
    readWithDamagedMiddle(false, b -> replaceFirst(b, "WARC-Type: response", "WARC-Type response\u0001"),
        "header");
  }

  @Test
  void plainRecordWithAGarbledVersionLine() throws IOException {
    readWithDamagedMiddle(false, b -> replaceFirst(b, "WARC/1.", "WXRC/1."), "version");
  }

  @Test
  void plainRecordWithBytesMissingFromItsPayload() throws IOException {
    readWithDamagedMiddle(false, b -> cut(b, b.length / 2, b.length / 2 + 40), "short");
  }

  @Test
  void plainRecordWithAContentLengthThatIsNotANumber() throws IOException {
    readWithDamagedMiddle(false, b -> replaceFirst(b, "Content-Length: ", "Content-Length: x"),
        "length");
  }

  @Test
  void gzipMemberWithDamagedDeflateData() throws IOException {
    readWithDamagedMiddle(true, b -> {
      byte[] c = b.clone();
      for (int i = c.length / 2; i < c.length / 2 + 24; i++) c[i] ^= 0x5a;
      return c;
    }, "deflate");
  }

  @Test
  void gzipMemberCutShort() throws IOException {
    readWithDamagedMiddle(true, b -> java.util.Arrays.copyOf(b, b.length / 2), "cut");
  }

  @Test
  void gzipMemberWithABrokenHeader() throws IOException {
    readWithDamagedMiddle(true, b -> {
      byte[] c = b.clone();
      c[3] = (byte) 0xff; // reserved flag bits set: not a valid gzip header
      return c;
    }, "gzheader");
  }
}
