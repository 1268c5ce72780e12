/**
 * Deduplication, plain Java. Article level: word shingles of the normalised text, MinHash
 * signatures, LSH band keys and the signature Jaccard check that find syndicated and lightly
 * edited copies ({@link org.coopevents.dedup.TextShingles}, {@link org.coopevents.dedup.MinHasher},
 * {@link org.coopevents.dedup.LshBands}, {@link org.coopevents.dedup.KeptCopy}; an article's
 * signature and bucket keys together: {@link org.coopevents.dedup.ArticleSketch}). Event level: the
 * rules that tell which per-article events report one real-world event and how their facts are
 * reconciled ({@link org.coopevents.dedup.EventGroupMerger}, {@link org.coopevents.dedup.DocumentMerger}),
 * with IDs derived from the merged facts ({@link org.coopevents.dedup.StableIds}). The Beam
 * transforms that run these rules at scale are in {@code org.coopevents.dedup.beam}.
 */
package org.coopevents.dedup;
