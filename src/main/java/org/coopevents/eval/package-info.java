/**
 * Scoring a dataset folder against gold annotations (/work/shared/spec/gold-format.md):
 * {@link org.coopevents.eval.GoldFile} reads the gold JSON Lines,
 * {@link org.coopevents.eval.OutputTables} reads the Parquet tables of a run,
 * {@link org.coopevents.eval.ArticleMatcher} pairs gold articles with output articles,
 * {@link org.coopevents.eval.Scorer} matches items one-to-one per article and sums the figures
 * into {@link org.coopevents.eval.Scores}, and {@link org.coopevents.eval.EvaluateCommand} is
 * the {@code coopevents evaluate} subcommand that prints them. When the gold marks copies
 * ({@code copy_of}, read by {@link org.coopevents.eval.CopyMarks}),
 * {@link org.coopevents.eval.DuplicateScore} adds article-level duplicate-pair precision and
 * recall against {@code articles.duplicate_of}. Plain Java, no Beam.
 */
package org.coopevents.eval;
