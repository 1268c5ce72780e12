package org.coopevents.incremental;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.coopevents.nightly.InputFingerprint;

/**
 * The state's table of contents ({@code STATE/index.json}): the version of code and knowledge
 * that made it, each input file it holds (its fingerprint's key and the segment its records are
 * in) and each segment (its files and their sizes, checked before the state is used). Immutable.
 */
public final class StateIndex {
  public static final String FORMAT = "1";

  /** Where a file's records are: its key and its segment. */
  public record FileEntry(String key, String segment) {}

  /** A segment: its data files (name → size in bytes) and how many input files it was written for. */
  public record Segment(Map<String, Long> files, int inputFiles) {
    public Segment {
      files = Map.copyOf(files);
    }
  }

  public final String version;
  public final Map<String, FileEntry> files;
  public final Map<String, Segment> segments;

  public StateIndex(String version, Map<String, FileEntry> files, Map<String, Segment> segments) {
    this.version = version;
    this.files = new TreeMap<>(files);
    this.segments = new TreeMap<>(segments);
  }

  /**
   * The key of a file's records: a hash of the version, the path and the fingerprint (size,
   * modification time, SHA-256 when the file was hashed). Null when the file has no usable
   * fingerprint (remote, unreadable or not a regular file): such a file is never reused.
   */
  public static String fileKey(String version, InputFingerprint f) {
    if (f.sizeBytes() < 0 || f.modifiedMillis() < 0) return null;
    String text = version + "\n" + f.path() + "\n" + f.sizeBytes() + "\n" + f.modifiedMillis()
        + "\n" + (f.sha256() == null ? "-" : f.sha256());
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public byte[] toJson() throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("state_format", FORMAT);
    root.put("version", version);
    ObjectNode s = root.putObject("segments");
    segments.forEach((id, seg) -> {
      ObjectNode n = s.putObject(id);
      n.put("input_files", seg.inputFiles());
      ObjectNode fs = n.putObject("files");
      new TreeMap<>(seg.files()).forEach(fs::put);
    });
    ObjectNode f = root.putObject("files");
    files.forEach((path, e) -> {
      ObjectNode n = f.putObject(path);
      n.put("key", e.key());
      n.put("segment", e.segment());
    });
    return m.writeValueAsBytes(root);
  }

  /** Parses an index; an {@link IOException} says what is wrong with it. */
  public static StateIndex parse(byte[] json) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IOException("index.json is not JSON (" + e.getMessage().split("\n")[0] + ")");
    }
    if (root == null || !root.isObject()) throw new IOException("index.json is not a JSON object");
    if (!FORMAT.equals(root.path("state_format").asText())) {
      throw new IOException("index.json has state_format '" + root.path("state_format").asText()
          + "', this release reads '" + FORMAT + "'");
    }
    String version = text(root, "version");
    Map<String, Segment> segments = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "segments").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Map<String, Long> fs = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> f = object(e.getValue(), "files").fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> x = f.next();
        if (!x.getValue().canConvertToLong()) throw new IOException("index.json: bad size of " + x.getKey());
        fs.put(x.getKey(), x.getValue().asLong());
      }
      segments.put(e.getKey(), new Segment(fs, e.getValue().path("input_files").asInt()));
    }
    Map<String, FileEntry> files = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      FileEntry fe = new FileEntry(text(e.getValue(), "key"), text(e.getValue(), "segment"));
      if (!segments.containsKey(fe.segment())) {
        throw new IOException("index.json: " + e.getKey() + " is in segment " + fe.segment()
            + ", which the index does not list");
      }
      files.put(e.getKey(), fe);
    }
    return new StateIndex(version, files, segments);
  }

  private static String text(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) throw new IOException("index.json: no '" + field + "'");
    return v.asText();
  }

  private static JsonNode object(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isObject()) throw new IOException("index.json: no '" + field + "' object");
    return v;
  }
}
