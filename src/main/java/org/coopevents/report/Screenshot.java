package org.coopevents.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PNG picture of a report page taken by a headless Chromium found on the PATH, so that the
 * README's picture of the report is made by a command a reader can rerun.
 */
public final class Screenshot {
  /** Browser executables tried in order on every PATH folder. */
  static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
  static final int WIDTH = 1280;
  static final int HEIGHT = 2000;
  private static final long TIMEOUT_MINUTES = 5;

  private Screenshot() {}

  /** The first browser of {@link #BROWSERS} found on {@code path} (a PATH-style list). */
  public static Optional<Path> browser(String path) {
    if (path == null) return Optional.empty();
    for (String name : BROWSERS) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) continue;
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p) && !Files.isDirectory(p)) return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Takes the picture of {@code page} into {@code png} with {@code browser}; the browser's own
   * profile lives in a temporary folder removed afterwards. Throws with the browser's last
   * words when it fails or writes no PNG.
   */
  public static void take(Path browser, Path page, Path png) throws IOException {
    Path target = png.toAbsolutePath();
    if (target.getParent() != null) Files.createDirectories(target.getParent());
    Path profile = Files.createTempDirectory("coopevents-chromium");
    Path log = profile.resolve("browser.log");
    try {
      Process p = new ProcessBuilder(command(browser, profile, page, target))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean done = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (!done) {
        p.destroyForcibly();
        throw new IOException(browser + " did not finish within " + TIMEOUT_MINUTES + " minutes");
      }
      if (p.exitValue() != 0 || !isPng(target)) {
        throw new IOException(browser + " exited " + p.exitValue() + " without a PNG: "
            + tail(Files.readString(log, StandardCharsets.UTF_8)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while " + browser + " ran", e);
    } finally {
      deleteTree(profile);
    }
  }

  static List<String> command(Path browser, Path profile, Path page, Path png) {
    List<String> c = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
        "--screenshot=" + png));
    c.add(page.toAbsolutePath().toUri().toString());
    return c;
  }

  static boolean isPng(Path png) throws IOException {
    if (!Files.isRegularFile(png) || Files.size(png) < 8) return false;
    byte[] head = new byte[4];
    try (var in = Files.newInputStream(png)) {
      if (in.read(head) != 4) return false;
    }
    return (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
  }

  private static String tail(String log) {
    String t = log.strip();
    return t.length() <= 400 ? t : "…" + t.substring(t.length() - 400);
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless; the picture is what matters
    }
  }
}
