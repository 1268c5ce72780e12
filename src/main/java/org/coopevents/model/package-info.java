/**
 * The rows of the dataset (shared/spec/dataset.md) and of the pipeline's intermediate
 * records, as plain final classes with public final fields.
 *
 * <p>The classes carry Beam schema annotations only ({@code @DefaultSchema},
 * {@code @SchemaCreate}), so that Beam can encode them without Java serialization; no
 * Beam code runs here. Dates are ISO-8601 strings ({@code yyyy-MM-dd}); the Parquet sink
 * writes them as Parquet DATE. Field names are camelCase here and snake_case in Parquet.
 */
package org.coopevents.model;
