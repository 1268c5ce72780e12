package org.coopevents.sink;

import org.apache.beam.sdk.util.ReleaseInfo;

/** Version strings recorded in manifests. */
public final class Versions {
  private Versions() {}

  public static String coopevents() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /**
   * The code that ran: {@code git:<commit>} (with {@code -dirty} when the tree had changes)
   * from {@code COOPEVENTS_COMMIT} / {@code -Dcoopevents.commit} (set by scripts/nightly.sh)
   * or from the git checkout that holds the jar or classes; else {@code jar:<version>}.
   */
  public static String code() {
    String given = System.getProperty("coopevents.commit", System.getenv("COOPEVENTS_COMMIT"));
    if (given != null && !given.isBlank()) return "git:" + given.trim();
    String commit = gitCommit();
    return commit != null ? "git:" + commit : "jar:" + coopevents();
  }

  private static String gitCommit() {
    try {
      java.nio.file.Path where = java.nio.file.Path.of(Versions.class.getProtectionDomain()
          .getCodeSource().getLocation().toURI()).getParent();
      if (where == null) return null;
      String head = git(where, "rev-parse", "HEAD");
      if (head == null || !head.matches("[0-9a-f]{40}")) return null;
      String status = git(where, "status", "--porcelain", "--untracked-files=no");
      return status == null || status.isEmpty() ? head : head + "-dirty";
    } catch (Exception e) {
      return null;
    }
  }

  private static String git(java.nio.file.Path dir, String... args) throws Exception {
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-C", dir.toString()));
    cmd.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) return null;
    return new String(out, java.nio.charset.StandardCharsets.UTF_8).trim();
  }

  public static String beam() {
    return ReleaseInfo.getReleaseInfo().getSdkVersion();
  }
}
