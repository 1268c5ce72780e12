package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.coopevents.model.RawArticle;
import org.coopevents.testing.CollectingSink;
import org.coopevents.testing.TestdataWarcs;
import org.coopevents.text.HtmlMainText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFileReaderTest {
  @TempDir Path dir;

  private CollectingSink read(Path f) {
    CollectingSink s = new CollectingSink();
    long n = new WarcFileReader(ReadLimits.defaults()).read(InputSource.of(f), s);
    assertEquals(n, s.articles.size() + s.rejects.size(), "read = accepted + rejected");
    return s;
  }

  @Test
  void gzippedArchiveGivesHtmlResponsesAndCountsTheRest() throws IOException {
    Path f = dir.resolve("a.warc.gz");
    TestdataWarcs.writeArchive(f, true);
    CollectingSink s = read(f);
    assertThat(s.articles, hasSize(3));
    assertThat(s.rejects, hasSize(0));
    assertEquals(Map.of("request", 1L, "metadata", 1L, "revisit", 1L,
        "response-status-404", 1L, "response-non-html", 1L), s.skipped);
    RawArticle en = s.articles.get(0);
    assertEquals("https://nomad-times.example/en/2024/06/12/mongolia-japan", en.url);
    assertEquals("nomad-times.example", en.source);
    assertEquals("2024-06-14", en.fallbackDate);
    assertThat(en.location, startsWith("offset "));
  }

  @Test
  void windows1251PageWithoutHeaderCharsetIsReadable() throws IOException {
    Path f = dir.resolve("a.warc.gz");
    TestdataWarcs.writeArchive(f, true);
    RawArticle ru = read(f).articles.get(1);
    assertThat(HtmlMainText.extract(ru.html, ru.url).text, containsString("Мишустин"));
  }

  @Test
  void chunkedGzipEncodedResponseIsDecoded() throws IOException {
    Path f = dir.resolve("a.warc");
    TestdataWarcs.writeArchive(f, false);
    RawArticle q = read(f).articles.get(2);
    assertThat(q.html, containsString("promotion and protection of investments"));
  }

  @Test
  void corruptMemberIsOneRejectAndReadingGoesOn() throws IOException {
    Path f = dir.resolve("c.warc.gz");
    TestdataWarcs.writeCorrupt(f);
    CollectingSink s = read(f);
    assertThat(s.reasons(), contains("CORRUPT_WARC_RECORD"));
    assertThat(s.articles.stream().map(a -> a.url).toList(),
        contains("https://a.example/1", "https://a.example/3"));
  }

  @Test
  void garbageInsideAnUncompressedArchiveIsSkippedToTheNextRecord() throws IOException {
    Path good = dir.resolve("g.warc");
    TestdataWarcs.writeArchive(good, false);
    byte[] b = Files.readAllBytes(good);
    String s = new String(b, StandardCharsets.ISO_8859_1);
    int second = s.indexOf("WARC/1.", s.indexOf("WARC/1.") + 1);
    byte[] broken = (s.substring(0, second) + "GARBAGE LINE\r\nmore junk\r\n\r\n" + s.substring(second))
        .getBytes(StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("broken.warc");
    Files.write(f, broken);
    CollectingSink r = read(f);
    assertThat(r.reasons(), contains("CORRUPT_WARC_RECORD"));
    assertThat(r.articles, hasSize(3));
  }

  @Test
  void aFileThatIsNotAWarcIsOneReject() throws IOException {
    Path f = dir.resolve("note.warc");
    Files.writeString(f, "just some notes, saved with the wrong name\n");
    assertThat(read(f).reasons(), contains("NOT_A_WARC"));
    Path e = dir.resolve("empty.warc.gz");
    Files.write(e, new byte[0]);
    assertThat(read(e).reasons(), contains("EMPTY_FILE"));
  }
}
