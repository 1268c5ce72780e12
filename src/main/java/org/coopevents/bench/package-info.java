/**
 * Command-line measurements of parts of coopevents against public benchmarks, e.g.
 * {@link org.coopevents.bench.HtmlExtractionScore} for main-text extraction. Plain Java.
 */
package org.coopevents.bench;
