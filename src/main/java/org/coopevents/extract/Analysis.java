package org.coopevents.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopevents.knowledge.Countries;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.Leaders;
import org.coopevents.knowledge.PhraseMatcher;
import org.coopevents.knowledge.SectorLexicon;
import org.coopevents.knowledge.Titles;
import org.coopevents.knowledge.Tokens;

/**
 * Everything the extractors read about one article, computed once: tokens, sentences, the
 * countries and leaders named (as {@link Ref}s), titles, cues, document types, sectors, and
 * which lines are page furniture. Built per article, used by one thread.
 */
final class Analysis {

  enum RefKind { NAME, ADJECTIVE, DEMONYM, CAPITAL, PERSON }

  /** A reference to a state: its name, adjective, capital, or one of its leaders. */
  record Ref(String iso3, RefKind kind, int start, int end, int tokenStart, int tokenEnd,
      Leaders.Term person) {}

  /** A cue found in the text. */
  record CueHit(Set<Cue> cues, int start, int end, int tokenStart, int tokenEnd) {
    boolean is(Cue c) {
      return cues.contains(c);
    }
  }

  final ArticleText article;
  final String text;
  final boolean russian;
  final LocalDate anchor;
  final Knowledge kb;
  final Tokens tokens;
  final List<Sentences.Span> sentences;
  final int[] sentTokStart;
  final int[] sentTokEnd;
  /** Page furniture or headline-like lines: no visit or cooperation is read from them. */
  final boolean[] furniture;
  /** Lines without sentence punctuation (headlines, list items, menus). */
  final boolean[] headlineLike;
  final List<Ref> refs = new ArrayList<>();
  final List<Titles.Mention> titles;
  final List<CueHit> cues = new ArrayList<>();
  List<DocTypes.Mention> docTypes;
  final List<SectorLexicon.Mention> sectors;
  /** Index of sentence per token. */
  final int[] sentOfToken;
  /** The dateline's state, when the body opens with "CITY, date" or "CITY (Agency) -". */
  String datelineIso3;
  String datelineCity;
  /** End offset of the dateline ("BAKU, May 16 (Wire) -"): its date is the report's, not the event's. */
  int datelineEnd = -1;
  /**
   * The dateline's date ("MINSK, 24 June (Wire) -"), its year from the publication date when
   * the dateline has none; null without one. It is the day of the report, which may not be
   * the day of the event the report tells.
   */
  LocalDate datelineDate;
  /** A date standing alone on one of the first lines ("16 мая 2024 года, 14:50, Пекин"). */
  LocalDate headerDate;
  /** Title of the article, when it is not repeated in the text. */
  final String titleOnly;
  final Map<String, Integer> countryWeight = new LinkedHashMap<>();
  /**
   * How many entries and binary-search steps the lookups by position (refsIn, cuesIn, hasCue,
   * docTypesIn, sectorsIn, titlesIn, hasLeaderTitle) have looked at: the work of reading the
   * article through them, which grows in proportion to its length when no step scans the
   * article once per sentence (LinearWorkTest).
   */
  long lookups;

