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
 *
 * <p>Figures follow gold-format.md v2; two secondary lines are printed, each labelled, in text
 * and in {@code --json}:
 * <ul>
 *   <li><b>Documents.</b> {@code documents} is the v2 rule: the gold title passes the title
 *       test of {@link org.coopevents.eval.DocumentTitles} (v2 stop-words of both languages, a
 *       Cyrillic word by its first five letters, Jaccard at least 0.5) against the predicted
 *       {@code title} or {@code title_original}; only where neither predicted title is in the
 *       gold title's script do equal non-empty sector sets stand in. {@code v1}
 *       ({@code documents_v1}) is the former reading, for comparison: v1 words on the
 *       {@code title} only, and equal sector sets for any article not in English.
 *   <li><b>Sectors.</b> {@code sectors} scores each article by the sectors its own mentions
 *       record ({@code mentions.sectors}), falling back to the event's sectors when that
 *       column is absent or null (older outputs). {@code events} ({@code sectors_of_events})
 *       scores it by its events' {@code sectors}, the union over all their articles, which
 *       counts other articles' sectors against it.
 * </ul>
 */
package org.coopevents.eval;
