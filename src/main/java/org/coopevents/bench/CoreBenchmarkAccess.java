package org.coopevents.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coopevents.extract.ArticleText;

/** Reads the benchmark's articles for other tools. */
public final class CoreBenchmarkAccess {
  private CoreBenchmarkAccess() {}

  public static List<ArticleText> read(Path dir) throws IOException {
    return CoreBenchmark.read(dir);
  }
}
