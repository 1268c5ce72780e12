package org.coopevents.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectReason;
import org.coopevents.model.RejectRow;
import org.coopevents.text.HtmlCharset;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files (ISO 28500), plain or gzipped per record, with jwarc. Each {@code response}
 * record with a 2xx HTML payload is one article; HTTP chunked transfer and content encodings
 * are decoded, the charset comes from the HTTP header, else the page's {@code <meta>}, else
 * detection. Other records are skipped and counted by type. A corrupt record becomes a
 * reject and reading resumes at the next record boundary (the next gzip member, or the next
 * {@code WARC/1.x} line), so one bad record does not hide the rest of the file.
 */
public final class WarcFileReader {
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final ReadLimits limits;

  public WarcFileReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Reads every record of the file; returns the number of units (article records) read. */
  public long read(InputSource source, UnitSink sink) {
    String file = source.name();
    long[] units = {0};
    try (SeekableByteChannel ch = source.openSeekable()) {
      if (ch == null) {
        try (InputStream in = source.openStream()) {
          Failure f = readFrom(file, Channels.newChannel(in), sink, units);
          if (f != null) {
            units[0]++;
            sink.reject(RejectRow.of(file, f.lastGood < 0 ? "offset 0" : "after offset " + f.lastGood,
                RejectReason.CORRUPT_WARC_RECORD, "unreadable WARC record (the file system "
                    + "cannot seek, so the rest of the file is not read): " + f.message, ""));
          }
        }
        return units[0];
      }
      long size = ch.size();
      if (size == 0) {
        sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_FILE, "the file is empty", ""));
        return 1;
      }
      byte[] head = new byte[(int) Math.min(512, size)];
      readFully(ch, 0, head);
      boolean gz = startsWith(head, GZIP_MAGIC);
      boolean plain = startsWith(head, WARC_MAGIC);
      long pos = 0;
      if (!gz && !plain) {
        long next = findSignature(ch, 1, size);
        if (next < 0) {
          sink.reject(RejectRow.of(file, "offset 0", RejectReason.NOT_A_WARC,
              "the file does not start with a WARC record (no 'WARC/1.x' header, no gzip member)",
              Samples.of(head)));
          return 1;
        }
        units[0]++;
        sink.reject(RejectRow.of(file, "offset 0", RejectReason.CORRUPT_WARC_RECORD,
            "bytes before the first WARC record, skipped to offset " + next, Samples.of(head)));
        pos = next;
      }
      while (pos >= 0 && pos < size) {
        ch.position(pos);
        Failure f = readFrom(file, ch, sink, units);
        if (f == null) break;
        units[0]++;
        long badAt;
        String where;
        if (f.lastGood < 0) {
          badAt = pos;
          where = "offset " + pos;
        } else {
          // The damage lies after the last good record: either in the record at the next
          // boundary, or in stray bytes before it. A probe of that record tells which.
          long next = findSignature(ch, f.lastGood + 1, size);
          if (next < 0) {
            sink.reject(RejectRow.of(file, "after offset " + f.lastGood,
                RejectReason.CORRUPT_WARC_RECORD, "unreadable bytes at the end of the file: "
                    + f.message, ""));
            break;
          }
          if (readable(ch, next)) {
            sink.reject(RejectRow.of(file, "before offset " + next,
                RejectReason.CORRUPT_WARC_RECORD, "unreadable bytes between records: "
                    + f.message, ""));
            pos = next;
            continue;
          }
          badAt = next;
          where = "offset " + next;
        }
        sink.reject(RejectRow.of(file, where, RejectReason.CORRUPT_WARC_RECORD,
            "unreadable WARC record: " + f.message, ""));
        pos = findSignature(ch, badAt + 1, size);
      }
      return units[0];
    } catch (IOException e) {
      units[0]++;
      sink.reject(RejectRow.of(file, "file", RejectReason.UNREADABLE_FILE,
          "cannot read the file: " + e.getMessage(), ""));
      return units[0];
    }
  }

  /** Why reading stopped early: the last record read whole (-1 if none) and the error. */
  private static final class Failure {
    final long lastGood;
    final String message;

    Failure(long lastGood, Exception e) {
      this.lastGood = lastGood;
      this.message = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Reads records from the channel's position to the end (null) or to the first failure. */
  private Failure readFrom(String file, ReadableByteChannel ch, UnitSink sink, long[] units) {
    long lastGood = -1;
    try {
      WarcReader reader = new WarcReader(ch);
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) return null;
        WarcRecord record = next.get();
        handle(file, record, sink, units);
        lastGood = record.position();
      }
    } catch (IOException | RuntimeException e) {
      return new Failure(lastGood, e);
    }
  }

  /** Whether one whole record can be read at {@code pos}. */
  private static boolean readable(SeekableByteChannel ch, long pos) {
    try {
      ch.position(pos);
      WarcReader reader = new WarcReader(ch);
      Optional<WarcRecord> r = reader.next();
      if (r.isEmpty()) return false;
      r.get().body().consume();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void handle(String file, WarcRecord record, UnitSink sink, long[] units)
      throws IOException {
    String type = record.type().toLowerCase(Locale.ROOT);
    if (!(record instanceof WarcResponse)) {
      sink.skipped(type);
      return;
    }
    WarcResponse response = (WarcResponse) record;
    String contentType = response.contentType() == null ? "" : response.contentType().base().toString();
    if (!contentType.startsWith("application/http")) {
      sink.skipped("response-non-http");
      return;
    }
    HttpResponse http = response.http();
    int status = http.status();
    if (status < 200 || status > 299) {
      sink.skipped("response-status-" + status);
      return;
    }
    String httpType = http.headers().first("Content-Type").orElse("");
    String base = httpType.toLowerCase(Locale.ROOT);
    int semi = base.indexOf(';');
    if (semi >= 0) base = base.substring(0, semi);
    base = base.strip();
    MessageBody body = http.bodyDecoded();
    byte[] bytes = TextPageReader.readUpTo(body.stream(), limits.maxUnitBytes + 1);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml")
        || (base.isEmpty() && sniffHtml(bytes));
    if (!html) {
      sink.skipped("response-non-html");
      return;
    }
    units[0]++;
    String location = "offset " + record.position();
    if (bytes.length > limits.maxUnitBytes) {
      sink.reject(RejectRow.of(file, location, RejectReason.TOO_LARGE,
          "the page is over the limit of " + limits.maxUnitBytes + " bytes (--maxUnitBytes)",
          Samples.of(bytes)));
      return;
    }
    if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096),
        java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      sink.reject(RejectRow.of(file, location, RejectReason.EMPTY_TEXT,
          "the HTTP response has an empty body", ""));
      return;
    }
    String page = HtmlCharset.decode(bytes, httpType.isEmpty() ? null : httpType);
    String url = response.target();
    String date = response.date() == null ? null
        : response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    sink.article(new RawArticle(file, location, InputFormat.WARC.name(), null, url, host(url),
        null, date, null, null, null, page));
  }

  private static boolean sniffHtml(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      if (h == null) return null;
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The offset of the next record boundary at or after {@code from}, or -1. */
  private static long findSignature(SeekableByteChannel ch, long from, long size) throws IOException {
    byte[] buf = new byte[1 << 16];
    long pos = from;
    while (pos < size) {
      int n = (int) Math.min(buf.length, size - pos);
      readFully(ch, pos, buf, n);
      for (int i = 0; i < n; i++) {
        if (matchesAt(buf, i, n, GZIP_MAGIC)
            || (matchesAt(buf, i, n, WARC_MAGIC) && (pos + i == 0 || (i > 0 && buf[i - 1] == '\n')))) {
          return pos + i;
        }
      }
      if (pos + n >= size) break;
      pos += n - WARC_MAGIC.length; // overlap, so a signature across the boundary is found
    }
    return -1;
  }

  private static boolean matchesAt(byte[] buf, int i, int n, byte[] sig) {
    if (i + sig.length > n) return false;
    for (int k = 0; k < sig.length; k++) {
      if (buf[i + k] != sig[k]) return false;
    }
    return true;
  }

  private static boolean startsWith(byte[] b, byte[] sig) {
    return matchesAt(b, 0, b.length, sig);
  }

  private static void readFully(SeekableByteChannel ch, long pos, byte[] b) throws IOException {
    readFully(ch, pos, b, b.length);
  }

  private static void readFully(SeekableByteChannel ch, long pos, byte[] b, int n) throws IOException {
    ch.position(pos);
    ByteBuffer bb = ByteBuffer.wrap(b, 0, n);
    while (bb.hasRemaining()) {
      if (ch.read(bb) < 0) break;
    }
  }
}
