package org.coopevents.gen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The files of a generated corpus: {@code input/jsonl/part-NNNNN.jsonl} (rotated every
 * {@link #LINES_PER_FILE} lines), {@code input/pages/<outlet>/<id>.txt},
 * {@code input/warc/part-NNNNN.warc.gz} (rotated every {@link #RECORDS_PER_WARC} records) and
 * {@code gold.jsonl}. Holds one open file of each kind; nothing else.
 */
final class CorpusFiles implements Closeable {
  static final int LINES_PER_FILE = 5000;
  static final int RECORDS_PER_WARC = 2000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Path input;
  private final Writer gold;
  private Writer jsonl;
  private int jsonlFiles;
  private int jsonlLines;
  private OutputStream warcOut;
  private WarcWriter warc;
  private int warcFiles;
  private int warcRecords;
  long bytes;

  CorpusFiles(Path dir) throws IOException {
    this.input = dir.resolve("input");
    Files.createDirectories(input);
    this.gold = Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8);
  }

  /** One line into the current JSON Lines file, verbatim (bad records included). */
  void jsonLine(String line) throws IOException {
    if (jsonl == null || jsonlLines >= LINES_PER_FILE) {
      if (jsonl != null) jsonl.close();
      Path f = input.resolve("jsonl").resolve(String.format("part-%05d.jsonl", jsonlFiles++));
      Files.createDirectories(f.getParent());
      jsonl = new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.UTF_8), 1 << 16);
      jsonlLines = 0;
    }
    jsonl.write(line);
    jsonl.write('\n');
    jsonlLines++;
    bytes += line.length() + 1;
  }

  /** A JSON Lines article; {@code newsPlease} uses the crawler's field names, {@code html} sends a page. */
  void jsonArticle(Unit u, boolean newsPlease, boolean html) throws IOException {
    StringWriter sw = new StringWriter(u.piece().body().length() + 256);
    try (JsonGenerator g = FACTORY.createGenerator(sw)) {
      g.writeStartObject();
      if (!newsPlease) g.writeStringField("id", u.id());
      g.writeStringField("url", u.url());
      g.writeStringField(newsPlease ? "source_domain" : "source", newsPlease ? u.outlet().domain()
          : u.outlet().name());
      g.writeStringField(newsPlease ? "date_publish" : "published_at", newsPlease
          ? u.published() + " 09:30:00" : u.published().toString());
      g.writeStringField("language", u.lang());
      g.writeStringField("title", u.piece().title());
      if (html) g.writeStringField("html", html(u));
      else g.writeStringField(newsPlease ? "maintext" : "text", u.piece().body());
      g.writeEndObject();
    }
    jsonLine(sw.toString());
  }

  /** A saved text page: title line, then the body; the gold id is the file's base name. */
  void textPage(Unit u) throws IOException {
    String folder = u.outlet().domain().replace(".example", "");
    Path f = input.resolve("pages").resolve(folder).resolve(u.id() + ".txt");
    Files.createDirectories(f.getParent());
    byte[] b = (u.piece().title() + "\n\n" + u.piece().body()).getBytes(StandardCharsets.UTF_8);
    Files.write(f, b);
    bytes += b.length;
  }

  /** A 200 response with the article's HTML page in the current WARC file. */
  void warcRecord(Unit u) throws IOException {
    if (warc == null || warcRecords >= RECORDS_PER_WARC) {
      closeWarc();
      Path f = input.resolve("warc").resolve(String.format("part-%05d.warc.gz", warcFiles++));
      Files.createDirectories(f.getParent());
      warcOut = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
      warc = new WarcWriter(Channels.newChannel(warcOut), WarcCompression.GZIP);
      warcRecords = 0;
    }
    byte[] page = html(u).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream http = new ByteArrayOutputStream(page.length + 128);
    http.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + page.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    http.write(page);
    Instant date = u.published().atTime(10, 0).toInstant(ZoneOffset.UTC);
    warc.write(new WarcResponse.Builder(u.url())
        .recordId(URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(u.url().getBytes(StandardCharsets.UTF_8))))
        .date(date)
        .body(MediaType.HTTP_RESPONSE, http.toByteArray())
        .build());
    warcRecords++;
    bytes += http.size();
  }

  /**
   * The gold line of an article: {@code id} (and {@code url} for pages read from WARC), and for a
   * copy {@code copy_of}, the id of the article it copies.
   */
  void gold(Unit u, boolean byUrl) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", u.id());
    if (byUrl) o.put("url", u.url());
    if (u.copyOf() != null) o.put("copy_of", u.copyOf());
    o.set("events", u.gold() == null ? JSON.createArrayNode() : u.gold());
    gold.write(JSON.writeValueAsString(o));
    gold.write('\n');
  }

  static ArrayNode array() {
    return JSON.createArrayNode();
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static String html(Unit u) {
    StringBuilder b = new StringBuilder(u.piece().body().length() + 600);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(u.lang()).append("\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(esc(u.piece().title())).append(" | ").append(esc(u.outlet().name()))
        .append("</title><meta property=\"article:published_time\" content=\"").append(u.published())
        .append("T09:30:00Z\"></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>")
        .append(" <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a></nav></header>\n<article><h1>")
        .append(esc(u.piece().title())).append("</h1>\n<time datetime=\"").append(u.published()).append("\">")
        .append(u.published()).append("</time>\n");
    for (String p : u.piece().body().split("\n\n")) {
      if (!p.isBlank()) b.append("<p>").append(esc(p.strip())).append("</p>\n");
    }
    b.append("</article><footer><p>&copy; ").append(u.published().getYear()).append(' ')
        .append(esc(u.outlet().name())).append("</p></footer></body></html>\n");
    return b.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private void closeWarc() throws IOException {
    if (warc != null) {
      warc.close();
      warcOut.close();
      warc = null;
    }
  }

  @Override
  public void close() throws IOException {
    if (jsonl != null) jsonl.close();
    closeWarc();
    gold.close();
  }

  /** One article ready to be written. */
  record Unit(String id, String url, Outlet outlet, LocalDate published, String lang, Piece piece,
      ArrayNode gold, String copyOf) {}
}
