/**
 * Safe nightly rebuilds of a dataset folder ({@code scripts/nightly.sh},
 * {@code coopevents nightly}): runs kept under {@code DATASET/runs/<UTC timestamp>/}, the
 * {@code latest} symlink swapped atomically, pruning of old runs, fingerprints of the input
 * files, the diff of a run against the previous one and the alarms that hold {@code latest}
 * back. Plain Java; the job itself is started through {@code cli.RunCommand}.
 */
package org.coopevents.nightly;
