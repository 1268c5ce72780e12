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
          if (f != null && f.held != null) f.held.flush();
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
        long next = nextRecordStart(ch, 1, size, false);
        long nextGz = nextRecordStart(ch, 1, size, true);
        if (next < 0 || (nextGz >= 0 && nextGz < next)) {
          next = nextGz;
          gz = nextGz >= 0;
        }
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
        // One damaged stretch, one reject: it starts where the last good record ends (or
        // where reading resumed), and reading resumes at the next true record start after it.
        if (f.held != null && !gz) {
          // a record that runs into the next one's start was cut short: it is the bad one
          long inside = nextRecordStart(ch, f.lastGood + 1, size, false);
          long end = endOf(ch, f.lastGood, false, size);
          if (inside > f.lastGood && inside < end) {
            if (!f.held.counted) units[0]++;
            sink.reject(RejectRow.of(file, "offset " + f.lastGood, RejectReason.CORRUPT_WARC_RECORD,
                "WARC record cut short: its Content-Length runs into the next record, at offset "
                    + inside, ""));
            pos = inside;
            continue;
          }
        }
        if (f.held != null) f.held.flush();
        long badAt = f.lastGood < 0 ? pos : endOf(ch, f.lastGood, gz, size);
        if (badAt >= size) break; // the last record's own trailer: nothing is lost
        long next = nextRecordStart(ch, badAt + 1, size, gz);
        units[0]++;
        boolean record = isRecordStart(ch, badAt, size, gz);
        sink.reject(RejectRow.of(file, "offset " + badAt, RejectReason.CORRUPT_WARC_RECORD,
            (record ? "unreadable WARC record" : "unreadable bytes where a WARC record should start")
                + (next < 0 ? " (to the end of the file)" : ", skipped to the next record at offset " + next)
                + ": " + f.message, ""));
        pos = next;
      }
      return units[0];
    } catch (IOException e) {
      units[0]++;
      sink.reject(RejectRow.of(file, "file", RejectReason.UNREADABLE_FILE,
          "cannot read the file: " + e.getMessage(), ""));
      return units[0];
    }
  }

  /**
   * Why reading stopped early: the last record read whole (-1 if none), what reading it gave
   * (held back until the record after it parsed, see {@link #readFrom}) and the error.
   */
  private static final class Failure {
    final long lastGood;
    final Held held;
    final String message;

    Failure(long lastGood, Held held, Exception e) {
      this.lastGood = lastGood;
      this.held = held;
      this.message = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** What one record gave (an article, a reject or a skip), held back until it is known whole. */
  private static final class Held implements UnitSink {
    private final UnitSink to;
    private final java.util.List<java.util.function.Consumer<UnitSink>> calls = new java.util.ArrayList<>();
    /** Whether the record was counted as a unit (it gave an article or a reject). */
    boolean counted;

    Held(UnitSink to) {
      this.to = to;
    }

    @Override
    public void article(RawArticle a) {
      counted = true;
      calls.add(s -> s.article(a));
    }

    @Override
    public void reject(RejectRow r) {
      counted = true;
      calls.add(s -> s.reject(r));
    }

    @Override
    public void skipped(String type) {
      calls.add(s -> s.skipped(type));
    }

    void flush() {
      calls.forEach(c -> c.accept(to));
      calls.clear();
    }
  }

  /**
   * Reads records from the channel's position to the end (null) or to the first failure.
   * What a record gives is passed on once the next record has parsed (or the file ended): a
   * record whose {@code Content-Length} runs into the next one reads "whole" but swallows the
   * next record's start, and only the failure after it shows that it was damaged.
   */
  private Failure readFrom(String file, ReadableByteChannel ch, UnitSink sink, long[] units) {
    long lastGood = -1;
    Held held = null;
    try {
      WarcReader reader = new WarcReader(ch);
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (held != null) held.flush();
        held = null;
        if (next.isEmpty()) return null;
        WarcRecord record = next.get();
        Held h = new Held(sink);
        handle(file, record, h, units);
        held = h;
        lastGood = record.position();
      }
    } catch (IOException | RuntimeException e) {
      return new Failure(lastGood, held, e);
    }
  }

  /**
   * Where the record that starts at {@code start} (read whole before) ends: the end of its
   * gzip member, or its header block, {@code Content-Length} bytes and the blank lines after
   * them. Falls back to {@code start + 1} when the record cannot be measured.
   */
  static long endOf(SeekableByteChannel ch, long start, boolean gz, long size) throws IOException {
    long end = gz ? gzipMemberEnd(ch, start, size) : plainRecordEnd(ch, start, size);
    return end <= start ? start + 1 : end;
  }

  private static long plainRecordEnd(SeekableByteChannel ch, long start, long size) throws IOException {
    byte[] head = new byte[(int) Math.min(1 << 16, size - start)];
    readFully(ch, start, head);
    String h = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    int blank = h.indexOf("\r\n\r\n");
    if (blank < 0) return -1;
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?im)^content-length:[ \t]*(\\d+)[ \t]*\r?$").matcher(h.substring(0, blank + 2));
    if (!m.find()) return -1;
    long end = start + blank + 4 + Long.parseLong(m.group(1));
    // the record's trailing blank lines
    byte[] tail = new byte[(int) Math.max(0, Math.min(16, size - end))];
    readFully(ch, end, tail);
    int i = 0;
    while (i < tail.length && (tail[i] == '\r' || tail[i] == '\n')) i++;
    return end + i;
  }

  private static long gzipMemberEnd(SeekableByteChannel ch, long start, long size) throws IOException {
    ch.position(start);
    java.io.InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
    java.io.DataInputStream d = new java.io.DataInputStream(in);
    long[] used = {0};
    try {
      byte[] hdr = new byte[10];
      d.readFully(hdr);
      used[0] = 10;
      int flags = hdr[3] & 0xff;
      if ((flags & 4) != 0) { // FEXTRA
        int xlen = (d.readUnsignedByte()) | (d.readUnsignedByte() << 8);
        d.skipNBytes(xlen);
        used[0] += 2 + xlen;
      }
      if ((flags & 8) != 0) used[0] += skipZeroTerminated(d); // FNAME
      if ((flags & 16) != 0) used[0] += skipZeroTerminated(d); // FCOMMENT
      if ((flags & 2) != 0) { // FHCRC
        d.skipNBytes(2);
        used[0] += 2;
      }
      java.util.zip.Inflater inf = new java.util.zip.Inflater(true);
      try {
        byte[] buf = new byte[1 << 14];
        byte[] out = new byte[1 << 16];
        while (!inf.finished()) {
          if (inf.needsInput()) {
            int n = d.read(buf);
            if (n <= 0) return -1;
            inf.setInput(buf, 0, n);
            used[0] += n;
          }
          inf.inflate(out);
          if (inf.needsDictionary()) return -1;
        }
        return start + used[0] - inf.getRemaining() + 8; // the CRC and size trailer
      } finally {
        inf.end();
      }
    } catch (IOException | java.util.zip.DataFormatException e) {
      return -1;
    }
  }

  private static int skipZeroTerminated(java.io.DataInputStream d) throws IOException {
    int n = 0;
    while (true) {
      n++;
      if (d.readUnsignedByte() == 0) return n;
    }
  }

  /**
   * The next offset at or after {@code from} where a WARC record truly starts: in a gzipped
   * file a gzip member whose first bytes inflate to {@code WARC/1.}; in a plain file a
   * {@code WARC/1.x} line at the start of a line. Gzip magic bytes inside an uncompressed
   * payload, or stray text, are not record starts. -1 when there is none.
   */
  private static long nextRecordStart(SeekableByteChannel ch, long from, long size, boolean gz)
      throws IOException {
    long at = from;
    while (at >= 0 && at < size) {
      long c = findSignature(ch, at, size, gz);
      if (c < 0 || isRecordStart(ch, c, size, gz)) return c;
      at = c + 1;
    }
    return -1;
  }

  private static boolean isRecordStart(SeekableByteChannel ch, long pos, long size, boolean gz)
      throws IOException {
    byte[] head = new byte[(int) Math.max(0, Math.min(16, size - pos))];
    readFully(ch, pos, head);
    if (!gz) {
      if (!startsWith(head, WARC_MAGIC) || head.length < 10) return false;
      if (pos > 0) {
        byte[] prev = new byte[1];
        readFully(ch, pos - 1, prev);
        if (prev[0] != '\n') return false;
      }
      return (head[7] == '0' || head[7] == '1') && head[8] == '\r' && head[9] == '\n';
    }
    if (!startsWith(head, GZIP_MAGIC)) return false;
    ch.position(pos);
    try {
      java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
          new java.io.BufferedInputStream(Channels.newInputStream(ch), 4096), 4096);
      byte[] first = in.readNBytes(WARC_MAGIC.length);
      return java.util.Arrays.equals(first, WARC_MAGIC);
    } catch (IOException e) {
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
    // a unit is counted where it ends, as an article or a reject: a failure in between (a
    // page that cannot be decoded) is then the one reject of this record, counted once
    String location = "offset " + record.position();
    if (bytes.length > limits.maxUnitBytes) {
      units[0]++;
      sink.reject(RejectRow.of(file, location, RejectReason.TOO_LARGE,
          "the page is over the limit of " + limits.maxUnitBytes + " bytes (--maxUnitBytes)",
          Samples.of(bytes)));
      return;
    }
    if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096),
        java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      units[0]++;
      sink.reject(RejectRow.of(file, location, RejectReason.EMPTY_TEXT,
          "the HTTP response has an empty body", ""));
      return;
    }
    String page = HtmlCharset.decode(bytes, httpType.isEmpty() ? null : httpType);
    String url = response.target();
    String date = response.date() == null ? null
        : response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    units[0]++;
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
  private static long findSignature(SeekableByteChannel ch, long from, long size, boolean gz)
      throws IOException {
    byte[] buf = new byte[1 << 16];
    long pos = from;
    while (pos < size) {
      int n = (int) Math.min(buf.length, size - pos);
      readFully(ch, pos, buf, n);
      for (int i = 0; i < n; i++) {
        if (gz ? matchesAt(buf, i, n, GZIP_MAGIC)
            : matchesAt(buf, i, n, WARC_MAGIC) && (pos + i == 0 || (i > 0 && buf[i - 1] == '\n'))) {
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
