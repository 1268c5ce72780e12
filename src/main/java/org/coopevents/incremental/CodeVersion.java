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
 * classes folder), the Beam version and the read limits. Any change to that code or knowledge
 * makes a new version, so the state is rebuilt on purpose; rebuilding the jar from the same
 * sources does not. Left out: the packages that only work after the state or outside the job
 * ({@link #AFTER_STATE}: deduplication, the command line, reports, evaluation, ...) and the
 * incremental package's own plumbing, except the classes that make or hold stored records
 * ({@link #STATE_CLASSES}); a change to the state's layout bumps {@link StateIndex#FORMAT}
 * instead. A fix to deduplication or to the incremental runs thus keeps the state.
 */
public final class CodeVersion {
  private static final String PREFIX = "org/coopevents/";
  /** Packages whose code never shapes a stored record (they run after the state or without it). */
  static final java.util.List<String> AFTER_STATE = java.util.List.of("bench", "cli", "compare",
      "dedup", "eval", "gen", "nightly", "report");
  /** Classes of the incremental package that make or hold stored records (nested ones too). */
  static final java.util.List<String> STATE_CLASSES = java.util.List.of("StoredUnit",
      "StateRecords", "ExtractOrReuse");
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
            String name = where.relativize(p).toString().replace('\\', '/');
            if (!shapesRecords(name)) continue;
            try (InputStream in = Files.newInputStream(p)) {
              digests.put(name, digest(in));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
            JarEntry e = en.nextElement();
            if (e.isDirectory() || !e.getName().startsWith(PREFIX) || !shapesRecords(e.getName())) {
              continue;
            }
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

  /** Whether the class or resource {@code name} (a path under {@code org/coopevents/}) is hashed. */
  static boolean shapesRecords(String name) {
    String rest = name.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    if (slash < 0) return true;
    String pkg = rest.substring(0, slash);
    if (AFTER_STATE.contains(pkg)) return false;
    if (!pkg.equals("incremental")) return true;
    String file = rest.substring(slash + 1);
    String outer = file.replaceAll("[$.].*", "");
    return STATE_CLASSES.contains(outer);
  }

  private static byte[] digest(InputStream in) throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
    return md.digest();
  }
}
