package org.coopevents.sink;

/**
 * Keys of the run statistics that the pipeline counts and the manifest reports. A key is a
 * tab-separated path; its value is a count.
 */
public final class RunStats {
  public static final String FILE = "file";
  public static final String READ = "read";
  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected";
  public static final String SKIPPED = "skipped";
  public static final String TABLE = "table";
  public static final String OUTCOME = "outcome";
  public static final String LANGUAGE = "language";
  public static final String REJECT = "reject";
  /** Sub-folder of the staging folder where the statistics are written, removed on publish. */
  public static final String FOLDER = "_stats";

  private RunStats() {}

  public static String key(String... parts) {
    return String.join("\t", parts);
  }
}
