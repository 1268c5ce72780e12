package org.coopevents.sink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.RejectRow;
import org.coopevents.text.SourceDomains;

/** Converts the model's rows into Avro records of {@link TableSchemas}. */
public final class RowRecords {
  private RowRecords() {}

  public static GenericRecord event(EventRow e) {
    GenericRecord r = new GenericData.Record(TableSchemas.EVENTS);
    r.put("event_id", e.eventId);
    r.put("event_type", e.eventType);
    r.put("actor1_country", e.actor1Country);
    r.put("actor2_country", e.actor2Country);
    r.put("actor1_person", e.actor1Person);
    r.put("actor2_person", e.actor2Person);
    r.put("status", e.status);
    r.put("visit_kind", e.visitKind);
    r.put("start_date", days(e.startDate));
    r.put("end_date", days(e.endDate));
    r.put("location_country", e.locationCountry);
    r.put("location_city", e.locationCity);
    r.put("sectors", list(TableSchemas.EVENTS, "sectors", e.sectors));
    r.put("stance", e.stance);
    r.put("document_count", e.documentCount);
    r.put("parent_event_id", e.parentEventId);
    r.put("cameo_code", e.cameoCode);
    r.put("num_articles", e.numArticles);
    r.put("num_sources", e.numSources);
    r.put("first_reported", days(e.firstReported));
    r.put("confidence", e.confidence);
    r.put("fulfilled_by_event_id", e.fulfilledByEventId);
    return r;
  }

  public static GenericRecord document(DocumentRow d) {
    GenericRecord r = new GenericData.Record(TableSchemas.DOCUMENTS);
    r.put("document_id", d.documentId);
    r.put("event_id", d.eventId);
    r.put("title", d.title);
    r.put("title_original", d.titleOriginal);
    r.put("title_language", d.titleLanguage());
    r.put("doc_type", d.docType);
    r.put("parties", list(TableSchemas.DOCUMENTS, "parties", d.parties));
    r.put("signed_date", days(d.signedDate));
    r.put("sectors", list(TableSchemas.DOCUMENTS, "sectors", d.sectors));
    r.put("period_start_year", d.periodStartYear);
    r.put("period_end_year", d.periodEndYear);
    r.put("article_ids", list(TableSchemas.DOCUMENTS, "article_ids", d.articleIds));
    r.put("num_articles", d.numArticles);
    r.put("num_sources", d.numSources);
    return r;
  }

  public static GenericRecord mention(MentionRow m) {
    GenericRecord r = new GenericData.Record(TableSchemas.MENTIONS);
    r.put("event_id", m.eventId);
    r.put("article_id", m.articleId);
    r.put("url", m.url);
    r.put("source", m.source);
    r.put("evidence", m.evidence);
    r.put("evidence_start", m.evidenceStart);
    r.put("evidence_end", m.evidenceEnd);
    r.put("sectors", m.sectors == null ? null
        : new GenericData.Array<>(TableSchemas.MENTIONS.getField("sectors").schema().getTypes().get(1),
            new ArrayList<>(m.sectors)));
    return r;
  }

  public static GenericRecord article(Article a) {
    GenericRecord r = new GenericData.Record(TableSchemas.ARTICLES);
    r.put("article_id", a.articleId);
    r.put("url", a.url);
    r.put("source", a.source);
    r.put("source_domain", SourceDomains.of(a.url, a.source));
    r.put("title", a.title);
    r.put("language", a.language);
    r.put("published_date", days(a.publishedDate));
    r.put("input_file", a.inputFile);
    r.put("input_location", a.inputLocation);
    r.put("text", a.text);
    r.put("duplicate_of", a.duplicateOf);
    r.put("outcome", a.outcome);
    r.put("event_count", a.eventCount);
    return r;
  }

  public static GenericRecord reject(RejectRow x) {
    GenericRecord r = new GenericData.Record(TableSchemas.REJECTS);
    r.put("input_file", x.inputFile);
    r.put("location", x.location);
    r.put("reason", x.reason);
    r.put("detail", x.detail);
    r.put("sample", x.sample);
    return r;
  }

  static Integer days(String isoDate) {
    return isoDate == null ? null : (int) LocalDate.parse(isoDate).toEpochDay();
  }

  private static GenericData.Array<String> list(Schema schema, String field, List<String> values) {
    return new GenericData.Array<>(schema.getField(field).schema(), new ArrayList<>(values));
  }
}
