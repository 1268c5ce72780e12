package org.coopevents.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The input formats of inputs.md, chosen by file name; {@code .gz} is decompressed. HTML pages
 * saved one per file are read beyond the contract (v1 names JSON Lines, text pages and WARC).
 */
public enum InputFormat {
  JSONL, TXT, WARC, HTML;

  /** The names a user may give, for messages. */
  public static final String SUPPORTED =
      "*.jsonl, *.json, *.jsonl.gz, *.json.gz, *.txt, *.txt.gz, *.warc, *.warc.gz, *.html, "
          + "*.htm, *.html.gz, *.htm.gz";

  /**
   * The format of a file by its name, or empty when the name is not an input: unsupported
   * extensions, hidden files, and gold annotation files ({@code *.gold.jsonl}) that sit beside
   * labelled inputs.
   */
  public static Optional<InputFormat> of(String fileName) {
    String name = baseName(fileName).toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || isGoldName(name)) {
      return Optional.empty();
    }
    String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    if (n.endsWith(".jsonl") || n.endsWith(".json")) return Optional.of(JSONL);
    if (n.endsWith(".txt")) return Optional.of(TXT);
    if (n.endsWith(".warc")) return Optional.of(WARC);
    if (n.endsWith(".html") || n.endsWith(".htm")) return Optional.of(HTML);
    return Optional.empty();
  }

  /**
   * Whether a file holds gold annotations by its name: {@code *.gold.jsonl} beside labelled
   * inputs, or {@code gold.jsonl} (as {@code generate} and labelled corpora name it), each
   * optionally gzipped. Such files are never inputs; {@code evaluate --gold=DIR} reads them.
   */
  public static boolean isGoldName(String fileName) {
    String name = baseName(fileName).toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    return name.endsWith(".gold.jsonl") || name.equals("gold.jsonl");
  }

  /** Whether the file is gzip-compressed as a whole (a .warc.gz is gzipped per record instead). */
  public static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  public static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash >= 0 ? path.substring(slash + 1) : path;
  }
}
