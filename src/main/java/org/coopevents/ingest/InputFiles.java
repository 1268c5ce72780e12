package org.coopevents.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Expands the {@code --input} value (a comma-separated list of files, folders and globs) into
 * the sorted list of input files. Folders are searched recursively for every supported file;
 * globs follow {@link java.nio.file.FileSystem#getPathMatcher} syntax ({@code **} crosses
 * folders). Paths with a scheme ({@code gs://}, {@code s3://}) are matched by Beam's file
 * systems. Names are kept as the user wrote them (relative stays relative), so that the
 * {@code input_file} column does not depend on where the project was cloned.
 */
public final class InputFiles {
  /** Why the input cannot be used; the message names the problem and what is valid. */
  public static final class InputException extends RuntimeException {
    public InputException(String message) {
      super(message);
    }
  }

  private InputFiles() {}

  public static List<String> resolve(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new InputException("--input is empty: give a comma-separated list of files, folders "
          + "or globs (supported files: " + InputFormat.SUPPORTED + ")");
    }
    TreeSet<String> files = new TreeSet<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) continue;
      List<String> found = p.contains("://") ? matchRemote(p) : matchLocal(p);
      if (found.isEmpty()) {
        throw new InputException("--input " + p + " matches no input file (supported files: "
            + InputFormat.SUPPORTED + ")");
      }
      files.addAll(found);
    }
    if (files.isEmpty()) {
      throw new InputException("--input names no path: give a comma-separated list of files, "
          + "folders or globs");
    }
    return new ArrayList<>(files);
  }

  private static boolean isGlob(String p) {
    return p.indexOf('*') >= 0 || p.indexOf('?') >= 0 || p.indexOf('[') >= 0 || p.indexOf('{') >= 0;
  }

  private static List<String> matchLocal(String p) {
    List<String> out = new ArrayList<>();
    if (isGlob(p)) {
      int firstGlob = firstGlobChar(p);
      int slash = p.lastIndexOf('/', firstGlob);
      Path base = Path.of(slash < 0 ? "." : (slash == 0 ? "/" : p.substring(0, slash)));
      if (!Files.isDirectory(base)) {
        throw new InputException("--input " + p + ": folder " + base + " does not exist");
      }
      String pattern = slash < 0 ? "./" + p : p;
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      walk(base, path -> {
        Path shown = slash < 0 ? Path.of(".").resolve(base.relativize(path)) : path;
        if (matcher.matches(shown) && InputFormat.of(path.toString()).isPresent()) {
          out.add(slash < 0 ? base.relativize(path).toString() : path.toString());
        }
      });
      return out;
    }
    Path path = Path.of(p);
    if (!Files.exists(path)) {
      throw new InputException("--input " + p + " does not exist");
    }
    if (!Files.isReadable(path)) {
      throw new InputException("--input " + p + " is not readable (check its permissions)");
    }
    if (Files.isDirectory(path)) {
      walk(path, f -> {
        if (InputFormat.of(f.toString()).isPresent()) out.add(f.toString());
      });
      return out;
    }
    if (InputFormat.of(p).isEmpty()) {
      throw new InputException("--input " + p + " is not a supported input file (supported: "
          + InputFormat.SUPPORTED + ")");
    }
    out.add(p);
    return out;
  }

  private static void walk(Path dir, java.util.function.Consumer<Path> each) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(f -> !hiddenBelow(dir, f))
          .forEach(each);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  /** Files inside hidden folders (such as a run's staging folder) are not inputs. */
  private static boolean hiddenBelow(Path dir, Path f) {
    for (Path part : dir.relativize(f)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  private static int firstGlobChar(String p) {
    int best = p.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int i = p.indexOf(c);
      if (i >= 0) best = Math.min(best, i);
    }
    return best;
  }

  private static List<String> matchRemote(String p) {
    String glob = isGlob(p) ? p : (p.endsWith("/") ? p + "**" : p);
    try {
      List<String> out = new ArrayList<>();
      MatchResult r = org.apache.beam.sdk.io.FileSystems.match(glob);
      if (r.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : r.metadata()) {
          String name = m.resourceId().toString();
          if (InputFormat.of(name).isPresent()) out.add(name);
        }
      }
      if (out.isEmpty() && !isGlob(p)) {
        MatchResult dir = org.apache.beam.sdk.io.FileSystems.match(p.replaceAll("/*$", "") + "/**");
        if (dir.status() == MatchResult.Status.OK) {
          for (MatchResult.Metadata m : dir.metadata()) {
            String name = m.resourceId().toString();
            if (InputFormat.of(name).isPresent()) out.add(name);
          }
        }
      }
      return out;
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException("--input " + p + " cannot be listed: " + e.getMessage()
          + " (for gs:// or s3:// build with the matching file-system profile)");
    }
  }
}
