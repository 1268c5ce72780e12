package org.coopevents.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at LF, CR LF or CR without decoding, so that each line can be
 * checked for encoding on its own, and without ever buffering more than the limit: a longer
 * line is skipped to its end and reported as oversized.
 */
final class LineReader {
  private final InputStream in;
  private final int limit;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private byte[] line = new byte[1024];
  private int lineLen;
  private long lineNumber;
  private boolean oversized;
  private long oversizedLength;
  /** The last line ended at a CR: a LF right after it belongs to that line end. */
  private boolean afterCr;

  LineReader(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /**
   * Reads the next line; false at end of stream. A line ends at LF, CR LF or a lone CR (old
   * Mac files): a raw CR is never part of a valid JSON line. IOExceptions come from the stream.
   */
  boolean next() throws IOException {
    lineLen = 0;
    oversized = false;
    oversizedLength = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        int n = in.read(buf);
        if (n <= 0) {
          if (any) lineNumber++;
          return any;
        }
        pos = 0;
        end = n;
      }
      if (afterCr) {
        afterCr = false;
        if (buf[pos] == '\n') {
          pos++; // the LF of a CR LF
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') pos++;
      append(start, pos - start);
      if (pos < end) {
        afterCr = buf[pos] == '\r';
        pos++; // the line end
        lineNumber++;
        return true;
      }
    }
  }

  private void append(int from, int n) {
    if (n == 0) return;
    if (oversized) {
      oversizedLength += n;
      return;
    }
    if (lineLen + n > limit) {
      // keep the first bytes as the sample, drop the rest
      int keep = Math.max(0, Math.min(n, Samples.MAX_BYTES - lineLen));
      ensure(lineLen + keep);
      System.arraycopy(buf, from, line, lineLen, keep);
      oversizedLength = (long) lineLen + n;
      lineLen += keep;
      oversized = true;
      return;
    }
    ensure(lineLen + n);
    System.arraycopy(buf, from, line, lineLen, n);
    lineLen += n;
  }

  private void ensure(int cap) {
    if (cap > line.length) line = Arrays.copyOf(line, Math.max(cap, line.length * 2));
  }

  byte[] bytes() {
    return line;
  }

  /** Length of the line in {@link #bytes()}, without a trailing '\r'. */
  int length() {
    return (!oversized && lineLen > 0 && line[lineLen - 1] == '\r') ? lineLen - 1 : lineLen;
  }

  long lineNumber() {
    return lineNumber;
  }

  boolean oversized() {
    return oversized;
  }

  long oversizedLength() {
    return oversizedLength;
  }

  boolean isBlank() {
    if (oversized) return false;
    for (int i = 0; i < length(); i++) {
      byte c = line[i];
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }
}
