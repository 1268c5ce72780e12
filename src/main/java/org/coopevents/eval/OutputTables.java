package org.coopevents.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.coopevents.model.Article;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;
import org.coopevents.model.RejectRow;

/**
 * The tables of one output folder ({@code events}, {@code documents}, {@code mentions},
 * {@code articles}, without the articles' text) held in memory as the model's rows, with the
 * indexes scoring needs.
 * Immutable after construction.
 */
public final class OutputTables {
  /** An output folder that cannot be read; the message says what is wrong. */
  public static final class OutputFolderException extends RuntimeException {
    public OutputFolderException(String message) {
      super(message);
    }
  }

  private final List<Article> articles;
  private final List<EventRow> events;
  private final List<MentionRow> mentions;
  private final List<DocumentRow> documents;
  private final Map<String, EventRow> eventById = new LinkedHashMap<>();
  private final Map<String, Set<String>> eventIdsByArticle = new LinkedHashMap<>();
  /** "article\0event" to the union of the sectors its mentions record (only those recording any). */
  private final Map<String, Set<String>> mentionSectors = new LinkedHashMap<>();
  /** Documents by the articles their article_ids name. */
  private final Map<String, List<DocumentRow>> documentsByArticle = new LinkedHashMap<>();
  /** Documents without article_ids, by their event. */
  private final Map<String, List<DocumentRow>> unnamedDocumentsByEvent = new LinkedHashMap<>();

  public OutputTables(List<Article> articles, List<EventRow> events, List<MentionRow> mentions,
      List<DocumentRow> documents) {
    // in id order, not in the order a run's files hold them: matching is greedy, so the
    // listed misses and false positives must not depend on which file a row landed in
    this.articles = sorted(articles, java.util.Comparator.comparing((Article a) -> a.articleId));
    this.events = sorted(events, java.util.Comparator.comparing((EventRow e) -> e.eventId));
    this.mentions = sorted(mentions, java.util.Comparator.comparing((MentionRow m) -> m.eventId)
        .thenComparing(m -> m.articleId).thenComparing(m -> m.evidenceStart));
    this.documents = sorted(documents, java.util.Comparator.comparing((DocumentRow d) -> d.documentId));
    for (EventRow e : this.events) eventById.put(e.eventId, e);
    for (MentionRow m : this.mentions) {
      eventIdsByArticle.computeIfAbsent(m.articleId, k -> new LinkedHashSet<>()).add(m.eventId);
      if (m.sectors != null) {
        mentionSectors.computeIfAbsent(m.articleId + "\u0000" + m.eventId,
            k -> new java.util.TreeSet<>()).addAll(m.sectors);
      }
    }
    for (DocumentRow d : this.documents) {
      if (d.articleIds.isEmpty()) {
        unnamedDocumentsByEvent.computeIfAbsent(d.eventId, k -> new ArrayList<>()).add(d);
      }
      for (String a : new LinkedHashSet<>(d.articleIds)) {
        documentsByArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(d);
      }
    }
  }

  public List<Article> articles() {
    return articles;
  }

  public List<EventRow> events() {
    return events;
  }

  public List<MentionRow> mentions() {
    return mentions;
  }

  public List<DocumentRow> documents() {
    return documents;
  }

  /** The events that {@code mentions} links to the article, in table order of the mentions. */
  public List<EventRow> eventsOf(String articleId) {
    List<EventRow> out = new ArrayList<>();
    for (String id : eventIdsByArticle.getOrDefault(articleId, Collections.emptySet())) {
      EventRow e = eventById.get(id);
      if (e != null) out.add(e);
    }
    return out;
  }

  /**
   * The sectors the article's mentions of the event record (the {@code mentions.sectors}
   * extra column), or null when none of them records any (an older output, or a mention
   * written without the column).
   */
  public List<String> mentionSectors(String articleId, String eventId) {
    Set<String> s = mentionSectors.get(articleId + "\u0000" + eventId);
    return s == null ? null : List.copyOf(s);
  }

  /**
   * The documents of the article: those whose {@code article_ids} name it, and, for a
   * document with no {@code article_ids}, those whose event is linked to the article.
   */
  public List<DocumentRow> documentsOf(String articleId) {
    List<DocumentRow> out =
        new ArrayList<>(documentsByArticle.getOrDefault(articleId, List.of()));
    for (String e : eventIdsByArticle.getOrDefault(articleId, Collections.emptySet())) {
      out.addAll(unnamedDocumentsByEvent.getOrDefault(e, List.of()));
    }
    return out;
  }

