package org.coopevents.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a run that the alarms look at, read from its {@code _manifest.json}: rows of
 * {@code events}, {@code articles} and {@code rejects}, the input files that changed while
 * the job read them, and the number of input files read.
 */
public record RunCounts(long events, long articles, long rejects, List<String> changedInputs,
    long files) {

  /** Counts of a run whose number of input files is not known (0: no file alarm). */
  public RunCounts(long events, long articles, long rejects, List<String> changedInputs) {
    this(events, articles, rejects, changedInputs, 0);
  }

  public static RunCounts read(Path run) throws IOException {
    JsonNode m = new ObjectMapper().readTree(run.resolve("_manifest.json").toFile());
    JsonNode t = m.path("tables");
    List<String> changed = new ArrayList<>();
    m.path("inputs_changed_during_run").forEach(n -> changed.add(n.asText()));
    return new RunCounts(t.path("events").asLong(), t.path("articles").asLong(),
        t.path("rejects").asLong(), List.copyOf(changed), m.at("/totals/files").asLong());
  }

  /** Rejected units as a share of all units that reached a table (articles + rejects). */
  public double rejectShare() {
    long all = articles + rejects;
    return all == 0 ? 0.0 : (double) rejects / all;
  }
}
