package org.coopevents.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.sink.RowRecords;
import org.coopevents.sink.TableSchemas;

/**
 * Writes an output folder the way the sink does: the project's schemas and row conversion,
 * Snappy Parquet with standard three-level lists, every table present, {@code _SUCCESS} last.
 */
final class OutputFolders {
  private OutputFolders() {}

  static void write(Path dir, List<Article> articles, List<EventRow> events,
      List<MentionRow> mentions, List<DocumentRow> documents) throws IOException {
    table(dir, "articles", TableSchemas.ARTICLES, articles, RowRecords::article);
    table(dir, "events", TableSchemas.EVENTS, events, RowRecords::event);
    table(dir, "mentions", TableSchemas.MENTIONS, mentions, RowRecords::mention);
    table(dir, "documents", TableSchemas.DOCUMENTS, documents, RowRecords::document);
    table(dir, "rejects", TableSchemas.REJECTS, List.<Object>of(), x -> null);
    Files.write(dir.resolve("_manifest.json"), "{}".getBytes());
    Files.write(dir.resolve("_SUCCESS"), new byte[0]);
  }

  /** Writes the rows as one Parquet file, or as two when there are more than two rows. */
  static <T> void table(Path dir, String name, Schema schema, List<T> rows,
      Function<T, GenericRecord> convert) throws IOException {
    Path t = dir.resolve(name);
    Files.createDirectories(t);
    int split = rows.size() > 2 ? rows.size() / 2 : rows.size();
    writeFile(t.resolve("part-00000-of-00002.parquet"), schema, rows.subList(0, split), convert);
    if (split < rows.size()) {
      writeFile(t.resolve("part-00001-of-00002.parquet"), schema,
          rows.subList(split, rows.size()), convert);
    }
  }

  private static <T> void writeFile(Path file, Schema schema, List<T> rows,
      Function<T, GenericRecord> convert) throws IOException {
    Configuration conf = new Configuration();
    conf.setBoolean("parquet.avro.write-old-list-structure", false);
    org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri());
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter
        .<GenericRecord>builder(HadoopOutputFile.fromPath(hp, conf))
        .withSchema(schema).withDataModel(GenericData.get()).withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
      for (T r : rows) w.write(convert.apply(r));
    }
  }
}
