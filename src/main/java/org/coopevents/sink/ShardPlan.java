package org.coopevents.sink;

/**
 * How many files each table is written as, from the total size of the input: one
 * {@code articles} file (the table with the article text, the largest) per 128 MiB of input,
 * one {@code mentions}/{@code documents}/{@code rejects} file per 8 GiB, at least one and at
 * most {@value #MAX_SHARDS}; {@code events} is re-sorted by date after the run
 * ({@link EventsByDate}). A fixed number of files is written as one group of rows per file,
 * and Spark holds a whole group in memory (a key's values cannot spill): with one articles
 * file per GiB, 1M articles (4 GB of input) made groups of ~250k articles that took a 4 GB
 * heap out of memory. Per 128 MiB, a group holds ~30k articles (~40 MB encoded), and at 1M
 * the table is ~30 files of a few tens of MB, not one file per worker bundle.
 */
public final class ShardPlan {
  static final int MAX_SHARDS = 1024;
  private static final long MIB = 1L << 20;
  private final long inputBytes;

  public ShardPlan(long inputBytes) {
    this.inputBytes = Math.max(0, inputBytes);
  }

  public int shards(String table) {
    long perShard = table.equals("articles") ? 128 * MIB : 8192 * MIB;
    long n = (inputBytes + perShard - 1) / perShard;
    return (int) Math.max(1, Math.min(MAX_SHARDS, n));
  }
}
