package org.coopevents.gen;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coopevents.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated corpus runs through the job, rejects match the bad records, and scoring runs. */
class GeneratedCorpusRunTest {
  @TempDir Path tmp;

  @Test
  void generateRunEvaluate() throws Exception {
    Path corpus = tmp.resolve("corpus");
    ByteArrayOutputStream genOut = new ByteArrayOutputStream();
    assertEquals(0, GenerateCommand.run(new String[] {"--articles=200", "--seed=3",
        "--bad-share=0.04", "--output=" + corpus}, new PrintStream(genOut), System.err));
    JsonNode gen = new ObjectMapper().readTree(corpus.resolve("generated.json").toFile());

    Path out = tmp.resolve("out");
    assertEquals(0, Main.run(new String[] {"run", "--input=" + corpus.resolve("input"),
        "--output=" + out}));
    JsonNode totals = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()).get("totals");
    assertEquals(200, totals.get("units_read").asLong());
    assertEquals(totals.get("units_read").asLong(),
        totals.get("articles").asLong() + totals.get("rejects").asLong());
    assertTrue(totals.get("balanced").asBoolean());
    assertEquals(gen.get("articles").asLong(), totals.get("articles").asLong());
    assertEquals(gen.get("bad_records"), totals.get("rejects_by_reason"));

    ByteArrayOutputStream eval = new ByteArrayOutputStream();
    int code = org.coopevents.eval.EvaluateCommand.run(new String[] {"--output=" + out,
        "--gold=" + corpus.resolve("gold.jsonl")}, new PrintStream(eval, true, StandardCharsets.UTF_8),
        System.err);
    assertEquals(0, code);
    String report = eval.toString(StandardCharsets.UTF_8);
    assertThat(report, containsString("visits"));
    assertThat(report, containsString("gold " + gen.get("articles").asLong() + ", paired "
        + gen.get("articles").asLong()));
    // the generator marks copies, so evaluate scores article-level duplicate pairs
    assertThat(report, containsString("copies      pair precision"));
  }
}
