/**
 * The Beam side of deduplication: {@link org.coopevents.dedup.beam.Deduplicate}, the stage
 * between extraction and the sink, made of {@link org.coopevents.dedup.beam.FindDuplicateArticles}
 * (MinHash/LSH buckets, capped, candidate check, connected components by a few rounds of
 * min-label propagation) and {@link org.coopevents.dedup.beam.MergeEvents} (events grouped by
 * type, country pair and year, merged by the rules of {@code org.coopevents.dedup}). No step
 * gathers all articles or events on one worker.
 */
package org.coopevents.dedup.beam;
