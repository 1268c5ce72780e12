package org.coopevents.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectReason;
import org.coopevents.model.RejectRow;

/**
 * Reads JSON Lines: one article object per line, with the field names of inputs.md or of the
 * news-please crawler ({@code maintext}, {@code date_publish}, {@code source_domain}).
 *
 * <p>A file whose first line opens a JSON value that the line does not close is read as JSON
 * documents instead ({@link #readDocuments}): news-please and many scripts save one article per
 * {@code .json} file, pretty-printed, or a list of articles as one indented array. Each object,
 * alone or as an element of a top-level array, is one unit, located by the line it starts on.
 */
public final class JsonLinesReader {
  private static final String[] STRING_FIELDS = {
    "url", "source", "source_domain", "published_at", "date_publish", "language", "title",
    "text", "maintext", "html"
  };

  private final ReadLimits limits;
  private final ObjectMapper mapper;
  /** Reads one value of a longer stream: what follows it is the next value, not an error. */
  private final com.fasterxml.jackson.databind.ObjectReader valueReader;

  public JsonLinesReader(ReadLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxJsonDepth)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxUnitBytes + 16))
            .build())
        .build();
    this.mapper = new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.valueReader = mapper.readerFor(JsonNode.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Reads every line of the file; returns the number of units read. */
  public long read(InputSource source, UnitSink sink) {
    String file = source.name();
    long units = 0;
    long lineNo = 0;
    try (InputStream raw = source.openStream()) {
      FileContent.Opened content;
      try {
        content = FileContent.open(raw);
      } catch (FileContent.BadGzip e) {
        sink.reject(RejectRow.of(file, "file", RejectReason.TRUNCATED_GZIP,
            "not a readable gzip stream: " + e.getMessage(), ""));
        return 1;
      }
      if (content.empty) {
        sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_FILE, "the file is empty", ""));
        return 1;
      }
      LineReader lines = new LineReader(content.in, (int) limits.maxUnitBytes);
      boolean first = true;
      try {
        while (lines.next()) {
          lineNo = lines.lineNumber();
          if (first) {
            first = false;
            // A file is binary when its first line is and does not even start like JSON; a
            // JSON line with a stray control byte is one bad line, the others are kept.
            if (ByteSniffer.looksBinary(lines.bytes(), lines.length())
                && !startsLikeJson(lines.bytes(), lines.length())) {
              sink.reject(RejectRow.of(file, "file", RejectReason.BINARY_FILE,
                  "the file holds binary bytes, not JSON Lines text",
                  Samples.of(lines.bytes(), 0, lines.length())));
              return units + 1;
            }
          }
          if (lines.isBlank()) continue;
          if (units == 0 && opensDocument(lines.bytes(), lines.length())) {
            return readDocuments(source, sink);
          }
          units++;
          readLine(file, lines, sink);
        }
      } catch (IOException e) {
        units++;
        boolean gz = content.gzip;
        sink.reject(RejectRow.of(file, "line " + (lines.lineNumber() + 1),
            gz ? RejectReason.TRUNCATED_GZIP : RejectReason.UNREADABLE_FILE,
            (gz ? "the gzip stream ends early or is corrupt after " + units
                + " units: " : "read failed: ") + e.getMessage(),
            Samples.of(lines.bytes(), 0, Math.min(lines.length(), Samples.MAX_BYTES))));
        return units;
      }
      if (units == 0 && first) {
        sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_FILE,
            "the file is empty once decompressed", ""));
        return 1;
      }
      if (units == 0) {
        sink.reject(RejectRow.of(file, "file", RejectReason.EMPTY_FILE,
            "the file holds only blank lines", ""));
        return 1;
      }
      return units;
    } catch (IOException e) {
      sink.reject(RejectRow.of(file, lineNo == 0 ? "file" : "line " + lineNo,
          RejectReason.UNREADABLE_FILE, "cannot read the file: " + e.getMessage(), ""));
      return units + 1;
    }
  }

  private void readLine(String file, LineReader lines, UnitSink sink) {
    String location = "line " + lines.lineNumber();
    byte[] b = lines.bytes();
    int len = lines.length();
    if (lines.oversized()) {
      sink.reject(RejectRow.of(file, location, RejectReason.TOO_LARGE,
          "the line has " + lines.oversizedLength() + " bytes, over the limit of "
              + limits.maxUnitBytes + " (--maxUnitBytes)", Samples.of(b, 0, len)));
      return;
    }
    String json = ByteSniffer.strictUtf8(b, 0, len);
    if (json == null) {
      sink.reject(RejectRow.of(file, location, RejectReason.BAD_ENCODING,
          "the line is not valid UTF-8", Samples.of(b, 0, len)));
      return;
    }
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (StreamConstraintsException e) {
      sink.reject(overLimits(file, location, e, Samples.of(b, 0, len)));
      return;
    } catch (JsonProcessingException e) {
      sink.reject(RejectRow.of(file, location, RejectReason.MALFORMED_JSON,
          "invalid JSON: " + e.getOriginalMessage(), Samples.of(b, 0, len)));
      return;
    }
    accept(file, location, node, "the line", Samples.of(b, 0, len), sink);
  }

  /**
   * One parsed unit: an article when it is an object with a body and fields of the right types,
   * else one reject. {@code what} names the unit in messages ("the line", "the array element").
   */
  private void accept(String file, String location, JsonNode node, String what, String sample,
      UnitSink sink) {
    if (node == null || !node.isObject()) {
      sink.reject(RejectRow.of(file, location, RejectReason.NOT_AN_OBJECT,
          what + " is a JSON " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase())
              + ", not an object", sample));
      return;
    }
    for (String f : STRING_FIELDS) {
      JsonNode v = node.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) {
        sink.reject(RejectRow.of(file, location, RejectReason.WRONG_FIELD_TYPE,
            "field '" + f + "' must be a string, found " + v.getNodeType().name().toLowerCase(),
            sample));
        return;
      }
    }
    JsonNode idNode = node.get("id");
    String id = null;
    if (idNode != null && !idNode.isNull()) {
      if (idNode.isTextual()) {
        id = idNode.asText();
      } else if (idNode.isIntegralNumber()) {
        id = idNode.asText();
      } else {
        sink.reject(RejectRow.of(file, location, RejectReason.WRONG_FIELD_TYPE,
            "field 'id' must be a string or an integer, found "
                + idNode.getNodeType().name().toLowerCase(), sample));
        return;
      }
      if (id.isBlank()) id = null;
    }
    String text = firstNonNull(str(node, "text"), str(node, "maintext"));
    String html = str(node, "html");
    if (text == null && html == null) {
      sink.reject(RejectRow.of(file, location, RejectReason.MISSING_BODY,
          "no 'text', 'maintext' or 'html' field", sample));
      return;
    }
    boolean textBlank = text == null || text.isBlank();
    boolean htmlBlank = html == null || html.isBlank();
    if (textBlank && htmlBlank) {
      sink.reject(RejectRow.of(file, location, RejectReason.EMPTY_TEXT,
          "the body is empty", sample));
      return;
    }
    sink.article(new RawArticle(file, location, InputFormat.JSONL.name(), id,
        str(node, "url"), firstNonNull(str(node, "source"), str(node, "source_domain")),
        firstNonNull(str(node, "published_at"), str(node, "date_publish")), null,
        str(node, "language"), str(node, "title"),
        textBlank ? null : text, textBlank ? html : null));
  }

  /** The reject for JSON over the parser's limits: a long number, deep nesting or a huge value. */
  private RejectRow overLimits(String file, String location, StreamConstraintsException e,
      String sample) {
    String m = String.valueOf(e.getOriginalMessage());
    String lower = m.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("number")) {
      return RejectRow.of(file, location, RejectReason.NUMBER_TOO_LONG,
          "a JSON number longer than the parser takes: " + m, sample);
    }
    if (lower.contains("depth") || lower.contains("nesting")) {
      return RejectRow.of(file, location, RejectReason.NESTING_TOO_DEEP,
          "JSON nested deeper than " + limits.maxJsonDepth + " levels", sample);
    }
    return RejectRow.of(file, location, RejectReason.TOO_LARGE,
        "a JSON value over the parser's limits: " + m, sample);
  }

  /**
   * Whether the first line opens a JSON object or array that it does not close ("{", "[",
   * "[{" or "{" followed by the first field and a comma), as pretty-printed JSON does. A line
   * that ends in "}" or "]" is left to the line reader (a one-line object or a one-line array).
   */
  static boolean opensDocument(byte[] b, int len) {
    int i = 0;
    if (len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) i = 3;
    while (i < len && isSpace(b[i])) i++;
    if (i >= len || (b[i] != '{' && b[i] != '[')) return false;
    int e = len - 1;
    while (e > i && isSpace(b[e])) e--;
    byte last = b[e];
    return last == '{' || last == '[' || last == ',' || last == ':';
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Reads the file again as a sequence of JSON documents: each top-level object is one unit, each
   * element of a top-level array is one unit. A syntax error ends the file with one reject for
   * the rest (its elements cannot be told apart any more); the units before it are kept.
   */
  private long readDocuments(InputSource source, UnitSink sink) throws IOException {
    String file = source.name();
    long units = 0;
    boolean inUnit = false; // a unit is counted and has no article or reject yet
    try (InputStream raw = source.openStream()) {
      FileContent.Opened content = FileContent.open(raw);
      try (JsonParser p = mapper.getFactory().createParser(content.in)) {
        String where = "file";
        try {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            where = "line " + p.currentTokenLocation().getLineNr();
            if (t == JsonToken.START_ARRAY) {
              long before = units;
              while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) throw new JsonParseException(p, "the array is not closed");
                where = "line " + p.currentTokenLocation().getLineNr();
                units++;
                inUnit = true;
                readValue(file, where, p, "the array element", sink);
                inUnit = false;
              }
              if (units == before) {
                units++;
                sink.reject(RejectRow.of(file, where, RejectReason.EMPTY_FILE,
                    "the JSON array holds no records", ""));
              }
            } else {
              units++;
              inUnit = true;
              readValue(file, where, p, "the JSON document", sink);
              inUnit = false;
            }
          }
        } catch (StreamConstraintsException e) {
          if (!inUnit) units++;
          RejectRow r = overLimits(file, where, e, "");
          sink.reject(new RejectRow(r.inputFile, r.location, r.reason,
              r.detail + " (the rest of the file from here is not read)", r.sample));
        } catch (JsonProcessingException e) {
          if (!inUnit) units++;
          sink.reject(RejectRow.of(file, "line " + p.currentLocation().getLineNr(),
              RejectReason.MALFORMED_JSON, "invalid JSON (the rest of the file from here is not "
                  + "read): " + e.getOriginalMessage(), ""));
        }
      }
    } catch (FileContent.BadGzip e) {
      units++;
      sink.reject(RejectRow.of(file, "file", RejectReason.TRUNCATED_GZIP,
          "not a readable gzip stream: " + e.getMessage(), ""));
    } catch (IOException e) {
      if (!inUnit) units++;
      sink.reject(RejectRow.of(file, "file", RejectReason.UNREADABLE_FILE,
          "read failed: " + e.getMessage(), ""));
    }
    return units;
  }

  /** The value at the parser's current token: one article or one reject. */
  private void readValue(String file, String where, JsonParser p, String what, UnitSink sink)
      throws IOException {
    long start = p.currentTokenLocation().getByteOffset();
    JsonNode node = valueReader.readValue(p);
    long size = p.currentLocation().getByteOffset() - start;
    String sample = Samples.of(node == null ? "" : node.toString());
    if (start >= 0 && size > limits.maxUnitBytes) {
      sink.reject(RejectRow.of(file, where, RejectReason.TOO_LARGE, what + " has " + size
          + " bytes, over the limit of " + limits.maxUnitBytes + " (--maxUnitBytes)", sample));
      return;
    }
    accept(file, where, node, what, sample, sink);
  }

  /** Whether the line's first byte that is not white space (or a UTF-8 BOM) opens JSON. */
  private static boolean startsLikeJson(byte[] b, int len) {
    int i = 0;
    if (len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) i = 3;
    while (i < len && (b[i] == ' ' || b[i] == '\t')) i++;
    return i < len && (b[i] == '{' || b[i] == '[');
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The first value with content; else whichever was given (a blank body stays blank). */
  private static String firstNonNull(String a, String b) {
    if (a != null && !a.isBlank()) return a;
    return b != null ? b : a;
  }
}
