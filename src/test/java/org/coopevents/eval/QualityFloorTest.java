package org.coopevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.coopevents.cli.RunCommand;
import org.coopevents.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality floors: runs the job as {@code coopevents run} does on a corpus with gold, scores the
 * output with the {@code evaluate} scorer, and fails naming every figure below its floor (or,
 * for a ceiling, above it). The floors live in one data file,
 * {@code src/test/resources/quality-floors.tsv} ({@code corpus, figure, bound, value}), so
 * that they can be raised in one place. Corpora: {@code dev} (testdata/dev) and
 * {@code realistic} (the three parts of shared/eval/realistic together, read at run time from
 * the shared folder beside the project, never copied; skipped when it is absent).
 */
class QualityFloorTest {
  static final String FLOORS = "quality-floors.tsv";

  /** The figures every corpus must have a bound for, and whether the bound is a ceiling. */
  static final Map<String, String> FIGURES = new LinkedHashMap<>();

  static {
    FIGURES.put("visits_f1", "min");
    FIGURES.put("signings_f1", "min");
    FIGURES.put("documents_f1", "min");
    FIGURES.put("sectors_f1", "min");
    FIGURES.put("dates", "min");
    FIGURES.put("dedup_precision", "min");
    FIGURES.put("events_per_key", "max");
    FIGURES.put("negatives", "max");
  }

  static final List<String> CORPORA = List.of("dev", "realistic");

  /** One line of the floor file. */
  record Bound(String corpus, String figure, String bound, double value, int line) {}

  @TempDir static Path tmp;

  private static Path basedir() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  /** shared/eval/realistic beside the project (CI: ../shared; a worktree under h/: ../../shared). */
  static Path realistic() {
    for (String up : List.of("..", "../..")) {
      Path p = basedir().resolve(up).resolve("shared/eval/realistic").normalize();
      if (Files.isRegularFile(p.resolve("part1/articles.jsonl"))) return p;
    }
    return null;
  }

  @Test
  void devCorpusStaysAboveItsFloors() throws IOException {
    Path dev = basedir().resolve("testdata/dev");
    assertTrue(Files.isDirectory(dev), "testdata/dev is missing: " + dev);
    check("dev", List.of(dev), GoldFile.resolve(dev.toString()));
  }

  @Test
  void realisticCorpusStaysAboveItsFloors() throws IOException {
    Path r = realistic();
    assumeTrue(r != null, "shared/eval/realistic is not beside the project: skipped");
    List<Path> inputs = new ArrayList<>();
    List<Path> gold = new ArrayList<>();
    for (String part : List.of("part1", "part2", "part3")) {
      inputs.add(r.resolve(part).resolve("articles.jsonl"));
      gold.add(r.resolve(part).resolve("gold.jsonl"));
    }
    check("realistic", inputs, gold);
  }

  @Test
  void floorFileBoundsEveryFigureOfEveryCorpusOnce() throws IOException {
    List<Bound> bounds = floors();
    List<String> problems = new ArrayList<>();
    for (String corpus : CORPORA) {
      for (Map.Entry<String, String> f : FIGURES.entrySet()) {
        List<Bound> b = bounds.stream()
            .filter(x -> x.corpus().equals(corpus) && x.figure().equals(f.getKey())).toList();
        if (b.size() != 1) problems.add(corpus + " " + f.getKey() + ": " + b.size() + " lines");
        else if (!b.get(0).bound().equals(f.getValue())) {
          problems.add(corpus + " " + f.getKey() + ": bound must be " + f.getValue());
        }
      }
    }
    assertEquals(List.of(), problems, FLOORS);
  }

  @Test
  void everyFigurePastItsBoundIsNamed() {
    List<Bound> bounds = List.of(new Bound("dev", "visits_f1", "min", 0.9, 1),
        new Bound("dev", "documents_f1", "min", 0.5, 2),
        new Bound("dev", "negatives", "max", 0, 3),
        new Bound("dev", "events_per_key", "max", 1.1, 4),
        new Bound("dev", "dedup_precision", "min", 0.9, 5));
    Map<String, Double> measured = new LinkedHashMap<>();
    measured.put("visits_f1", 0.9);
    measured.put("documents_f1", 0.499);
    measured.put("negatives", 2.0);
    measured.put("events_per_key", 1.1);
    measured.put("dedup_precision", null);
    assertEquals(List.of("documents_f1 = 0.499 is below its floor 0.500",
        "negatives = 2.000 is above its ceiling 0.000",
        "dedup_precision has nothing to measure (n/a); its floor is 0.900"),
        pastBounds(measured, bounds), "a figure exactly at its bound passes");
  }

