/**
 * Reading input files into raw units: one reader per format (JSON Lines, saved text pages,
 * WARC), each turning bytes into {@link org.coopevents.model.RawArticle}s or
 * {@link org.coopevents.model.RejectRow}s through a {@link org.coopevents.ingest.UnitSink}.
 *
 * <p>The readers are plain Java over an {@link org.coopevents.ingest.InputSource}; the Beam
 * transform {@code ReadArticles} in {@code org.coopevents.pipeline} wraps them. Every unit a
 * reader counts as read ends as exactly one article or one reject (read = accepted +
 * rejected, per file); WARC records that are not articles (requests, metadata, revisits,
 * non-HTML or non-2xx responses) are not units: they are counted by type as skipped.
 * {@link org.coopevents.ingest.InputFiles} expands the command line's paths, folders and
 * globs into the list of files.
 */
package org.coopevents.ingest;
