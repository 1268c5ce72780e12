/**
 * The Beam job: {@link org.coopevents.pipeline.CoopeventsOptions} (the command-line options)
 * and {@link org.coopevents.pipeline.CoopeventsPipeline#build} which wires the stages, each a
 * named composite transform: {@code ReadArticles} (files → raw units, rejects, reader counts),
 * {@code CleanArticles} (raw units → cleaned articles), {@code ExtractEvents} (articles →
 * events, documents, mentions) and {@code WriteTables} (Parquet tables and run statistics).
 * Nothing else lives here: the work is done by the plain-Java packages the stages wrap.
 */
package org.coopevents.pipeline;
