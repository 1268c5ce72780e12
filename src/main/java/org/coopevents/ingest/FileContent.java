package org.coopevents.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The content of a JSON Lines or text file as its bytes say, not as its name says: gzip is
 * recognised by its magic bytes (a plain file named {@code .jsonl.gz} is read as plain text,
 * a gzip named {@code .jsonl} is decompressed), a file of no bytes is told apart from a
 * broken gzip, and UTF-16 with a byte order mark is transcoded to UTF-8, which the readers
 * then see as any other UTF-8 text.
 */
final class FileContent {
  /** The stream to read, and what was found on the way. */
  static final class Opened {
    /** The content, decompressed and in UTF-8 where it was UTF-16. */
    final InputStream in;
    /** Whether the file holds no bytes at all. */
    final boolean empty;
    /** Whether the file is gzip-compressed (by its magic bytes). */
    final boolean gzip;

    Opened(InputStream in, boolean empty, boolean gzip) {
      this.in = in;
      this.empty = empty;
      this.gzip = gzip;
    }
  }

  /** Why a gzip file cannot be opened (its header is broken). */
  static final class BadGzip extends IOException {
    BadGzip(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private FileContent() {}

  /** Opens {@code raw}; a {@link BadGzip} when it starts like gzip but its header is broken. */
  static Opened open(InputStream raw) throws IOException {
    InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
    byte[] head = peek(in, 2);
    if (head.length == 0) return new Opened(in, true, false);
    boolean gzip = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    if (gzip) {
      try {
        // not buffered again: a buffer would read ahead into a broken end and lose the
        // good lines before it along with the exception
        in = new GZIPInputStream(in, 1 << 16);
      } catch (IOException e) {
        throw new BadGzip(e);
      }
    }
    PushbackInputStream p = new PushbackInputStream(in, 2);
    byte[] bom = new byte[2];
    int got = 0;
    while (got < 2) {
      int r = p.read(bom, got, 2 - got);
      if (r < 0) break;
      got += r;
    }
    int b0 = got == 2 ? bom[0] & 0xff : -1;
    int b1 = got == 2 ? bom[1] & 0xff : -1;
    if (b0 == 0xFE && b1 == 0xFF) return new Opened(new Utf8Transcoder(p, StandardCharsets.UTF_16BE), false, gzip);
    if (b0 == 0xFF && b1 == 0xFE) return new Opened(new Utf8Transcoder(p, StandardCharsets.UTF_16LE), false, gzip);
    if (got > 0) p.unread(bom, 0, got);
    return new Opened(p, false, gzip);
  }

  private static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] b = new byte[n];
    int got = 0;
    while (got < n) {
      int r = in.read(b, got, n - got);
      if (r < 0) break;
      got += r;
    }
    in.reset();
    return java.util.Arrays.copyOf(b, got);
  }

  /**
   * Text in another charset as UTF-8 bytes, decoded as it is read (never whole in memory).
   * Malformed input (an unpaired surrogate) becomes U+FFFD, so one bad character does not
   * lose the lines around it.
   */
  static final class Utf8Transcoder extends InputStream {
    private final Reader reader;
    private final char[] chars = new char[8192];
    private byte[] bytes = new byte[0];
    private int pos;
    private char pendingHigh;
    private boolean hasPending;
    private boolean eof;

    Utf8Transcoder(InputStream in, Charset charset) {
      this.reader = new InputStreamReader(in, charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private boolean fill() throws IOException {
      while (pos == bytes.length) {
        if (eof) return false;
        int off = 0;
        if (hasPending) {
          chars[0] = pendingHigh;
          hasPending = false;
          off = 1;
        }
        int n = reader.read(chars, off, chars.length - off);
        if (n < 0) {
          eof = true;
          if (off == 0) return false;
          n = 0;
        }
        int len = off + n;
        if (!eof && len > 0 && Character.isHighSurrogate(chars[len - 1])) {
          pendingHigh = chars[len - 1];
          hasPending = true;
          len--;
        }
        bytes = new String(chars, 0, len).getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      return fill() ? bytes[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (!fill()) return -1;
      int n = Math.min(len, bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
