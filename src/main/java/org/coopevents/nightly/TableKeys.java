package org.coopevents.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.coopevents.sink.TableSchemas;

/**
 * Reads one table of a run folder as a map from each row's identity (its ID columns joined
 * by a tab) to the row's other columns, reading only the columns asked for (so the article
 * text is never loaded). Immutable description of a table; reading is per call.
 */
public final class TableKeys {
  /** The columns that identify a row of each table (dataset.md). */
  public static final Map<String, List<String>> ID_COLUMNS = Map.of(
      "events", List.of("event_id"),
      "documents", List.of("document_id"),
      "mentions", List.of("event_id", "article_id"),
      "articles", List.of("article_id"),
      "rejects", List.of("input_file", "location", "reason"));

  private TableKeys() {}

  /** Key → null for every row (only the ID columns are read). */
  public static Map<String, Map<String, String>> keys(Path run, String table) throws IOException {
    return read(run, table, false);
  }

  /** Key → every other column's value as text, for comparing facts. */
  public static Map<String, Map<String, String>> rows(Path run, String table) throws IOException {
    return read(run, table, true);
  }

  private static Map<String, Map<String, String>> read(Path run, String table, boolean all)
      throws IOException {
    List<String> ids = ID_COLUMNS.get(table);
    Schema full = schema(table);
    Configuration conf = new Configuration();
    if (!all) AvroReadSupport.setRequestedProjection(conf, project(full, ids));
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (Path f : files(run.resolve(table))) {
      org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(f.toAbsolutePath().toUri());
      try (ParquetReader<GenericRecord> r = AvroParquetReader
          .<GenericRecord>builder(HadoopInputFile.fromPath(hp, conf))
          .withDataModel(GenericData.get()).build()) {
        GenericRecord rec;
        while ((rec = r.read()) != null) {
          StringBuilder key = new StringBuilder();
          for (String c : ids) {
            if (key.length() > 0) key.append('\t');
            key.append(rec.get(c));
          }
          Map<String, String> facts = null;
          if (all) {
            facts = new LinkedHashMap<>();
            for (Schema.Field field : rec.getSchema().getFields()) {
              if (!ids.contains(field.name())) {
                facts.put(field.name(), String.valueOf(rec.get(field.name())));
              }
            }
          }
          out.put(key.toString(), facts);
        }
      } catch (RuntimeException e) {
        throw new IOException("cannot read " + f + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  static Schema schema(String table) {
    return switch (table) {
      case "events" -> TableSchemas.EVENTS;
      case "documents" -> TableSchemas.DOCUMENTS;
      case "mentions" -> TableSchemas.MENTIONS;
      case "articles" -> TableSchemas.ARTICLES;
      case "rejects" -> TableSchemas.REJECTS;
      default -> throw new IllegalArgumentException("no table " + table);
    };
  }

  private static Schema project(Schema full, List<String> columns) {
    List<Schema.Field> fields = new ArrayList<>();
    for (String c : columns) {
      Schema.Field f = full.getField(c);
      fields.add(new Schema.Field(f.name(), f.schema(), f.doc(), f.defaultVal()));
    }
    return Schema.createRecord(full.getName(), full.getDoc(), full.getNamespace(), false, fields);
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is missing: not a run folder written by 'coopevents run'");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".parquet") && !n.startsWith(".") && !n.startsWith("_");
      }).sorted().toList();
    }
  }
}
