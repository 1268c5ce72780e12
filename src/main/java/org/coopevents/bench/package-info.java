/**
 * Measurements: {@link org.coopevents.bench.HtmlExtractionScore} scores main-text extraction
 * on the public article-extraction benchmark; {@link org.coopevents.bench.CoreBenchmark}
 * measures the plain-Java extraction core on one thread. Plain Java, no Beam.
 */
package org.coopevents.bench;
