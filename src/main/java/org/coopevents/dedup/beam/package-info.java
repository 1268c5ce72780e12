/**
 * The Beam side of deduplication: {@link org.coopevents.dedup.beam.Deduplicate}, the stage
 * between extraction and the sink, made of {@link org.coopevents.dedup.beam.FindDuplicateArticles}
 * (MinHash/LSH buckets, capped, candidate check, connected components by a few rounds of
 * min-label propagation; copies reach the articles as a map side input) and
 * {@link org.coopevents.dedup.beam.MergeEvents} (events grouped by type and country pair, and
 * year for signings and cooperation, merged by the rules of {@code org.coopevents.dedup}).
 *
 * <p>Every grouping is Beam's own: GroupByKey, CoGroupByKey, Distinct and Min.perKey, on the
 * natural keys (bucket, sort key, event id, per-article visit id, block), with Beam schemas
 * ({@link org.coopevents.dedup.beam.EventBundle}, {@link org.coopevents.dedup.beam.Candidate},
 * {@link org.coopevents.dedup.beam.VisitLink}) or string coders for what travels between steps.
 * No step gathers all articles or events on one worker; a step's memory is its largest key.
 */
package org.coopevents.dedup.beam;
