package org.coopevents.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Deterministic identifiers: a prefix and the first 16 hex digits of SHA-256 over the parts. */
final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  static String of(String prefix, Object... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Object p : parts) {
        md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1f);
      }
      byte[] h = md.digest();
      StringBuilder sb = new StringBuilder(prefix.length() + 16).append(prefix);
      for (int i = 0; i < 8; i++) sb.append(HEX[(h[i] >> 4) & 15]).append(HEX[h[i] & 15]);
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
