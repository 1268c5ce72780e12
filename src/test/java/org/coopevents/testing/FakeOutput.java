package org.coopevents.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder that looks to the publisher like a finished coopevents output (its {@code _SUCCESS}
 * and a manifest naming coopevents) plus a {@code marker.txt}, so that tests can tell which
 * output a path shows without running the job.
 */
public final class FakeOutput {
  private FakeOutput() {}

  public static Path write(Path dir, String marker) throws IOException {
    Files.createDirectories(dir.resolve("events"));
    Files.writeString(dir.resolve("events").resolve("part-0.parquet"), marker);
    Files.writeString(dir.resolve("marker.txt"), marker);
    Files.writeString(dir.resolve("_manifest.json"),
        "{\"manifest_version\": 2, \"versions\": {\"coopevents\": \"test\"}}");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    return dir;
  }
}
