package org.coopevents.ingest;

import java.nio.charset.StandardCharsets;

/** The {@code sample} column of a reject: the first bytes of the unit, printable. */
public final class Samples {
  public static final int MAX_BYTES = 200;

  private Samples() {}

  public static String of(byte[] bytes) {
    return of(bytes, 0, bytes.length);
  }

  public static String of(byte[] bytes, int offset, int length) {
    int n = Math.min(length, MAX_BYTES);
    String s = new String(bytes, offset, n, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c)) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  public static String of(String s) {
    return of(s.getBytes(StandardCharsets.UTF_8));
  }
}
