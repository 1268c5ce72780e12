package org.coopevents.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads gold annotations: JSON Lines, one article per line (gold-format.md). Blank lines are
 * skipped; anything else that is not a valid gold line stops the read with a
 * {@link GoldFormatException} naming the file and line.
 */
public final class GoldFile {
  /** A gold file or folder that cannot be used; the message says what is wrong. */
  public static final class GoldFormatException extends RuntimeException {
    public GoldFormatException(String message) {
      super(message);
    }
  }

  static final Set<String> TYPES = Set.of("VISIT", "SIGNING", "COOPERATION");
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFile() {}

  /**
   * The gold files named by a comma-separated list: a file stands for itself, a folder for
   * every {@code *.gold.jsonl} or {@code gold.jsonl} below it (sorted).
   */
  public static List<Path> resolve(String spec) {
    List<Path> files = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) continue;
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> found;
        try (Stream<Path> s = Files.walk(path)) {
          found = s.filter(Files::isRegularFile)
              .filter(f -> org.coopevents.ingest.InputFormat.isGoldName(f.getFileName().toString())
                  && !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz"))
              .sorted().toList();
        } catch (IOException e) {
          throw new GoldFormatException("--gold " + p + ": cannot list the folder ("
              + e.getMessage() + ")");
        }
        if (found.isEmpty()) {
          throw new GoldFormatException("--gold " + p + " is a folder with no *.gold.jsonl "
              + "file below it: give gold JSON Lines files or folders that hold them");
        }
        files.addAll(found);
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new GoldFormatException("--gold " + p + " does not exist: give gold JSON Lines "
            + "files or folders holding *.gold.jsonl, comma-separated");
      }
    }
    if (files.isEmpty()) {
      throw new GoldFormatException("--gold is empty: give gold JSON Lines files or folders "
          + "holding *.gold.jsonl, comma-separated");
    }
    return files;
  }

  /** Reads every article of one gold file. */
  public static List<GoldArticle> read(Path file) {
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        try {
          out.add(parseArticle(JSON.readTree(line), file.toString(), n));
        } catch (JsonProcessingException e) {
          throw new GoldFormatException(file + " line " + n + ": not valid JSON ("
              + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
          throw new GoldFormatException(file + " line " + n + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new GoldFormatException("--gold " + file + ": cannot read it (" + e.getMessage()
          + ")");
    }
    return out;
  }

  /** Parses one gold line; throws IllegalArgumentException saying what is wrong. */
  static GoldArticle parseArticle(JsonNode n, String file, int line) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("a gold line must be a JSON object");
    }
    String id = text(n, "id");
    String url = text(n, "url");
    if (id == null && url == null) {
      throw new IllegalArgumentException("the article has neither \"id\" nor \"url\"");
    }
    JsonNode events = n.get("events");
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException("\"events\" must be an array ([] for no event)");
    }
    List<GoldEvent> list = new ArrayList<>();
    int i = 0;
    for (JsonNode e : events) {
      i++;
      try {
        list.add(parseEvent(e));
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException("event " + i + ": " + x.getMessage());
      }
    }
    return new GoldArticle(id, url, list, file, line);
  }

  static GoldEvent parseEvent(JsonNode e) {
    if (!e.isObject()) throw new IllegalArgumentException("an event must be a JSON object");
    String type = upper(text(e, "type"));
    if (type == null || !TYPES.contains(type)) {
      throw new IllegalArgumentException("\"type\" is " + text(e, "type")
          + "; valid: VISIT, SIGNING, COOPERATION");
    }
    List<GoldDocument> docs = new ArrayList<>();
    JsonNode d = e.get("documents");
    if (d != null && !d.isNull()) {
      if (!d.isArray()) throw new IllegalArgumentException("\"documents\" must be an array");
      for (JsonNode x : d) {
        if (!x.isObject()) throw new IllegalArgumentException("a document must be an object");
        docs.add(new GoldDocument(text(x, "title"), upper(text(x, "doc_type")),
            upperAll(strings(x, "doc_type_alt")), strings(x, "sectors"), strings(x, "parties"),
            bool(x, "optional")));
      }
    }
    JsonNode count = e.get("count");
    return new GoldEvent(text(e, "key"), type, bool(e, "optional"),
        text(e, "actor1"), text(e, "actor2"), strings(e, "parties"), upper(text(e, "status")),
        upper(text(e, "visit_kind")), upperAll(strings(e, "visit_kind_alt")),
        date(e, "start_date"), date(e, "end_date"), date(e, "activity_date"),
        text(e, "guest_person"), text(e, "host_person"),
        text(e, "location_city"), strings(e, "location_city_alt"),
        date(e, "signed_date"), count != null && count.isInt() ? count.asInt() : null, docs,
        upper(text(e, "stance")), upperAll(strings(e, "stance_alt")),
        strings(e, "sectors"), strings(e, "sectors_optional"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isValueNode()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }

  /** A string field or an array of strings (the {@code *_alt} fields accept both). */
  private static List<String> strings(JsonNode n, String field) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) return out;
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (!x.isNull() && !x.asText().isBlank()) out.add(x.asText().trim());
      }
    } else if (v.isValueNode()) {
      if (!v.asText().isBlank()) out.add(v.asText().trim());
    } else {
      throw new IllegalArgumentException("\"" + field + "\" must be a string or an array");
    }
    return out;
  }

  private static boolean bool(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.asBoolean(false);
  }

  private static LocalDate date(JsonNode n, String field) {
    String s = text(n, field);
    if (s == null) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException x) {
      throw new IllegalArgumentException("\"" + field + "\" is '" + s
          + "'; dates are yyyy-MM-dd or null");
    }
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static List<String> upperAll(List<String> l) {
    return l.stream().map(GoldFile::upper).toList();
  }
}
