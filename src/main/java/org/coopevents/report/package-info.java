/**
 * The run report: {@code OUT/report.html}, one self-contained page (inline CSS and SVG, no
 * scripts, no network) that shows what a run produced. {@link org.coopevents.report.ReportData}
 * computes every figure from the run's Parquet tables and manifest;
 * {@link org.coopevents.report.ReportPage} only renders it; {@link
 * org.coopevents.report.ReportWriter} ties the two for {@code coopevents run} and {@code
 * coopevents report DIR} ({@link org.coopevents.report.ReportCommand}).
 */
package org.coopevents.report;
