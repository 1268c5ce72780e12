package org.coopevents.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.coopevents.sink.TableSchemas;

/** Lets tests of other packages write an events Parquet file the way {@link TinyRun} does. */
public final class TinyRunAccess {
  private TinyRunAccess() {}

  public static void write(Path file, List<GenericRecord> events) throws IOException {
    TinyRun.write(file, TableSchemas.EVENTS, events);
  }
}
