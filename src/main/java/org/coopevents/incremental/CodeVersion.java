package org.coopevents.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.sink.Versions;

/**
 * The version of what turns input files into pre-dedup rows, as the state records it: a
 * SHA-256 over the content of every class and resource under {@code org/coopevents/} (the
 * code, the knowledge files and their lexicons) where this class was loaded from (jar or
 * classes folder), the Beam version and the read limits. Any change to code or knowledge makes
 * a new version, so the state is rebuilt on purpose; rebuilding the jar from the same sources
 * does not.
 */
public final class CodeVersion {
  private static final String PREFIX = "org/coopevents/";
  private static volatile String codeHash;

  private CodeVersion() {}

  /** The version for runs with these read limits. */
  public static String of(ReadLimits limits) {
    return "code:" + codeHash() + ";beam:" + Versions.beam() + ";maxUnitBytes:"
        + limits.maxUnitBytes + ";maxJsonDepth:" + limits.maxJsonDepth;
  }

  static String codeHash() {
    String h = codeHash;
    if (h == null) {
      synchronized (CodeVersion.class) {
        if (codeHash == null) codeHash = hashCodeSource();
        h = codeHash;
      }
    }
    return h;
  }

  private static String hashCodeSource() {
    try {
      Path where = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      TreeMap<String, byte[]> digests = new TreeMap<>();
      if (Files.isDirectory(where)) {
        Path root = where.resolve(PREFIX);
        try (Stream<Path> s = Files.walk(root)) {
          for (Path p : s.filter(Files::isRegularFile).toList()) {
            try (InputStream in = Files.newInputStream(p)) {
              digests.put(where.relativize(p).toString().replace('\\', '/'), digest(in));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
            JarEntry e = en.nextElement();
            if (e.isDirectory() || !e.getName().startsWith(PREFIX)) continue;
            try (InputStream in = jar.getInputStream(e)) {
              digests.put(e.getName(), digest(in));
            }
          }
        }
      }
      MessageDigest all = MessageDigest.getInstance("SHA-256");
      digests.forEach((name, d) -> {
        all.update(name.getBytes(StandardCharsets.UTF_8));
        all.update((byte) 0);
        all.update(d);
      });
      return HexFormat.of().formatHex(all.digest(), 0, 12);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // unknown code: a version no later run shares, so nothing is ever reused wrongly
      return "unknown-" + System.nanoTime();
    }
  }

  private static byte[] digest(InputStream in) throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
    return md.digest();
  }
}
