package org.coopevents.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coopevents.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsByDateTest {
  @TempDir Path out;

  @Test
  void rowsEndSortedByDateInFilesOfWholeYears() throws Exception {
    Path events = Files.createDirectories(out.resolve("events"));
    // written unsorted over two files, as the runner leaves them
    String[][] rows = {
        {"ev-09", "2024-05-02"}, {"ev-03", null}, {"ev-01", "2023-01-15"},
        {"ev-07", "2024-01-30"}, {"ev-02", "2023-12-31"}, {"ev-05", "2022-06-01"},
        {"ev-04", "2024-01-30"}, {"ev-08", null}, {"ev-06", "2025-02-11"}};
    List<org.apache.avro.generic.GenericRecord> a = new ArrayList<>();
    List<org.apache.avro.generic.GenericRecord> b = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      org.apache.avro.generic.GenericRecord r =
          new org.apache.avro.generic.GenericData.Record(TableSchemas.EVENTS);
      r.put("event_id", rows[i][0]);
      r.put("event_type", "VISIT");
      r.put("actor1_country", "UZB");
      r.put("actor2_country", "CHN");
      r.put("status", "REPORTED");
      r.put("start_date", rows[i][1] == null ? null
          : (int) java.time.LocalDate.parse(rows[i][1]).toEpochDay());
      r.put("sectors", List.of());
      r.put("cameo_code", "042");
      r.put("num_articles", 1);
      r.put("num_sources", 1);
      r.put("confidence", 0.5);
      (i % 2 == 0 ? a : b).add(r);
    }
    org.coopevents.nightly.TinyRunAccess.write(events.resolve("part-x.parquet"), a);
    org.coopevents.nightly.TinyRunAccess.write(events.resolve("part-y.parquet"), b);

    int files = new EventsByDate(3).rewrite(events);

    List<String> names;
    try (Stream<Path> s = Files.list(events)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    // 2022:1 + 2023:2 | 2024:3 | 2025:1 + no date:2
    assertEquals(3, files);
    assertEquals(List.of("part-00000-of-00003.parquet", "part-00001-of-00003.parquet",
        "part-00002-of-00003.parquet"), names);
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(List.of("ev-05", "ev-01", "ev-02", "ev-04", "ev-07", "ev-09", "ev-06",
          "ev-03", "ev-08"), db.rows("SELECT event_id FROM read_parquet('" + events
              + "/*.parquet', filename=true, file_row_number=true) "
              + "ORDER BY filename, file_row_number"));
      assertEquals(List.of("2024 | 3"), db.rows("SELECT year(start_date), count(*) FROM "
          + db.table("events") + " WHERE start_date >= DATE '2024-01-01' AND start_date < "
          + "DATE '2025-01-01' GROUP BY 1"));
    }
  }
}