  /**
   * Reads an output folder written by {@code coopevents run}: every {@code *.parquet} file of
   * {@code events/}, {@code documents/}, {@code mentions/} and {@code articles/}.
   */
  public static OutputTables read(Path dir) throws IOException {
    Configuration conf = new Configuration();
    List<Article> articles = new ArrayList<>();
    List<EventRow> events = new ArrayList<>();
    List<MentionRow> mentions = new ArrayList<>();
    List<DocumentRow> documents = new ArrayList<>();
    forEachRecord(dir, "articles", conf, r -> articles.add(article(r)));
    forEachRecord(dir, "events", conf, r -> events.add(event(r)));
    forEachRecord(dir, "mentions", conf, r -> mentions.add(mention(r)));
    forEachRecord(dir, "documents", conf, r -> documents.add(document(r)));
    return new OutputTables(articles, events, mentions, documents);
  }

  /**
   * Like {@link #read(Path)}, but a missing table folder reads as an empty table: for a
   * staging folder before the publisher has written empty tables' files.
   */
  public static OutputTables readLenient(Path dir) throws IOException {
    Configuration conf = new Configuration();
    List<Article> articles = new ArrayList<>();
    List<EventRow> events = new ArrayList<>();
    List<MentionRow> mentions = new ArrayList<>();
    List<DocumentRow> documents = new ArrayList<>();
    forEachRecordIfAny(dir, "articles", conf, r -> articles.add(article(r)));
    forEachRecordIfAny(dir, "events", conf, r -> events.add(event(r)));
    forEachRecordIfAny(dir, "mentions", conf, r -> mentions.add(mention(r)));
    forEachRecordIfAny(dir, "documents", conf, r -> documents.add(document(r)));
    return new OutputTables(articles, events, mentions, documents);
  }

  /** The {@code rejects} table of an output folder; a missing folder reads as empty. */
  public static List<RejectRow> readRejects(Path dir) throws IOException {
    List<RejectRow> out = new ArrayList<>();
    forEachRecordIfAny(dir, "rejects", new Configuration(), r ->
        out.add(new RejectRow(orEmpty(str(r, "input_file")), orEmpty(str(r, "location")),
            orEmpty(str(r, "reason")), orEmpty(str(r, "detail")), orEmpty(str(r, "sample")))));
    return out;
  }

  private static void forEachRecordIfAny(Path dir, String table, Configuration conf,
      Consumer<GenericRecord> each) throws IOException {
    if (Files.isDirectory(dir.resolve(table))) forEachRecord(dir, table, conf, each);
  }