  Analysis(ArticleText a, Knowledge kb, PhraseMatcher<Cue> cueMatcher) {
    this.article = a;
    this.text = a.text;
    this.kb = kb;
    this.russian = "ru".equals(a.language);
    this.anchor = a.publishedDate;
    this.tokens = Tokens.of(text);
    this.sentences = Sentences.split(text);
    int n = sentences.size();
    sentTokStart = new int[n];
    sentTokEnd = new int[n];
    sentOfToken = new int[tokens.size()];
    java.util.Arrays.fill(sentOfToken, -1);
    for (int i = 0; i < n; i++) {
      Sentences.Span s = sentences.get(i);
      sentTokStart[i] = tokens.firstAtOrAfter(s.start());
      sentTokEnd[i] = tokens.firstAtOrAfter(s.end());
      for (int t = sentTokStart[i]; t < sentTokEnd[i]; t++) sentOfToken[t] = i;
    }
    headlineLike = new boolean[n];
    furniture = new boolean[n];
    // the document types first: a table row of signed documents is no menu (markFurniture)
    docTypes = withoutGlosses(notOverColons(kb, kb.docTypes.findMentions(tokens, 0, tokens.size())));
    markFurniture();

    // leaders first, so that ambiguous country forms can lean on them
    List<Leaders.Mention> people = kb.leaders.findMentions(tokens);
    Set<String> supported = new java.util.HashSet<>();
    List<String> firstPass = new ArrayList<>();
    // the text is matched once; its ambiguous forms are resolved twice, the second time
    // leaning on the leaders' states
    List<PhraseMatcher.Match<Countries.Form>> countryForms = kb.countries.matches(tokens);
    List<Countries.Mention> cm = kb.countries.resolve(countryForms, Set.of());
    for (Countries.Mention m : cm) if (!m.ambiguous()) firstPass.add(m.iso3());
    titles = kb.titles.findMentions(tokens);
    people.removeIf(p -> otherGivenName(p, countryForms));
    people = Leaders.withFullNames(people);
    for (Leaders.Mention p : people) {
      Leaders.Term t = p.resolve(anchor, firstPass);
      if (t != null && (!p.surnameOnly() || firstPass.contains(t.iso3()))) {
        supported.add(t.iso3());
      }
    }
    cm = kb.countries.resolve(countryForms, supported);
    for (Countries.Mention m : cm) {
      RefKind k = RefKind.valueOf(m.kind().name());
      refs.add(new Ref(m.iso3(), k, m.start(), m.end(), m.tokenStart(), m.tokenEnd(), null));
    }
    for (Leaders.Mention p : people) {
      Leaders.Term t = p.resolve(anchor, firstPass);
      if (t == null) continue;
      // a bare surname counts only when its state is named in the article (Kim, Lee, Ali...),
      // or when leaders.tsv marks it distinctive and its holder is in office at the article's
      // date ("Modi arrived in Paris", "Эрдоган отправится в Ирак")
      if (p.surnameOnly() && !firstPass.contains(t.iso3())
          && !p.standsAlone(t, anchor) && !titledHolder(p, t)) continue;
      if (insideWord(p.end())) continue; // "Xi" of the city "Xi'an" is no person
      if (NamedPlace.names(tokens, p, t, anchor)) continue; // "аэропорт имени Гейдара Алиева"
      refs.add(new Ref(t.iso3(), RefKind.PERSON, p.start(), p.end(), p.tokenStart(), p.tokenEnd(), t));
    }
    refs.sort((x, y) -> Integer.compare(x.start(), y.start()));
    // "Former US President Barack Obama", "экс-президент США": a former holder is no state's party
    refs.removeAll(FormerHolder.of(tokens, titles, refs));
    for (Ref r : refs) {
      int si = sentenceOfOffset(r.start());
      if (si >= 0 && furniture[si]) continue;
      countryWeight.merge(r.iso3(), r.kind() == RefKind.CAPITAL ? 1 : 2, Integer::sum);
    }

    for (PhraseMatcher.Match<Cue> m : cueMatcher.findAll(tokens)) {
      cues.add(new CueHit(EnumSet.copyOf(m.values), m.start, m.end, m.tokenStart, m.tokenEnd));
    }
    // "подписали заявление об ...": a bare statement signed is a declaration
    docTypes = SignedStatement.with(tokens, cues, docTypes);
    sectors = kb.sectors.findMentions(tokens, 0, tokens.size());
    findDateline();
    findHeaderDate();
    String t = a.title == null ? "" : a.title.strip();
    this.titleOnly = t.isEmpty() || text.contains(t) ? null : t;
  }

