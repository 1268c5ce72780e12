package org.coopevents.nightly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks that hold {@code latest} back: events fell by more than {@code maxEventDrop}
 * (a share of the previous run's events), the share of rejected units rose by more than
 * {@code maxRejectRise} (absolute: 0.05 = five percentage points), the number of input files
 * fell by more than {@code maxFileDrop} (a share of the previous run's files: files that held
 * few articles can vanish without moving the events), or an input file changed while it was
 * read. Each alarm is one line of text. Immutable.
 */
public record Alarms(double maxEventDrop, double maxRejectRise, double maxFileDrop) {
  public static final double DEFAULT_MAX_EVENT_DROP = 0.2;
  public static final double DEFAULT_MAX_REJECT_RISE = 0.05;
  public static final double DEFAULT_MAX_FILE_DROP = 0.1;

  public Alarms(double maxEventDrop, double maxRejectRise) {
    this(maxEventDrop, maxRejectRise, DEFAULT_MAX_FILE_DROP);
  }

  /** The alarms of {@code current} against {@code previous} (null: no previous run). */
  public List<String> check(RunCounts previous, RunCounts current) {
    List<String> out = new ArrayList<>();
    if (previous != null && previous.events() > 0) {
      double drop = (double) (previous.events() - current.events()) / previous.events();
      if (drop > maxEventDrop) {
        out.add(String.format(Locale.ROOT, "EVENT_DROP events fell from %d to %d (%.1f%%, "
            + "more than --max-event-drop=%s)", previous.events(), current.events(),
            100 * drop, maxEventDrop));
      }
    }
    if (previous != null) {
      double rise = current.rejectShare() - previous.rejectShare();
      if (rise > maxRejectRise) {
        out.add(String.format(Locale.ROOT, "REJECT_RISE rejects rose from %.1f%% to %.1f%% of "
            + "units (%d to %d rows; more than --max-reject-rise=%s)",
            100 * previous.rejectShare(), 100 * current.rejectShare(), previous.rejects(),
            current.rejects(), maxRejectRise));
      }
    }
    if (previous != null && previous.files() > 0) {
      double drop = (double) (previous.files() - current.files()) / previous.files();
      if (drop > maxFileDrop) {
        out.add(String.format(Locale.ROOT, "INPUT_DROP input files fell from %d to %d (%.1f%%, "
            + "more than --max-file-drop=%s)", previous.files(), current.files(), 100 * drop,
            maxFileDrop));
      }
    }
    if (!current.changedInputs().isEmpty()) {
      out.add("INPUT_CHANGED " + current.changedInputs().size() + " input file(s) changed "
          + "while the job read them: " + String.join(", ", current.changedInputs()));
    }
    return out;
  }
}
