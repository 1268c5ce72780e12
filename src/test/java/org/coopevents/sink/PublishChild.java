package org.coopevents.sink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM for {@link PublishUnderFailuresTest}: publishes a small "new" output into
 * {@code args[0]} and stops before publishing step {@code args[1]}, writing {@code args[2]}
 * once it waits there (to be killed).
 */
public final class PublishChild {
  private PublishChild() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    StepScript steps = new StepScript(Integer.parseInt(args[1]), StepScript.Action.PAUSE,
        Path.of(args[2]));
    OutputPublisher p = OutputPublisher.prepare(out, true, List.of(),
        OutputPublisher.Mode.REPLACEABLE, steps);
    PublishUnderFailuresTest.stage(p.staging(), "new");
    p.publish(PublishUnderFailuresTest.MANIFEST.getBytes(StandardCharsets.UTF_8));
    p.close();
    Files.writeString(Path.of(args[2]), "done");
  }
}
