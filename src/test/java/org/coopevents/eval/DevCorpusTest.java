package org.coopevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Checks the hand-written development corpus under {@code testdata/dev} itself: the
 * article files follow the input contract (inputs.md), every article has exactly one gold
 * line and vice versa, the gold lines follow gold-format.md, and the corpus reaches the
 * coverage the corpus brief asks for. It reads whatever exists in both languages; totals
 * that need the Russian half are skipped until Russian files exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevCorpusTest {

    /** Codes of sectors.md (the closed list of the sector taxonomy, v1). */
    private static final Set<String> SECTORS = Set.of(
            "TRADE", "INVESTMENT", "INDUSTRY", "MACHINERY", "PHARMACEUTICALS", "HEALTHCARE",
            "AGRICULTURE", "FOOD_INDUSTRY", "VETERINARY", "PHYTOSANITARY", "ENERGY",
            "PETROCHEMICALS", "TRANSPORT", "CONSTRUCTION", "RECONSTRUCTION", "FINANCE", "SME",
            "COMPETITION_POLICY", "PUBLIC_PROCUREMENT", "CONSUMER_PROTECTION", "ADVERTISING",
            "TOURISM", "EDUCATION", "SCIENCE_TECHNOLOGY", "ICT", "CULTURE", "SPORT", "SECURITY",
            "MILITARY_TECHNICAL", "EMERGENCIES", "ENVIRONMENT", "JUSTICE", "HUMANITARIAN");
    private static final Set<String> DOC_TYPES = Set.of("PROTOCOL", "MEMORANDUM", "AGREEMENT",
            "ACTION_PLAN", "ROADMAP", "DECLARATION", "PROGRAMME", "CONTRACT", "TREATY", "OTHER");
    private static final Set<String> VISIT_KINDS = Set.of("STATE", "OFFICIAL", "WORKING", "UNSPECIFIED");
    private static final Set<String> STATUSES = Set.of("OCCURRED", "PLANNED");
    private static final Set<String> STANCES = Set.of("PROPOSED", "AGREED", "DISCUSSED");

    /** Input fields of inputs.md (JSON Lines, including the news-please aliases). */
    private static final Set<String> INPUT_FIELDS = Set.of("id", "url", "source", "published_at",
            "language", "title", "text", "html", "maintext", "date_publish", "source_domain");
    private static final Set<String> COMMON_EVENT_FIELDS = Set.of("key", "type", "optional", "notes");
    private static final Set<String> VISIT_FIELDS = Set.of("actor1", "actor2", "guest_person",
            "host_person", "status", "visit_kind", "visit_kind_alt", "location_city",
            "location_city_alt", "start_date", "end_date", "activity_date");
    private static final Set<String> SIGNING_FIELDS = Set.of("parties", "signed_date", "count", "documents");
    private static final Set<String> COOPERATION_FIELDS = Set.of("parties", "actor1", "actor2",
            "stance", "stance_alt", "sectors", "sectors_optional");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("title", "doc_type", "doc_type_alt",
            "sectors", "period", "optional", "notes");

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ARTICLE_ID = Pattern.compile("dev-(en|ru)-\\d{3}");
    private static final Pattern KEY = Pattern.compile(
            "([A-Z]{3})-([A-Z]{3})-(\\d{4})-(\\d{2})-(visit|signing|coop)(-planned)?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final LocalDate EARLIEST = LocalDate.of(2019, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2025, 12, 31);

    private final ObjectMapper mapper = new ObjectMapper();
    private Path root;
    /** Article id -> article (fields as read); insertion order = file order. */
    private final Map<String, Article> articles = new LinkedHashMap<>();
    /** Gold id -> gold line, per language file. */
    private final Map<String, JsonNode> gold = new LinkedHashMap<>();
    private final List<String> readProblems = new ArrayList<>();

    private record Article(String id, String language, String file, String text, boolean page, LocalDate published) {}

    @BeforeAll
    void readCorpus() throws IOException {
        root = Paths.get(System.getProperty("basedir", ".")).resolve("testdata").resolve("dev");
        assertTrue(Files.isDirectory(root), "testdata/dev is missing: " + root.toAbsolutePath());
        for (String lang : List.of("en", "ru")) {
            Path dir = root.resolve(lang);
            if (Files.isDirectory(dir)) {
                for (Path file : list(dir, ".jsonl")) {
                    readJsonLines(file, lang);
                }
            }
            Path goldFile = root.resolve("dev-" + lang + ".gold.jsonl");
            if (Files.exists(goldFile)) {
                readGold(goldFile, lang);
            }
        }
        Path pages = root.resolve("pages");
        if (Files.isDirectory(pages)) {
            for (Path file : list(pages, ".txt")) {
                readPage(file);
            }
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }

    private void readJsonLines(Path file, String folderLang) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String where = root.relativize(file) + ":" + (i + 1);
            String line = lines.get(i);
            if (line.isBlank()) {
                readProblems.add(where + ": blank line");
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (IOException e) {
                readProblems.add(where + ": not JSON: " + e.getMessage());
                continue;
            }
            if (!node.isObject()) {
                readProblems.add(where + ": not an object");
                continue;
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!INPUT_FIELDS.contains(f)) {
                    readProblems.add(where + ": field not in inputs.md: " + f);
                }
            }
            for (String f : List.of("id", "url", "source", "published_at", "language", "title", "text")) {
                if (!node.path(f).isTextual() || node.path(f).asText().isBlank()) {
                    readProblems.add(where + ": missing or empty string field " + f);
                }
            }
            String id = node.path("id").asText();
            if (!ARTICLE_ID.matcher(id).matches() || !id.startsWith("dev-" + folderLang + "-")) {
                readProblems.add(where + ": bad id for folder " + folderLang + ": " + id);
            }
            if (!folderLang.equals(node.path("language").asText())) {
                readProblems.add(where + ": language is not " + folderLang);
            }
            String url = node.path("url").asText();
            if (!url.matches("https://[a-z0-9.-]+\\.example/\\S*")) {
                readProblems.add(where + ": url is not on a fictional .example outlet: " + url);
            }
            if (!parsesAsDateOrDateTime(node.path("published_at").asText())) {
                readProblems.add(where + ": published_at is not ISO-8601: " + node.path("published_at").asText());
            }
            int bytes = node.path("text").asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1000 || bytes > 8192) {
                readProblems.add(where + ": text is " + bytes + " bytes, outside 1-8 KB");
            }
            addArticle(new Article(id, folderLang, where, node.path("text").asText(), false,
                    publishedDay(node.path("published_at").asText())), where);
        }
    }

    private void readPage(Path file) throws IOException {
        String where = root.relativize(file).toString();
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = ARTICLE_ID.matcher(id);
        if (!m.matches()) {
            readProblems.add(where + ": page file name is not an article id");
            return;
        }
        String firstLine = content.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstLine.isBlank() || firstLine.length() > 200) {
            readProblems.add(where + ": first non-empty line is not a title");
        }
        if (content.getBytes(StandardCharsets.UTF_8).length < 500) {
            readProblems.add(where + ": page is too short");
        }
        addArticle(new Article(id, m.group(1), where, content, true, null), where);
    }

    private void addArticle(Article a, String where) {
        Article old = articles.putIfAbsent(a.id(), a);
        if (old != null) {
            readProblems.add(where + ": article id " + a.id() + " already used in " + old.file());
        }
    }

    private void readGold(Path file, String lang) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String where = root.relativize(file) + ":" + (i + 1);
            if (lines.get(i).isBlank()) {
                readProblems.add(where + ": blank line");
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(lines.get(i));
            } catch (IOException e) {
                readProblems.add(where + ": not JSON: " + e.getMessage());
                continue;
            }
            String id = node.path("id").asText("");
            if (!id.startsWith("dev-" + lang + "-")) {
                readProblems.add(where + ": gold id " + id + " does not belong in the " + lang + " gold file");
            }
            if (gold.putIfAbsent(id, node) != null) {
                readProblems.add(where + ": second gold line for " + id);
            }
        }
    }

    /** The calendar day of a published_at value, or null when it does not parse. */
    private static LocalDate publishedDay(String s) {
        if (!parsesAsDateOrDateTime(s)) {
            return null;
        }
        return LocalDate.parse(s.substring(0, 10));
    }

    private static boolean parsesAsDateOrDateTime(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            // try the date-time forms
        }
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            // try without offset
        }
        try {
            LocalDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void articleFilesFollowTheInputContract() {
        assertFalse(articles.isEmpty(), "no articles found under " + root);
        assertTrue(readProblems.isEmpty(), String.join("\n", readProblems));
    }

    @Test
    void everyArticleHasExactlyOneGoldLineAndViceVersa() {
        Set<String> noGold = new TreeSet<>(articles.keySet());
        noGold.removeAll(gold.keySet());
        Set<String> noArticle = new TreeSet<>(gold.keySet());
        noArticle.removeAll(articles.keySet());
        assertTrue(noGold.isEmpty(), "articles without a gold line: " + noGold);
        assertTrue(noArticle.isEmpty(), "gold lines without an article: " + noArticle);
    }

    @Test
    void goldLinesFollowTheGoldFormat() {
        List<String> problems = new ArrayList<>();
        Map<String, String> signatureOfKey = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            String id = e.getKey();
            JsonNode line = e.getValue();
            for (Iterator<String> it = line.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!Set.of("id", "events", "notes").contains(f)) {
                    problems.add(id + ": unknown top-level field " + f);
                }
            }
            if (!line.path("events").isArray()) {
                problems.add(id + ": events is not an array");
                continue;
            }
            if (line.has("notes") && !line.get("notes").isTextual()) {
                problems.add(id + ": notes is not a string");
            }
            Set<String> keysInArticle = new TreeSet<>();
            Article article = articles.get(id);
            for (JsonNode ev : line.get("events")) {
                String key = ev.path("key").asText("");
                String where = id + " " + key;
                if (!keysInArticle.add(key)) {
                    problems.add(where + ": key used twice in one article");
                }
                checkEvent(ev, where, problems);
                String signature = ev.path("type").asText() + " " + pairOf(ev);
                String old = signatureOfKey.putIfAbsent(key, signature);
                if (old != null && !old.equals(signature)) {
                    problems.add(where + ": same key with a different type or pair: " + old + " vs " + signature);
                }
                if (article != null && article.page()) {
                    checkPageDatesAreStated(ev, article, where, problems);
                }
                if (article != null && article.published() != null) {
                    checkDatesAgainstPublication(ev, article.published(), where, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void checkEvent(JsonNode ev, String where, List<String> problems) {
        String type = ev.path("type").asText("");
        Set<String> allowed = new TreeSet<>(COMMON_EVENT_FIELDS);
        switch (type) {
            case "VISIT" -> allowed.addAll(VISIT_FIELDS);
            case "SIGNING" -> allowed.addAll(SIGNING_FIELDS);
            case "COOPERATION" -> allowed.addAll(COOPERATION_FIELDS);
            default -> {
                problems.add(where + ": unknown type " + type);
                return;
            }
        }
        for (Iterator<String> it = ev.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problems.add(where + ": field " + f + " is not defined for " + type);
            }
        }
        if (ev.has("optional") && !ev.get("optional").isBoolean()) {
            problems.add(where + ": optional is not a boolean");
        }
        Matcher km = KEY.matcher(ev.path("key").asText(""));
        if (!km.matches()) {
            problems.add(where + ": key does not follow <A>-<B>-<YYYY>-<MM>-<kind>[-planned]");
            return;
        }
        String expectedKind = switch (type) {
            case "VISIT" -> "visit";
            case "SIGNING" -> "signing";
            default -> "coop";
        };
        if (!expectedKind.equals(km.group(5))) {
            problems.add(where + ": key kind " + km.group(5) + " does not match type " + type);
        }
        int month = Integer.parseInt(km.group(4));
        int year = Integer.parseInt(km.group(3));
        if (month < 1 || month > 12 || year < 2019 || year > 2025) {
            problems.add(where + ": key month/year out of range");
        }
        boolean plannedKey = km.group(6) != null;
        switch (type) {
            case "VISIT" -> checkVisit(ev, km, plannedKey, where, problems);
            case "SIGNING" -> checkSigning(ev, km, plannedKey, where, problems);
            default -> checkCooperation(ev, km, where, problems);
        }
    }

    private void checkVisit(JsonNode ev, Matcher km, boolean plannedKey, String where, List<String> problems) {
        String guest = ev.path("actor1").asText("");
        String host = ev.path("actor2").asText("");
        checkIso3(guest, where, problems);
        checkIso3(host, where, problems);
        if (guest.equals(host)) {
            problems.add(where + ": guest and host are the same country");
        }
        if (!guest.equals(km.group(1)) || !host.equals(km.group(2))) {
            problems.add(where + ": visit key must be <GUEST>-<HOST>-...");
        }
        String status = ev.path("status").asText("");
        if (!STATUSES.contains(status)) {
            problems.add(where + ": bad status " + status);
        }
        if (plannedKey != "PLANNED".equals(status)) {
            problems.add(where + ": '-planned' key and PLANNED status must go together");
        }
        checkEnum(ev, "visit_kind", VISIT_KINDS, true, where, problems);
        checkEnum(ev, "visit_kind_alt", VISIT_KINDS, false, where, problems);
        for (String f : List.of("guest_person", "host_person", "location_city", "location_city_alt")) {
            if (ev.has(f) && !ev.get(f).isNull() && !(ev.get(f).isTextual() && !ev.get(f).asText().isBlank())) {
                problems.add(where + ": " + f + " must be a non-empty string or null");
            }
        }
        LocalDate start = date(ev, "start_date", where, problems);
        LocalDate end = date(ev, "end_date", where, problems);
        date(ev, "activity_date", where, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(where + ": end_date before start_date");
        }
    }

    private void checkSigning(JsonNode ev, Matcher km, boolean plannedKey, String where, List<String> problems) {
        if (plannedKey) {
            problems.add(where + ": a signing is reported, never planned ('to be signed' is no SIGNING)");
        }
        checkParties(ev, km, where, problems);
        date(ev, "signed_date", where, problems);
        JsonNode count = ev.path("count");
        if (!count.isMissingNode() && !count.isNull() && !(count.isInt() && count.asInt() > 0)) {
            problems.add(where + ": count must be a positive integer or null");
        }
        if (!ev.path("documents").isArray()) {
            problems.add(where + ": documents is not an array");
            return;
        }
        int required = 0;
        for (JsonNode doc : ev.get("documents")) {
            String dw = where + " / " + doc.path("title").asText("?");
            for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!DOCUMENT_FIELDS.contains(f)) {
                    problems.add(dw + ": field " + f + " is not defined for a document");
                }
            }
            if (!doc.path("title").isTextual() || doc.path("title").asText().isBlank()) {
                problems.add(dw + ": document without a title");
            }
            checkEnum(doc, "doc_type", DOC_TYPES, true, dw, problems);
            checkEnum(doc, "doc_type_alt", DOC_TYPES, false, dw, problems);
            checkSectors(doc, "sectors", true, dw, problems);
            if (doc.has("period")) {
                JsonNode p = doc.get("period");
                if (!p.isArray() || p.size() != 2 || !p.get(0).isInt() || !p.get(1).isInt()
                        || p.get(0).asInt() > p.get(1).asInt() || p.get(0).asInt() < 2000 || p.get(1).asInt() > 2050) {
                    problems.add(dw + ": period must be [start year, end year]");
                } else if (!doc.path("title").asText().contains(p.get(0).asText())) {
                    problems.add(dw + ": period start year does not appear in the title");
                }
            }
            if (!doc.path("optional").asBoolean(false)) {
                required++;
            }
        }
        if (count.isInt() && required > count.asInt()) {
            problems.add(where + ": more required documents (" + required + ") than the count " + count.asInt());
        }
    }

    private void checkCooperation(JsonNode ev, Matcher km, String where, List<String> problems) {
        if (ev.has("parties")) {
            checkParties(ev, km, where, problems);
        } else {
            String a = ev.path("actor1").asText("");
            String b = ev.path("actor2").asText("");
            checkIso3(a, where, problems);
            checkIso3(b, where, problems);
            String first = a.compareTo(b) <= 0 ? a : b;
            String second = a.compareTo(b) <= 0 ? b : a;
            if (!first.equals(km.group(1)) || !second.equals(km.group(2))) {
                problems.add(where + ": key pair does not match actor1/actor2");
            }
        }
        checkEnum(ev, "stance", STANCES, true, where, problems);
        checkEnum(ev, "stance_alt", STANCES, false, where, problems);
        checkSectors(ev, "sectors", true, where, problems);
        checkSectors(ev, "sectors_optional", false, where, problems);
        Set<String> req = new TreeSet<>();
        ev.path("sectors").forEach(s -> req.add(s.asText()));
        ev.path("sectors_optional").forEach(s -> {
            if (req.contains(s.asText())) {
                problems.add(where + ": sector " + s.asText() + " is both required and optional");
            }
        });
        if (req.isEmpty() && !ev.path("optional").asBoolean(false)) {
            problems.add(where + ": a required COOPERATION needs at least one required sector");
        }
    }

    private void checkParties(JsonNode ev, Matcher km, String where, List<String> problems) {
        JsonNode parties = ev.path("parties");
        if (!parties.isArray() || parties.size() != 2) {
            problems.add(where + ": parties must be an array of two countries");
            return;
        }
        String a = parties.get(0).asText("");
        String b = parties.get(1).asText("");
        checkIso3(a, where, problems);
        checkIso3(b, where, problems);
        if (a.compareTo(b) >= 0) {
            problems.add(where + ": parties must be two different countries in alphabetical order");
        }
        if (!a.equals(km.group(1)) || !b.equals(km.group(2))) {
            problems.add(where + ": key must start with the parties in alphabetical order");
        }
    }

    private static void checkIso3(String code, String where, List<String> problems) {
        if (!ISO3.matcher(code).matches()) {
            problems.add(where + ": not an ISO 3166-1 alpha-3 code: '" + code + "'");
        }
    }

    private static void checkEnum(JsonNode node, String field, Set<String> values, boolean required,
            String where, List<String> problems) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                problems.add(where + ": missing " + field);
            }
            return;
        }
        if (!values.contains(v.asText())) {
            problems.add(where + ": bad " + field + " " + v.asText());
        }
    }

    private static void checkSectors(JsonNode node, String field, boolean required, String where,
            List<String> problems) {
        JsonNode v = node.path(field);
        if (v.isMissingNode()) {
            if (required) {
                problems.add(where + ": missing " + field);
            }
            return;
        }
        if (!v.isArray()) {
            problems.add(where + ": " + field + " is not an array");
            return;
        }
        Set<String> seen = new TreeSet<>();
        for (JsonNode s : v) {
            if (!SECTORS.contains(s.asText())) {
                problems.add(where + ": sector not in sectors.md: " + s.asText());
            }
            if (!seen.add(s.asText())) {
                problems.add(where + ": sector listed twice: " + s.asText());
            }
        }
    }

    private static LocalDate date(JsonNode node, String field, String where, List<String> problems) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.asText());
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                problems.add(where + ": " + field + " outside 2019-2025: " + d);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(where + ": " + field + " is not an ISO date: " + v.asText());
            return null;
        }
    }

    /** A saved page has no date field: a gold date is only allowed when the text states its year. */
    private static void checkPageDatesAreStated(JsonNode ev, Article page, String where, List<String> problems) {
        Set<String> yearsInText = new TreeSet<>();
        Matcher m = YEAR.matcher(page.text());
        while (m.find()) {
            yearsInText.add(m.group(1));
        }
        for (String f : List.of("start_date", "end_date", "activity_date", "signed_date")) {
            JsonNode v = ev.path(f);
            if (v.isTextual() && v.asText().length() >= 4 && !yearsInText.contains(v.asText().substring(0, 4))) {
                problems.add(where + ": " + f + " on a saved page whose text never states the year " + v.asText());
            }
        }
    }

    /**
     * What an article reports as done cannot lie after its publication day; what it announces
     * (a PLANNED visit) cannot have started before it.
     */
    private static void checkDatesAgainstPublication(JsonNode ev, LocalDate published, String where,
            List<String> problems) {
        boolean planned = "PLANNED".equals(ev.path("status").asText());
        for (String f : List.of("start_date", "end_date", "activity_date", "signed_date")) {
            JsonNode v = ev.path(f);
            if (!v.isTextual()) {
                continue;
            }
            LocalDate d;
            try {
                d = LocalDate.parse(v.asText());
            } catch (DateTimeParseException e) {
                continue; // reported by the format check
            }
            if (planned && "start_date".equals(f) && d.isBefore(published)) {
                problems.add(where + ": a PLANNED visit starting " + d + " before publication on " + published);
            }
            boolean future = planned || "end_date".equals(f);
            if (!future && d.isAfter(published)) {
                problems.add(where + ": " + f + " " + d + " is after the publication day " + published);
            }
        }
    }

    private static String pairOf(JsonNode ev) {
        if ("VISIT".equals(ev.path("type").asText())) {
            return ev.path("actor1").asText() + ">" + ev.path("actor2").asText();
        }
        TreeSet<String> p = new TreeSet<>();
        if (ev.has("parties")) {
            ev.get("parties").forEach(x -> p.add(x.asText()));
        } else {
            p.add(ev.path("actor1").asText());
            p.add(ev.path("actor2").asText());
        }
        return String.join("-", p);
    }

    private long countLanguage(String lang) {
        return articles.values().stream().filter(a -> a.language().equals(lang)).count();
    }

    @Test
    void englishHalfCoversWhatTheBriefAsks() {
        long en = countLanguage("en");
        assertTrue(en >= 50, "expected about 55 English articles, found " + en);
        long pages = articles.values().stream().filter(a -> a.page() && a.language().equals("en")).count();
        assertTrue(pages >= 4 && pages <= 6, "expected 4-6 English saved pages, found " + pages);
        long empty = gold.entrySet().stream()
                .filter(e -> e.getKey().startsWith("dev-en-") && e.getValue().path("events").isEmpty())
                .count();
        assertTrue(empty >= 5, "expected several English articles with no event, found " + empty);
    }

    @Test
    void corpusCoversEnoughPairsAndEveryDocumentTypeTwice() {
        Set<String> pairs = new TreeSet<>();
        Map<String, Integer> docTypes = new TreeMap<>();
        for (JsonNode line : gold.values()) {
            for (JsonNode ev : line.path("events")) {
                if (ev.path("optional").asBoolean(false)) {
                    continue;
                }
                TreeSet<String> pair = new TreeSet<>();
                if (ev.has("parties")) {
                    ev.get("parties").forEach(x -> pair.add(x.asText()));
                } else {
                    pair.add(ev.path("actor1").asText());
                    pair.add(ev.path("actor2").asText());
                }
                pairs.add(String.join("-", pair));
                for (JsonNode doc : ev.path("documents")) {
                    if (!doc.path("optional").asBoolean(false)) {
                        docTypes.merge(doc.path("doc_type").asText(), 1, Integer::sum);
                    }
                }
            }
        }
        assertTrue(pairs.size() >= 20, "expected at least 20 distinct country pairs, found " + pairs);
        for (String t : DOC_TYPES) {
            assertTrue(docTypes.getOrDefault(t, 0) >= 2, "document type " + t + " appears fewer than twice: " + docTypes);
        }
    }

    @Test
    void eventsAreToldBySeveralArticles() {
        Map<String, Set<String>> articlesOfKey = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            for (JsonNode ev : e.getValue().path("events")) {
                if (!ev.path("optional").asBoolean(false)) {
                    articlesOfKey.computeIfAbsent(ev.path("key").asText(), k -> new TreeSet<>()).add(e.getKey());
                }
            }
        }
        long visitsTwice = articlesOfKey.entrySet().stream()
                .filter(e -> e.getKey().endsWith("-visit") && e.getValue().size() >= 2).count();
        assertTrue(visitsTwice >= 8, "expected at least 8 visits told by several articles, found " + visitsTwice);
    }

    @Test
    void wholeCorpusTotalsOnceBothLanguagesExist() {
        long ru = countLanguage("ru");
        Assumptions.assumeTrue(ru > 0, "Russian half not written yet");
        long total = articles.size();
        assertTrue(total >= 80, "expected at least 80 articles, found " + total);
        assertTrue(ru * 3 >= total, "expected at least a third Russian articles, found " + ru + " of " + total);
        Map<String, Set<String>> languagesOfKey = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            String lang = e.getKey().substring(4, 6);
            for (JsonNode ev : e.getValue().path("events")) {
                if (ev.path("key").asText().endsWith("-visit")) {
                    languagesOfKey.computeIfAbsent(ev.path("key").asText(), k -> new TreeSet<>()).add(lang);
                }
            }
        }
        long bilingual = languagesOfKey.values().stream().filter(s -> s.size() == 2).count();
        assertTrue(bilingual >= 8, "expected at least 8 visits told in both languages, found " + bilingual);
    }

    @Test
    void goldFileOrderIsStableAndIdsAreUnique() {
        List<String> ids = new ArrayList<>(gold.keySet());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(String::compareTo);
        assertEquals(sorted, ids, "gold lines should be sorted by id so that diffs stay readable");
        if (readProblems.stream().anyMatch(p -> p.contains("second gold line"))) {
            fail("duplicate gold ids");
        }
    }
}
