package org.coopevents.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopevents.sink.TableSchemas;

/**
 * The difference between two run folders: per table, rows added and removed by their ID
 * columns ({@link TableKeys#ID_COLUMNS}); and events present in both whose facts (any other
 * column) changed, with the columns that did. Samples of IDs are capped at
 * {@code sampleSize} per list. Immutable.
 */
public final class RunDiff {
  /** Added/removed counts of one table, with sorted samples of the keys. */
  public record TableDiff(long previousRows, long rows, long added, long removed,
      List<String> addedSample, List<String> removedSample) {}

  /** An event in both runs whose facts differ, and the columns that differ. */
  public record ChangedEvent(String eventId, List<String> columns) {}

  private final Map<String, TableDiff> tables;
  private final long changedEvents;
  private final List<ChangedEvent> changedSample;

  private RunDiff(Map<String, TableDiff> tables, long changedEvents,
      List<ChangedEvent> changedSample) {
    this.tables = Map.copyOf(tables);
    this.changedEvents = changedEvents;
    this.changedSample = List.copyOf(changedSample);
  }

  public static RunDiff compare(Path previous, Path current, int sampleSize) throws IOException {
    Map<String, TableDiff> tables = new LinkedHashMap<>();
    long changed = 0;
    List<ChangedEvent> sample = new ArrayList<>();
    for (String t : TableSchemas.TABLES) {
      boolean events = t.equals("events");
      Map<String, Map<String, String>> a = events ? TableKeys.rows(previous, t)
          : TableKeys.keys(previous, t);
      Map<String, Map<String, String>> b = events ? TableKeys.rows(current, t)
          : TableKeys.keys(current, t);
      TreeSet<String> added = new TreeSet<>();
      for (String k : b.keySet()) if (!a.containsKey(k)) added.add(k);
      TreeSet<String> removed = new TreeSet<>();
      for (String k : a.keySet()) if (!b.containsKey(k)) removed.add(k);
      tables.put(t, new TableDiff(a.size(), b.size(), added.size(), removed.size(),
          first(added, sampleSize), first(removed, sampleSize)));
      if (events) {
        for (Map.Entry<String, Map<String, String>> e : new TreeMap<>(b).entrySet()) {
          Map<String, String> before = a.get(e.getKey());
          if (before == null) continue;
          List<String> cols = new ArrayList<>();
          for (Map.Entry<String, String> c : e.getValue().entrySet()) {
            if (!Objects.equals(before.get(c.getKey()), c.getValue())) cols.add(c.getKey());
          }
          if (!cols.isEmpty()) {
            changed++;
            if (sample.size() < sampleSize) sample.add(new ChangedEvent(e.getKey(), cols));
          }
        }
      }
    }
    return new RunDiff(tables, changed, sample);
  }

  private static List<String> first(TreeSet<String> keys, int n) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      if (out.size() >= n) break;
      out.add(k.replace('\t', '|'));
    }
    return out;
  }

  public TableDiff table(String name) {
    return tables.get(name);
  }

  public long changedEvents() {
    return changedEvents;
  }

  public List<ChangedEvent> changedSample() {
    return changedSample;
  }

  /** Whether the two runs hold exactly the same rows and event facts. */
  public boolean identical() {
    return changedEvents == 0
        && tables.values().stream().allMatch(d -> d.added() == 0 && d.removed() == 0);
  }

  /** The {@code _diff.json} form of the comparison. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> t = new LinkedHashMap<>();
    for (String name : TableSchemas.TABLES) {
      TableDiff d = tables.get(name);
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id_columns", TableKeys.ID_COLUMNS.get(name));
      x.put("previous_rows", d.previousRows());
      x.put("rows", d.rows());
      x.put("added", d.added());
      x.put("removed", d.removed());
      x.put("added_sample", d.addedSample());
      x.put("removed_sample", d.removedSample());
      t.put(name, x);
    }
    m.put("tables", t);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("count", changedEvents);
    List<Map<String, Object>> s = new ArrayList<>();
    for (ChangedEvent e : changedSample) {
      s.add(Map.of("event_id", e.eventId(), "columns", e.columns()));
    }
    c.put("sample", s);
    m.put("events_changed", c);
    return m;
  }
}
