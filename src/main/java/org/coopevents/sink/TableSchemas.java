package org.coopevents.sink;

import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** The Avro schemas from which the Parquet tables are written, one per table of dataset.md. */
public final class TableSchemas {
  public static final List<String> TABLES =
      List.of("events", "documents", "mentions", "articles", "rejects");
  /** The lookup tables written beside them (dataset.md): see {@link LookupTables}. */
  public static final List<String> LOOKUPS = List.of("countries", "sectors");

  private static final Schema STRING = Schema.create(Schema.Type.STRING);
  private static final Schema DATE = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));

  public static final Schema EVENTS = SchemaBuilder.record("event").namespace("org.coopevents")
      .fields()
      .name("event_id").type(STRING).noDefault()
      .name("event_type").type(STRING).noDefault()
      .name("actor1_country").type(STRING).noDefault()
      .name("actor2_country").type(STRING).noDefault()
      .name("actor1_person").type(nullable(STRING)).withDefault(null)
      .name("actor2_person").type(nullable(STRING)).withDefault(null)
      .name("status").type(STRING).noDefault()
      .name("visit_kind").type(nullable(STRING)).withDefault(null)
      .name("start_date").type(nullable(DATE)).withDefault(null)
      .name("end_date").type(nullable(DATE)).withDefault(null)
      .name("location_country").type(nullable(STRING)).withDefault(null)
      .name("location_city").type(nullable(STRING)).withDefault(null)
      .name("sectors").type(Schema.createArray(STRING)).noDefault()
      .name("stance").type(nullable(STRING)).withDefault(null)
      .name("document_count").type(nullable(Schema.create(Schema.Type.INT))).withDefault(null)
      .name("parent_event_id").type(nullable(STRING)).withDefault(null)
      .name("cameo_code").type(STRING).noDefault()
      .name("num_articles").type().intType().noDefault()
      .name("num_sources").type().intType().noDefault()
      .name("first_reported").type(nullable(DATE)).withDefault(null)
      .name("confidence").type().doubleType().noDefault()
      .name("fulfilled_by_event_id").type(nullable(STRING)).withDefault(null)
      .endRecord();

  public static final Schema DOCUMENTS = SchemaBuilder.record("document").namespace("org.coopevents")
      .fields()
      .name("document_id").type(STRING).noDefault()
      .name("event_id").type(STRING).noDefault()
      .name("title").type(nullable(STRING)).withDefault(null)
      .name("title_original").type(STRING).noDefault()
      .name("title_language").type(STRING).noDefault()
      .name("doc_type").type(STRING).noDefault()
      .name("parties").type(Schema.createArray(STRING)).noDefault()
      .name("signed_date").type(nullable(DATE)).withDefault(null)
      .name("sectors").type(Schema.createArray(STRING)).noDefault()
      .name("period_start_year").type(nullable(Schema.create(Schema.Type.INT))).withDefault(null)
      .name("period_end_year").type(nullable(Schema.create(Schema.Type.INT))).withDefault(null)
      .name("article_ids").type(Schema.createArray(STRING)).noDefault()
      .name("num_articles").type().intType().noDefault()
      .name("num_sources").type().intType().noDefault()
      .endRecord();

  public static final Schema MENTIONS = SchemaBuilder.record("mention").namespace("org.coopevents")
      .fields()
      .name("event_id").type(STRING).noDefault()
      .name("article_id").type(STRING).noDefault()
      .name("url").type(nullable(STRING)).withDefault(null)
      .name("source").type(nullable(STRING)).withDefault(null)
      .name("evidence").type(STRING).noDefault()
      .name("evidence_start").type().intType().noDefault()
      .name("evidence_end").type().intType().noDefault()
      // extra column (not in dataset.md): the sectors this article gave the event
      .name("sectors").type(nullable(Schema.createArray(STRING))).withDefault(null)
      .endRecord();

  public static final Schema ARTICLES = SchemaBuilder.record("article").namespace("org.coopevents")
      .fields()
      .name("article_id").type(STRING).noDefault()
      .name("url").type(nullable(STRING)).withDefault(null)
      .name("source").type(nullable(STRING)).withDefault(null)
      .name("source_domain").type(nullable(STRING)).withDefault(null)
      .name("title").type(nullable(STRING)).withDefault(null)
      .name("language").type(nullable(STRING)).withDefault(null)
      .name("published_date").type(nullable(DATE)).withDefault(null)
      .name("input_file").type(STRING).noDefault()
      .name("input_location").type(STRING).noDefault()
      .name("text").type(STRING).noDefault()
      .name("duplicate_of").type(nullable(STRING)).withDefault(null)
      .name("outcome").type(STRING).noDefault()
      .name("event_count").type().intType().noDefault()
      .endRecord();

  public static final Schema REJECTS = SchemaBuilder.record("reject").namespace("org.coopevents")
      .fields()
      .name("input_file").type(STRING).noDefault()
      .name("location").type(STRING).noDefault()
      .name("reason").type(STRING).noDefault()
      .name("detail").type(STRING).noDefault()
      .name("sample").type(STRING).noDefault()
      .endRecord();

  public static final Schema COUNTRIES = SchemaBuilder.record("country").namespace("org.coopevents")
      .fields()
      .name("iso3").type(STRING).noDefault()
      .name("name_en").type(STRING).noDefault()
      .name("name_ru").type(STRING).noDefault()
      .endRecord();

  public static final Schema SECTORS = SchemaBuilder.record("sector").namespace("org.coopevents")
      .fields()
      .name("code").type(STRING).noDefault()
      .name("description").type(STRING).noDefault()
      .endRecord();

  private TableSchemas() {}

  private static Schema nullable(Schema s) {
    return Schema.createUnion(Schema.create(Schema.Type.NULL), s);
  }
}
