package org.coopevents.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes fingerprints of input files, and finds the files that changed between two looks
 * (taken before and after a run, they reveal a file rewritten or appended to while the job
 * read it). Files up to {@code hashLimitBytes} are hashed with SHA-256; larger ones are
 * compared by size and modification time only. Remote paths ({@code scheme://}) get a
 * fingerprint with no size or time. Immutable.
 */
public final class InputFingerprints {
  /** Default largest file that is hashed: 16 MiB. */
  public static final long DEFAULT_HASH_LIMIT = 16L << 20;

  private final long hashLimitBytes;

  public InputFingerprints(long hashLimitBytes) {
    this.hashLimitBytes = hashLimitBytes;
  }

  public List<InputFingerprint> take(List<String> files) {
    List<InputFingerprint> out = new ArrayList<>(files.size());
    for (String f : files) out.add(take(f));
    return out;
  }

  public InputFingerprint take(String file) {
    if (file.contains("://")) return new InputFingerprint(file, -1, -1, null);
    Path p = Path.of(file);
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      // a pipe or a device is never opened (it could block or never end)
      if (!a.isRegularFile()) return new InputFingerprint(file, -1, -1, null);
      String hash = a.size() <= hashLimitBytes ? sha256(p) : null;
      return new InputFingerprint(file, a.size(), a.lastModifiedTime().toMillis(), hash);
    } catch (IOException e) {
      return new InputFingerprint(file, -1, -1, null);
    }
  }

  /** The files whose fingerprint differs between the two looks, or that appear in one only. */
  public static List<String> changed(List<InputFingerprint> before, List<InputFingerprint> after) {
    Map<String, InputFingerprint> a = new LinkedHashMap<>();
    for (InputFingerprint f : after) a.put(f.path(), f);
    List<String> out = new ArrayList<>();
    for (InputFingerprint b : before) {
      InputFingerprint later = a.remove(b.path());
      if (later == null || b.differsFrom(later)) out.add(b.path());
    }
    out.addAll(a.keySet());
    return out;
  }

  static String sha256(Path p) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(p)) {
      int n;
      while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