  /** Runs the job on the inputs, scores it against the gold files and checks the corpus's bounds. */
  private static void check(String corpus, List<Path> inputs, List<Path> goldFiles)
      throws IOException {
    Path out = tmp.resolve("out-" + corpus);
    CommandRun run = CommandRun.of(RunCommand::run, "--input=" + String.join(",",
        inputs.stream().map(Path::toString).toList()), "--output=" + out);
    assertEquals(0, run.code, "coopevents run failed on " + corpus + ": " + run.err);
    List<List<GoldArticle>> gold = new ArrayList<>();
    for (Path g : goldFiles) gold.add(GoldFile.read(g));
    Scores s = new Scorer().scoreFiles(gold, OutputTables.read(out));
    assertEquals(0, s.missingArticles(), corpus + ": gold articles without an output article");

    Map<String, Double> measured = figures(s);
    List<Bound> bounds = floors().stream().filter(b -> b.corpus().equals(corpus)).toList();
    String table = table(measured, bounds);
    System.out.println("quality figures of " + corpus + ":" + table);
    List<String> failures = pastBounds(measured, bounds);
    if (!failures.isEmpty()) {
      fail(corpus + ": " + failures.size() + " figure(s) past their bound in "
          + "src/test/resources/" + FLOORS + ":\n  " + String.join("\n  ", failures)
          + "\nall figures:" + table);
    }
  }

  /** One line per figure past its bound, saying the figure, its value and the bound. */
  static List<String> pastBounds(Map<String, Double> measured, List<Bound> bounds) {
    List<String> failures = new ArrayList<>();
    for (Bound b : bounds) {
      Double v = measured.get(b.figure());
      boolean floor = b.bound().equals("min");
      if (v == null) {
        failures.add(b.figure() + " has nothing to measure (n/a); its "
            + (floor ? "floor" : "ceiling") + " is " + fmt(b.value()));
      } else if (floor ? v < b.value() : v > b.value()) {
        failures.add(String.format(Locale.ROOT, "%s = %s is %s its %s %s", b.figure(), fmt(v),
            floor ? "below" : "above", floor ? "floor" : "ceiling", fmt(b.value())));
      }
    }
    return failures;
  }

  private static String table(Map<String, Double> measured, List<Bound> bounds) {
    StringBuilder t = new StringBuilder();
    for (Bound b : bounds) {
      t.append(String.format(Locale.ROOT, "%n  %-16s %8s  %s %s", b.figure(),
          fmt(measured.get(b.figure())), b.bound().equals("min") ? "floor" : "ceiling",
          fmt(b.value())));
    }
    return t.toString();
  }

  /** The bounded figures of a score, by the names of the floor file. */
  static Map<String, Double> figures(Scores s) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("visits_f1", s.visits.f1());
    m.put("signings_f1", s.signings.f1());
    m.put("documents_f1", s.documents.f1());
    m.put("sectors_f1", s.sectors.f1());
    m.put("dates", s.dates().value());
    m.put("dedup_precision", s.dedup.precision());
    m.put("events_per_key", s.dedup.eventsPerKey());
    Integer n = s.negatives.figure();
    m.put("negatives", n == null ? null : n.doubleValue());
    return m;
  }

  /** The floor file's lines; '#' starts a comment, fields are tab-separated. */
  static List<Bound> floors() throws IOException {
    List<Bound> out = new ArrayList<>();
    try (InputStream in = QualityFloorTest.class.getResourceAsStream("/" + FLOORS)) {
      assertTrue(in != null, FLOORS + " is not on the test class path");
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      TreeSet<String> seen = new TreeSet<>();
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.isEmpty() || l.startsWith("#")) continue;
        String[] f = l.split("\t");
        String where = FLOORS + " line " + (i + 1) + ": ";
        assertEquals(4, f.length, where + "want corpus, figure, bound, value (tab-separated)");
        assertTrue(CORPORA.contains(f[0]), where + "corpus " + f[0] + "; valid: " + CORPORA);
        assertTrue(FIGURES.containsKey(f[1]), where + "figure " + f[1] + "; valid: "
            + FIGURES.keySet());
        assertTrue(f[2].equals("min") || f[2].equals("max"), where + "bound is min or max");
        assertTrue(seen.add(f[0] + " " + f[1]), where + "a second line for " + f[0] + " " + f[1]);
        out.add(new Bound(f[0], f[1], f[2], Double.parseDouble(f[3]), i + 1));
      }
    }
    return out;
  }

  private static String fmt(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
