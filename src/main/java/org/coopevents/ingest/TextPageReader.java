package org.coopevents.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectReason;
import org.coopevents.model.RejectRow;
import org.coopevents.text.HtmlCharset;
import org.coopevents.text.PublishedDates;

/**
 * Reads a page saved as text: one article per file, the first non-empty line is the title,
 * the rest is the body with its page furniture (removed later, in cleaning). The source is
 * the name of the file's folder. Text that is not UTF-8 is decoded by detection (saved
 * Russian pages are often windows-1251).
 *
 * <p>What the page prints about itself is kept (dataset.md, {@code articles}). Its head is
 * the lines after the title up to the first line of prose (a long line, or a sentence of eight
 * words or more). The date on a line of its own in the head ("12:40, 4 April 2024", "13 марта 2025 года 17:02";
 * see {@link PublishedDates#printedDateLine}) becomes {@code published_at}, a line that
 * updates rather than publishes ("Updated: ...", "Обновлено ...") only when no other is
 * printed; and the page's address, printed as a line of its own in the head or after a label
 * in its head or last lines ("Source: https://...", "URL: ...",
 * "Источник: https://..."), becomes {@code url}.
 */
public final class TextPageReader {
  /** Lines after the title that make the page's head, where its date and address are printed. */
  static final int HEAD_LINES = 15;
  /** A line this long is a body paragraph: the head ends before it. */
  static final int PARAGRAPH_CHARS = 200;
  /** A line of this many words ending as a sentence ends is prose: the head ends before it. */
  private static final Pattern PROSE = Pattern.compile("^(?:\\S+\\s+){7,}\\S*[.!?…»\"”]$");
  /** Last non-empty lines searched for a labelled address ("Source: https://..."). */
  static final int TAIL_LINES = 5;
  private static final Pattern URL_LINE = Pattern.compile(
      "(?iu)^(?:(source|url|link|canonical|original|permalink|источник|ссылка|адрес|оригинал)"
          + "\\s*:\\s*)?<?(https?://[^\\s<>\"]+[^\\s<>\".,;)])>?$");
  private static final Pattern UPDATED = Pattern.compile(
      "(?iu)\\b(updated|modified|edited|обновлено|обновлён|обновлен|изменено)\\b");

  private final ReadLimits limits;

  public TextPageReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Reads the file; returns the number of units read (always 1). */
  public long read(InputSource source, UnitSink sink) {
    String file = source.name();
    byte[] bytes = readPage(source, sink, limits, "text");
    if (bytes == null) return 1;
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
    PrintedFacts facts = PrintedFacts.of(body);
    sink.article(new RawArticle(file, "file", InputFormat.TXT.name(), null, facts.url,
        folderName(file), facts.date, null, null, title, body, null));
    return 1;
  }

  /** The date and address a saved page prints about itself (null when it prints none). */
  record PrintedFacts(String date, String url) {
    static PrintedFacts of(String body) {
      List<String> lines = new ArrayList<>();
      int from = 0;
      // head: up to HEAD_LINES non-empty lines, ending before the first body paragraph
      while (from < body.length() && lines.size() < HEAD_LINES) {
        int nl = body.indexOf('\n', from);
        int end = nl < 0 ? body.length() : nl;
        String line = body.substring(from, end).strip();
        from = nl < 0 ? body.length() : nl + 1;
        if (line.isEmpty()) continue;
        if (line.length() > PARAGRAPH_CHARS || PROSE.matcher(line).matches()) break;
        lines.add(line);
      }
      String date = null;
      String updated = null;
      String url = null;
      for (String line : lines) {
        if (url == null) url = url(line, false);
        String d = PublishedDates.printedDateLine(line);
        if (d == null) continue;
        if (UPDATED.matcher(line).find()) {
          if (updated == null) updated = d;
        } else if (date == null) {
          date = d;
        }
      }
      if (url == null) {
        for (String line : lastLines(body, TAIL_LINES)) {
          url = url(line, true);
          if (url != null) break;
        }
      }
      return new PrintedFacts(date != null ? date : updated, url);
    }

    /** The address on a line of its own; in the tail, only after a label. */
    private static String url(String line, boolean labelOnly) {
      if (line.length() > 2048) return null;
      Matcher m = URL_LINE.matcher(line);
      if (!m.matches() || (labelOnly && m.group(1) == null)) return null;
      return m.group(2);
    }

    /** The last {@code n} non-empty lines, last first; reads only the end of the text. */
    private static List<String> lastLines(String body, int n) {
      List<String> out = new ArrayList<>();
      int end = body.length();
      while (end > 0 && out.size() < n) {
        int nl = body.lastIndexOf('\n', end - 1);
        String line = body.substring(nl + 1, end).strip();
        if (!line.isEmpty()) out.add(line);
        end = Math.max(nl, 0);
        if (nl < 0) break;
      }
      return out;
    }
  }

  /**
   * The bytes of a file that is one page (gzip undone), or null after one reject saying why it
   * cannot be one: unreadable or truncated, empty, over the limit, or binary (not
   * {@code kind}, as "text" or "a web page").
   */
  static byte[] readPage(InputSource source, UnitSink sink, ReadLimits limits, String kind) {
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
      return null;
    }
    if (bytes.length == 0) {
      sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_FILE, "the file is empty", ""));
      return null;
    }
    if (bytes.length > limits.maxUnitBytes) {
      sink.reject(RejectRow.of(file, "file", RejectReason.TOO_LARGE,
          "the page is over the limit of " + limits.maxUnitBytes + " bytes (--maxUnitBytes)",
          Samples.of(bytes)));
      return null;
    }
    if (ByteSniffer.looksBinary(bytes, bytes.length)) {
      sink.reject(RejectRow.of(file, "file", RejectReason.BINARY_FILE,
          "the file holds binary bytes, not " + kind, Samples.of(bytes)));
      return null;
    }
    return bytes;
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
