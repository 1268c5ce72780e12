package org.coopevents.ingest;

import com.fasterxml.jackson.core.JsonFactory;
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
 */
public final class JsonLinesReader {
  private static final String[] STRING_FIELDS = {
    "url", "source", "source_domain", "published_at", "date_publish", "language", "title",
    "text", "maintext", "html"
  };

  private final ReadLimits limits;
  private final ObjectMapper mapper;

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
      String m = String.valueOf(e.getOriginalMessage());
      String lower = m.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("number")) {
        sink.reject(RejectRow.of(file, location, RejectReason.NUMBER_TOO_LONG,
            "a JSON number longer than the parser takes: " + m, Samples.of(b, 0, len)));
      } else if (lower.contains("depth") || lower.contains("nesting")) {
        sink.reject(RejectRow.of(file, location, RejectReason.NESTING_TOO_DEEP,
            "JSON nested deeper than " + limits.maxJsonDepth + " levels", Samples.of(b, 0, len)));
      } else {
        sink.reject(RejectRow.of(file, location, RejectReason.TOO_LARGE,
            "a JSON value over the parser's limits: " + m, Samples.of(b, 0, len)));
      }
      return;
    } catch (JsonProcessingException e) {
      sink.reject(RejectRow.of(file, location, RejectReason.MALFORMED_JSON,
          "invalid JSON: " + e.getOriginalMessage(), Samples.of(b, 0, len)));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.reject(RejectRow.of(file, location, RejectReason.NOT_AN_OBJECT,
          "the line is a JSON " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase())
              + ", not an object", Samples.of(b, 0, len)));
      return;
    }
    for (String f : STRING_FIELDS) {
      JsonNode v = node.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) {
        sink.reject(RejectRow.of(file, location, RejectReason.WRONG_FIELD_TYPE,
            "field '" + f + "' must be a string, found " + v.getNodeType().name().toLowerCase(),
            Samples.of(b, 0, len)));
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
                + idNode.getNodeType().name().toLowerCase(), Samples.of(b, 0, len)));
        return;
      }
      if (id.isBlank()) id = null;
    }
    String text = firstNonNull(str(node, "text"), str(node, "maintext"));
    String html = str(node, "html");
    if (text == null && html == null) {
      sink.reject(RejectRow.of(file, location, RejectReason.MISSING_BODY,
          "no 'text', 'maintext' or 'html' field", Samples.of(b, 0, len)));
      return;
    }
    boolean textBlank = text == null || text.isBlank();
    boolean htmlBlank = html == null || html.isBlank();
    if (textBlank && htmlBlank) {
      sink.reject(RejectRow.of(file, location, RejectReason.EMPTY_TEXT,
          "the body is empty", Samples.of(b, 0, len)));
      return;
    }
    sink.article(new RawArticle(file, location, InputFormat.JSONL.name(), id,
        str(node, "url"), firstNonNull(str(node, "source"), str(node, "source_domain")),
        firstNonNull(str(node, "published_at"), str(node, "date_publish")), null,
        str(node, "language"), str(node, "title"),
        textBlank ? null : text, textBlank ? html : null));
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
