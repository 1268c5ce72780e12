package org.coopevents.sink;

import java.nio.file.Path;

/** Test access to the publisher's package-private helpers. */
public final class OutputPublisherAccess {
  private OutputPublisherAccess() {}

  /** The version folder a symlinked output points to, or null. */
  public static Path target(Path output) {
    return OutputPublisher.currentTarget(output.toAbsolutePath().normalize()).orElse(null);
  }
}
