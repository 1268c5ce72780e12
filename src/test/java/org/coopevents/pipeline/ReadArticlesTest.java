package org.coopevents.pipeline;






import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.coopevents.ingest.ReadLimits;
import org.coopevents.model.Article;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectRow;
import org.coopevents.sink.RunStats;
import org.coopevents.testing.TestdataWarcs;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** ReadArticles on real files of all three formats, with the DirectRunner's checks on. */
public class ReadArticlesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void readsEveryFormatAndCountsPerFile() throws IOException {
    Path dir = tmp.getRoot().toPath();
    Path jsonl = dir.resolve("wire.jsonl");
    Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"one\"}\nnot json\n{\"id\":\"b\",\"text\":\"two\"}\n",
        StandardCharsets.UTF_8);
    Path txt = dir.resolve("outlet").resolve("page.txt");
    Files.createDirectories(txt.getParent());
    Files.writeString(txt, "Title\nBody line.\n", StandardCharsets.UTF_8);
    Path warc = dir.resolve("crawl.warc.gz");
    TestdataWarcs.writeArchive(warc, true);
    List<String> files = List.of(jsonl.toString(), txt.toString(), warc.toString());

    PCollectionTuple out = p.apply(Create.of(files)).apply(new ReadArticles(ReadLimits.defaults()));

    PAssert.that(out.get(ReadArticles.RAW).apply("Formats", MapElements.into(TypeDescriptors.strings())
            .via((RawArticle a) -> a.format)).apply(Count.perElement()))
        .containsInAnyOrder(KV.of("JSONL", 2L), KV.of("TXT", 1L), KV.of("WARC", 3L));
    PAssert.that(out.get(ReadArticles.REJECTS).apply("Reasons", MapElements.into(TypeDescriptors.strings())
            .via((RejectRow r) -> r.reason + " " + r.location)))
        .containsInAnyOrder("MALFORMED_JSON line 2");
    PAssert.that(out.get(ReadArticles.STATS)).containsInAnyOrder(
        KV.of(RunStats.key("file", jsonl.toString(), "read"), 3L),
        KV.of(RunStats.key("file", txt.toString(), "read"), 1L),
        KV.of(RunStats.key("file", warc.toString(), "read"), 3L),
        KV.of(RunStats.key("file", warc.toString(), "skipped", "request"), 1L),
        KV.of(RunStats.key("file", warc.toString(), "skipped", "metadata"), 1L),
        KV.of(RunStats.key("file", warc.toString(), "skipped", "revisit"), 1L),
        KV.of(RunStats.key("file", warc.toString(), "skipped", "response-status-404"), 1L),
        KV.of(RunStats.key("file", warc.toString(), "skipped", "response-non-html"), 1L));
    assertEquals(org.apache.beam.sdk.PipelineResult.State.DONE, p.run().waitUntilFinish());
  }

  @Test
  public void cleaningGivesWhatCleanArticlesGivesAndEachArticlesIdAndLocation() throws IOException {
    Path dir = tmp.getRoot().toPath();
    Path jsonl = dir.resolve("wire.jsonl");
    Files.writeString(jsonl, "{\"id\":\"a\",\"title\":\"Talks in Astana\",\"text\":\"The two presidents "
        + "held talks in Astana on Tuesday.\\n\\nShare this article\"}\n[1]\n", StandardCharsets.UTF_8);
    Path txt = dir.resolve("outlet").resolve("page.txt");
    Files.createDirectories(txt.getParent());
    Files.writeString(txt, "Переговоры в Минске\nПрезиденты провели переговоры в Минске во вторник.\n",
        StandardCharsets.UTF_8);
    List<String> files = List.of(jsonl.toString(), txt.toString());

    PCollectionTuple raw = p.apply("Files", Create.of(files)).apply("Raw", new ReadArticles(ReadLimits.defaults()));
    PCollection<Article> expected = raw.get(ReadArticles.RAW).apply(new CleanArticles());
    PCollectionTuple cleaned = p.apply("Files2", Create.of(files))
        .apply("Cleaning", ReadArticles.cleaning(ReadLimits.defaults(), 4));

    PCollection<String> both = PCollectionList
        .of(expected.apply("Fields1", MapElements.into(TypeDescriptors.strings()).via(ReadArticlesTest::fields)))
        .and(cleaned.get(ReadArticles.ARTICLES)
            .apply("Fields2", MapElements.into(TypeDescriptors.strings()).via(ReadArticlesTest::fields)))
        .apply(Flatten.pCollections());
    // every article twice: once from each path, field for field equal
    PAssert.that(both.apply("Count", Count.perElement()).apply("Twice", MapElements
        .into(TypeDescriptors.longs()).via((KV<String, Long> kv) -> kv.getValue())))
        .containsInAnyOrder(2L, 2L);
    PAssert.that(cleaned.get(ReadArticles.IDS).apply("Ids", MapElements.into(TypeDescriptors.strings())
            .via((KV<String, String> kv) -> kv.getKey())))
        .satisfies(ids -> {
          List<String> l = new java.util.ArrayList<>();
          ids.forEach(l::add);
          assertEquals(2, l.size());
          assertTrue("the input id: " + l, l.contains("a"));
          return null;
        });
    PAssert.that(cleaned.get(ReadArticles.REJECTS).apply("Reasons", MapElements.into(TypeDescriptors.strings())
            .via((RejectRow r) -> r.reason))).containsInAnyOrder("NOT_AN_OBJECT");
    assertEquals(org.apache.beam.sdk.PipelineResult.State.DONE, p.run().waitUntilFinish());
  }

  private static String fields(Article a) {
    return String.join("|", a.articleId, String.valueOf(a.url), String.valueOf(a.source),
        String.valueOf(a.title), String.valueOf(a.language), String.valueOf(a.publishedDate),
        a.inputFile, a.inputLocation, a.text, String.valueOf(a.duplicateOf), a.outcome,
        String.valueOf(a.eventCount));
  }
}
