package org.coopevents.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What the report says about the run itself, read from {@code _manifest.json}. Immutable. */
public final class RunInfo {
  /** One input file of the run with its counts. */
  public static final class Input {
    public final String path;
    public final long sizeBytes;
    public final long unitsRead;
    public final long accepted;
    public final long rejected;

    public Input(String path, long sizeBytes, long unitsRead, long accepted, long rejected) {
      this.path = path;
      this.sizeBytes = sizeBytes;
      this.unitsRead = unitsRead;
      this.accepted = accepted;
      this.rejected = rejected;
    }
  }

  public final String version;
  public final String beamVersion;
  public final String startedAt;
  public final String finishedAt;
  public final String runner;
  public final String output;
  public final String inputOption;
  public final List<Input> inputs;
  /** An incremental run's files reused, re-read and dropped, in words; "" for a full run. */
  public final String incremental;

  public RunInfo(String version, String beamVersion, String startedAt, String finishedAt,
      String runner, String output, String inputOption, List<Input> inputs) {
    this(version, beamVersion, startedAt, finishedAt, runner, output, inputOption, inputs, "");
  }

  public RunInfo(String version, String beamVersion, String startedAt, String finishedAt,
      String runner, String output, String inputOption, List<Input> inputs, String incremental) {
    this.incremental = incremental;
    this.version = version;
    this.beamVersion = beamVersion;
    this.startedAt = startedAt;
    this.finishedAt = finishedAt;
    this.runner = runner;
    this.output = output;
    this.inputOption = inputOption;
    this.inputs = List.copyOf(inputs);
  }

  /** A run without a manifest: every field unknown. */
  public static RunInfo unknown() {
    return new RunInfo("", "", "", "", "", "", "", List.of());
  }

  /** Reads the fields the report needs from a manifest document; missing fields read as "". */
  public static RunInfo fromManifest(byte[] json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<Input> inputs = new ArrayList<>();
    for (JsonNode f : root.path("inputs")) {
      inputs.add(new Input(f.path("path").asText(""), f.path("size_bytes").asLong(-1),
          f.path("units_read").asLong(0), f.path("accepted").asLong(0),
          f.path("rejected").asLong(0)));
    }
    JsonNode run = root.path("run");
    JsonNode versions = root.path("versions");
    return new RunInfo(versions.path("coopevents").asText(""), versions.path("beam").asText(""),
        run.path("started_at").asText(""), run.path("finished_at").asText(""),
        run.path("runner").asText(""), run.path("output").asText(""),
        root.path("options").path("input").asText(""), inputs, incremental(root.path("incremental")));
  }

  /** The manifest's {@code incremental} entry in words, "" when absent. */
  static String incremental(JsonNode m) {
    if (m.isMissingNode() || !m.isObject()) return "";
    StringBuilder b = new StringBuilder("incremental: ")
        .append(m.path("files_reused").asLong()).append(" files reused, ")
        .append(m.path("files_reread").asLong()).append(" re-read");
    JsonNode why = m.path("reread_by_reason");
    if (why.size() > 0) {
      List<String> parts = new ArrayList<>();
      why.fields().forEachRemaining(e -> parts.add(e.getKey().replace('_', ' ') + " " + e.getValue().asLong()));
      b.append(" (").append(String.join(", ", parts)).append(')');
    }
    b.append(", ").append(m.path("files_dropped").asLong()).append(" dropped (gone from the archive)");
    if (!m.path("fallback").isNull() && !m.path("fallback").asText("").isEmpty()) {
      b.append("; state not used: ").append(m.path("fallback").asText());
    }
    return b.toString();
  }
}
