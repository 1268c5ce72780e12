package org.coopevents.ingest;

import java.io.Serializable;

/** Limits that keep one bad unit from exhausting a worker. */
public final class ReadLimits implements Serializable {
  /** A unit (JSON line, text page, WARC payload) larger than this is rejected TOO_LARGE. */
  public final long maxUnitBytes;
  /** JSON nested deeper than this is rejected NESTING_TOO_DEEP. */
  public final int maxJsonDepth;

  public ReadLimits(long maxUnitBytes, int maxJsonDepth) {
    if (maxUnitBytes < 1 || maxUnitBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxUnitBytes must be between 1 and 2147483631");
    }
    if (maxJsonDepth < 2) {
      throw new IllegalArgumentException("maxJsonDepth must be at least 2");
    }
    this.maxUnitBytes = maxUnitBytes;
    this.maxJsonDepth = maxJsonDepth;
  }

  public static ReadLimits defaults() {
    return new ReadLimits(10L << 20, 64);
  }
}
