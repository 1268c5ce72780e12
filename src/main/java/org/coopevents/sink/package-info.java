/**
 * Writing the dataset folder: the five Parquet tables of dataset.md
 * ({@link org.coopevents.sink.TableSchemas} fixes their Avro/Parquet schemas,
 * {@link org.coopevents.sink.RowRecords} converts rows), the run statistics, the
 * {@code _manifest.json} ({@link org.coopevents.sink.Manifest}) and the staged, atomic
 * publication of the folder with {@code _SUCCESS} last ({@link org.coopevents.sink.OutputPublisher}).
 *
 * <p>Dates are Parquet DATE (INT32, days since 1970-01-01), lists are standard three-level
 * Parquet LISTs, strings are UTF8, compression is Snappy: what DuckDB, pandas/pyarrow, Spark
 * and Polars read without options.
 */
package org.coopevents.sink;