  /**
   * "Президент Медведев прибыл в Казахстан", "President Macri arrived in New Delhi": a bare
   * surname right after the title of an office names the one holder of that office at the
   * article's date who has that surname (the title's country scope allowing), even when
   * leaders.tsv does not mark the surname distinctive on its own. Another holder of the same
   * office then with the same surname, or no date, leaves it unresolved.
   */
  private boolean titledHolder(Leaders.Mention p, Leaders.Term t) {
    if (anchor == null || !t.validAt(anchor)) return false;
    boolean titled = false;
    for (Titles.Mention m : titles) {
      if (m.tokenEnd() != p.tokenStart()) continue;
      for (Titles.Title ti : m.titles()) {
        titled |= ti.role() == t.role() && (ti.scope().isEmpty() || ti.scope().contains(t.iso3()));
      }
    }
    if (!titled) return false;
    for (Leaders.Term c : p.candidates()) {
      if (c != t && c.role() == t.role() && c.validAt(anchor) && !c.nameEn().equals(t.nameEn())) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- furniture

  private static final String[] END_MARKERS_EN = {"read also", "read more", "related", "related news",
      "related articles", "share", "share this", "leave a comment", "comments",
      "follow us", "subscribe", "tags", "most read", "popular", "latest news",
      "more news", "see also", "also read", "you may also like", "recommended", "cookies",
      "advertisement", "print", "all news", "top stories"};
  private static final String[] END_MARKERS_RU = {"читайте также", "читайте нас", "поделиться",
      "комментарии", "теги", "подписывайтесь", "похожие новости", "новости по теме",
      "другие новости", "лента новостей", "популярное", "самое читаемое", "реклама",
      "смотрите также", "все новости", "главные новости", "оставьте комментарий"};

  private static final java.util.regex.Pattern NON_LETTER = java.util.regex.Pattern.compile("[^\\p{L}\\s]");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private void markFurniture() {
    int n = sentences.size();
    int line = -1;
    boolean inBlock = false;
    // what is read off a line is computed once per line, not once per sentence of it
    String lineText = null;
    int lineStart = -1;
    int lineEnd = -1;
    boolean punct = false;
    int words = 0;
    boolean wrongScript = false;
    boolean menu = false;
    for (int i = 0; i < n; i++) {
      Sentences.Span s = sentences.get(i);
      if (lineText == null || s.lineStart() != lineStart || s.lineEnd() != lineEnd) {
        lineStart = s.lineStart();
        lineEnd = s.lineEnd();
        lineText = text.substring(lineStart, lineEnd);
        char last = lineText.charAt(lineText.length() - 1);
        punct = ".!?…:;\"»”".indexOf(last) >= 0;
        words = countWords(lineText);
        wrongScript = russian ? latinOnly(lineText) && words >= 3 : cyrillicShare(lineText) > 0.3;
        menu = lineText.contains(" · ") || lineText.contains(" • ")
            || lineText.contains(" | ") && !DocumentLines.tableRow(this, lineStart, lineEnd);
      }
      boolean newLine = s.line() != line;
      line = s.line();
      headlineLike[i] = !punct && words < 25;
      if (newLine) {
        boolean marker = false;
        if (words <= 6) {
          String low = NON_LETTER.matcher(lineText.toLowerCase()).replaceAll(" ");
          low = SPACES.matcher(low).replaceAll(" ").strip();
          for (String m : END_MARKERS_EN) if (low.equals(m) || low.startsWith(m + " ")) marker = true;
          for (String m : END_MARKERS_RU) if (low.equals(m) || low.startsWith(m + " ")) marker = true;
        }
        if (marker) inBlock = true;
        else if (inBlock && punct && words >= 25) inBlock = false;
        if (marker) {
          furniture[i] = true;
          continue;
        }
      }
      furniture[i] = inBlock || wrongScript || menu;
    }
  }

  private static int countWords(String s) {
    int w = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean l = Character.isLetterOrDigit(s.charAt(i));
      if (l && !in) w++;
      in = l;
    }
    return w;
  }

  private static double cyrillicShare(String s) {
    int c = 0;
    int l = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isLetter(ch)) {
        l++;
        if (ch >= '\u0400' && ch <= '\u04FF') c++;
      }
    }
    return l == 0 ? 0 : (double) c / l;
  }

  private static boolean latinOnly(String s) {
    int lat = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isLetter(ch)) {
        if (ch >= '\u0400' && ch <= '\u04FF') return false;
        lat++;
      }
    }
    return lat > 0;
  }

  // ---------------------------------------------------------------- dateline

  /** What may stand between a dateline's city and its date: ", Uzbekistan, ". */
  private static final java.util.regex.Pattern DATELINE_REGION =
      java.util.regex.Pattern.compile("[,\\s]*(?:(?:\\p{Lu}[\\p{L}.'-]*\\s*){1,3}|\\([^()]{1,40}\\)\\s*),\\s*");

  /** A dateline's state and agency after its city: ", Uzbekistan (UzDaily.com) --", ", Azerbaijan (AZERTAC) —". */
  private static final java.util.regex.Pattern REGION_AGENCY =
      java.util.regex.Pattern.compile(",\\s*(?:\\p{Lu}[\\p{L}.'-]*\\s*){1,3}\\([^()]{1,40}\\)\\s*(?:-{1,2}|–|—|:)");

  /**
   * A two-part dateline's head: a place in capitals the knowledge does not name, then its city in
   * brackets ("БОЧАРОВ РУЧЕЙ (Сочи), 22 ноября", "KONSTANTINOVSKY PALACE (St Petersburg), June 5").
   */
  private static final java.util.regex.Pattern BRACKETED_CITY_HEAD =
      java.util.regex.Pattern.compile("[\\p{Lu}][\\p{Lu}’'. -]{1,40}?\\s*\\(");

  private void findDateline() {
    // the first body line that opens with a capital city followed by ',' '(' '-' '.' or ':'
    int checked = 0;
    for (int i = 0; i < sentences.size() && checked < 4; i++) {
      Sentences.Span s = sentences.get(i);
      if (!s.startsLine() || furniture[i]) continue;
      checked++;
      // "12 June, Hanoi:": a date may open the dateline before its city
      int cityFrom = s.start();
      LocalDate leadingDate = null;
      for (DateFinder.DateMention dm : DateFinder.find(text, s.start(), Math.min(s.end(), s.start() + 30), anchor, false)) {
        if (dm.start() - s.start() <= 2 && dm.end() < text.length() && text.charAt(dm.end()) == ',') {
          cityFrom = dm.end() + 1;
          while (cityFrom < s.end() && text.charAt(cityFrom) == ' ') cityFrom++;
          if (!dm.relative() && !dm.isRange()) leadingDate = dm.from();
        }
        break;
      }
      java.util.regex.Matcher head = BRACKETED_CITY_HEAD.matcher(text).region(cityFrom, s.end());
      boolean bracketed = head.lookingAt() && !capitalAt(cityFrom);
      if (bracketed) cityFrom = head.end();
      for (Ref r : refs) {
        if (r.start() < cityFrom) continue;
        if (r.start() > cityFrom + 2) break;
        // "SINGAPORE:": a city-state's name is its city's
        if (r.kind() != RefKind.CAPITAL && (r.kind() != RefKind.NAME || kb.countries.cityStateCapital(r.iso3()) == null)) break;
        int after = r.end();
        if (bracketed) {
          if (after >= text.length() || text.charAt(after) != ')') break;
          after++;
        }
        while (after < text.length() && text.charAt(after) == ' ') after++;
        // "New Delhi [India], Nov 8 (ANI):": the state in brackets after the city
        if (after < text.length() && text.charAt(after) == '[') {
          int close = text.indexOf(']', after);
          if (close > after && close - after <= 30 && close < s.end()) {
            after = close + 1;
            while (after < text.length() && text.charAt(after) == ' ') after++;
          }
        }
        // "15 мая, Минск /Корр. БЕЛТА/.", "БАКУ /Trend/ -": the agency in slashes right after the city
        boolean slashed = slashedAgency(after);
        if (after < text.length() && (",(–—-.:".indexOf(text.charAt(after)) >= 0 || slashed)) {
          String raw = text.substring(r.start(), r.end());
          boolean caps = raw.equals(raw.toUpperCase());
          boolean dateNear = !DateFinder.find(text, after, Math.min(text.length(), after + 30), anchor, false).isEmpty();
          // "Riyadh – A strategic agreement was signed…": a city set off by a spaced dash
          boolean dashed = "–—-".indexOf(text.charAt(after)) >= 0 && after > r.end()
              && after + 1 < text.length() && text.charAt(after + 1) == ' ';
          // "New Delhi: Chinese Foreign Minister…" (South Asian and Gulf outlets): a city set off by a colon
          boolean colon = text.charAt(after) == ':' && after == r.end() && after + 1 < text.length()
              && Character.isWhitespace(text.charAt(after + 1));
          boolean dated = leadingDate != null && (text.charAt(after) == ':' || dashed);
          // "Tashkent, Uzbekistan (UzDaily.com) --": the state, then the agency in brackets before a dash
          boolean agency = REGION_AGENCY.matcher(text).region(after, s.end()).lookingAt();
          if (caps || dateNear || text.charAt(after) == '(' || dashed || colon || dated || bracketed || agency
              || slashed && leadingDate != null || agencyThenDash(after)) {
            datelineIso3 = r.iso3();
            if (leadingDate != null) datelineDate = leadingDate;
            // "Москва. 5 июня. INTERFAX.RU - ": the sentence ends at the city, the dateline runs on
            int reach = text.charAt(after) == '.' && dateAfterStop(after) ? text.length() : s.end();
            int e = Math.min(reach, after + 60);
            int dash = -1;
            for (String d : new String[] {" - ", " – ", " — ", ") -", ") –", "/."}) {
              int k = text.indexOf(d, after);
              if (k >= 0 && k < e && (dash < 0 || k < dash)) dash = k + d.length();
            }
            datelineEnd = dash > 0 ? dash : after + 1;
            // "НОВО-ОГАРЕВО (Московская область), 22 ноября": the region in brackets before the date
            int window = text.charAt(after) == '(' ? 70 : 30;
            for (DateFinder.DateMention dm : DateFinder.find(text, after, Math.min(reach, after + window), anchor, false)) {
              if (opensSentence(text, dm.end())) break; // "АСТАНА — 22 декабря завершился визит"
              // "TASHKENT: On Tuesday Uzbek President ...": a weekday that runs on into the sentence
              if (dm.relative() && !closedDate(text, dm.end())) break;
              if (dm.start() - after <= 3
                  || DATELINE_REGION.matcher(text.substring(after, dm.start())).matches()) {
                datelineEnd = Math.max(datelineEnd, dm.end());
                if (datelineDate == null && !dm.relative() && !dm.isRange()) datelineDate = dm.from();
              }
            }
            // a dateline days away from the publication date is stale or mistyped ("Moscow, 3
            // Mar" over a report of 21 March): no date of the report's day
            if (datelineDate != null && anchor != null
                && Math.abs(datelineDate.toEpochDay() - anchor.toEpochDay()) > 3) datelineDate = null;
            if (slashed) datelineEnd = Math.max(datelineEnd, closeOfAgency(after));
            String city = kb.countries.cityEn(text.substring(r.start(), r.end())); // "САМАРКАНД, 5 июня"
            datelineCity = city != null ? city : kb.countries.capitalEn(r.iso3());
            return;
          }
        }
      }
    }
  }

  /** How long an agency's name between a dateline's comma and its dash may be ("24.kg", "Kabar", "АКИpress"). */
  private static final int AGENCY_NAME_MAX = 20;

  /**
   * "Бишкек, 24.kg — Президент ...": a comma at {@code at}, then an agency's name of a word or two
   * and a spaced dash.
   */
  private boolean agencyThenDash(int at) {
    if (at >= text.length() || text.charAt(at) != ',') return false;
    int end = Math.min(text.length() - 1, at + AGENCY_NAME_MAX + 3);
    for (int k = at + 2; k < end; k++) {
      char c = text.charAt(k);
      if ("–—-".indexOf(c) >= 0 && text.charAt(k - 1) == ' ' && text.charAt(k + 1) == ' ') {
        String name = text.substring(at + 1, k).strip();
        return !name.isEmpty() && name.split(" ").length <= 2 && name.indexOf(',') < 0;
      }
      if (c == '\n' || c == '.' && k + 1 < text.length() && text.charAt(k + 1) == ' ') return false;
    }
    return false;
  }

  /** Whether a capital's (or a known city's) name starts at pos, or a space or two after it. */
  private boolean capitalAt(int pos) {
    for (Ref r : refs) {
      if (r.start() < pos) continue;
      return r.start() <= pos + 2 && r.kind() == RefKind.CAPITAL;
    }
    return false;
  }

  /**
   * An agency in slashes at {@code at}, closed on its line: "/Корр. БЕЛТА/" (whose abbreviation may
   * end the sentence), "/Trend/".
   */
  private boolean slashedAgency(int at) {
    if (at >= text.length() || text.charAt(at) != '/') return false;
    int close = text.indexOf('/', at + 1);
    return close > at + 1 && close - at <= 40 && text.substring(at, close).indexOf('\n') < 0;
  }

  /** The end of an agency in slashes at {@code at} with the stop or dash after it ("/Корр. БЕЛТА/.", "/Trend/ - "). */
  private int closeOfAgency(int at) {
    int k = text.indexOf('/', at + 1) + 1;
    while (k < text.length() && (text.charAt(k) == ' ' || ".–—-".indexOf(text.charAt(k)) >= 0)) k++;
    return k;
  }

  /** A dateline's agency after its date: up to three capitalised words and punctuation ("8 апреля, АПА."). */
  private static final java.util.regex.Pattern AGENCY_TAIL = java.util.regex.Pattern.compile(
      "[\\s\\p{P}]*(?:\\p{Lu}[\\p{L}\\d.'/-]*[\\s\\p{P}]*){1,3}");

  /**
   * Whether text[from, to) holds only the agency that closes a dateline's sentence and punctuation:
   * "Баку, 8 апреля, АПА.", "ЕРЕВАН, 8 АПРЕЛЯ, АРМЕНПРЕСС.", "МИНСК, 8 апр – Sputnik.".
   */
  boolean agencyOnly(int from, int to) {
    if (from < 0 || from > to) return false;
    String rest = text.substring(from, to);
    return rest.isBlank() || rest.matches("[\\p{P}\\s]*") || to - from <= 40 && AGENCY_TAIL.matcher(rest).matches();
  }

  /** "Moscow. June 5. INTERFAX": a date right after the city's full stop, closed by one of its own. */
  private boolean dateAfterStop(int stop) {
    for (DateFinder.DateMention dm : DateFinder.find(text, stop, Math.min(text.length(), stop + 30), anchor, false)) {
      return dm.start() - stop <= 3 && !dm.relative() && dm.end() < text.length() && text.charAt(dm.end()) == '.';
    }
    return false;
  }

  /**
   * Whether the date that ends at {@code end} runs on into its sentence (a lower-case word right
   * after it: "22 декабря завершился визит"), so that it is the sentence's date, not the
   * dateline's: a dateline closes its date with punctuation ("22 декабря —", "Dec 22 (Xinhua)").
   */
  private static boolean closedDate(String text, int end) {
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') k++;
    return k >= text.length() || ",(–—-.:/".indexOf(text.charAt(k)) >= 0;
  }

  private static boolean opensSentence(String text, int end) {
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') k++;
    return k > end && k < text.length() && Character.isLowerCase(text.charAt(k));
  }

  private void findHeaderDate() {
    int lines = 0;
    int lastLine = -1;
    for (int i = 0; i < sentences.size() && lines < 4; i++) {
      Sentences.Span s = sentences.get(i);
      if (s.line() == lastLine) continue;
      lastLine = s.line();
      lines++;
      String line = text.substring(s.lineStart(), s.lineEnd());
      if (line.length() > 60) continue;
      List<DateFinder.DateMention> ds = DateFinder.find(text, s.lineStart(), s.lineEnd(), anchor, false);
      if (ds.size() != 1 || !ds.get(0).resolved() || ds.get(0).isRange() || ds.get(0).relative()) continue;
      // the rest of the line: a time, a city, punctuation
      String rest = (text.substring(s.lineStart(), ds.get(0).start()) + text.substring(ds.get(0).end(), s.lineEnd()))
          .replaceAll("[\\d:.,|/()\\s—–-]", "");
      if (rest.length() <= 25) {
        headerDate = ds.get(0).from();
        return;
      }
    }
  }

  private final java.util.HashMap<Long, List<DateFinder.DateMention>> dateMemo = new java.util.HashMap<>();
  /** {@link VisitFinder#pastInPassing} of a span, asked for each sentence by every visit. */
  final java.util.HashMap<Long, Boolean> pastInPassingMemo = new java.util.HashMap<>();

  /** Facts of the whole article, read once (not once per sentence that asks). */
  private final java.util.HashMap<String, Integer> articleFacts = new java.util.HashMap<>();

  int articleFact(String key, java.util.function.IntSupplier read) {
    Integer v = articleFacts.get(key);
    if (v == null) {
      v = read.getAsInt();
      articleFacts.put(key, v);
    }
    return v;
  }

  /** A yes/no test of text[from, to), read once per span. */
  boolean memo(java.util.Map<Long, Boolean> memo, int from, int to,
      java.util.function.BooleanSupplier test) {
    long key = ((long) from << 32) | (to & 0xffffffffL);
    Boolean b = memo.get(key);
    if (b == null) {
      b = test.getAsBoolean();
      memo.put(key, b);
    }
    return b;
  }

  /**
   * The day the report speaks from: its dateline's day ("АСТАНА, 12 мая. /ТАСС/." published
   * on the 13th), else its publication date. "Yesterday", "on Tuesday" and "накануне" count
   * from it, as the writer wrote them on the dateline's day.
   */
  LocalDate dayOfReport() {
    return datelineDate != null ? datelineDate : anchor;
  }

  /**
   * The sentence that a dated dateline opens ("ЕРЕВАН, 10 марта. /АРМЕНПРЕСС/. Министры ...
   * подписали ...", "MINSK, 2 April (BelTA) - ... signed ..."): the news of the wire's day. -1
   * when there is none.
   */
  int leadAfterDateline() {
    return articleFact("leadAfterDateline", this::findLead);
  }

  private int findLead() {
    if (datelineEnd < 0) return -1;
    for (int k = 0; k < sentences.size(); k++) {
      if (inDateline(k)) continue;
      return furniture[k] || headlineLike[k] ? -1 : k;
    }
    return -1;
  }

  /**
   * Sentence {@code k} ends inside the dateline, or holds only what follows it ("Минск, 2 апреля."
   * or "Баку, 8 апреля, АПА." split off as a sentence of its own: the lead is the next one).
   */
  private boolean inDateline(int k) {
    int end = sentences.get(k).end();
    return end <= datelineEnd || agencyOnly(datelineEnd, end);
  }

  /**
   * Whether the sentence that starts at {@code from} is the lead of a dateline split off as a
   * sentence of its own ("МОСКВА, 5 марта. /ТАСС/.", "МОСКВА, 5 мар — РИА Новости.").
   */
  boolean leadOfSplitDateline(int from) {
    int lead = leadAfterDateline();
    return lead >= 0 && sentences.get(lead).start() == from && datelineEnd <= from;
  }

  /**
   * The first sentence of the body ("Садыр Жапаров и Эмомали Рахмон поставили подписи под
   * соглашением ..."): not page furniture, not a headline, not a caption without a verb; -1 when
   * there is none.
   */
  int bodyLead() {
    return articleFact("bodyLead", () -> {
      for (int k = 0; k < sentences.size(); k++) {
        if (furniture[k] || headlineLike[k] || inDateline(k)) continue;
        Sentences.Span s = sentences.get(k);
        // a caption ("Садыр Жапаров и Эмомали Рахмон.", "Фото: пресс-служба") tells no news
        if (!hasCue(s.start(), s.end(), Cue.PAST) && !hasCue(s.start(), s.end(), Cue.SIGN_PAST)
            && !hasCue(s.start(), s.end(), Cue.SIGN)) continue;
        return k;
      }
      return -1;
    });
  }

  /** How many sentences back "the next day" looks for the date it counts from. */
  private static final int CARRY_SENTENCES = 2;

  /**
   * The last day told in the sentences right before the one at {@code from} (past the dateline,
   * at most {@link #CARRY_SENTENCES} back), or null: "Putin arrived on June 19. The next day ...".
   */
  private LocalDate lastDateBefore(int from) {
    int si = sentenceOfOffset(from);
    if (si < 0) return null;
    // a clause that starts inside its sentence counts from the dates before it there
    LocalDate d = sentences.get(si).start() < from ? lastDateIn(si, from) : null;
    for (int k = si - 1, seen = 0; d == null && k >= 0 && seen < CARRY_SENTENCES; k--) {
      if (furniture[k]) continue;
      seen++;
      d = lastDateIn(k, sentences.get(k).end());
    }
    return d == STRETCH ? null : d;
  }

  /** What {@link #lastDateIn} gives for a stretch of days, which stops the search. */
  private static final LocalDate STRETCH = LocalDate.MIN;

  /** The day of the last resolved date of sentence k that ends by {@code to}, past the dateline ({@link #STRETCH} for a range), or null. */
  private LocalDate lastDateIn(int k, int to) {
    Sentences.Span s = sentences.get(k);
    List<DateFinder.DateMention> ds = dates(s.start(), s.end(), false);
    for (int j = ds.size() - 1; j >= 0; j--) {
      DateFinder.DateMention d = ds.get(j);
      // "..., the Kremlin said on Tuesday. The next day": the day of the saying counts for nothing
      if (!d.resolved() || d.end() > to || d.start() < datelineEnd || VisitDates.saidOn(this, d)) continue;
      // "пройдет 8-9 октября. ... На следующий день": a stretch does not tell which day comes next
      return d.isRange() ? STRETCH : d.to();
    }
    return null;
  }

  /** Dates of text[from, to), memoised (the same sentences are read by several finders). */
  List<DateFinder.DateMention> dates(int from, int to, boolean future) {
    long key = ((long) from << 32) ^ ((long) to << 1) ^ (future ? 1 : 0);
    List<DateFinder.DateMention> d = dateMemo.get(key);
    if (d == null) {
      d = DateFinder.find(text, from, to, dayOfReport(), future, () -> lastDateBefore(from));
      dateMemo.put(key, d);
    }
    return d;
  }

  // ---------------------------------------------------------------- lookups

  int sentenceOfOffset(int off) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentences.Span s = sentences.get(mid);
      if (off < s.start()) hi = mid - 1;
      else if (off >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Index of the first ref that starts at or after {@code from} (binary search). */
  int firstRef(int from) {
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      lookups++;
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).start() < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private int firstCue(int from) {
    int lo = 0;
    int hi = cues.size();
    while (lo < hi) {
      lookups++;
      int mid = (lo + hi) >>> 1;
      if (cues.get(mid).start() < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  List<Ref> refsIn(int from, int to) {
    List<Ref> out = new ArrayList<>();
    for (int i = firstRef(from); i < refs.size(); i++) {
      lookups++;
      Ref r = refs.get(i);
      if (r.start() >= to) break;
      out.add(r);
    }
    return out;
  }

  List<CueHit> cuesIn(int from, int to) {
    List<CueHit> out = new ArrayList<>();
    for (int i = firstCue(from); i < cues.size(); i++) {
      lookups++;
      CueHit c = cues.get(i);
      if (c.start() >= to) break;
      out.add(c);
    }
    return out;
  }

  boolean hasCue(int from, int to, Cue cue) {
    for (int i = firstCue(from); i < cues.size(); i++) {
      lookups++;
      CueHit c = cues.get(i);
      if (c.start() >= to) break;
      if (c.is(cue)) return true;
    }
    return false;
  }

  // titles, document types and sectors are matched leftmost-longest without overlap, so each
  // list is in text order: a range is found by binary search, not by a scan of the whole list
  // (once per sentence, that scan made extraction quadratic in the article's length)

  List<Titles.Mention> titlesIn(int from, int to) {
    return inRange(titles, from, to, Titles.Mention::start);
  }

  /**
   * The title that opens the sentence of text[from, to) as its subject, as a government's own
   * release names its leader ("The President received ...", "The Malaysian leader will stay
   * ..."): after an optional "the" and at most {@code adjectives} words, else null.
   */
  Titles.Mention openingTitle(int from, int to, int adjectives) {
    int first = tokens.firstAtOrAfter(from);
    if (first >= tokens.size() || tokens.start(first) >= to) return null;
    if (tokens.norm(first).equals("the")) first++;
    List<Titles.Mention> in = titlesIn(from, to);
    if (in.isEmpty()) return null;
    Titles.Mention m = in.get(0);
    return m.tokenStart() >= first && m.tokenStart() <= first + adjectives ? m : null;
  }

  /**
   * A type's name does not run on over a colon: "подписаны меморандумы: о сотрудничестве ..." is
   * the type word "меморандумы" and a list of its topics, not "меморандум о сотрудничестве". A
   * match over a colon is matched again on the words before it.
   */
  private List<DocTypes.Mention> notOverColons(Knowledge kb, List<DocTypes.Mention> all) {
    List<DocTypes.Mention> out = new ArrayList<>(all.size());
    for (DocTypes.Mention m : all) {
      int colon = text.indexOf(':', m.start());
      if (colon < 0 || colon >= m.end()) {
        out.add(m);
        continue;
      }
      int cut = tokens.firstAtOrAfter(colon);
      if (cut > m.tokenStart()) out.addAll(kb.docTypes.findMentions(tokens, m.tokenStart(), cut));
    }
    return out;
  }

  /**
   * The mentions of document types without those that only gloss the words before them in
   * brackets ("8 Memorandum of Understandings (MoUs) with ..."): a gloss names no document of
   * its own, and a title read from it would start inside the brackets.
   */
  private List<DocTypes.Mention> withoutGlosses(List<DocTypes.Mention> all) {
    List<DocTypes.Mention> out = new ArrayList<>(all.size());
    for (DocTypes.Mention m : all) {
      int open = m.start() - 1;
      boolean gloss = open >= 1 && text.charAt(open) == '(' && m.end() < text.length() && text.charAt(m.end()) == ')';
      int w = open - 1;
      while (gloss && w >= 0 && text.charAt(w) == ' ') w--;
      if (!gloss || w < 0 || !Character.isLetter(text.charAt(w))) out.add(m);
    }
    return out;
  }

  List<DocTypes.Mention> docTypesIn(int from, int to) {
    return inRange(docTypes, from, to, DocTypes.Mention::start);
  }

  /** Whether a document type starts in [from, to): a binary search, whatever the range holds. */
  boolean hasDocTypeIn(int from, int to) {
    int lo = 0;
    int hi = docTypes.size();
    while (lo < hi) {
      lookups++;
      int mid = (lo + hi) >>> 1;
      if (docTypes.get(mid).start() < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < docTypes.size() && docTypes.get(lo).start() < to;
  }

  List<SectorLexicon.Mention> sectorsIn(int from, int to) {
    return inRange(sectors, from, to, SectorLexicon.Mention::start);
  }

  /** The items of {@code all} (in order of start) that start in [from, to). */
  private <T> List<T> inRange(List<T> all, int from, int to, java.util.function.ToIntFunction<T> start) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      lookups++;
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(all.get(mid)) < from) lo = mid + 1;
      else hi = mid;
    }
    int end = lo;
    while (end < all.size() && start.applyAsInt(all.get(end)) < to) {
      lookups++;
      end++;
    }
    return new ArrayList<>(all.subList(lo, end));
  }

  /** A title not preceded by deputy/vice, or a state's vice president ({@link ViceHeadOfState}): a leader-level actor. */
  boolean hasLeaderTitle(int from, int to) {
    for (Titles.Mention t : titlesIn(from, to)) {
      boolean deputy = false;
      // cues do not overlap, so those ending at or after the token before the title are the
      // last ones before it: walked back from the title, not scanned from the article's start
      for (int i = firstCue(t.start()) - 1; i >= 0; i--) {
        lookups++;
        CueHit c = cues.get(i);
        if (c.tokenEnd() < t.tokenStart() - 1) break;
        if (c.is(Cue.DEPUTY)) deputy = !ViceHeadOfState.is(this, t, c);
      }
      if (!deputy) return true;
    }
    return false;
  }

  /** The normalised token just before token i (skipping articles), or "". */
  /**
   * Words between a preposition and the place it leads to that do not change what it leads to:
   * articles, and the word "city" with which Central Asian and Russian official reports name a
   * capital ("прибыл в город Душанбе", "в городе Самарканде", "в г. Ташкенте").
   */
  /**
   * Words skipped on the way back to a place's preposition: articles, "город", and the words of a
   * residence before its name ("в резиденции Куксарой", "в государственной резиденции «Ынтымак
   * Ордо»", "at the residence Kuksaroy").
   */
  private static final java.util.Set<String> SKIPPED_BEFORE = java.util.Set.of("the", "a", "город", "городе", "г",
      "резиденции", "резиденцию", "резиденция", "госрезиденции", "государственной", "загородной", "президентской",
      "residence");

  String tokenBefore(int i) {
    int j = i - 1;
    while (j >= 0 && SKIPPED_BEFORE.contains(tokens.norm(j))) j--;
    return j < 0 ? "" : tokens.norm(j);
  }

  /** State weights over the body (persons and names count 2, capitals 1). */
  Map<String, Integer> weights() {
    return new HashMap<>(countryWeight);
  }

  /**
   * States sorted by weight, heaviest first, leave no clear choice of the one at {@code k}: the
   * next one weighs as much ("Azerbaijan, Georgia and Turkey" named once each, two wanted).
   */
  static boolean tiedAt(List<Map.Entry<String, Integer>> byWeight, int k) {
    return k >= 0 && k + 1 < byWeight.size() && byWeight.get(k).getValue().equals(byWeight.get(k + 1).getValue());
  }

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "на", "из", "под", "над");

  /**
   * A bare surname right after another person's given name ("генпрокурором Кямраном Алиевым",
   * "Мехрибан Алиева", "First Lady Jill Biden", "Finance Minister Basil Rajapaksa"): a capitalised
   * word inside the sentence, no title, state or part of any of the candidates' own names; in
   * Russian no common word (the lemma list knows
   * "Республики", "Кремле") and not a place after "в"/"на" ("в Баку Алиев"); in English no
   * honorific, party, month or weekday (PersonNameWords), outside a headline's title case.
   */
  private boolean otherGivenName(Leaders.Mention p, List<PhraseMatcher.Match<Countries.Form>> countryForms) {
    int g = p.tokenStart() - 1;
    if (!p.surnameOnly() || g < 0 || !tokens.upperFirst(g) || sentOfToken[g] < 0) return false;
    if (sentTokStart[sentOfToken[g]] == g || !text.substring(tokens.end(g), p.start()).isBlank()) return false;
    String raw = tokens.raw(g);
    String norm = tokens.norm(g);
    if (raw.length() < 3 || raw.equals(raw.toUpperCase(java.util.Locale.ROOT))) return false;
    Character.UnicodeScript script = Character.UnicodeScript.of(raw.charAt(0));
    if (script == Character.UnicodeScript.CYRILLIC) {
      if (kb.translator.lemmas().lookup(norm) != null) return false;
      if (g > 0 && PLACE_PREPOSITIONS.contains(tokens.norm(g - 1))) return false;
    } else if (script == Character.UnicodeScript.LATIN) {
      if (headlineLike[sentOfToken[g]] || !PersonNameWords.mayBeGivenName(norm)) return false;
    } else {
      return false;
    }
    for (Titles.Mention m : titles) if (m.tokenStart() <= g && g < m.tokenEnd()) return false;
    for (PhraseMatcher.Match<Countries.Form> m : countryForms) if (m.tokenStart <= g && g < m.tokenEnd) return false;
    for (Leaders.Term t : p.candidates()) if (kb.leaders.namePart(t, norm)) return false;
    return true;
  }

  /** A name match that goes on past an apostrophe into the same word ("Xi'an"), not a possessive ("Xi's"). */
  private boolean insideWord(int end) {
    String t = article.text;
    if (end + 1 >= t.length() || t.charAt(end) != '\'' && t.charAt(end) != '\u2019') return false;
    if (!Character.isLetter(t.charAt(end + 1))) return false;
    boolean possessive = (t.charAt(end + 1) == 's' || t.charAt(end + 1) == 'S')
        && (end + 2 >= t.length() || !Character.isLetter(t.charAt(end + 2)));
    return !possessive;
  }
}
