/**
 * Incremental runs ({@code run --incremental=STATE_DIR}, {@code nightly}): what each input
 * file's articles produced before deduplication is kept in a state folder, keyed by the file's
 * fingerprint and by the version of the code and knowledge; a run reads and extracts only new
 * or changed files and deduplicates over everything. Plain Java decides what is reused, re-read
 * and dropped ({@link org.coopevents.incremental.IncrementalPlan},
 * {@link org.coopevents.incremental.StateIndex}, {@link org.coopevents.incremental.StateFolder});
 * Beam transforms read and write the state ({@link org.coopevents.incremental.ReadState},
 * {@link org.coopevents.incremental.WriteState}) and reuse or extract each article
 * ({@link org.coopevents.incremental.ExtractOrReuse}).
 */
package org.coopevents.incremental;
