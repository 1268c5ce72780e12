package org.coopevents.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Expands the {@code --input} value (a comma-separated list of files, folders and globs) into
 * the sorted list of input files. Folders are searched recursively for every supported file;
 * globs follow {@link java.nio.file.FileSystem#getPathMatcher} syntax ({@code **} crosses
 * folders). Paths with a scheme ({@code gs://}, {@code s3://}) are matched by Beam's file
 * systems.
 *
 * <p>Local names are canonical: absolute and normalised ({@code a/./x}, {@code a//x} and a
 * relative spelling are one file), and one file reached by two names (a symbolic link and its
 * target) is read once, under the first name in sorted order.
 *
 * <p>Nothing is opened here. What cannot be read as a file is refused or passed on to be
 * rejected, never opened (a named pipe or a device would block or never end):
 * <ul>
 *   <li>named directly, a named pipe, device, socket or dangling symbolic link is refused
 *       with one line naming it;</li>
 *   <li>inside a folder, such a file with an input name is listed, and the read step
 *       rejects it with the reason ({@link #notRegular}), so every file the user sees in the
 *       folder is accounted for.</li>
 * </ul>
 *
 * <p>The job never reads its own outputs. A folder that holds a run's markers
 * ({@code _SUCCESS}, {@code _manifest.json}, {@code _diff.json}) is an output folder (also
 * each run of a nightly dataset folder): inside an input folder it is skipped whole and
 * reported in {@link Resolved#skippedOutputFolders} (the run says so in one line and lists
 * them in the manifest), so that a dataset kept beside or inside its inputs does not feed
 * itself; named directly, it is refused. Skipping rather than refusing keeps such a layout
 * working, and reading it would only ever produce rejects and duplicates.
 */
public final class InputFiles {
  /** Files that mark a folder as one the job (or the nightly) wrote. */
  public static final List<String> OUTPUT_MARKERS = List.of("_SUCCESS", "_manifest.json", "_diff.json");

  /** Why the input cannot be used; the message names the problem and what is valid. */
  public static final class InputException extends RuntimeException {
    public InputException(String message) {
      super(message);
    }
  }

  /**
   * The input files; the output folders found among the inputs and skipped; and, by kind of
   * name, the files inside input folders that were not read because their names are not input
   * names ({@link #skippedKind}), so that a folder of {@code .pdf} or {@code .docx} files is not
   * passed over in silence.
   */
  public static final class Resolved {
    public final List<String> files;
    public final List<String> skippedOutputFolders;
    public final Map<String, Long> skippedFilesByKind;

    Resolved(List<String> files, List<String> skippedOutputFolders,
        Map<String, Long> skippedFilesByKind) {
      this.files = List.copyOf(files);
      this.skippedOutputFolders = List.copyOf(skippedOutputFolders);
      this.skippedFilesByKind = java.util.Collections.unmodifiableMap(
          new java.util.TreeMap<>(skippedFilesByKind));
    }

    /** "3 files (.pdf 2, no extension 1)", or empty when no file was skipped. */
    public String skippedFilesLine() {
      long n = skippedFilesByKind.values().stream().mapToLong(Long::longValue).sum();
      if (n == 0) return "";
      StringBuilder b = new StringBuilder(n + (n == 1 ? " file (" : " files ("));
      String sep = "";
      for (Map.Entry<String, Long> e : skippedFilesByKind.entrySet()) {
        b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      return b.append(')').toString();
    }
  }

  /**
   * The kind of a name that is not an input name, for the count of skipped files: its
   * extension (".pdf", ".csv.gz"), "gold annotations", "hidden" or "no extension".
   */
  static String skippedKind(String fileName) {
    String name = InputFormat.baseName(fileName).toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith(".")) return "hidden";
    if (InputFormat.isGoldName(name)) return "gold annotations";
    String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    int dot = n.lastIndexOf('.');
    if (dot <= 0 || dot == n.length() - 1) return "no extension";
    return name.substring(dot);
  }

  private InputFiles() {}

  public static List<String> resolve(String spec) {
    return resolveAll(spec).files;
  }

  public static Resolved resolveAll(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new InputException("--input is empty: give a comma-separated list of files, folders "
          + "or globs (supported files: " + InputFormat.SUPPORTED + ")");
    }
    TreeSet<String> files = new TreeSet<>();
    TreeSet<String> skipped = new TreeSet<>();
    Map<String, Long> skippedNames = new java.util.TreeMap<>();
    boolean any = false;
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) continue;
      any = true;
      List<String> found = new ArrayList<>();
      if (p.contains("://")) {
        found.addAll(matchRemote(p));
      } else {
        for (String f : matchLocal(p, skipped, skippedNames)) found.add(canonical(f));
      }
      if (found.isEmpty()) {
        throw new InputException("--input " + p + " matches no input file (supported files: "
            + InputFormat.SUPPORTED + ")"
            + (skipped.isEmpty() ? "" : "; skipped the coopevents output folder(s) "
                + String.join(", ", skipped)));
      }
      files.addAll(found);
    }
    if (!any) {
      throw new InputException("--input names no path: give a comma-separated list of files, "
          + "folders or globs");
    }
    return new Resolved(oncePerFile(files), new ArrayList<>(skipped), skippedNames);
  }

  /** A local name made absolute and normalised. */
  static String canonical(String name) {
    return Path.of(name).toAbsolutePath().normalize().toString();
  }

  /** The names in order, each file once: a later name of the same real file is dropped. */
  private static List<String> oncePerFile(TreeSet<String> names) {
    Map<String, String> byReal = new LinkedHashMap<>();
    for (String n : names) {
      String real = n;
      if (!n.contains("://")) {
        try {
          real = Path.of(n).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
          real = n; // dangling links and the like keep their own name
        }
      }
      byReal.putIfAbsent(real, n);
    }
    return new ArrayList<>(byReal.values());
  }

  /**
   * Why a local input is not a regular file that can be read, or empty when it is one (or is
   * remote, or is missing: the readers report that). Never opens the file.
   */
  public static Optional<String> notRegular(String name) {
    if (name.contains("://")) return Optional.empty();
    Path p = Path.of(name);
    if (Files.isSymbolicLink(p)) {
      String target;
      try {
        target = Files.readSymbolicLink(p).toString();
      } catch (IOException | RuntimeException e) {
        target = "?";
      }
      if (!Files.exists(p)) {
        return Optional.of("a symbolic link to " + target + ", which does not exist");
      }
      if (!Files.isRegularFile(p)) {
        return Optional.of("a symbolic link to " + target + ", " + kind(p) + ", not a regular file");
      }
      return Optional.empty();
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p)) return Optional.empty();
    return Optional.of(kind(p) + ", not a regular file");
  }

  /** Whether {@link #notRegular} is a dangling symbolic link (the file cannot be opened). */
  public static boolean isDanglingLink(String name) {
    if (name.contains("://")) return false;
    Path p = Path.of(name);
    return Files.isSymbolicLink(p) && !Files.exists(p);
  }

  /** What kind of non-regular file this is (following links), for messages. */
  static String kind(Path p) {
    if (Files.isDirectory(p)) return "a folder";
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      switch (mode & 0170000) {
        case 0010000: return "a named pipe (FIFO)";
        case 0020000: return "a character device";
        case 0060000: return "a block device";
        case 0140000: return "a socket";
        default: break;
      }
    } catch (IOException | RuntimeException e) {
      // no unix attributes: fall through
    }
    return "a special file (pipe, device or socket)";
  }

  /** Whether the folder holds the markers of a run's output ({@link #OUTPUT_MARKERS}). */
  public static boolean isOutputFolder(Path dir) {
    for (String m : OUTPUT_MARKERS) {
      if (Files.isRegularFile(dir.resolve(m), LinkOption.NOFOLLOW_LINKS)) return true;
    }
    return false;
  }

  private static boolean isGlob(String p) {
    return p.indexOf('*') >= 0 || p.indexOf('?') >= 0 || p.indexOf('[') >= 0 || p.indexOf('{') >= 0;
  }

  private static List<String> matchLocal(String p, TreeSet<String> skipped,
      Map<String, Long> skippedNames) {
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
      walk(base, skipped, null, path -> {
        Path shown = slash < 0 ? Path.of(".").resolve(base.relativize(path)) : path;
        if (matcher.matches(shown)) {
          out.add(slash < 0 ? base.relativize(path).toString() : path.toString());
        }
      });
      return out;
    }
    Path path = Path.of(p);
    if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      throw new InputException("--input " + p + " is " + notRegular(p).orElse("a dangling link")
          + ": give a file, a folder or a glob");
    }
    if (!Files.exists(path)) {
      throw new InputException("--input " + p + " does not exist");
    }
    if (Files.isDirectory(path)) {
      if (isOutputFolder(path)) {
        throw new InputException("--input " + p + " is a coopevents output folder (it holds "
            + markersIn(path) + "): the job does not read its own outputs; give the folder "
            + "of the input files");
      }
      if (!Files.isReadable(path)) {
        throw new InputException("--input " + p + " is not readable (check its permissions)");
      }
      walk(path, skipped, skippedNames, f -> out.add(f.toString()));
      return out;
    }
    Optional<String> special = notRegular(p);
    if (special.isPresent()) {
      throw new InputException("--input " + p + " is " + special.get()
          + ": it is not read (it could block or never end); give a file, a folder or a glob");
    }
    if (InputFormat.of(p).isEmpty()) {
      throw new InputException("--input " + p + " is not a supported input file (supported: "
          + InputFormat.SUPPORTED + ")");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && isOutputFolder(parent)) {
      throw new InputException("--input " + p + " is a file of a coopevents output folder ("
          + parent + " holds " + markersIn(parent) + "): the job does not read its own outputs");
    }
    if (!Files.isReadable(path)) {
      throw new InputException("--input " + p + " is not readable (check its permissions)");
    }
    out.add(p);
    return out;
  }

  private static String markersIn(Path dir) {
    List<String> found = new ArrayList<>();
    for (String m : OUTPUT_MARKERS) {
      if (Files.exists(dir.resolve(m), LinkOption.NOFOLLOW_LINKS)) found.add(m);
    }
    return String.join(", ", found);
  }

  /**
   * Every file with an input name below {@code dir}: regular files, and also links and special
   * files (to be rejected with their reason when read). Hidden folders (a run's staging folder)
   * and output folders are not entered; links to folders are not followed.
   */
  private static void walk(Path dir, TreeSet<String> skipped, Map<String, Long> skippedNames,
      java.util.function.Consumer<Path> each) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (d.equals(dir)) return FileVisitResult.CONTINUE;
          if (d.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
          if (isOutputFolder(d)) {
            skipped.add(canonical(d.toString()));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink() && Files.isDirectory(f) && isOutputFolder(f)) {
            // a published output is a link to its hidden version folder: not read, and said so
            skipped.add(canonical(f.toString()));
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink() && Files.isDirectory(f)) return FileVisitResult.CONTINUE;
          if (InputFormat.of(f.toString()).isEmpty()) {
            if (skippedNames != null) skippedNames.merge(skippedKind(f.toString()), 1L, Long::sum);
            return FileVisitResult.CONTINUE;
          }
          each.accept(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
          // a folder that cannot be listed may hold inputs: the listing fails, naming it
          if (f.equals(dir) || Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) throw e;
          // a file with an input name is passed on, to be rejected (unreadable) when read
          if (InputFormat.of(f.toString()).isPresent()) each.accept(f);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot list " + dir + ": " + e.getMessage());
    }
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
