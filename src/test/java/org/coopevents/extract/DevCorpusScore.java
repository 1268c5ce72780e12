package org.coopevents.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopevents.eval.DocumentTitles;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;

/**
 * Scores the extractor on the development corpus (testdata/dev) per shared/spec/gold-format.md:
 * visits, signings, documents, sectors, dates, negatives; prints every miss and false positive.
 * Usage: DevCorpusScore [corpusDir] [extraJsonl...]; a test-scope tool, not a test.
 */
public final class DevCorpusScore {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Loaded article with its gold. */
  record Item(ArticleText article, JsonNode gold) {}

  static final class Prf {
    int tp, fp, fn;

    String fmt() {
      double p = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
      double f = Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
      return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", p, r, f, tp, fp, fn);
    }

    double f1() {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "testdata/dev");
    List<Item> items = load(dir);
    for (int i = 1; i < args.length; i++) items.addAll(loadJsonlWithGold(Paths.get(args[i])));
    boolean quiet = Boolean.getBoolean("quiet");
    String onlyLang = System.getProperty("lang");
    if (onlyLang != null) items.removeIf(it -> !onlyLang.equals(it.article().language));
    ArticleExtractor ex = ArticleExtractor.create(Knowledge.load(List.of(Knowledge.RESOURCE_DIR, "testknowledge/")));
    Prf visits = new Prf(), signings = new Prf(), docs = new Prf(), sectors = new Prf();
    int kindOk = 0, kindN = 0, dateOk = 0, dateN = 0, negEvents = 0, negArticles = 0;
    StringBuilder log = new StringBuilder();
    for (Item it : items) {
      Extraction x = ex.extract(it.article());
      String id = it.article().articleId;
      List<JsonNode> gold = new ArrayList<>();
      it.gold().path("events").forEach(gold::add);
      StringBuilder out = new StringBuilder();
      if (gold.isEmpty()) {
        negArticles++;
        negEvents += x.events.size();
        for (EventRow e : x.events) out.append("  NEG-FP ").append(show(e)).append(" <<").append(evidence(x, e)).append(">>\n");
      }
      // visits
      List<EventRow> pv = x.events.stream().filter(e -> e.eventType.equals("VISIT")).collect(Collectors.toList());
      List<JsonNode> gv = gold.stream().filter(g -> g.path("type").asText().equals("VISIT")).collect(Collectors.toList());
      Map<EventRow, JsonNode> vm = match(pv, gv, DevCorpusScore::visitMatch);
      for (Map.Entry<EventRow, JsonNode> m : vm.entrySet()) {
        JsonNode g = m.getValue();
        EventRow p = m.getKey();
        if (g.path("optional").asBoolean(false)) continue;
        visits.tp++;
        if (!g.path("visit_kind").isMissingNode() && !g.path("visit_kind").isNull()) {
          kindN++;
          if (p.visitKind.equals(g.path("visit_kind").asText()) || p.visitKind.equals(g.path("visit_kind_alt").asText())) kindOk++;
          else out.append("  KIND ").append(p.visitKind).append(" gold ").append(g.path("visit_kind").asText()).append('\n');
        }
        String gs = text(g, "start_date");
        if (gs != null) {
          dateN++;
          String ge = text(g, "end_date");
          if (gs.equals(p.startDate) && (ge == null || ge.equals(p.endDate))) dateOk++;
          else out.append("  VDATE ").append(p.startDate).append("..").append(p.endDate).append(" gold ").append(gs).append("..").append(ge).append('\n');
        }
      }
      for (EventRow p : pv) if (!vm.containsKey(p)) {
        visits.fp++;
        out.append("  VISIT-FP ").append(show(p)).append(" <<").append(evidence(x, p)).append(">>\n");
      }
      for (JsonNode g : gv) if (!vm.containsValue(g) && !g.path("optional").asBoolean(false)) {
        visits.fn++;
        out.append("  VISIT-MISS ").append(g.path("actor1").asText()).append("->").append(g.path("actor2").asText())
            .append(' ').append(g.path("status").asText()).append(' ').append(text(g, "start_date")).append('\n');
      }
      // signings
      List<EventRow> ps = x.events.stream().filter(e -> e.eventType.equals("SIGNING")).collect(Collectors.toList());
      List<JsonNode> gsg = gold.stream().filter(g -> g.path("type").asText().equals("SIGNING")).collect(Collectors.toList());
      Map<EventRow, JsonNode> sm = match(ps, gsg, DevCorpusScore::signingMatch);
      for (Map.Entry<EventRow, JsonNode> m : sm.entrySet()) {
        if (m.getValue().path("optional").asBoolean(false)) continue;
        signings.tp++;
        String gd = text(m.getValue(), "signed_date");
        if (gd != null) {
          dateN++;
          if (gd.equals(m.getKey().startDate)) dateOk++;
          else out.append("  SDATE ").append(m.getKey().startDate).append(" gold ").append(gd).append('\n');
        }
        JsonNode gc = m.getValue().path("count");
        Integer pc = m.getKey().documentCount;
        if (!gc.isMissingNode() && !gc.isNull() && (pc == null || pc != gc.asInt()) || (gc.isMissingNode() || gc.isNull()) && pc != null && m.getValue().path("documents").size() != pc) {
          out.append("  COUNT ").append(pc).append(" gold ").append(gc).append('\n');
        }
      }
      for (EventRow p : ps) if (!sm.containsKey(p)) {
        signings.fp++;
        out.append("  SIGNING-FP ").append(show(p)).append('\n');
      }
      for (JsonNode g : gsg) if (!sm.containsValue(g) && !g.path("optional").asBoolean(false)) {
        signings.fn++;
        out.append("  SIGNING-MISS ").append(g.path("parties")).append(' ').append(text(g, "signed_date")).append('\n');
      }
      // documents
      List<JsonNode> gdocs = new ArrayList<>();
      Map<JsonNode, Set<String>> gdocParties = new HashMap<>();
      for (JsonNode g : gsg) {
        Set<String> parties = parties(g);
        for (JsonNode d : g.path("documents")) {
          gdocs.add(d);
          gdocParties.put(d, parties);
        }
      }
      Set<JsonNode> usedG = new HashSet<>();
      List<DocumentRow> pd = x.documents;
      Set<DocumentRow> matchedP = new HashSet<>();
      for (boolean optionalPass : new boolean[] {false, true}) {
        for (DocumentRow d : pd) {
          if (matchedP.contains(d)) continue;
          for (JsonNode g : gdocs) {
            if (usedG.contains(g) || g.path("optional").asBoolean(false) != optionalPass) continue;
            if (docMatch(d, g, gdocParties.get(g))) {
              usedG.add(g);
              matchedP.add(d);
              if (!optionalPass) docs.tp++;
              break;
            }
          }
        }
      }
      for (DocumentRow d : pd) if (!matchedP.contains(d)) {
        docs.fp++;
        out.append("  DOC-FP ").append(d.docType).append(" '").append(d.title).append("' ").append(d.sectors)
            .append(d.periodStartYear == null ? "" : " " + d.periodStartYear + "-" + d.periodEndYear).append('\n');
      }
      for (JsonNode g : gdocs) if (!usedG.contains(g) && !g.path("optional").asBoolean(false)) {
        docs.fn++;
        out.append("  DOC-MISS ").append(g.path("doc_type").asText()).append(" '").append(g.path("title").asText())
            .append("' ").append(g.path("sectors")).append('\n');
      }
      // sectors
      Set<String> req = new TreeSet<>();
      Set<String> acc = new TreeSet<>();
      for (JsonNode g : gold) {
        String type = g.path("type").asText();
        if (type.equals("COOPERATION")) {
          String pair = pairKey(g);
          for (JsonNode s : g.path("sectors")) (g.path("optional").asBoolean(false) ? acc : req).add(pair + ":" + s.asText());
          for (JsonNode s : g.path("sectors_optional")) acc.add(pair + ":" + s.asText());
        }
        if (type.equals("SIGNING")) {
          String pair = pairKey(g);
          for (JsonNode d : g.path("documents")) for (JsonNode s : d.path("sectors")) acc.add(pair + ":" + s.asText());
        }
      }
      Set<String> pred = new TreeSet<>();
      for (EventRow e : x.events) {
        if (!e.eventType.equals("COOPERATION")) continue;
        String pair = e.actor1Country.compareTo(e.actor2Country) <= 0 ? e.actor1Country + "-" + e.actor2Country : e.actor2Country + "-" + e.actor1Country;
        for (String s : e.sectors) pred.add(pair + ":" + s);
      }
      for (String s : pred) {
        if (req.contains(s)) sectors.tp++;
        else if (!acc.contains(s)) {
          sectors.fp++;
          out.append("  SECTOR-FP ").append(s).append('\n');
        }
      }
      for (String s : req) if (!pred.contains(s)) {
        sectors.fn++;
        out.append("  SECTOR-MISS ").append(s).append('\n');
      }
      if (out.length() > 0) {
        log.append(id).append(" [").append(it.article().title).append("]\n").append(out);
      }
    }
    if (!quiet) System.out.print(log);
    System.out.println("articles " + items.size());
    System.out.println("visits    " + visits.fmt());
    System.out.println("signings  " + signings.fmt());
    System.out.println("documents " + docs.fmt());
    System.out.println("sectors   " + sectors.fmt());
    System.out.printf("visit kind accuracy %d/%d%n", kindOk, kindN);
    System.out.printf("date accuracy %d/%d = %.3f%n", dateOk, dateN, dateN == 0 ? Double.NaN : (double) dateOk / dateN);
    System.out.printf("negatives: %d events on %d empty-gold articles%n", negEvents, negArticles);
  }

