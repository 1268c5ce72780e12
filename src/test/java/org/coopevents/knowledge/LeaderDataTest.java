package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consistency checks of leaders.tsv and titles.tsv, read with a small reader of its own. */
class LeaderDataTest {

    private static final String DIR = "/org/coopevents/knowledge/";
    private static final List<String> ROLES =
            List.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "LEADER");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate OPEN_END = LocalDate.of(2026, 11, 26);
    private static final List<String> REQUIRED = List.of(
            "RUS", "BLR", "UKR", "MDA", "EST", "LVA", "LTU", "GEO", "ARM", "AZE", "KAZ", "UZB",
            "KGZ", "TJK", "TKM", "CHN", "MNG", "TUR", "IRN", "IND", "PAK", "SAU", "ARE", "QAT",
            "KWT", "BHR", "OMN", "USA", "CAN", "MEX", "BRA", "ARG", "GBR", "FRA", "DEU", "ITA",
            "JPN", "KOR", "AUS", "ZAF", "IDN", "BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP",
            "THA", "VNM", "TLS");
    private static final List<LocalDate> SAMPLE_DATES = List.of(
            LocalDate.of(2000, 6, 1), LocalDate.of(2010, 6, 1),
            LocalDate.of(2018, 6, 1), LocalDate.of(2024, 5, 16));
    /** Real vacancies on a sample date, each documented by a comment in the source data. */
    private static final Set<String> KNOWN_VACANCIES = Set.of(
            "MYS FOREIGN_MINISTER 2018-06-01"); // post vacant after the May 2018 change of government
    private static final Pattern ROMAN = Pattern.compile("[IVX]+\\.?");

    private record Term(int line, String iso3, String role, String name, LocalDate start,
            LocalDate end, List<String> variantsEn, List<String> variantsRu, String title,
            List<String> surnameAlone) {
        boolean covers(LocalDate d) {
            return !d.isBefore(start) && (end == null || !d.isAfter(end));
        }

        LocalDate endOrOpen() {
            return end == null ? OPEN_END : end;
        }
    }

    private static List<Term> terms;
    private static List<String[]> titles;

    @BeforeAll
    static void load() throws IOException {
        List<String[]> leaderRows = readTsv("leaders.tsv",
                "iso3\trole\tname_en\tstart\tend\tvariants_en\tvariants_ru\ttitle_en\tsurname_alone");
        terms = new ArrayList<>();
        for (String[] r : leaderRows) {
            int line = Integer.parseInt(r[r.length - 1]);
            // the last column, surname_alone, may be left out
            assertTrue(r.length == 9 || r.length == 10, "line " + line + ": expected 8 or 9 columns");
            LocalDate start = parseDate(r[3], line);
            LocalDate end = r[4].isEmpty() ? null : parseDate(r[4], line);
            terms.add(new Term(line, r[0], r[1], r[2], start, end, split(r[5]), split(r[6]), r[7],
                    r.length == 10 ? split(r[8]) : List.of()));
        }
        titles = readTsv("titles.tsv", "lang\trole\tform\tcountry_scope");
    }

    /** Reads a TSV resource; returns the cells of each data line plus its line number as last cell. */
    private static List<String[]> readTsv(String file, String header) throws IOException {
        InputStream in = LeaderDataTest.class.getResourceAsStream(DIR + file);
        assertNotNull(in, file + " not on the classpath");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    assertEquals(header, line, file + ": header");
                    headerSeen = true;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String[] withLine = new String[cells.length + 1];
                System.arraycopy(cells, 0, withLine, 0, cells.length);
                withLine[cells.length] = Integer.toString(number);
                rows.add(withLine);
            }
        }
        assertFalse(rows.isEmpty(), file + " has no data");
        return rows;
    }

    private static LocalDate parseDate(String s, int line) {
        try {
            return LocalDate.parse(s, ISO);
        } catch (RuntimeException e) {
            throw new AssertionError("line " + line + ": bad date '" + s + "'", e);
        }
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|", -1));
    }

    @Test
    void rowsAreWellFormed() {
        for (Term t : terms) {
            String where = "line " + t.line() + " (" + t.name() + ")";
            assertTrue(t.iso3().matches("[A-Z]{3}"), where + ": iso3");
            assertTrue(ROLES.contains(t.role()), where + ": role " + t.role());
            assertFalse(t.name().isBlank(), where + ": name");
            assertEquals(t.name().strip(), t.name(), where + ": name has outer spaces");
            assertFalse(t.title().isBlank(), where + ": title");
            assertFalse(t.variantsRu().isEmpty(), where + ": no Russian form");
            if (t.end() != null) {
                assertTrue(t.start().isBefore(t.end()), where + ": start must precede end");
            }
            assertTrue(t.endOrOpen().isAfter(LocalDate.of(1999, 12, 31)),
                    where + ": term ended before 2000");
        }
    }

    @Test
    void termsOfOneRoleDoNotOverlap() {
        Map<String, List<Term>> byKey = terms.stream()
                .collect(Collectors.groupingBy(t -> t.iso3() + " " + t.role()));
        for (Map.Entry<String, List<Term>> e : byKey.entrySet()) {
            List<Term> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> a.start().compareTo(b.start()));
            for (int i = 1; i < list.size(); i++) {
                Term prev = list.get(i - 1);
                Term next = list.get(i);
                long overlap = ChronoUnit.DAYS.between(next.start(), prev.endOrOpen());
                assertTrue(overlap <= 0 || (overlap <= 1 && prev.end() != null),
                        e.getKey() + ": " + prev.name() + " (line " + prev.line() + ") overlaps "
                                + next.name() + " (line " + next.line() + ")");
            }
        }
    }

    @Test
    void enoughCountriesAndAllRequiredOnes() {
        Set<String> countries = terms.stream().map(Term::iso3).collect(Collectors.toSet());
        assertTrue(countries.size() >= 60, "only " + countries.size() + " countries");
        for (String iso : REQUIRED) {
            assertTrue(countries.contains(iso), iso + " missing");
            for (String role : List.of("HEAD_OF_STATE", "FOREIGN_MINISTER")) {
                assertTrue(terms.stream().anyMatch(t -> t.iso3().equals(iso) && t.role().equals(role)),
                        iso + " has no " + role);
            }
        }
    }

    @Test
    void someoneHoldsEveryExistingRoleOnSampleDates() {
        List<String> gaps = new ArrayList<>();
        for (String iso : REQUIRED) {
            for (String role : ROLES) {
                List<Term> list = terms.stream()
                        .filter(t -> t.iso3().equals(iso) && t.role().equals(role)).toList();
                if (list.isEmpty()) {
                    continue; // the role is not separate in this country (e.g. Iran's government)
                }
                LocalDate first = list.stream().map(Term::start).min(LocalDate::compareTo).get();
                LocalDate last = list.stream().map(Term::endOrOpen).max(LocalDate::compareTo).get();
                for (LocalDate d : SAMPLE_DATES) {
                    boolean roleExists = !d.isBefore(first) && !d.isAfter(last);
                    String key = iso + " " + role + " " + d;
                    if (roleExists && list.stream().noneMatch(t -> t.covers(d))
                            && !KNOWN_VACANCIES.contains(key)) {
                        gaps.add(key);
                    }
                }
            }
        }
        assertTrue(gaps.isEmpty(), "nobody in office: " + gaps);
    }

    @Test
    void oneRowPerTermAndCleanVariants() {
        Set<String> seen = new HashSet<>();
        for (Term t : terms) {
            String where = "line " + t.line() + " (" + t.name() + ")";
            assertTrue(seen.add(t.iso3() + "|" + t.role() + "|" + t.name() + "|" + t.start()),
                    where + ": term listed twice");
            assertFalse(t.variantsEn().contains(t.name()), where + ": canonical name among variants");
            assertEquals(t.variantsEn().size(), new HashSet<>(t.variantsEn()).size(),
                    where + ": duplicate English variant");
            assertEquals(t.variantsRu().size(), new HashSet<>(t.variantsRu()).size(),
                    where + ": duplicate Russian variant");
            for (String v : t.variantsEn()) {
                assertFalse(v.isBlank() || !v.equals(v.strip()), where + ": blank or padded variant");
                assertTrue(v.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.CYRILLIC), where + ": Cyrillic in English " + v);
            }
            for (String v : t.variantsRu()) {
                assertFalse(v.isBlank() || !v.equals(v.strip()), where + ": blank or padded variant");
                for (String token : v.split("[\\s\\-'’.]+")) {
                    if (token.isEmpty() || ROMAN.matcher(token).matches()) {
                        continue;
                    }
                    assertTrue(token.codePoints().filter(Character::isLetter).allMatch(c ->
                            Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                            where + ": non-Cyrillic Russian form " + v);
                }
            }
        }
    }

    @Test
    void surnamesStandingAloneAreOneWordVariantsOfTheirRowAndNeverCommonOnes() {
        Set<String> common = Set.of("Kim", "Lee", "Li", "Wang", "Ali", "Khan", "Aliyev", "Ким",
                "Ли", "Ван", "Али", "Хан", "Алиев", "Silva", "Силва", "Sharif", "Шариф");
        int marked = 0;
        for (Term t : terms) {
            Set<String> oneWord = new HashSet<>();
            for (String v : t.variantsEn()) if (!v.contains(" ")) oneWord.add(v);
            for (String v : t.variantsRu()) if (!v.contains(" ")) oneWord.add(v);
            for (String s : t.surnameAlone()) {
                String where = "line " + t.line() + " (" + t.name() + "): surname_alone " + s;
                assertTrue(oneWord.contains(s), where + " is not a one-word variant of the row");
                assertFalse(common.contains(s), where + " is a common surname");
                marked++;
            }
        }
        assertTrue(marked > 50, "surname_alone marks " + marked + " forms");
    }

    @Test
    void theLoaderLetsMarkedSurnamesStandAloneWhileTheirTermIsCurrent() {
        Leaders leaders = Knowledge.load().leaders;
        LocalDate d = LocalDate.of(2024, 5, 16);
        assertTrue(standsAlone(leaders, "Modi arrived in Paris.", d, "Narendra Modi"));
        assertTrue(standsAlone(leaders, "Erdoğan flew to Baghdad.", d, "Recep Tayyip Erdogan"));
        // Russian forms are marked in the nominative and found in every case
        assertTrue(standsAlone(leaders, "Визит Эрдогана в Ирак.", d, "Recep Tayyip Erdogan"));
        assertTrue(standsAlone(leaders, "Встреча с Токаевым.", d, "Kassym-Jomart Tokayev"));
        // common surnames are not marked
        assertFalse(standsAlone(leaders, "Aliyev arrived in Rome.", d, "Ilham Aliyev"));
        assertFalse(standsAlone(leaders, "Алиев прибыл в Рим.", d, "Ilham Aliyev"));
        // out of office at the article's date (Merz has been chancellor since May 2025)
        assertFalse(standsAlone(leaders, "Scholz arrived in Delhi.", LocalDate.of(2025, 6, 1), "Olaf Scholz"));
        assertTrue(standsAlone(leaders, "Scholz arrived in Delhi.", LocalDate.of(2023, 2, 25), "Olaf Scholz"));
        // a full name is no bare surname
        assertFalse(standsAlone(leaders, "Narendra Modi arrived in Paris.", d, "Narendra Modi"));
        // no date, no stand-alone surname
        assertFalse(standsAlone(leaders, "Modi arrived in Paris.", null, "Narendra Modi"));
    }

    private static boolean standsAlone(Leaders leaders, String text, LocalDate date, String name) {
        List<Leaders.Mention> found = leaders.findMentions(text);
        assertFalse(found.isEmpty(), "no person in: " + text);
        Leaders.Mention m = found.get(0);
        Leaders.Term t = m.resolve(date, List.of());
        assertEquals(name, t.nameEn(), text);
        return m.standsAlone(t, date);
    }

    @Test
    void thePersonOfTheSameCanonicalNameKeepsTheSameVariants() {
        Map<String, Term> firstSeen = new HashMap<>();
        for (Term t : terms) {
            Term other = firstSeen.putIfAbsent(t.name(), t);
            if (other != null && other.iso3().equals(t.iso3())) {
                assertEquals(other.variantsRu(), t.variantsRu(), t.name() + ": Russian forms differ");
            }
        }
    }

    @Test
    void spotChecks() {
        assertHolder("BLR", "HEAD_OF_STATE", "2024-05-16", "Alexander Lukashenko");
        assertHolder("AZE", "HEAD_OF_STATE", "2024-05-16", "Ilham Aliyev");
        assertHolder("KAZ", "HEAD_OF_STATE", "2024-05-16", "Kassym-Jomart Tokayev");
        assertHolder("RUS", "HEAD_OF_GOVERNMENT", "2024-05-16", "Mikhail Mishustin");
        assertHolder("CHN", "FOREIGN_MINISTER", "2024-05-16", "Wang Yi");
        assertHolder("UZB", "HEAD_OF_STATE", "2015-01-01", "Islam Karimov");
        assertHolder("RUS", "HEAD_OF_STATE", "2010-06-01", "Dmitry Medvedev");
        assertHolder("TUR", "HEAD_OF_GOVERNMENT", "2010-06-01", "Recep Tayyip Erdogan");
        assertHolder("KGZ", "HEAD_OF_STATE", "2021-03-01", "Sadyr Japarov");
    }

    /**
     * UN members of Europe and the Americas (the Caucasus states are in REQUIRED). When the block
     * of Africa, Asia and Oceania is merged, a list of those members belongs beside this one so
     * that every UN member is checked.
     */
    private static final List<String> EUROPE_AND_AMERICAS = List.of(
            "ALB", "AND", "AUT", "BLR", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST",
            "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "IRL", "ITA", "LVA", "LIE", "LTU", "LUX",
            "MLT", "MDA", "MCO", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "RUS", "SMR",
            "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "UKR", "GBR",
            "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB",
            "DMA", "DOM", "ECU", "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC",
            "PAN", "PRY", "PER", "KNA", "LCA", "VCT", "SUR", "TTO", "USA", "URY", "VEN");
    /** Members whose head of state and government are not listed (captains regent rotate every six months). */
    private static final Set<String> NO_LISTED_HEADS = Set.of("SMR");
    /** Commonwealth realms: the British monarch is listed as head of state under each of them. */
    private static final List<String> REALMS = List.of(
            "JAM", "BHS", "BLZ", "ATG", "GRD", "KNA", "LCA", "VCT", "CAN", "AUS");

    /** Every UN member of countries.tsv has rows, and a head of state or government on 2024-01-01. */
    @Test
    void everyUnMemberHasAHeadInOffice() throws java.io.IOException {
        List<String> members = new ArrayList<>();
        try (var in = LeaderDataTest.class.getResourceAsStream("/org/coopevents/knowledge/countries.tsv");
                var r = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length > 2 && f[2].equals("MEMBER")) members.add(f[0]);
            }
        }
        assertEquals(193, members.size());
        LocalDate d = LocalDate.of(2024, 1, 1);
        List<String> missing = new ArrayList<>();
        for (String iso : members) {
            if (NO_LISTED_HEADS.contains(iso)) {
                if (terms.stream().noneMatch(t -> t.iso3().equals(iso))) missing.add(iso + " (no rows)");
                continue;
            }
            if (terms.stream().noneMatch(t -> t.iso3().equals(iso) && !t.role().equals("FOREIGN_MINISTER")
                    && t.covers(d))) {
                missing.add(iso);
            }
        }
        assertTrue(missing.isEmpty(), "UN members without a head of state or government on " + d + ": " + missing);
    }

    @Test
    void everyMemberOfEuropeAndTheAmericasHasAHeadInOfficeOnSampleDates() {
        List<String> missing = new ArrayList<>();
        for (String iso : EUROPE_AND_AMERICAS) {
            if (NO_LISTED_HEADS.contains(iso)) {
                assertTrue(terms.stream().anyMatch(t -> t.iso3().equals(iso)), iso + " has no rows");
                continue;
            }
            for (LocalDate d : List.of(LocalDate.of(2010, 6, 1), LocalDate.of(2018, 6, 1),
                    LocalDate.of(2024, 1, 1))) {
                boolean held = terms.stream().anyMatch(t -> t.iso3().equals(iso)
                        && !t.role().equals("FOREIGN_MINISTER") && t.covers(d));
                if (!held) {
                    missing.add(iso + " " + d);
                }
            }
        }
        assertTrue(missing.isEmpty(), "no head of state or government in office: " + missing);
    }

    @Test
    void realmsHaveTheBritishMonarchAsHeadOfStateAndBarbadosBecameARepublic() {
        for (String iso : REALMS) {
            assertHolder(iso, "HEAD_OF_STATE", "2020-01-01", "Elizabeth II");
            assertHolder(iso, "HEAD_OF_STATE", "2024-01-01", "Charles III");
        }
        assertHolder("BRB", "HEAD_OF_STATE", "2020-01-01", "Elizabeth II");
        assertHolder("BRB", "HEAD_OF_STATE", "2022-01-01", "Sandra Mason");
        assertFalse(terms.stream().anyMatch(t -> t.iso3().equals("BRB") && t.name().equals("Charles III")),
                "Barbados became a republic on 2021-11-30, before Charles III's accession");
    }

    @Test
    void swissPresidentsServeOneCalendarYearEach() {
        List<Term> presidents = terms.stream()
                .filter(t -> t.iso3().equals("CHE") && t.role().equals("HEAD_OF_STATE"))
                .sorted((a, b) -> a.start().compareTo(b.start())).toList();
        assertEquals(2000, presidents.get(0).start().getYear());
        for (int i = 0; i < presidents.size(); i++) {
            Term t = presidents.get(i);
            assertEquals(LocalDate.of(2000 + i, 1, 1), t.start(), t.name());
            if (t.end() != null) {
                assertEquals(LocalDate.of(2000 + i, 12, 31), t.end(), t.name());
            }
        }
        assertFalse(terms.stream().anyMatch(t -> t.iso3().equals("CHE")
                && t.role().equals("HEAD_OF_GOVERNMENT")), "the Federal Council governs collectively");
    }

    @Test
    void spotChecksEuropeAndTheAmericas() {
        assertHolder("POL", "HEAD_OF_STATE", "2024-05-16", "Andrzej Duda");
        assertHolder("POL", "HEAD_OF_GOVERNMENT", "2024-05-16", "Donald Tusk");
        assertHolder("ESP", "HEAD_OF_GOVERNMENT", "2024-05-16", "Pedro Sánchez");
        assertHolder("ESP", "HEAD_OF_STATE", "2010-06-01", "Juan Carlos I");
        assertHolder("NLD", "HEAD_OF_GOVERNMENT", "2018-06-01", "Mark Rutte");
        assertHolder("CHE", "HEAD_OF_STATE", "2024-05-16", "Viola Amherd");
        assertHolder("FIN", "HEAD_OF_STATE", "2024-05-16", "Alexander Stubb");
        assertHolder("GRC", "HEAD_OF_GOVERNMENT", "2015-03-01", "Alexis Tsipras");
        assertHolder("HUN", "HEAD_OF_STATE", "2010-06-01", "László Sólyom");
        assertHolder("CHL", "HEAD_OF_STATE", "2018-06-01", "Sebastián Piñera");
        assertHolder("COL", "FOREIGN_MINISTER", "2015-01-01", "María Ángela Holguín");
        assertHolder("JAM", "HEAD_OF_GOVERNMENT", "2024-05-16", "Andrew Holness");
        Term sanchez = terms.stream().filter(t -> t.name().equals("Pedro Sánchez")).findFirst()
                .orElseThrow();
        assertTrue(sanchez.variantsRu().containsAll(List.of("Педро Санчес", "Санчес")));
    }

    @Test
    void theLoaderFindsPeopleOfEuropeAndTheAmericasInBothLanguages() {
        Leaders leaders = Knowledge.load().leaders;
        LocalDate d = LocalDate.of(2024, 5, 16);
        assertMention(leaders, "Переговоры с Педро Санчесом прошли в Мадриде.", d, "ESP", "Pedro Sánchez");
        assertMention(leaders, "Визит Анджея Дуды завершился.", d, "POL", "Andrzej Duda");
        assertMention(leaders, "Gabriel Boric received the delegation.", LocalDate.of(2023, 3, 1), "CHL",
                "Gabriel Boric");
        assertMention(leaders, "Приглашение передали Ульфу Кристерссону.", d, "SWE", "Ulf Kristersson");
        // a surname clashing with another leader's was left out: "Renzi" means Matteo Renzi only
        assertMention(leaders, "Renzi spoke in Rome.", LocalDate.of(2018, 6, 1), "ITA", "Matteo Renzi");
    }

    private static void assertMention(Leaders leaders, String text, LocalDate date, String iso,
            String name) {
        List<Leaders.Mention> found = leaders.findMentions(text);
        assertFalse(found.isEmpty(), "no person in: " + text);
        Leaders.Term t = found.get(0).resolve(date, List.of(iso));
        assertEquals(name, t.nameEn(), text);
        assertEquals(iso, t.iso3(), text);
    }

    @Test
    void spotChecksAfricaAsiaMiddleEastOceania() {
        // a president who also heads the government is listed in both roles
        assertHolder("KEN", "HEAD_OF_STATE", "2024-05-16", "William Ruto");
        assertHolder("KEN", "HEAD_OF_GOVERNMENT", "2024-05-16", "William Ruto");
        // ... except while a prime minister led the government
        assertHolder("KEN", "HEAD_OF_STATE", "2010-06-01", "Mwai Kibaki");
        assertHolder("KEN", "HEAD_OF_GOVERNMENT", "2010-06-01", "Raila Odinga");
        assertHolder("BGD", "HEAD_OF_GOVERNMENT", "2018-06-01", "Sheikh Hasina");
        assertHolder("BGD", "HEAD_OF_GOVERNMENT", "2025-06-01", "Muhammad Yunus");
        assertHolder("SYR", "HEAD_OF_STATE", "2010-06-01", "Bashar al-Assad");
        assertHolder("SYR", "HEAD_OF_STATE", "2025-06-01", "Ahmed al-Sharaa");
        assertHolder("JOR", "HEAD_OF_STATE", "2000-06-01", "Abdullah II");
        assertHolder("MAR", "FOREIGN_MINISTER", "2024-05-16", "Nasser Bourita");
        assertHolder("LBN", "HEAD_OF_GOVERNMENT", "2018-06-01", "Saad Hariri");
        assertHolder("MLI", "HEAD_OF_STATE", "2024-05-16", "Assimi Goïta");
        assertHolder("ZWE", "HEAD_OF_GOVERNMENT", "2010-06-01", "Morgan Tsvangirai");
        assertHolder("NZL", "HEAD_OF_GOVERNMENT", "2018-06-01", "Jacinda Ardern");
        assertHolder("TGO", "HEAD_OF_GOVERNMENT", "2025-06-01", "Faure Gnassingbé");
    }

    /** Commonwealth realms list the British monarch as head of state, with the same dates everywhere. */
    @Test
    void realmsShareTheMonarch() {
        Map<String, List<Term>> monarchs = terms.stream()
                .filter(t -> t.role().equals("HEAD_OF_STATE")
                        && (t.name().equals("Elizabeth II") || t.name().equals("Charles III")))
                .collect(Collectors.groupingBy(Term::name));
        for (String realm : List.of("GBR", "AUS", "CAN", "NZL", "PNG", "SLB", "TUV")) {
            assertHolder(realm, "HEAD_OF_STATE", "2010-06-01", "Elizabeth II");
            assertHolder(realm, "HEAD_OF_STATE", "2024-05-16", "Charles III");
        }
        for (List<Term> same : monarchs.values()) {
            for (Term t : same) {
                assertEquals(same.get(0).start(), t.start(), t.iso3() + " " + t.name() + ": start");
                // Barbados became a republic on 2021-11-30: its queen's term ends there
                if (t.iso3().equals("BRB")) continue;
                assertEquals(same.get(0).end(), t.end(), t.iso3() + " " + t.name() + ": end");
                assertEquals(same.get(0).variantsRu(), t.variantsRu(), t.iso3() + " " + t.name());
            }
        }
    }

    /**
     * A bare given name shared by many people (Ali, Ahmed, Abdullah...) must not be listed as a
     * surname-only form: it would tie every namesake in an article to the leader's state.
     */
    private static final Set<String> COMMON_GIVEN_NAMES = Set.of(
            "Ali", "Mohamed", "Mohammed", "Muhammad", "Mohammad", "Ahmed", "Ahmad", "Abdullah",
            "Abdallah", "Abdulla", "Sheikh", "Hassan", "Hasan", "Hussein", "Ibrahim", "Omar",
            "Said", "Yusuf", "Mahmoud", "Abdul", "Abdel", "Mamadou", "Amadou", "Moussa",
            "Али", "Мохаммед", "Мохамед", "Мухаммед", "Ахмед", "Абдалла", "Абдулла", "Шейх",
            "Хасан", "Хусейн", "Ибрагим", "Омар", "Саид", "Юсуф", "Махмуд", "Абдул", "Абдель",
            "Мамаду", "Амаду", "Мусса");
    /** Rows written before this rule; each bare form is the person's usual short name or left to the data owner. */
    private static final Set<String> KNOWN_BARE_GIVEN_NAMES = Set.of(
            "AFG Abdullah Abdullah Abdullah", "AFG Abdullah Abdullah Абдулла",
            "ETH Abiy Ahmed Ahmed", "ETH Abiy Ahmed Ахмед", "MYS Abdullah of Pahang Абдулла",
            "MYS Anwar Ibrahim Ibrahim", "MYS Anwar Ibrahim Ибрагим",
            "MYS Hishammuddin Hussein Hussein", "MYS Hishammuddin Hussein Хусейн",
            "MYS Mohamad Hasan Hasan", "MYS Mohamad Hasan Хасан",
            "PAK Mamnoon Hussain Хусейн", "PAK Chaudhry Shujaat Hussain Хусейн",
            "EGY Amr Moussa Moussa");

    @Test
    void noBareCommonGivenNameAsSurname() {
        List<String> bad = new ArrayList<>();
        for (Term t : terms) {
            List<String> forms = new ArrayList<>(t.variantsEn());
            forms.addAll(t.variantsRu());
            for (String f : forms) {
                String key = t.iso3() + " " + t.name() + " " + f;
                if (COMMON_GIVEN_NAMES.contains(f) && !KNOWN_BARE_GIVEN_NAMES.contains(key)) {
                    bad.add(key + " (line " + t.line() + ")");
                }
            }
        }
        assertTrue(bad.isEmpty(), "bare common given names: " + bad);
    }

    private static void assertHolder(String iso, String role, String date, String name) {
        LocalDate d = LocalDate.parse(date);
        List<String> holders = terms.stream()
                .filter(t -> t.iso3().equals(iso) && t.role().equals(role) && t.covers(d))
                .map(Term::name).toList();
        assertEquals(List.of(name), holders, iso + " " + role + " on " + date);
    }

    @Test
    void russianFormsIncludeSurnameAloneForLukashenkoAndPutin() {
        Term luk = terms.stream().filter(t -> t.name().equals("Alexander Lukashenko")).findFirst()
                .orElseThrow();
        assertTrue(luk.variantsRu().containsAll(
                List.of("Александр Лукашенко", "Александр Григорьевич Лукашенко", "Лукашенко")));
        assertTrue(luk.variantsEn().containsAll(List.of("Lukashenka", "Lukashenko")));
        Term putin = terms.stream().filter(t -> t.name().equals("Vladimir Putin")).findFirst()
                .orElseThrow();
        assertTrue(putin.variantsRu().contains("Владимир Владимирович Путин"));
    }

    @Test
    void titlesCoverAllRolesInBothLanguages() {
        Set<String> seen = new HashSet<>();
        Set<String> coverage = new TreeSet<>();
        Set<String> isoCodes = terms.stream().map(Term::iso3).collect(Collectors.toSet());
        for (String[] r : titles) {
            String where = "titles.tsv line " + r[r.length - 1];
            assertEquals(5, r.length, where + ": expected 4 columns");
            assertTrue(r[0].equals("en") || r[0].equals("ru"), where + ": lang");
            assertTrue(ROLES.contains(r[1]), where + ": role");
            assertEquals(r[2].toLowerCase(java.util.Locale.ROOT), r[2], where + ": form must be lower case");
            assertFalse(r[2].isBlank(), where + ": empty form");
            assertTrue(seen.add(r[0] + "|" + r[1] + "|" + r[2]), where + ": duplicate form");
            if (!r[3].isEmpty()) {
                for (String iso : r[3].split("\\|")) {
                    assertTrue(iso.matches("[A-Z]{3}"), where + ": bad scope " + iso);
                }
            }
            if (r[0].equals("ru")) {
                assertTrue(r[2].codePoints().filter(Character::isLetter).allMatch(c ->
                        Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                        where + ": Russian form not Cyrillic");
            }
            coverage.add(r[0] + " " + r[1]);
        }
        for (String lang : List.of("en", "ru")) {
            for (String role : ROLES) {
                assertTrue(coverage.contains(lang + " " + role), "no " + lang + " title for " + role);
            }
        }
        // scoped titles name countries that the leader table knows where it matters
        for (String must : List.of("DEU", "QAT", "KWT", "GBR", "USA")) {
            assertTrue(isoCodes.contains(must), must);
        }
        if (titles.stream().noneMatch(r -> r[2].equals("chancellor") && r[3].contains("DEU"))) {
            fail("chancellor must be scoped to DEU");
        }
    }
}
