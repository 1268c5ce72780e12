/**
 * Comparing two output folders of {@code coopevents run} table by table, whatever runner wrote
 * them: {@link org.coopevents.compare.OutputDiff} reads every row of each Parquet table (and
 * the lines of the {@code _stats} counts, when a folder still has them) and keeps the rows found only on one side, and
 * {@link org.coopevents.compare.CompareCommand} is the {@code coopevents compare} subcommand
 * that prints them. Row order and file sharding are ignored; a row's every column counts.
 * Plain Java, no Beam.
 */
package org.coopevents.compare;
