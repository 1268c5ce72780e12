package org.coopevents.sink;

/**
 * How many files each table is written as. {@code articles} (the table with the text, the
 * largest by far) is written where its rows are, one file per worker bundle (0 here: as many
 * files as the runner has workers on Flink and Spark, a few on the DirectRunner), with no
 * shuffle: a fixed number of files means grouping every article's text by file before writing,
 * which at 100k articles on Flink (2 cores) cost 20 s of 131 and spilled the text to disk, and
 * Spark holds a whole group in memory (one file per GiB took 1M articles out of a 4 GB heap).
 * {@code mentions}/{@code documents}/{@code rejects}: one file per 8 GiB of input, at least one
 * and at most {@value #MAX_SHARDS}; {@code events} is re-sorted by date after the run
 * ({@link EventsByDate}).
 */
public final class ShardPlan {
  static final int MAX_SHARDS = 1024;
  private static final long MIB = 1L << 20;
  private final long inputBytes;

  public ShardPlan(long inputBytes) {
    this.inputBytes = Math.max(0, inputBytes);
  }

  /** The number of files of {@code table}; 0 = one per worker bundle, written without a shuffle. */
  public int shards(String table) {
    if (table.equals("articles")) return 0;
    long perShard = 8192 * MIB;
    long n = (inputBytes + perShard - 1) / perShard;
    return (int) Math.max(1, Math.min(MAX_SHARDS, n));
  }
}
