package org.coopevents.nightly;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.coopevents.sink.TableSchemas;

/** Builds a small run folder by hand: rows of each table, then real Parquet files. */
public final class TinyRun {
  private final Map<String, List<GenericRecord>> rows = new LinkedHashMap<>();

  public TinyRun() {
    for (String t : TableSchemas.TABLES) rows.put(t, new ArrayList<>());
  }

  public TinyRun event(String id, String type, String startDate, String city) {
    GenericRecord r = new GenericData.Record(TableSchemas.EVENTS);
    r.put("event_id", id);
    r.put("event_type", type);
    r.put("actor1_country", "KAZ");
    r.put("actor2_country", "AZE");
    r.put("status", "REPORTED");
    r.put("start_date", startDate == null ? null
        : (int) java.time.LocalDate.parse(startDate).toEpochDay());
    r.put("location_city", city);
    r.put("sectors", List.of("energy"));
    r.put("cameo_code", "042");
    r.put("num_articles", 1);
    r.put("num_sources", 1);
    r.put("confidence", 0.8);
    rows.get("events").add(r);
    return this;
  }

  public TinyRun article(String id) {
    GenericRecord r = new GenericData.Record(TableSchemas.ARTICLES);
    r.put("article_id", id);
    r.put("input_file", "in.jsonl");
    r.put("input_location", "line 1");
    r.put("text", "text of " + id);
    r.put("outcome", "CODED");
    r.put("event_count", 1);
    rows.get("articles").add(r);
    return this;
  }

  public TinyRun mention(String eventId, String articleId) {
    GenericRecord r = new GenericData.Record(TableSchemas.MENTIONS);
    r.put("event_id", eventId);
    r.put("article_id", articleId);
    r.put("evidence", "");
    r.put("evidence_start", 0);
    r.put("evidence_end", 0);
    rows.get("mentions").add(r);
    return this;
  }

  TinyRun reject(String location) {
    GenericRecord r = new GenericData.Record(TableSchemas.REJECTS);
    r.put("input_file", "in.jsonl");
    r.put("location", location);
    r.put("reason", "NOT_JSON");
    r.put("detail", "");
    r.put("sample", "");
    rows.get("rejects").add(r);
    return this;
  }

  /** Writes the tables (one file each; events split over two files) and a manifest. */
  public Path writeTo(Path dir) throws IOException {
    for (String t : TableSchemas.TABLES) {
      Path folder = Files.createDirectories(dir.resolve(t));
      List<GenericRecord> all = rows.get(t);
      if (t.equals("events") && all.size() > 1) {
        int half = all.size() / 2;
        write(folder.resolve("part-a.parquet"), TableKeys.schema(t), all.subList(0, half));
        write(folder.resolve("part-b.parquet"), TableKeys.schema(t), all.subList(half, all.size()));
      } else {
        write(folder.resolve("part-a.parquet"), TableKeys.schema(t), all);
      }
    }
    Files.writeString(dir.resolve("_manifest.json"), "{\"manifest_version\":2,"
        + "\"versions\":{\"coopevents\":\"test\"},\"tables\":{\"events\":"
        + rows.get("events").size() + ",\"articles\":" + rows.get("articles").size()
        + ",\"rejects\":" + rows.get("rejects").size() + "},\"inputs_changed_during_run\":[]}");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    return dir;
  }

  static void write(Path file, Schema schema, List<GenericRecord> records) throws IOException {
    ParquetIO.Sink sink = ParquetIO.sink(schema).withCompressionCodec(CompressionCodecName.SNAPPY)
        .withConfiguration(Map.of("parquet.avro.write-old-list-structure", "false"));
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      sink.open(ch);
      for (GenericRecord r : records) sink.write(r);
      sink.flush();
    }
  }
}
