package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coopevents.model.RawArticle;
import org.coopevents.testing.CollectingSink;
import org.coopevents.testing.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  @TempDir Path dir;

  private CollectingSink read(String name, byte[] content, ReadLimits limits) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    CollectingSink sink = new CollectingSink();
    long read = new JsonLinesReader(limits).read(InputSource.of(f), sink);
    assertEquals(read, sink.articles.size() + sink.rejects.size(),
        "every unit read ends as one article or one reject");
    return sink;
  }

  private CollectingSink read(String content) throws IOException {
    return read("in.jsonl", content.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
  }

  @Test
  void readsContractFields() throws IOException {
    CollectingSink s = read("{\"id\":\"a1\",\"url\":\"https://w.example/x\",\"source\":\"Wire\","
        + "\"published_at\":\"2024-05-16T10:00:00Z\",\"language\":\"en\",\"title\":\"T\","
        + "\"text\":\"Body text.\"}\n");
    assertThat(s.articles, hasSize(1));
    RawArticle a = s.articles.get(0);
    assertEquals("a1", a.id);
    assertEquals("Wire", a.source);
    assertEquals("2024-05-16T10:00:00Z", a.publishedAt);
    assertEquals("Body text.", a.text);
    assertThat(a.html, nullValue());
    assertEquals("line 1", a.location);
    assertEquals("JSONL", a.format);
  }

  @Test
  void acceptsNewsPleaseRecords() throws IOException {
    CollectingSink s = read("{\"url\":\"https://n.example/a\",\"source_domain\":\"n.example\","
        + "\"date_publish\":\"2024-05-17 09:15:00\",\"maintext\":\"Main text.\",\"title\":\"T\","
        + "\"authors\":[\"A\"],\"language\":\"en\"}\n");
    RawArticle a = s.articles.get(0);
    assertEquals("Main text.", a.text);
    assertEquals("n.example", a.source);
    assertEquals("2024-05-17 09:15:00", a.publishedAt);
    assertThat(a.id, nullValue());
  }

  @Test
  void htmlOnlyRecordKeepsHtml() throws IOException {
    CollectingSink s = read("{\"id\":\"h\",\"html\":\"<html><body><p>x</p></body></html>\"}\n");
    assertThat(s.articles.get(0).text, nullValue());
    assertThat(s.articles.get(0).html, containsString("<p>x</p>"));
  }

  @Test
  void everyBadLineHasItsReasonAndTheGoodOnesSurvive() throws IOException {
    String content = String.join("\n",
        "{\"id\":\"ok1\",\"text\":\"fine\"}",
        "{\"id\":\"x\",\"text\":\"unterminated}",
        "[1,2,3]",
        "42",
        "{\"id\":\"x\",\"text\":7}",
        "{\"id\":\"x\",\"title\":\"no body\"}",
        "{\"id\":\"x\",\"text\":\"   \"}",
        "{\"id\":{\"nested\":1},\"text\":\"t\"}",
        "{\"id\":\"x\",\"text\":\"t\"} trailing",
        "",
        "   ",
        "{\"id\":\"ok2\",\"text\":\"also fine\"}") + "\n";
    CollectingSink s = read(content);
    assertThat(s.articles.stream().map(a -> a.id).toList(), contains("ok1", "ok2"));
    assertThat(s.reasons(), contains("MALFORMED_JSON", "NOT_AN_OBJECT", "NOT_AN_OBJECT",
        "WRONG_FIELD_TYPE", "MISSING_BODY", "EMPTY_TEXT", "WRONG_FIELD_TYPE", "MALFORMED_JSON"));
    assertEquals("line 2", s.rejects.get(0).location);
    assertThat(s.rejects.get(0).sample, containsString("unterminated"));
    assertThat(s.rejects.get(3).detail, containsString("'text'"));
  }

  @Test
  void invalidUtf8IsBadEncoding() throws IOException {
    byte[] bad = "{\"id\":\"x\",\"text\":\"caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(bad);
    b.write(new byte[] {(byte) 0xff, (byte) 0xfe, '"', '}', '\n'});
    CollectingSink s = read("in.jsonl", b.toByteArray(), ReadLimits.defaults());
    assertThat(s.reasons(), contains("BAD_ENCODING"));
  }

  @Test
  void nestingBombIsRejectedWithoutStackOverflow() throws IOException {
    String bomb = "{\"id\":\"x\",\"text\":\"t\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n";
    CollectingSink s = read(bomb + "{\"id\":\"ok\",\"text\":\"t\"}\n");
    assertThat(s.reasons(), contains("NESTING_TOO_DEEP"));
    assertThat(s.articles, hasSize(1));
  }

  @Test
  void lineOverTheLimitIsTooLargeAndNotBuffered() throws IOException {
    String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(50_000) + "\"}\n";
    CollectingSink s = read("in.jsonl", (big + "{\"id\":\"ok\",\"text\":\"t\"}\n")
        .getBytes(StandardCharsets.UTF_8), new ReadLimits(10_000, 64));
    assertThat(s.reasons(), contains("TOO_LARGE"));
    assertThat(s.rejects.get(0).sample.length(), lessThan(250));
    assertThat(s.rejects.get(0).detail, containsString("50"));
    assertEquals("ok", s.articles.get(0).id);
  }

  @Test
  void emptyAndBinaryFilesAreOneRejectEach() throws IOException {
    assertThat(read("empty.jsonl", new byte[0], ReadLimits.defaults()).reasons(), contains("EMPTY_FILE"));
    byte[] bin = new byte[300];
    for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 37);
    assertThat(read("bin.jsonl", bin, ReadLimits.defaults()).reasons(), contains("BINARY_FILE"));
  }

  @Test
  void gzipIsReadAndATruncatedOneKeepsWhatCameBefore() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      b.append("{\"id\":\"g").append(i).append("\",\"text\":\"Article number ").append(i)
          .append(" with some words ").append(Integer.toHexString(i * 7919)).append("\"}\n");
    }
    byte[] gz = WarcFixtures.gzip(b.toString().getBytes(StandardCharsets.UTF_8));
    CollectingSink whole = read("ok.jsonl.gz", gz, ReadLimits.defaults());
    assertThat(whole.articles, hasSize(400));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length * 2 / 3);
    CollectingSink trunc = read("cut.jsonl.gz", cut, ReadLimits.defaults());
    assertThat(trunc.articles.size(), greaterThan(50));
    assertThat(trunc.articles.size(), lessThan(400));
    assertThat(trunc.reasons(), contains("TRUNCATED_GZIP"));
  }

  @Test
  void numericIdsAreKeptAsText() throws IOException {
    assertThat(read("{\"id\":123,\"text\":\"t\"}\n").articles.get(0).id, is("123"));
  }

  @Test
  void readsOnePrettyPrintedArticlePerFileAsNewsPleaseSavesThem() throws IOException {
    String doc = "{\n    \"authors\": [\n        \"A. Writer\"\n    ],\n"
        + "    \"date_publish\": \"2024-03-02 08:00:00\",\n"
        + "    \"language\": \"en\",\n"
        + "    \"maintext\": \"The two ministers met in the capital.\",\n"
        + "    \"source_domain\": \"wire.example\",\n"
        + "    \"title\": \"Ministers meet\",\n"
        + "    \"url\": \"https://wire.example/ministers\"\n}\n";
    CollectingSink s = read("9f2c.json", doc.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
    assertThat(s.rejects, hasSize(0));
    assertThat(s.articles, hasSize(1));
    RawArticle a = s.articles.get(0);
    assertEquals("The two ministers met in the capital.", a.text);
    assertEquals("wire.example", a.source);
    assertEquals("2024-03-02 08:00:00", a.publishedAt);
    assertEquals("line 1", a.location);
  }

  @Test
  void readsAnIndentedArrayElementByElement() throws IOException {
    String doc = "[\n  {\n    \"id\": \"a\",\n    \"text\": \"First body.\"\n  },\n"
        + "  {\n    \"id\": \"b\"\n  },\n"
        + "  42,\n"
        + "  {\n    \"id\": \"c\",\n    \"maintext\": \"Third body.\"\n  }\n]\n";
    CollectingSink s = read("saved.json", doc.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
    assertThat(s.articles, hasSize(2));
    assertEquals("a", s.articles.get(0).id);
    assertEquals("line 2", s.articles.get(0).location);
    assertEquals("c", s.articles.get(1).id);
    assertEquals("line 10", s.articles.get(1).location);
    assertThat(s.rejects, hasSize(2));
    assertEquals("MISSING_BODY", s.rejects.get(0).reason);
    assertEquals("line 6", s.rejects.get(0).location);
    assertEquals("NOT_AN_OBJECT", s.rejects.get(1).reason);
  }

  @Test
  void aDocumentThatIsNoArticleIsOneRejectNotOnePerLine() throws IOException {
    // a label file saved beside the pages: one object of objects, 7 lines
    String doc = "{\n  \"k1\": {\n    \"body\": \"x\"\n  },\n  \"k2\": {\n    \"body\": \"y\"\n  }\n}\n";
    CollectingSink s = read("labels.json", doc.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
    assertThat(s.articles, hasSize(0));
    assertThat(s.rejects, hasSize(1));
    assertEquals("MISSING_BODY", s.rejects.get(0).reason);
  }

  @Test
  void aBrokenDocumentKeepsWhatCameBeforeAndRejectsTheRestOnce() throws IOException {
    String doc = "[\n  {\"id\": \"a\", \"text\": \"Kept body.\"},\n  {\"id\": \"b\", \"text\": \"Cut\n";
    CollectingSink s = read("cut.json.gz", WarcFixtures.gzip(doc.getBytes(StandardCharsets.UTF_8)), ReadLimits.defaults());
    assertThat(s.articles, hasSize(1));
    assertEquals("a", s.articles.get(0).id);
    assertThat(s.rejects, hasSize(1));
    assertEquals("MALFORMED_JSON", s.rejects.get(0).reason);
  }

  @Test
  void anOversizedElementIsTooLargeAndTheNextIsStillRead() throws IOException {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 40; i++) fields.append("\"f").append(i).append("\": \"").append("x".repeat(90)).append("\", ");
    String doc = "[\n  {" + fields + "\"id\": \"a\", \"text\": \"Big.\"},\n  {\"id\": \"b\", \"text\": \"Small.\"}\n]\n";
    CollectingSink s = read("big.json", doc.getBytes(StandardCharsets.UTF_8), new ReadLimits(2048, 64));
    assertThat(s.rejects, hasSize(1));
    assertEquals("TOO_LARGE", s.rejects.get(0).reason);
    assertThat(s.articles, hasSize(1));
    assertEquals("b", s.articles.get(0).id);
  }

  @Test
  void aStringOverTheLimitEndsTheDocumentWithOneReject() throws IOException {
    String doc = "[\n  {\"id\": \"a\", \"text\": \"Kept.\"},\n  {\"id\": \"b\", \"text\": \"" + "x".repeat(3000)
        + "\"},\n  {\"id\": \"c\", \"text\": \"Small.\"}\n]\n";
    CollectingSink s = read("long.json", doc.getBytes(StandardCharsets.UTF_8), new ReadLimits(2048, 64));
    assertThat(s.articles, hasSize(1));
    assertThat(s.rejects, hasSize(1));
    assertEquals("TOO_LARGE", s.rejects.get(0).reason);
  }

  @Test
  void oneLineObjectsAndOneLineArraysStayJsonLines() {
    byte[] obj = "{\"id\": \"a\", \"text\": \"t\"}".getBytes(StandardCharsets.UTF_8);
    byte[] arr = "[1, 2]".getBytes(StandardCharsets.UTF_8);
    byte[] open = "  {".getBytes(StandardCharsets.UTF_8);
    byte[] field = "{\"authors\": [".getBytes(StandardCharsets.UTF_8);
    assertEquals(false, JsonLinesReader.opensDocument(obj, obj.length));
    assertEquals(false, JsonLinesReader.opensDocument(arr, arr.length));
    assertEquals(true, JsonLinesReader.opensDocument(open, open.length));
    assertEquals(true, JsonLinesReader.opensDocument(field, field.length));
  }
}
