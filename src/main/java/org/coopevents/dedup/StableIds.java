package org.coopevents.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Deterministic identifiers: a prefix and the first 16 hex digits of SHA-256 over the parts. */
public final class StableIds {
  private StableIds() {}

  public static String of(String prefix, Object... parts) {
    byte[] h = sha256(parts);
    StringBuilder sb = new StringBuilder(prefix.length() + 16).append(prefix);
    for (int i = 0; i < 8; i++) sb.append(Character.forDigit((h[i] >> 4) & 15, 16))
        .append(Character.forDigit(h[i] & 15, 16));
    return sb.toString();
  }

  /** A 64-bit hash of the parts (first 8 bytes of SHA-256). */
  public static long hash64(Object... parts) {
    byte[] h = sha256(parts);
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xff);
    return v;
  }

  private static byte[] sha256(Object... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Object p : parts) {
        md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1f);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
