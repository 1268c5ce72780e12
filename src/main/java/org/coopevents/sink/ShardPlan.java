package org.coopevents.sink;

/**
 * How many files each table is written as, from the total size of the input: one
 * {@code articles} file (the table with the article text, the largest) per GiB of input,
 * one {@code mentions}/{@code documents}/{@code rejects} file per 8 GiB, at least one and
 * at most 64; {@code events} is re-sorted by date after the run ({@link EventsByDate}).
 * At 1M articles (a few GiB of input) that is a handful of files of 100-500 MB, not one
 * file per worker bundle.
 */
public final class ShardPlan {
  private static final long GIB = 1L << 30;
  private final long inputBytes;

  public ShardPlan(long inputBytes) {
    this.inputBytes = Math.max(0, inputBytes);
  }

  public int shards(String table) {
    long perShard = table.equals("articles") ? GIB : 8 * GIB;
    long n = (inputBytes + perShard - 1) / perShard;
    return (int) Math.max(1, Math.min(64, n));
  }
}
