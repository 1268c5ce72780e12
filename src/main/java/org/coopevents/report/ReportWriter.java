package org.coopevents.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.coopevents.eval.OutputTables;

/** Writes {@code report.html} into an output (or staging) folder from its own tables. */
public final class ReportWriter {
  public static final String FILE_NAME = "report.html";

  private ReportWriter() {}

  /**
   * Computes the report from the tables in {@code dir} and the given manifest document (null
   * when there is none) and writes {@code dir/report.html}; returns its path. Missing table
   * folders read as empty tables.
   */
  public static Path write(Path dir, byte[] manifestJson) throws IOException {
    ReportData data = compute(dir, manifestJson);
    Path out = dir.resolve(FILE_NAME);
    Path tmp = dir.resolve("." + FILE_NAME + ".tmp");
    Files.writeString(tmp, ReportPage.render(data), StandardCharsets.UTF_8);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return out;
  }

  /** The report figures of an output folder. */
  public static ReportData compute(Path dir, byte[] manifestJson) throws IOException {
    RunInfo run = manifestJson == null ? RunInfo.unknown() : RunInfo.fromManifest(manifestJson);
    return ReportData.compute(run, OutputTables.readLenient(dir), OutputTables.readRejects(dir));
  }
}
