/**
 * The Beam side of deduplication: {@link org.coopevents.dedup.beam.Deduplicate}, the stage
 * between extraction and the sink, made of {@link org.coopevents.dedup.beam.FindDuplicateArticles}
 * (MinHash/LSH buckets, capped, candidate check, connected components by a few rounds of
 * min-label propagation; copies reach the articles as a map side input) and
 * {@link org.coopevents.dedup.beam.MergeEvents} (events grouped by type and country pair, and
 * year for signings and cooperation, merged by the rules of {@code org.coopevents.dedup}).
 *
 * <p>Every grouping goes through {@link org.coopevents.dedup.beam.GroupInShards} or
 * {@link org.coopevents.dedup.beam.CoGroupInShards}: the runner shuffles on a fixed number of
 * shards ({@code --shuffleShards}; 2 x worker threads on the DirectRunner, 256 elsewhere) and
 * keys are regrouped inside a shard. Per-key shuffles made the DirectRunner build a bundle per
 * key and copy a key's values once per input bundle. No step gathers all articles or events on
 * one worker; a step's memory is one shard.
 */
package org.coopevents.dedup.beam;
