package org.coopevents.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Cheap looks at raw bytes: binary or text, valid UTF-8. */
public final class ByteSniffer {
  private ByteSniffer() {}

  /**
   * Binary when the first 8 KB hold a NUL byte or more than 10% control bytes other than
   * tab, newline, carriage return, form feed and escape.
   */
  public static boolean looksBinary(byte[] b, int len) {
    int n = Math.min(len, 8192);
    if (n == 0) return false;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) return true;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) control++;
    }
    return control * 10 > n;
  }

  /** Decodes strict UTF-8 (a leading BOM dropped), or returns null when the bytes are not UTF-8. */
  public static String strictUtf8(byte[] b, int off, int len) {
    if (len >= 3 && (b[off] & 0xff) == 0xEF && (b[off + 1] & 0xff) == 0xBB
        && (b[off + 2] & 0xff) == 0xBF) {
      off += 3;
      len -= 3;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, len))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
