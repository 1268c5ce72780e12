/**
 * Generated corpora of any size: {@link org.coopevents.gen.GenerateCommand} writes input files
 * (JSON Lines, saved .txt pages, WARC) that tell real-world-like bilateral events drawn from the
 * gazetteers, in English and Russian, mixed with hard negatives, unrelated news and bad records,
 * together with their gold file. Deterministic for a seed, streaming (constant memory). Plain Java.
 */
package org.coopevents.gen;