  private static String evidence(Extraction x, EventRow e) {
    for (org.coopevents.model.MentionRow m : x.mentions) {
      if (m.eventId.equals(e.eventId)) {
        String ev = m.evidence.replace('\n', ' ');
        return ev.length() > 400 ? ev.substring(0, 400) + "..." : ev;
      }
    }
    return "";
  }

  private static String show(EventRow e) {
    return e.eventType + " " + e.actor1Country + "->" + e.actor2Country + " " + e.status + " "
        + (e.visitKind == null ? "" : e.visitKind + " ") + e.startDate + ".." + e.endDate
        + (e.sectors.isEmpty() ? "" : " " + e.sectors) + (e.documentCount == null ? "" : " n=" + e.documentCount);
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.path(f);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static Set<String> parties(JsonNode g) {
    Set<String> s = new TreeSet<>();
    if (g.has("parties")) g.path("parties").forEach(p -> s.add(p.asText()));
    else {
      if (g.has("actor1")) s.add(g.path("actor1").asText());
      if (g.has("actor2")) s.add(g.path("actor2").asText());
    }
    return s;
  }

  private static String pairKey(JsonNode g) {
    return String.join("-", parties(g));
  }

  interface Matcher {
    boolean ok(EventRow p, JsonNode g);
  }

  /** Required gold first, then optional; greedy. */
  private static Map<EventRow, JsonNode> match(List<EventRow> preds, List<JsonNode> golds, Matcher m) {
    Map<EventRow, JsonNode> out = new LinkedHashMap<>();
    Set<JsonNode> used = new HashSet<>();
    for (boolean optional : new boolean[] {false, true}) {
      for (EventRow p : preds) {
        if (out.containsKey(p)) continue;
        for (JsonNode g : golds) {
          if (used.contains(g) || g.path("optional").asBoolean(false) != optional) continue;
          if (m.ok(p, g)) {
            out.put(p, g);
            used.add(g);
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean visitMatch(EventRow p, JsonNode g) {
    if (!p.actor1Country.equals(g.path("actor1").asText()) || !p.actor2Country.equals(g.path("actor2").asText())) return false;
    if (!p.status.equals(g.path("status").asText("OCCURRED"))) return false;
    String gs = text(g, "start_date");
    String ge = text(g, "end_date");
    if (gs == null) {
      gs = text(g, "activity_date");
      ge = gs;
    }
    if (gs == null || p.startDate == null) return true;
    if (ge == null) ge = gs;
    LocalDate ps = LocalDate.parse(p.startDate).minusDays(1);
    LocalDate pe = LocalDate.parse(p.endDate != null ? p.endDate : p.startDate).plusDays(1);
    return !LocalDate.parse(gs).isAfter(pe) && !LocalDate.parse(ge).isBefore(ps);
  }

  private static boolean signingMatch(EventRow p, JsonNode g) {
    Set<String> pp = new TreeSet<>(List.of(p.actor1Country, p.actor2Country));
    if (!pp.equals(parties(g))) return false;
    String gd = text(g, "signed_date");
    if (gd == null || p.startDate == null) return true;
    return Math.abs(LocalDate.parse(gd).toEpochDay() - LocalDate.parse(p.startDate).toEpochDay()) <= 1;
  }

  /** The document rule of gold-format.md v2, with the scorer's title test ({@link DocumentTitles}). */
  private static boolean docMatch(DocumentRow d, JsonNode g, Set<String> gParties) {
    boolean type = d.docType.equals(g.path("doc_type").asText()) || d.docType.equals(g.path("doc_type_alt").asText());
    if (!type) return false;
    if (!new TreeSet<>(d.parties).equals(gParties)) return false;
    String title = g.path("title").asText(null);
    if (DocumentTitles.pass(title, d.title, d.titleOriginal)) return true;
    if (!DocumentTitles.noneInScriptOf(title, d.title, d.titleOriginal)) return false;
    Set<String> gs = new TreeSet<>();
    g.path("sectors").forEach(s -> gs.add(s.asText()));
    return !gs.isEmpty() && gs.equals(new TreeSet<>(d.sectors));
  }

  // ------------------------------------------------------------------ loading

  static List<Item> load(Path dir) throws IOException {
    Map<String, JsonNode> gold = new HashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".gold.jsonl")).collect(Collectors.toList())) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (line.isBlank()) continue;
          JsonNode n = JSON.readTree(line);
          gold.put(n.path("id").asText(), n);
        }
      }
    }
    List<Item> items = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted().collect(Collectors.toList())) {
        String name = p.getFileName().toString();
        if (name.endsWith(".gold.jsonl")) continue;
        if (name.endsWith(".jsonl")) {
          for (ArticleText a : readJsonl(p)) {
            JsonNode g = gold.get(a.articleId);
            if (g != null) items.add(new Item(a, g));
          }
        } else if (name.endsWith(".txt")) {
          String id = name.substring(0, name.length() - 4);
          JsonNode g = gold.get(id);
          if (g != null) items.add(new Item(readTxt(p, id), g));
        }
      }
    }
    return items;
  }

  static List<Item> loadJsonlWithGold(Path jsonl) throws IOException {
    Path goldPath = Paths.get(jsonl.toString().replace(".jsonl", ".gold.jsonl"));
    Map<String, JsonNode> gold = new HashMap<>();
    for (String line : Files.readAllLines(goldPath, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        gold.put(n.path("id").asText(), n);
      }
    }
    List<Item> out = new ArrayList<>();
    for (ArticleText a : readJsonl(jsonl)) if (gold.containsKey(a.articleId)) out.add(new Item(a, gold.get(a.articleId)));
    return out;
  }

  static List<ArticleText> readJsonl(Path p) throws IOException {
    List<ArticleText> out = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = JSON.readTree(line);
      String text = n.path("text").asText("");
      String lang = n.path("language").asText(null);
      if (lang == null) lang = cyrillic(text) ? "ru" : "en";
      LocalDate pub = null;
      String pa = n.path("published_at").asText(null);
      if (pa != null && pa.length() >= 10) pub = LocalDate.parse(pa.substring(0, 10));
      out.add(new ArticleText(n.path("id").asText(), n.path("url").asText(null), n.path("source").asText(null),
          n.path("title").asText(""), lang, pub, text));
    }
    return out;
  }

  static ArticleText readTxt(Path p, String id) throws IOException {
    String all = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
    String[] lines = all.split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) i++;
    String title = i < lines.length ? lines[i].strip() : "";
    String body = i + 1 < lines.length ? String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)) : "";
    body = org.coopevents.text.PageFurnitureCleaner.clean(body, title);
    return new ArticleText(id, null, p.getParent().getFileName().toString(), title, cyrillic(body) ? "ru" : "en", null, body);
  }

  static boolean cyrillic(String s) {
    int c = 0, l = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isLetter(ch)) {
        l++;
        if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC) c++;
      }
    }
    return l > 0 && c * 2 > l;
  }
}
