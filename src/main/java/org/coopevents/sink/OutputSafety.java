package org.coopevents.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What may be replaced: only a folder the job wrote (its {@code _SUCCESS} and a
 * {@code _manifest.json} that names coopevents), or an empty one, and never a folder that is,
 * holds or lies inside an input.
 */
public final class OutputSafety {
  static final long MAX_MANIFEST_BYTES = 256L << 20;

  private OutputSafety() {}

  /** Whether the folder (a symlink is followed) holds a complete coopevents output. */
  public static boolean isCoopeventsOutput(Path dir) {
    Path manifest = dir.resolve("_manifest.json");
    try {
      if (!Files.isRegularFile(dir.resolve("_SUCCESS")) || !Files.isRegularFile(manifest)
          || Files.size(manifest) > MAX_MANIFEST_BYTES) {
        return false;
      }
      return isCoopeventsManifest(Files.readAllBytes(manifest));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether the bytes are a manifest that the job wrote: it names its format and coopevents. */
  public static boolean isCoopeventsManifest(byte[] json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      return root != null && root.isObject() && root.has("manifest_version")
          && root.path("versions").has("coopevents");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static boolean isEmptyFolder(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The local paths the inputs occupy, resolved through symlinks: every folder named in
   * {@code --input}, every matched file, and the fixed part of a glob that reaches into
   * sub-folders ({@code archive/**}, {@code archive/*}{@code /x.jsonl}).
   */
  public static List<Path> inputRoots(String spec, List<String> files) {
    Set<Path> roots = new LinkedHashSet<>();
    if (spec != null) {
      for (String part : spec.split(",")) {
        String p = part.strip();
        if (p.isEmpty() || p.contains("://")) continue;
        int wild = firstWildcard(p);
        if (wild < 0) {
          real(Path.of(p)).ifPresent(roots::add);
        } else {
          int lastSep = p.lastIndexOf('/');
          if (p.contains("**") || wild < lastSep) {
            int sep = p.lastIndexOf('/', wild);
            real(Path.of(sep < 0 ? "." : sep == 0 ? "/" : p.substring(0, sep))).ifPresent(roots::add);
          }
        }
      }
    }
    if (files != null) {
      for (String f : files) {
        if (!f.contains("://")) real(Path.of(f)).ifPresent(roots::add);
      }
    }
    return new ArrayList<>(roots);
  }

  /**
   * Why {@code output} may not be replaced because of the inputs, or empty: it is an input,
   * holds one or lies inside one. Both the folder and (for a symlink) its target are checked.
   */
  public static Optional<String> inputConflict(Path output, List<Path> inputRoots) {
    List<Path> outs = new ArrayList<>();
    outs.add(output.toAbsolutePath().normalize());
    real(output).ifPresent(outs::add);
    for (Path o : outs) {
      for (Path in : inputRoots) {
        if (o.equals(in)) return Optional.of("it is an input (" + in + ")");
        if (in.startsWith(o)) return Optional.of("it holds the input " + in);
        if (o.startsWith(in)) return Optional.of("it lies inside the input " + in);
      }
    }
    return Optional.empty();
  }

  private static int firstWildcard(String p) {
    int best = -1;
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int i = p.indexOf(c);
      if (i >= 0 && (best < 0 || i < best)) best = i;
    }
    return best;
  }

  static Optional<Path> real(Path p) {
    try {
      return Files.exists(p) ? Optional.of(p.toRealPath()) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static boolean existsNoFollow(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }
}
