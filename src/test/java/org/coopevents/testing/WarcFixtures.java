package org.coopevents.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes real WARC files with jwarc for tests and for the bundled testdata: HTTP responses
 * (optionally chunked, gzip-encoded, in any charset), requests, metadata and revisits.
 * Record ids are derived from the URL, so the same calls write the same bytes.
 */
public final class WarcFixtures implements AutoCloseable {
  private final WarcWriter writer;
  private final OutputStream out;
  private int counter;

  public WarcFixtures(Path file, boolean gzip) throws IOException {
    this.out = Files.newOutputStream(file);
    this.writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** An HTTP response record. */
  public WarcFixtures response(String url, Instant date, int status, String contentType,
      byte[] body, boolean chunked, boolean gzipEncoded) throws IOException {
    byte[] payload = gzipEncoded ? gzip(body) : body;
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    String reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Status";
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason + "\r\n");
    if (contentType != null) head.append("Content-Type: ").append(contentType).append("\r\n");
    if (gzipEncoded) head.append("Content-Encoding: gzip\r\n");
    if (chunked) {
      head.append("Transfer-Encoding: chunked\r\n");
    } else {
      head.append("Content-Length: ").append(payload.length).append("\r\n");
    }
    head.append("\r\n");
    http.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (chunked) {
      int half = payload.length / 2;
      writeChunk(http, payload, 0, half);
      writeChunk(http, payload, half, payload.length - half);
      http.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    } else {
      http.write(payload);
    }
    writer.write(new WarcResponse.Builder(url)
        .recordId(id(url, "response"))
        .date(date)
        .body(MediaType.HTTP_RESPONSE, http.toByteArray())
        .build());
    return this;
  }

  /** A 200 HTML response in the given charset, declared in the HTTP header or not at all. */
  public WarcFixtures html(String url, Instant date, String html, Charset charset,
      boolean declareInHeader) throws IOException {
    String type = declareInHeader ? "text/html; charset=" + charset.name() : "text/html";
    return response(url, date, 200, type, html.getBytes(charset), false, false);
  }

  public WarcFixtures request(String url, Instant date) throws IOException {
    String req = "GET " + java.net.URI.create(url).getPath() + " HTTP/1.1\r\nHost: "
        + java.net.URI.create(url).getHost() + "\r\nUser-Agent: coopevents-tests\r\n\r\n";
    writer.write(new WarcRequest.Builder(url)
        .recordId(id(url, "request"))
        .date(date)
        .body(MediaType.HTTP_REQUEST, req.getBytes(StandardCharsets.ISO_8859_1))
        .build());
    return this;
  }

  public WarcFixtures metadata(String url, Instant date) throws IOException {
    writer.write(new WarcMetadata.Builder()
        .targetURI(url)
        .recordId(id(url, "metadata"))
        .date(date)
        .body(MediaType.parse("application/warc-fields"),
            "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8))
        .build());
    return this;
  }

  public WarcFixtures revisit(String url, Instant date) throws IOException {
    writer.write(new WarcRevisit.Builder(url)
        .recordId(id(url, "revisit"))
        .date(date)
        .build());
    return this;
  }

  private UUID id(String url, String kind) {
    return UUID.nameUUIDFromBytes((kind + " " + url + " " + (counter++)).getBytes(StandardCharsets.UTF_8));
  }

  private static void writeChunk(ByteArrayOutputStream out, byte[] b, int off, int len) throws IOException {
    out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(b, off, len);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  public static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
      gz.write(b);
    }
    return bo.toByteArray();
  }

  /** A minimal news page: title, a date meta, paragraphs, and some page furniture. */
  public static String newsPage(String title, String isoDate, String lang, String... paragraphs) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"%CHARSET%\">")
        .append("<title>").append(title).append(" | Test Outlet</title>");
    if (isoDate != null) {
      b.append("<meta property=\"article:published_time\" content=\"").append(isoDate).append("\">");
    }
    b.append("</head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
        .append("<li><a href=\"/economy\">Economy</a></li></ul></nav><main><article><h1>")
        .append(title).append("</h1>");
    for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
    b.append("</article><aside class=\"related\"><h3>Related</h3><ul>")
        .append("<li><a href=\"/a\">Markets close higher on Friday</a></li>")
        .append("<li><a href=\"/b\">Weather: rain expected over the weekend</a></li></ul></aside></main>")
        .append("<footer>© Test Outlet. All rights reserved.</footer></body></html>");
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    writer.close();
    out.close();
  }
}
