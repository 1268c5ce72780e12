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
 * <p>Two readings are reported side by side, each labelled, in text and in {@code --json}:
 * <ul>
 *   <li><b>Documents.</b> gold-format.md says that for an article not in English "equal
 *       non-empty sector sets stand in for the title test". Read literally, a Russian document
 *       without sectors (a declaration, a joint statement) could never match. The reported
 *       figure ({@code documents}) therefore lets such a document match when the title test
 *       passes on its English title <i>or</i> the sector sets are equal and non-empty; the
 *       literal reading is printed as {@code strict} ({@code documents_strict}).
 *   <li><b>Sectors.</b> A merged event carries the union of its articles' sectors, so scoring an
 *       article by its event's {@code sectors} counts other articles' sectors against it. The
 *       contract figure ({@code sectors}) does exactly that; the {@code mention} figure
 *       ({@code sectors_per_mention}) scores each article by the sectors its own mention
 *       records in the extra column {@code mentions.sectors}, falling back to the event's
 *       sectors when that column is absent or null (older outputs).
 * </ul>
 */
package org.coopevents.eval;
