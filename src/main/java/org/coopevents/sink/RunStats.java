package org.coopevents.sink;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Keys of the run statistics that the pipeline counts and the manifest reports. A key is a
 * path of parts (e.g. {@code file, NAME, read}), encoded as a JSON array of strings, so that
 * any part, a file name with a tab or a newline included, comes back exactly as it went in;
 * its value is a count. The encoding holds no raw tab or line break, so a statistics line is
 * the key, a tab and the count.
 */
public final class RunStats {
  public static final String FILE = "file";
  public static final String READ = "read";
  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected";
  public static final String SKIPPED = "skipped";
  public static final String TABLE = "table";
  public static final String OUTCOME = "outcome";
  public static final String LANGUAGE = "language";
  public static final String REJECT = "reject";
  /** Sub-folder of the staging folder where the statistics are written, removed on publish. */
  public static final String FOLDER = "_stats";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> PARTS = new TypeReference<>() {};

  private RunStats() {}

  /** The key of a path of parts: a JSON array of strings (control characters escaped). */
  public static String key(String... parts) {
    StringBuilder b = new StringBuilder(16 * parts.length + 2).append('[');
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) b.append(',');
      quote(parts[i], b);
    }
    return b.append(']').toString();
  }

  /** The parts of a key made by {@link #key}. */
  public static List<String> parts(String key) {
    try {
      return JSON.readValue(key, PARTS);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a statistics key: " + key, e);
    }
  }

  /** A statistics line: the key, a tab, the count. */
  public static String line(String key, long count) {
    return key + "\t" + count;
  }

  private static void quote(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
