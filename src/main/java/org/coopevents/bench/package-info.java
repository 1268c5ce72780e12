/**
 * Measurements. {@link org.coopevents.bench.BenchCommand} ({@code bench}) generates or reuses a
 * corpus, runs the job on it in a child JVM (with the launcher's collector and runner flags)
 * and prints wall clock, CPU, peak RSS and heap, stage seconds and output sizes beside the
 * ceiling of one core; {@code bench core} measures only that ceiling:
 * {@link org.coopevents.bench.CoreThroughput} runs the plain-Java core (read, clean, extract and
 * the dedup sketch) on one thread. {@link org.coopevents.bench.HtmlExtractionScore} scores
 * main-text extraction on the public article-extraction benchmark;
 * {@link org.coopevents.bench.CoreBenchmark} times extraction alone on a folder of JSON Lines.
 * Timings are printed, never asserted in tests.
 */
package org.coopevents.bench;