  /** The Parquet files of one table folder, sorted; hidden files are skipped. */
  static List<Path> tableFiles(Path dir, String table) throws IOException {
    Path t = dir.resolve(table);
    if (!Files.isDirectory(t)) {
      throw new OutputFolderException(dir + " has no " + table + "/ table folder: give a folder "
          + "written by 'coopevents run'");
    }
    try (Stream<Path> s = Files.list(t)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".parquet") && !n.startsWith(".") && !n.startsWith("_");
      }).sorted().toList();
    }
  }

  /**
   * Column of a table left unread: the articles' text (nothing here uses it, and at 1M articles
   * it is gigabytes: reading it took a 4 GB run out of heap while it wrote its report).
   */
  static final Map<String, String> UNREAD = Map.of("articles", "text");

  /** Streams the rows of a table's files, in file order, without the {@link #UNREAD} column. */
  private static void forEachRecord(Path dir, String table, Configuration conf,
      Consumer<GenericRecord> each) throws IOException {
    Configuration c = null;  // one run writes a table's files with one schema: project once
    for (Path f : tableFiles(dir, table)) {
      org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(f.toAbsolutePath().toUri());
      try {
        if (c == null) c = withoutColumn(new Configuration(conf), hp, UNREAD.get(table));
        try (ParquetReader<GenericRecord> r = AvroParquetReader
            .<GenericRecord>builder(HadoopInputFile.fromPath(hp, c))
            .withDataModel(GenericData.get()).withConf(c).build()) {
          GenericRecord rec;
          while ((rec = r.read()) != null) each.accept(rec);
        }
      } catch (RuntimeException e) {
        throw new IOException("cannot read " + f + ": " + e.getMessage(), e);
      }
    }
  }

  /** {@code conf} asking for every column of {@code file} but {@code column} (if named). */
  private static Configuration withoutColumn(Configuration conf, org.apache.hadoop.fs.Path file,
      String column) throws IOException {
    if (column == null) return conf;
    MessageType fileSchema;
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
      fileSchema = reader.getFooter().getFileMetaData().getSchema();
    }
    if (!fileSchema.containsField(column)) return conf;
    Schema avro = new AvroSchemaConverter(conf).convert(fileSchema);
    List<Schema.Field> kept = new ArrayList<>();
    for (Schema.Field fld : avro.getFields()) {
      if (!fld.name().equals(column)) kept.add(new Schema.Field(fld, fld.schema()));
    }
    Schema projection = Schema.createRecord(avro.getName(), avro.getDoc(), avro.getNamespace(),
        false, kept);
    AvroReadSupport.setRequestedProjection(conf, projection);
    return conf;
  }

  static Article article(GenericRecord r) {
    return new Article(str(r, "article_id"), str(r, "url"), str(r, "source"), str(r, "title"),
        str(r, "language"), date(r, "published_date"), orEmpty(str(r, "input_file")),
        orEmpty(str(r, "input_location")), orEmpty(str(r, "text")), str(r, "duplicate_of"),
        orEmpty(str(r, "outcome")), integer(r, "event_count", 0));
  }

  static EventRow event(GenericRecord r) {
    return new EventRow(str(r, "event_id"), str(r, "event_type"), str(r, "actor1_country"),
        str(r, "actor2_country"), str(r, "actor1_person"), str(r, "actor2_person"),
        str(r, "status"), str(r, "visit_kind"), date(r, "start_date"), date(r, "end_date"),
        str(r, "location_country"), str(r, "location_city"), list(r, "sectors"),
        str(r, "stance"), integerOrNull(r, "document_count"), str(r, "parent_event_id"),
        orEmpty(str(r, "cameo_code")), integer(r, "num_articles", 0),
        integer(r, "num_sources", 0), date(r, "first_reported"), dbl(r, "confidence"),
        str(r, "fulfilled_by_event_id"));
  }

  static MentionRow mention(GenericRecord r) {
    return new MentionRow(str(r, "event_id"), str(r, "article_id"), str(r, "url"),
        str(r, "source"), orEmpty(str(r, "evidence")), integer(r, "evidence_start", 0),
        integer(r, "evidence_end", 0), get(r, "sectors") == null ? null : list(r, "sectors"));
  }

  static DocumentRow document(GenericRecord r) {
    return new DocumentRow(str(r, "document_id"), str(r, "event_id"), orEmpty(str(r, "title")),
        orEmpty(str(r, "title_original")), str(r, "doc_type"), list(r, "parties"),
        date(r, "signed_date"), list(r, "sectors"), integerOrNull(r, "period_start_year"),
        integerOrNull(r, "period_end_year"), list(r, "article_ids"),
        integer(r, "num_articles", 0), integer(r, "num_sources", 0));
  }

  private static Object get(GenericRecord r, String field) {
    return r.getSchema().getField(field) == null ? null : r.get(field);
  }

  private static String str(GenericRecord r, String field) {
    Object v = get(r, field);
    return v == null ? null : v.toString();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** A Parquet DATE: days since the epoch as an Integer, or a LocalDate; as yyyy-MM-dd. */
  private static String date(GenericRecord r, String field) {
    Object v = get(r, field);
    if (v == null) return null;
    if (v instanceof LocalDate) return v.toString();
    if (v instanceof Number) return LocalDate.ofEpochDay(((Number) v).longValue()).toString();
    return LocalDate.parse(v.toString()).toString();
  }

  private static Integer integerOrNull(GenericRecord r, String field) {
    Object v = get(r, field);
    return v instanceof Number ? ((Number) v).intValue() : null;
  }

  private static int integer(GenericRecord r, String field, int dflt) {
    Integer v = integerOrNull(r, field);
    return v == null ? dflt : v;
  }

  private static double dbl(GenericRecord r, String field) {
    Object v = get(r, field);
    return v instanceof Number ? ((Number) v).doubleValue() : 0.0;
  }

  /** A list of strings; elements read as one-field records (old list layouts) are unwrapped. */
  private static List<String> list(GenericRecord r, String field) {
    Object v = get(r, field);
    List<String> out = new ArrayList<>();
    if (!(v instanceof Collection)) return out;
    for (Object x : (Collection<?>) v) {
      if (x instanceof GenericRecord) x = ((GenericRecord) x).get(0);
      if (x != null) out.add(x.toString());
    }
    return out;
  }

  private static <T> List<T> sorted(List<T> rows, java.util.Comparator<T> order) {
    List<T> out = new ArrayList<>(rows);
    out.sort(order);
    return List.copyOf(out);
  }
}
