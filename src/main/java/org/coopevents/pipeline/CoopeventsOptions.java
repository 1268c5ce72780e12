package org.coopevents.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of {@code coopevents run}; any Beam pipeline option may be given beside them. */
public interface CoopeventsOptions extends PipelineOptions {
  @Description("Comma-separated input files, folders (searched recursively) or globs.")
  String getInput();

  void setInput(String value);

  @Description("Output folder of the dataset; it must not exist unless --overwrite=true.")
  String getOutput();

  void setOutput(String value);

  @Description("Replace an existing output folder (atomically, once the run has succeeded).")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("Largest input unit (JSON line, text page, WARC payload) in bytes; larger ones "
      + "are rejected as TOO_LARGE.")
  @Default.Long(10L << 20)
  long getMaxUnitBytes();

  void setMaxUnitBytes(long value);

  @Description("Deepest JSON nesting accepted in a JSON Lines record; deeper is rejected as "
      + "NESTING_TOO_DEEP.")
  @Default.Integer(64)
  int getMaxJsonDepth();

  void setMaxJsonDepth(int value);

  @Description("Input files up to this many bytes get a SHA-256 in the manifest's fingerprints "
      + "(larger ones: size and modification time only).")
  @Default.Long(16L << 20)
  long getHashInputsUpToBytes();

  void setHashInputsUpToBytes(long value);
  @Description("Seconds between the one-line progress reports printed while the job runs "
      + "(articles read, events found, rejects, rate); 0 turns them off.")
  @Default.Integer(5)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  @Description("Groups the input files are read in; 0 = automatic: 2 x the worker threads on "
      + "the DirectRunner (each group's output is one bundle, and few bundles are fastest there), "
      + "256 on Flink, Spark and Dataflow.")
  @Default.Integer(0)
  int getShuffleShards();

  void setShuffleShards(int value);

  @Description("Incremental run: the local folder that keeps, per input file, what its articles "
      + "produced before deduplication; only new or changed files are read and extracted, "
      + "deduplication runs over everything (same tables as a full run). Empty: a full run.")
  @Default.String("")
  String getIncremental();

  void setIncremental(String value);
}
