package org.coopevents.compare;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.coopevents.sink.TableSchemas;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare subcommand on tiny output folders written with the sink's schemas. */
class CompareCommandTest {
  @TempDir Path tmp;

  static CommandRun compare(String... args) {
    return CommandRun.of(CompareCommand::run, args);
  }

  static GenericRecord mention(String event, String article, int start, int end) {
    return new GenericRecordBuilder(TableSchemas.MENTIONS).set("event_id", event)
        .set("article_id", article).set("url", "https://news.example/" + article)
        .set("source", "news.example").set("evidence", "The two ministers signed a memorandum.")
        .set("evidence_start", start).set("evidence_end", end).build();
  }

  /** An output folder: the mentions split into the given shards, every other table empty. */
  static Path output(Path dir, List<List<GenericRecord>> mentionShards, List<String> stats)
      throws IOException {
    for (String table : TableSchemas.TABLES) Files.createDirectories(dir.resolve(table));
    int i = 0;
    for (List<GenericRecord> shard : mentionShards) {
      write(dir.resolve("mentions/part-0000" + i + "-of-0000" + mentionShards.size() + ".parquet"),
          TableSchemas.MENTIONS, shard);
      i++;
    }
    write(dir.resolve("events/part-00000-of-00001.parquet"), TableSchemas.EVENTS, List.of());
    Files.createDirectories(dir.resolve("_stats"));
    Files.write(dir.resolve("_stats/stats-00000-of-00001.tsv"), stats, StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("events/.temp-beam"));
    return dir;
  }

  static void write(Path file, Schema schema, List<GenericRecord> rows) throws IOException {
    Configuration conf = new Configuration();
    org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri());
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter
        .<GenericRecord>builder(HadoopOutputFile.fromPath(hp, conf))
        .withSchema(schema).withDataModel(GenericData.get()).withConf(conf).build()) {
      for (GenericRecord r : rows) w.write(r);
    }
  }

  @Test
  void sameRowsInOtherShardsAndOrderAreTheSame() throws IOException {
    GenericRecord m1 = mention("ev-1", "art-1", 10, 48);
    GenericRecord m2 = mention("ev-2", "art-1", 60, 99);
    GenericRecord m3 = mention("ev-2", "art-2", 0, 37);
    Path a = output(tmp.resolve("a"), List.of(List.of(m1, m2, m3)),
        List.of("table\tmentions\t3"));
    Path b = output(tmp.resolve("b"), List.of(List.of(m3), List.of(m2, m1)),
        List.of("table\tmentions\t3"));
    CommandRun r = compare(a.toString(), b.toString());
    assertEquals(0, r.code, r.out + r.err);
    assertThat(r.out, containsString("same rows in every table"));
    assertThat(r.out, not(containsString("DIFFERENT")));
  }

  @Test
  void changedAndDuplicatedRowsArePrintedPerSide() throws IOException {
    GenericRecord m1 = mention("ev-1", "art-1", 10, 48);
    GenericRecord m2 = mention("ev-2", "art-1", 60, 99);
    GenericRecord m2moved = mention("ev-2", "art-1", 61, 99);
    Path a = output(tmp.resolve("a"), List.of(List.of(m1, m1, m2)),
        List.of("table\tmentions\t3"));
    Path b = output(tmp.resolve("b"), List.of(List.of(m1), List.of(m2moved)),
        List.of("table\tmentions\t2"));
    CommandRun r = compare(a.toString(), b.toString());
    assertEquals(1, r.code, r.out + r.err);
    assertThat(r.out, containsString("mentions: 2 row(s) only in A"));
    assertThat(r.out, containsString("mentions: 1 row(s) only in B"));
    assertThat(r.out, containsString("\"evidence_start\": 61"));
    assertThat(r.out, containsString("\"evidence_start\": 60"));
    assertThat(r.out, containsString("_stats: 1 row(s) only in A"));
    assertThat(r.out, containsString("the outputs differ"));

    OutputDiff d = OutputDiff.compare(a, b);
    assertEquals(2, d.tables().get("mentions").onlyInA.size());
    assertEquals(1, d.tables().get("mentions").onlyInB.size());
    assertEquals(List.of(), new ArrayList<>(d.tables().get("events").onlyInA));
  }

  @Test
  void showLimitsThePrintedRows() throws IOException {
    List<GenericRecord> many = new ArrayList<>();
    for (int i = 0; i < 5; i++) many.add(mention("ev-" + i, "art-9", i, i + 20));
    Path a = output(tmp.resolve("a"), List.of(many), List.of());
    Path b = output(tmp.resolve("b"), List.of(List.of()), List.of());
    CommandRun r = compare(a.toString(), b.toString(), "--show=2");
    assertEquals(1, r.code);
    assertThat(r.out, containsString("... and 3 more"));
  }

  @Test
  void badArgumentsAndFoldersThatAreNotOutputs() throws IOException {
    Path a = output(tmp.resolve("a"), List.of(List.of()), List.of());
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    CommandRun one = compare(a.toString());
    assertEquals(2, one.code);
    assertThat(one.err, containsString("give two folders"));
    CommandRun notOut = compare(a.toString(), plain.toString());
    assertEquals(2, notOut.code);
    assertThat(notOut.err, containsString("has no events/ folder"));
    CommandRun missing = compare(a.toString(), tmp.resolve("nowhere").toString());
    assertEquals(2, missing.code);
    assertThat(missing.err, containsString("is not a folder"));
    assertEquals(2, compare(a.toString(), a.toString(), "--colour").code);
  }
}
