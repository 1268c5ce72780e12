package org.coopevents.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectReason;
import org.coopevents.model.RejectRow;
import org.coopevents.text.HtmlCharset;

/**
 * Reads a page saved as text: one article per file, the first non-empty line is the title,
 * the rest is the body with its page furniture (removed later, in cleaning). The source is
 * the name of the file's folder. Text that is not UTF-8 is decoded by detection (saved
 * Russian pages are often windows-1251).
 */
public final class TextPageReader {
  private final ReadLimits limits;

  public TextPageReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Reads the file; returns the number of units read (always 1). */
  public long read(InputSource source, UnitSink sink) {
    String file = source.name();
    byte[] bytes;
    boolean gz = false;
    try (InputStream raw = source.openStream()) {
      FileContent.Opened content = FileContent.open(raw);
      gz = content.gzip;
      bytes = readUpTo(content.in, limits.maxUnitBytes + 1);
    } catch (IOException e) {
      gz |= e instanceof FileContent.BadGzip;
      sink.reject(RejectRow.of(file, "file",
          gz ? RejectReason.TRUNCATED_GZIP : RejectReason.UNREADABLE_FILE,
          (gz ? "the gzip stream is truncated or corrupt: " : "cannot read the file: ")
              + e.getMessage(), ""));
      return 1;
    }
    if (bytes.length == 0) {
      sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_FILE, "the file is empty", ""));
      return 1;
    }
    if (bytes.length > limits.maxUnitBytes) {
      sink.reject(RejectRow.of(file, "file", RejectReason.TOO_LARGE,
          "the page is over the limit of " + limits.maxUnitBytes + " bytes (--maxUnitBytes)",
          Samples.of(bytes)));
      return 1;
    }
    if (ByteSniffer.looksBinary(bytes, bytes.length)) {
      sink.reject(RejectRow.of(file, "file", RejectReason.BINARY_FILE,
          "the file holds binary bytes, not text", Samples.of(bytes)));
      return 1;
    }
    String text = ByteSniffer.strictUtf8(bytes, 0, bytes.length);
    if (text == null) {
      text = HtmlCharset.decode(bytes, null);
    }
    if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
    int start = 0;
    String title = null;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(start, lineEnd).strip();
      start = nl < 0 ? text.length() : nl + 1;
      if (!line.isEmpty()) {
        title = line;
        break;
      }
    }
    String body = text.substring(Math.min(start, text.length()));
    if (title == null || body.isBlank()) {
      sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_TEXT,
          title == null ? "the page holds only blank lines" : "the page has a title but no body",
          Samples.of(bytes)));
      return 1;
    }
    sink.article(new RawArticle(file, "file", InputFormat.TXT.name(), null, null,
        folderName(file), null, null, null, title, body, null));
    return 1;
  }

  static String folderName(String file) {
    Path parent = Path.of(file).getParent();
    return parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
  }

  static byte[] readUpTo(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while (total < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0) {
      out.write(buf, 0, n);
      total += n;
    }
    return out.toByteArray();
  }
}
