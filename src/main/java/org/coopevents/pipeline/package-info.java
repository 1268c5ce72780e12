/**
 * The Beam job: {@link org.coopevents.pipeline.CoopeventsOptions} (the command-line options)
 * and {@link org.coopevents.pipeline.CoopeventsPipeline#build} which wires the stages, each a
 * named composite transform: {@code ReadArticles.cleaning} (files → cleaned articles, each
 * article's id and location, rejects, reader counts; the raw units are cleaned inside the read
 * step, so raw pages never travel between steps), {@code UniqueArticleIds} (repeated ids get
 * {@code ~2}, {@code ~3}), {@code ExtractEvents} (articles → events, documents, mentions),
 * {@code Deduplicate} (in {@code dedup.beam}) and {@code WriteTables} (Parquet tables and run
 * statistics). {@code ReadArticles} without cleaning (raw units) and {@code CleanArticles}
 * remain as separate transforms for tests and other pipelines. Nothing else lives here: the
 * work is done by the plain-Java packages the stages wrap.
 */
package org.coopevents.pipeline;
