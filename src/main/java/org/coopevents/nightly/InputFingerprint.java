package org.coopevents.nightly;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an input file looked like at one moment: its size and modification time, and the
 * SHA-256 of its content when it was small enough to hash ({@code null} otherwise, or for a
 * remote file). A file that could not be read has size -1.
 */
public record InputFingerprint(String path, long sizeBytes, long modifiedMillis, String sha256) {

  /** Whether this and a later look at the same file show a change. */
  public boolean differsFrom(InputFingerprint later) {
    if (sizeBytes != later.sizeBytes || modifiedMillis != later.modifiedMillis) return true;
    return sha256 != null && later.sha256 != null && !sha256.equals(later.sha256);
  }

  /** The manifest's form: path, size_bytes, modified (ISO-8601 UTC), sha256 when hashed. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", path);
    m.put("size_bytes", sizeBytes);
    if (modifiedMillis >= 0) {
      m.put("modified", java.time.Instant.ofEpochMilli(modifiedMillis).toString());
    }
    if (sha256 != null) m.put("sha256", sha256);
    return m;
  }
}
