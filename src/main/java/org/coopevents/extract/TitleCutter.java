package org.coopevents.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.Analysis.RefKind;
import org.coopevents.knowledge.DocNumber;
import org.coopevents.knowledge.DocTypes;
import org.coopevents.knowledge.Tokens;

/**
 * Where a document's title begins and ends. It begins at the pre-modifiers of its type word
 * ("a comprehensive strategic partnership agreement", "Худжандская декларация"), not at the
 * determiners, pronouns and prepositions before them. It ends where its noun phrase ends: before
 * a verb, a relative clause ("which", "которая"), a purpose clause ("чтобы"), an attribution
 * ("…, the agency reports", "сообщила пресс-служба"), a price ("worth $2bn", "на $15 млрд"), a
 * date or a place of signing.
 */
final class TitleCutter {
  private TitleCutter() {}

  static final Set<String> TITLE_STOP = Set.of("was", "were", "is", "are", "has", "have",
      "had", "будет", "был", "была", "было", "были", "которые", "который", "которая", "которое",
      "которым", "которой", "которого", "которую", "которых", "чтобы", "which", "that", "said", "says",
      "reported", "reports", "told", "according", "noted", "stated", "сообщил", "сообщила",
      "сообщили", "сообщило", "сообщает", "сообщается", "сообщают", "заявил", "заявила", "отметил",
      "отметила", "передает", "говорится", "пишет", "worth", "valued", "totalling", "totaling",
      "стоимостью", "общей", "whereby", "so");

  /** Words after "and one" that make "one" a further document: "and one that deals with ...", "and one on ...". */
  private static final Set<String> ONE_NEXT = Set.of("that", "which", "on", "for", "about", "regarding", "concerning");

  /** Words between "at" and an occasion noun: "at their meeting", "at the talks". */
  private static final Set<String> ARTICLES = Set.of("the", "their", "a", "this", "his", "her", "its");

  /** Words before a type word that are never part of its title. */
  private static final Set<String> NOT_PREMODIFIER = Set.of("a", "an", "the", "this", "that", "these",
      "those", "his", "her", "its", "their", "our", "my", "your", "both", "all", "other", "some",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "include", "includes",
      "included", "including",
      "several", "many", "various", "numerous", "also", "and", "or", "to", "of", "on", "in", "for",
      "with", "by", "at", "from", "into", "under", "as", "new", "another", "further", "more", "key",
      "important", "major", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "last", "relevant", "two", "such", "said",
      "сам", "сама", "само", "раз", "под", "ряд", "этот", "эта", "это", "эти", "этих", "новый",
      "новая", "новое", "новые", "новых", "ключевых", "ключевые", "важных", "важные", "других",
      "другие", "несколько", "нескольких", "всех", "двусторонних", "двусторонние", "следующие",
      "следующих", "данный", "данное", "данная", "такой", "такие", "таких", "также", "и", "а", "еще");

  private static final Pattern RU_ADJECTIVE = Pattern.compile(
      ".{2,}(ое|ая|ый|ий|ой|ые|ие|ую|юю|ого|его|ых|их|ому|ему|ым|им|ыми|ими|ом|ем|ей|яя|ее)");

  /** Words that cannot end a title. */
  private static final Set<String> DANGLING = Set.of("to", "on", "of", "for", "in", "the", "a", "an",
      "and", "with", "by", "at", "from", "worth", "о", "об", "по", "в", "на", "и", "с", "между", "за", "от");

  /** "по итогам", "в ходе": the occasion a Russian title may be followed by, never part of it. */
  private static final Set<String> OCCASION = Set.of("итогам", "ходе");
  private static final Set<String> OCCASION_BEFORE = Set.of("по", "в");
  /**
   * An active participle in the nominative or accusative ("лежавшее", "предусматривающий",
   * "вступившая"): after a comma it tells of the document itself, in the document's case. One in
   * another case tells of a noun inside the title ("отношений …, вступающих в новую эпоху" is part
   * of an official title).
   */
  private static final Pattern RU_ACTIVE_PARTICIPLE = Pattern.compile(
      "\\p{L}{2,}(?:вш|ш|ющ|ящ|ущ|ащ)(?:ий|ая|ое|ее|ие|ую)(?:ся)?");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern QUOTES = Pattern.compile("^[\"«“]|[\"»”]$");
  private static final Pattern PERIOD = Pattern.compile(
      "(?iu)(?:for|на|in|period|период|until|–|-)?\\s*((?:19|20)\\d\\d)(?:\\s*[-–—]\\s*(?:19|20)\\d\\d(?=\\s*[-–—]\\s*(?:19|20)\\d\\d))*"
      + "\\s*[-–—/]\\s*((?:19|20)\\d\\d|\\d\\d(?![\\d\\p{L}]))");
  /**
   * A period of one year: "for 2025", "for the year 2025", "на 2025 год", "на 2025 г." (the range of
   * {@link #PERIOD} is tried first; a year followed by another number is none).
   */
  private static final Pattern PERIOD_ONE = Pattern.compile("(?iu)(?:\\bfor(?:\\s+the)?(?:\\s+years?)?\\s+((?:19|20)\\d\\d)"
      + "(?![\\d\\p{L}])(?!\\s*[-–—/]\\s*\\d)|(?<![\\p{L}])на\\s+((?:19|20)\\d\\d)\\s*(?:год|г\\.|г(?![\\p{L}])))");

  /**
   * The start of the title of type word {@code m}, at or after {@code limit}: the type word, or
   * the pre-modifiers right before it (adjectives and nouns written without punctuation:
   * "strategic economic partnership agreement", "межправительственное соглашение"). A capitalised
   * type word keeps only capitalised pre-modifiers ("the long-awaited Treaty on ...").
   */
  static int start(Analysis an, int limit, DocTypes.Mention m) {
    int first = an.tokens.firstAtOrAfter(limit);
    // a capitalised type word ("Treaty"), not an abbreviation ("MoU", "MOU")
    String typeWord = an.text.substring(an.tokens.start(m.tokenStart()), an.tokens.end(m.tokenStart()));
    boolean capital = Character.isUpperCase(typeWord.charAt(0))
        && typeWord.substring(1).chars().noneMatch(Character::isUpperCase);
    int k = m.tokenStart();
    // 'a "Comprehensive Strategic Partnership" joint statement': a quoted name right before the
    // type word is part of its title
    int quoted = quotedBefore(an, first, an.tokens.start(m.tokenStart()));
    if (quoted >= 0) return quoted;
    while (k - 1 >= first && m.tokenStart() - (k - 1) <= 4) {
      int t = k - 1;
      String gap = an.text.substring(an.tokens.end(t), an.tokens.start(k));
      if (!gap.isEmpty() && !gap.equals(" ") && !gap.equals("-")) break;
      if (!premodifier(an, t, capital, m.tokenStart()) || countedTerm(an, t)) break;
      k = t;
    }
    return an.tokens.start(k);
  }

  /**
   * "a 10-year security agreement", "a five-year programme": the word is the second half of a
   * term joined to a number by a hyphen, no word of the title.
   */
  private static boolean countedTerm(Analysis an, int t) {
    if (t == 0 || !an.text.substring(an.tokens.end(t - 1), an.tokens.start(t)).equals("-")) return false;
    return an.tokens.isNumber(t - 1) || an.kb.docTypes.numberWord(an.tokens.norm(t - 1)) != null;
  }

  /** The most words of a quoted name before a type word. */
  private static final int QUOTED_NAME_WORDS = 8;

  /**
   * The start of a quoted name that ends right before {@code typeStart} (its closing quote and a
   * space between), opening with a capital, at or after token {@code first}; else -1.
   */
  private static int quotedBefore(Analysis an, int first, int typeStart) {
    int i = typeStart - 1;
    if (i < 1 || an.text.charAt(i) != ' ') return -1;
    char close = an.text.charAt(i - 1);
    char open = close == '"' ? '"' : close == '”' ? '“' : close == '»' ? '«' : 0;
    if (open == 0) return -1;
    int limit = first < an.tokens.size() ? an.tokens.start(first) : typeStart;
    int words = 0;
    for (int j = i - 2; j >= limit; j--) {
      char c = an.text.charAt(j);
      if (c == open) {
        if (j + 1 >= i - 1 || !Character.isUpperCase(an.text.charAt(j + 1))) return -1;
        return j;
      }
      if (c == ' ' && ++words >= QUOTED_NAME_WORDS) return -1;
      if (c == '\n' || c == '"' || c == '«' || c == '»' || c == '“' || c == '”') return -1;
    }
    return -1;
  }

  private static boolean premodifier(Analysis an, int t, boolean capitalHead, int head) {
    String w = an.tokens.norm(t);
    if (w.isEmpty() || an.tokens.isNumber(t) || NOT_PREMODIFIER.contains(w)) return false;
    if (an.kb.docTypes.numberWord(w) != null) return false;
    char c0 = an.text.charAt(an.tokens.start(t));
    if (!Character.isLetter(c0)) return false;
    if (capitalHead && !Character.isUpperCase(c0)) return false;
    for (CueHit c : an.cuesIn(an.tokens.start(t), an.tokens.end(t))) {
      // "Cultural Exchange Programme": the noun "exchange" right before the type word names it
      // (a signing noun in "-ing" before it is a gerund: "after signing agreements on ...")
      boolean attributive = c.is(Cue.SIGN_NOUN) && c.tokenStart() == t && c.tokenEnd() == t + 1 && !w.endsWith("ing");
      if (attributive) continue;
      if (c.tokenStart() <= t && c.tokenEnd() > t && (c.is(Cue.SIGN) || c.is(Cue.DOCUMENTS)
          || c.is(Cue.PACKAGE) || c.is(Cue.INCLUDE) || c.is(Cue.ANOTHER) || c.is(Cue.APPROXIMATE)
          || c.is(Cue.PAST) || c.is(Cue.FUTURE) || c.is(Cue.AGREED) || c.is(Cue.SIGN_PAST)
          || c.is(Cue.SIGN_BACKGROUND))) {
        return false;
      }
    }
    for (Analysis.Ref r : an.refsIn(an.tokens.start(t), an.tokens.end(t))) {
      // "the Shusha Declaration", "the Tashkent Declaration": a town right before a capitalised type word names it
      if (r.kind() == RefKind.CAPITAL && capitalHead && r.tokenEnd() == head) continue;
      if (r.kind() == RefKind.PERSON || r.kind() == RefKind.NAME || r.kind() == RefKind.CAPITAL) return false;
    }
    if (an.russian) return RU_ADJECTIVE.matcher(w).matches();
    // an adverb, a possessive, a past participle ("signed", "agreed"): not a name's word
    return !w.endsWith("ly") && !w.endsWith("ed") && !an.text.startsWith("'", an.tokens.end(t))
        && !an.text.startsWith("’", an.tokens.end(t));
  }

  private static final Set<String> OTHER = Set.of("other", "others", "more", "additional", "further",
      "других", "другие", "иных", "еще", "ещё");
  private static final Set<String> DOCUMENT_WORDS = Set.of("documents", "document", "deals", "pacts", "accords",
      "instruments", "texts", "документов", "документа", "документы", "соглашений", "соглашения");

  /**
   * Tokens from {@code t} (right after "and") that count further documents: "five other
   * documents", "11 other agreements", "ещё пять документов", "ряд других соглашений".
   */
  static boolean otherDocumentsAfter(Analysis an, int t, int b) {
    int other = -1;
    for (int k = t; k < Math.min(b, t + 3); k++) {
      if (OTHER.contains(an.tokens.norm(k))) {
        other = k;
        break;
      }
    }
    if (other < 0) return false;
    for (int k = other; k < Math.min(b, other + 3); k++) {
      if (DOCUMENT_WORDS.contains(an.tokens.norm(k))) return true;
      for (DocTypes.Mention m : an.docTypesIn(an.tokens.start(k), an.tokens.end(k))) {
        if (m.tokenStart() == k && DocumentListReader.plural(an, m)) return true;
      }
    }
    return false;
  }

  /** The most words of a venue's name before its head word: "the Prime Minister's Office". */
  private static final int VENUE_REACH = 4;

  /**
   * The start of "at the Ministry of Foreign Affairs", "at the presidential palace", "в резиденции
   * президента" in text[from, end): the place where the documents were signed, told after the
   * title, or {@code end}. The place is "at"/"в" then a venue word (signing_words.tsv VENUE)
   * within its first words, those before it capitalised or venue modifiers ("foreign", "state").
   */
  static int venueCut(Analysis an, int from, int end) {
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(end);
    for (int t = a + 1; t < b; t++) {
      String w = an.tokens.norm(t);
      if (!w.equals("at") && !(an.russian && (w.equals("в") || w.equals("во")))) continue;
      int v = t + 1;
      if (v < b && (an.tokens.norm(v).equals("the") || an.tokens.norm(v).equals("a"))) v++;
      for (int k = v; k < b && k - v < VENUE_REACH; k++) {
        if (SigningClause.venueWord(an.tokens.norm(k))) return an.tokens.start(t);
        boolean capital = Character.isUpperCase(an.text.charAt(an.tokens.start(k)));
        if (!capital && !SigningClause.venueModifier(an.tokens.norm(k))) break;
      }
    }
    return end;
  }

  /** The word that opens the pair of a document's parties. */
  private static final Set<String> SECOND_PAIR = Set.of("between", "между");
  /** Words that join a second pair of parties to the first: ", and between", ", а также между". */
  private static final Set<String> SECOND_PAIR_JOIN = Set.of("and", "also", "as", "well", "и", "а", "также");

  /** A word of {@link #SECOND_PAIR} stands in tokens [a, t). */
  private static boolean betweenBefore(Analysis an, int a, int t) {
    for (int k = a; k < t; k++) if (SECOND_PAIR.contains(an.tokens.norm(k))) return true;
    return false;
  }

  /** The end of a title: before a signing verb, "was", a date, "in the presence of", a price. */
  static int cut(Analysis an, int from, int to) {
    if (to <= from) return from;
    int end = to;
    for (CueHit c : an.cuesIn(from, to)) {
      if ((c.is(Cue.SIGN) && !c.is(Cue.SIGN_NOUN)) || c.is(Cue.SIGN_FUTURE) || c.is(Cue.CONCERNS)) {
        end = Math.min(end, c.start());
        break;
      }
    }
    for (Analysis.Ref r : an.refsIn(from, end)) {
      String before = an.tokenBefore(r.tokenStart());
      if (r.kind() == RefKind.CAPITAL && (before.equals("in") || before.equals("в"))) {
        end = Math.min(end, an.tokens.start(r.tokenStart() - 1));
        break;
      }
      // "an agreement on nuclear energy at the Kremlin", "MoUs at Hyderabad House": the place of
      // the signing (a capital or a seat of power after "at"), no part of the title
      // (the word right before, not tokenBefore's, which passes over "the")
      int at = r.tokenStart() - 1;
      if (at >= 1 && an.tokens.norm(at).equals("the")) at--;
      if (r.kind() == RefKind.CAPITAL && at >= 0 && an.tokens.norm(at).equals("at") && an.tokens.start(at) >= from) {
        end = Math.min(end, an.tokens.start(at));
        break;
      }
    }
    end = venueCut(an, from, end);
    // a price: "worth $25bn", "на $15 млрд"; a sentence glued to the next ("diseases.Trump")
    for (int i = from; i < end; i++) {
      char c = an.text.charAt(i);
      if (c == '$' || c == '€' || c == '¥' || c == '£') {
        end = i;
        break;
      }
      if (c == '.' && i > from && i + 1 < end && Character.isLowerCase(an.text.charAt(i - 1))
          && Character.isUpperCase(an.text.charAt(i + 1))) {
        end = i;
        break;
      }
    }
    int a = an.tokens.firstAtOrAfter(from);
    int b = an.tokens.firstAtOrAfter(end);
    for (int t = a; t < b; t++) {
      String w = an.tokens.norm(t);
      // "a declaration on partnership and five other documents", "и ещё 14 документов": the
      // documents counted after the title are no part of it
      if ((w.equals("and") || w.equals("и") || w.equals("plus")) && otherDocumentsAfter(an, t + 1, b)) {
        end = an.tokens.start(t);
        break;
      }
      // "совместное заявление ..., а также семь двусторонних документов": a count of further documents
      int further = DocumentCount.furtherCountJoin(an, a, t, b);
      if (further >= a) {
        end = an.tokens.start(further);
        break;
      }
      if (TITLE_STOP.contains(w)) {
        // "agreements that aim to boost ...": a purpose clause, which TitleTopic reads
        int after = TitleTopic.clauseAt(an, t, b);
        if (after > t) {
          t = after - 1;
          continue;
        }
        end = an.tokens.start(t);
        break;
      }
      // "a MoU in the diplomatic field and another in the field of ...": "another" opens the
      // next document of the same type (DocumentListReader.anotherOfType)
      // "... on mental health and one that deals with ...": "one" opens the next document the same way
      boolean one = w.equals("one") && t > a && t + 1 < an.tokens.size() && an.tokens.norm(t - 1).equals("and")
          && ONE_NEXT.contains(an.tokens.norm(t + 1));
      if (w.equals("another") && t > a && DocumentListReader.anotherJoin(an, t) || one) {
        end = an.tokens.start(t - 1);
        if (an.text.charAt(an.tokens.start(t) - 2) == ',') end = an.tokens.start(t) - 2;
        break;
      }
      // "an agreement on road transport between A and B, and between C and D", "соглашение о ...
      // между A и B, а также между C и D": a second pair of parties after a comma is another
      // document's, no part of this title
      if (t > a + 1 && SECOND_PAIR.contains(w) && SECOND_PAIR_JOIN.contains(an.tokens.norm(t - 1))
          && betweenBefore(an, a, t - 1)) {
        int j = t - 1;
        while (j - 1 > a && SECOND_PAIR_JOIN.contains(an.tokens.norm(j - 1))) j--;
        String gap = an.text.substring(an.tokens.end(j - 1), an.tokens.start(j));
        if (gap.strip().equals(",") || gap.strip().equals(";")) {
          end = an.tokens.end(j - 1);
          break;
        }
      }
      // "меморандум ... сроком на пять лет", "renewed the treaty for another seven years": the
      // term of the document is no part of its title
      if (w.equals("сроком") || (w.equals("for") || w.equals("на")) && term(an, t + 1, b)) {
        end = an.tokens.start(t);
        break;
      }
      // "…партнёрства по итогам переговоров", "…в ходе визита": the occasion of the signing
      if (t > a && OCCASION.contains(w) && OCCASION_BEFORE.contains(an.tokens.norm(t - 1))) {
        end = an.tokens.start(t - 1);
        break;
      }
      // "Соглашение о ..., лежавшее под сукном семь лет": a participial clause after a comma
      if (t > a && an.russian && RU_ACTIVE_PARTICIPLE.matcher(w).matches()
          && an.text.substring(an.tokens.end(t - 1), an.tokens.start(t)).startsWith(",")) {
        end = an.tokens.end(t - 1);
        break;
      }
      // "a declaration on strategic partnership at their meeting in Baku": the occasion
      // ("... on the sidelines of the summit")
      if ((t > a || w.equals("on")) && t + 2 < b && (w.equals("at") || w.equals("on")) && ARTICLES.contains(an.tokens.norm(t + 1))
          && DocumentItemWords.is(w.equals("at") ? DocumentItemWords.Role.OCCASION : DocumentItemWords.Role.OCCASION_ON,
              an.tokens.norm(t + 2))) {
        end = an.tokens.start(t);
        break;
      }
      if ((w.equals("presence") || w.equals("присутствии")) && t > a) {
        end = an.tokens.start(t - 1);
        if (t - 2 >= a && an.tokens.norm(t - 2).equals("in")) end = an.tokens.start(t - 2);
        break;
      }
      if ((w.equals("during") || w.equals("following") || w.equals("signed") || w.equals("before")
          || w.equals("ahead") || w.equals("перед") || w.equals("накануне") || w.equals("being")
          || w.equals("after") || w.equals("while") || w.equals("when") || w.equals("после"))) {
        end = an.tokens.start(t);
        break;
      }
    }
    int si = an.sentenceOfOffset(from);
    List<DateFinder.DateMention> inSentence = si >= 0
        ? an.dates(an.sentences.get(si).start(), an.sentences.get(si).end(), false) : an.dates(from, end, false);
    for (DateFinder.DateMention d : inSentence) {
      if (d.start() < from || d.end() > end) continue;
      String before = an.text.substring(Math.max(from, d.start() - 6), d.start()).toLowerCase(Locale.ROOT);
      // "Roadmap until 2026", "Программа на 2023-2027 годы": a year is the title's period
      boolean period = YEAR_FIRST.matcher(an.text.substring(d.start(), d.end())).lookingAt();
      // "соглашение ... от 27 августа 1996 года", "the agreement dated 5 May 2010": the date
      // names the document, like "of"
      boolean own = before.endsWith("of ") || before.endsWith("от ") || before.endsWith("ated ");
      if (!own && !period) end = Math.min(end, d.start());
      break;
    }
    // "an agreement on ... between Haluk Gorgun and Mohamed Khaled Nordin": the signatories
    end = SignatoryPair.cut(an, from, end);
    // "MoU on health Minister of Health X Ambassador Y": a table row's signatory cells run on
    end = SignatoryTail.cut(an, from, end);
    // "MoU on health Jagat Prakash Nadda Abdulla Nazim Ibrahim": the signatories' names alone
    end = SignatoryTail.namesAtLineEnd(an, from, end);
    while (end > from && ",.;:( ".indexOf(an.text.charAt(end - 1)) >= 0) end--;
    for (String tail : new String[] {" on", " in", " at", " в", " on the", " to", " with"}) {
      if (an.text.substring(from, end).toLowerCase(Locale.ROOT).endsWith(tail) && end - tail.length() > from) {
        end -= tail.length();
      }
    }
    return end;
  }

  /** Words of a term before "years": "another seven", "a further five", "a period of 10", "пять". */
  private static final Set<String> TERM_WORDS = Set.of("another", "a", "further", "period", "of", "next",
      "additional", "the");

  /** Tokens from {@code t} are a term: "(another) seven years", "пять лет", "a period of 10 years". */
  private static boolean term(Analysis an, int t, int b) {
    boolean number = false;
    for (int u = t; u < b && u - t <= 4; u++) {
      String w = an.tokens.norm(u);
      if (w.equals("years") || w.equals("year") || w.equals("лет") || w.equals("года") || w.equals("год")) return number;
      // a count of years, not a year ("на 2025 год" is the title's period)
      if (an.tokens.isNumber(u) && w.length() <= 2 || an.kb.docTypes.numberWord(w) != null || w.equals("one")) number = true;
      else if (!TERM_WORDS.contains(w)) return false;
    }
    return false;
  }

  private static final Pattern NAMING_WORD = Pattern.compile(
      "(?iu)\\s+(?:titled|entitled|called|named|under the (?:title|name)|под названием|под наименованием|с названием)\\s+(?=[\"«“])");

  /** A document of type {@code m} with the given title as printed. */
  static SigningFinder.Doc makeDoc(Analysis an, DocTypes.Mention m, String title, int start, int end) {
    SigningFinder.Doc d = new SigningFinder.Doc();
    d.type = m.docType().type();
    String t = stripQuotes(title);
    String exchange = DocNumber.exchangeOfNotes(t);
    if (exchange != null) t = exchange;
    // 'an agreement titled "On cooperation in ..."', 'меморандум под названием «...»': the word
    // that introduces the quoted title is no part of it
    t = NAMING_WORD.matcher(t).replaceFirst(" ");
    t = dropTypeAbbreviations(an, t);
    while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
    String surface = an.text.substring(m.start(), m.end());
    t = dropParentheticalCommas(t, surface);
    if (surface.equalsIgnoreCase("mou") || surface.equalsIgnoreCase("mous")) {
      // "the energy transition MoU": a title rebuilt in full, the Memorandum of Understanding on
      // energy transition; "an MoU on minerals" keeps its printed abbreviation
      int at = t.indexOf(surface);
      if (at > 0 && at + surface.length() >= t.length() - 1) {
        t = an.kb.docTypes.canonicalEn(d.type) + " on " + t.substring(0, at).strip();
      }
    }
    // "an intergovernmental agreement to that effect" cut before "that": no dangling "to"
    while (t.indexOf(' ') > 0 && DANGLING.contains(t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
      t = t.substring(0, t.lastIndexOf(' ')).strip();
    }
    if (!t.isEmpty()) t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    setTitles(an, d, t);
    d.bare = bare(an, t);
    d.sectors.addAll(an.kb.sectors.sectors(t));
    Matcher p = PERIOD.matcher(t);
    if (p.find()) {
      int a = Integer.parseInt(p.group(1));
      int b = Integer.parseInt(p.group(2));
      // "(2025-27)": the end year written with its last two digits
      if (p.group(2).length() == 2) b += a / 100 * 100;
      if (b >= a && b - a <= 30) {
        d.periodStart = a;
        d.periodEnd = b;
      }
    } else {
      Matcher o = PERIOD_ONE.matcher(t);
      if (o.find()) {
        d.periodStart = Integer.parseInt(o.group(1) != null ? o.group(1) : o.group(2));
        d.periodEnd = d.periodStart;
      }
    }
    d.start = start;
    d.end = end;
    d.core = core(an, t, start, end);
    return d;
  }

  /** Words that open the signatories or the topic of a document set off by commas after its type word. */
  private static final Pattern COMMA_PHRASE = Pattern.compile("^, (between .+?, )?((?:between|on|for|regarding|concerning|about) )");

  /**
   * "MoU, between A and B, on C", "MoU, on sports": the commas that set off the signatories or the
   * topic right after the type word are no part of the title ("MoU between A and B on C").
   */
  static String dropParentheticalCommas(String t, String surface) {
    int at = t.indexOf(surface);
    if (at < 0) return t;
    int after = at + surface.length();
    Matcher c = COMMA_PHRASE.matcher(t.substring(after));
    if (!c.find()) return t;
    String between = c.group(1) == null ? "" : c.group(1).substring(0, c.group(1).length() - 2) + " ";
    return t.substring(0, after) + " " + between + c.group(2) + t.substring(after + c.end());
  }

  private static final Pattern PAREN = Pattern.compile("\\s*\\(([^()]{1,16})\\)");

  /**
   * "Memorandum of understanding (MoUs) on ...": a bracket that holds only a type word (the
   * outlet's abbreviation of the type) is no part of the title.
   */
  static String dropTypeAbbreviations(Analysis an, String t) {
    if (t.indexOf('(') < 0) return t;
    Matcher m = PAREN.matcher(t);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String inner = m.group(1).strip();
      List<DocTypes.Mention> ms = an.kb.docTypes.findMentions(inner);
      if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == inner.length()) {
        out.append(t, last, m.start());
        last = m.end();
      }
    }
    if (last == 0) return t;
    out.append(t, last, t.length());
    return out.toString().strip();
  }

  /** Words no title is about: the scoring contract's stop-words and words of cooperation in general. */
  private static final Set<String> GENERIC = Set.of("the", "of", "and", "in", "on", "for", "a", "an", "to",
      "with", "between", "by", "at", "its", "their", "as", "from", "field", "cooperation", "interaction",
      "two", "both", "countries", "year", "years", "period", "и", "в", "во", "на", "о", "об", "по", "с", "со",
      "для", "между", "от", "к", "до", "из", "при", "а", "также", "сотру", "взаим", "двух", "обеих", "стран",
      "годы", "годов", "год", "года", "период");

  /**
   * What a title is about, for telling a re-mention: its words (a Cyrillic word by its first five
   * letters, as the scoring contract compares them) without the type words, the names of
   * countries ("с Ираном", "between Kyrgyzstan and Tajikistan") and generic words.
   */
  static Set<String> core(Analysis an, String title, int start, int end) {
    Set<String> out = new java.util.TreeSet<>();
    Set<String> drop = new java.util.HashSet<>();
    for (DocTypes.Mention m : an.kb.docTypes.findMentions(title)) {
      for (String w : Tokens.norm(title.substring(m.start(), m.end())).split("[^\\p{L}\\d]+")) drop.add(stem(w));
    }
    if (start >= 0 && end <= an.text.length() && start < end) {
      for (Analysis.Ref r : an.refsIn(start, end)) {
        for (String w : Tokens.norm(an.text.substring(r.start(), r.end())).split("[^\\p{L}\\d]+")) drop.add(stem(w));
      }
    }
    for (String w : Tokens.norm(title).split("[^\\p{L}\\d]+")) {
      if (w.isEmpty() || GENERIC.contains(w)) continue;
      String st = stem(w);
      if (GENERIC.contains(st) || drop.contains(st)) continue;
      out.add(st);
    }
    return out;
  }

  private static String stem(String w) {
    boolean cyr = !w.isEmpty() && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    return cyr && w.length() > 5 ? w.substring(0, 5) : w;
  }

  private static final Set<String> TREATIES = Set.of("AGREEMENT", "TREATY");
  private static final Set<String> PLANS = Set.of("PROGRAMME", "ROADMAP", "ACTION_PLAN");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  /**
   * Whether {@code d}, read after {@code o} in another sentence, names the same document: what
   * one is about lies within what the other is about. −1: {@code d} is a re-mention to drop; 1:
   * {@code d} is the fuller form and replaces {@code o}; 0: another document. Types must agree,
   * except that an agreement may be reported as a treaty ("соглашение о границе" and "договор о
   * государственной границе") and a programme, a roadmap and an action plan of one period may
   * stand for each other; a document of another type must be about something (not just
   * "cooperation with Iran"), and a plan must name its years.
   */
  static int sameDocument(SigningFinder.Doc o, SigningFinder.Doc d) {
    boolean sameType = o.type.equals(d.type);
    if (!sameType && !(TREATIES.contains(o.type) && TREATIES.contains(d.type))
        && !(PLANS.contains(o.type) && PLANS.contains(d.type))) {
      return 0;
    }
    Set<String> small = o.core.size() <= d.core.size() ? o.core : d.core;
    Set<String> big = small == o.core ? d.core : o.core;
    if (!big.containsAll(small)) {
      // one document told in two wordings ("a framework agreement on an economic corridor linking
      // A with B" beside "the Framework Agreement on the A-B Economic Corridor"): most of what
      // either is about is shared; the official, capitalised wording stays
      if (!sameType || !overlapping(o.core, d.core)) return 0;
      return capitals(d.titleOriginal) > capitals(o.titleOriginal) ? 1 : -1;
    }
    if (!sameType) {
      if (small.isEmpty()) return 0;
      if (PLANS.contains(o.type) && small.stream().noneMatch(w -> YEAR.matcher(w).matches())) return 0;
    }
    boolean dFuller = d.core.size() > o.core.size()
        || d.core.size() == o.core.size() && SigningFinder.titleWords(d.titleOriginal).size() > SigningFinder.titleWords(o.titleOriginal).size();
    // a longer paraphrase in lower case beside the official name ("an oil pipeline linking the A
    // basin with the port of B" beside "the A-B Oil Pipeline"): the official name stays
    if (sameType && small.size() >= 2 && small != big) {
      // (the names of the parties are capitalised in any wording: only what it is about counts)
      int cs = capitals(small == o.core ? o.titleOriginal : d.titleOriginal, small);
      int cb = capitals(small == o.core ? d.titleOriginal : o.titleOriginal, big);
      if (cs >= cb + 2) dFuller = small == d.core;
    }
    return dFuller ? 1 : -1;
  }

  /** At least three words in common and at least half of all (Jaccard ≥ 0.5). */
  static boolean overlapping(Set<String> a, Set<String> b) {
    int common = 0;
    for (String w : a) if (b.contains(w)) common++;
    int union = a.size() + b.size() - common;
    return common >= 3 && 2 * common >= union;
  }

  /** The number of words written with a capital after the first: how much a title is an official name. */
  static int capitals(String t) {
    int n = 0;
    if (t == null) return 0;
    String[] ws = t.split("[\\s-]+");
    for (int i = 1; i < ws.length; i++) if (!ws[i].isEmpty() && Character.isUpperCase(ws[i].charAt(0))) n++;
    return n;
  }

  /** The words of {@code core} written with a capital after the first word of {@code t}. */
  static int capitals(String t, Set<String> core) {
    int n = 0;
    if (t == null) return 0;
    String[] ws = t.split("[\\s-]+");
    for (int i = 1; i < ws.length; i++) {
      if (ws[i].isEmpty() || !Character.isUpperCase(ws[i].charAt(0))) continue;
      if (core.contains(stem(Tokens.norm(ws[i]).replaceAll("[^\\p{L}\\d]+", "")))) n++;
    }
    return n;
  }

  /** A title that is its type word alone ("Agreement", "Intergovernmental agreement"): no title of its own. */
  private static boolean bare(Analysis an, String t) {
    List<DocTypes.Mention> ms = an.kb.docTypes.findMentions(t);
    if (ms.size() != 1) return false;
    String rest = (t.substring(0, ms.get(0).start()) + t.substring(ms.get(0).end())).strip();
    return rest.isEmpty();
  }

  /** The two titles of a document from the title as printed (the translation's one call site). */
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");

  static void setTitles(Analysis an, SigningFinder.Doc d, String t) {
    // a title printed over two lines is one title, its words one space apart
    if (t.indexOf('\n') >= 0) t = LINE_BREAK.matcher(t).replaceAll(" ");
    org.coopevents.knowledge.TitleTranslator.TitleForms forms = an.kb.translator.forms(t, an.russian);
    d.titleOriginal = forms.original();
    d.titleEn = forms.english();
  }

  /**
   * A type word followed by a quoted phrase in lower case: a quotation about the document
   * ("назвал подписание договора «историческим событием»"), not its title, which opens with a
   * capital («О ...», «Зелёный коридор»).
   */
  private static final Pattern QUOTED_NON_TITLE = Pattern.compile("^\\s*[«\"“]\\s*\\p{Ll}");

  static boolean quotedNonTitle(String afterType) {
    return QUOTED_NON_TITLE.matcher(afterType).find();
  }

  /**
   * A title without the quotes around it (or a stray one at either end), but with the closing
   * quote of a name inside it: «Соглашение о проекте «Зелёный коридор»» keeps the inner pair.
   */
  static String stripQuotes(String s) {
    String t = s.strip();
    if (t.isEmpty()) return t;
    boolean open = "\"«“".indexOf(t.charAt(0)) >= 0;
    boolean close = "\"»”".indexOf(t.charAt(t.length() - 1)) >= 0;
    int opens = 0;
    int closes = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '«' || c == '“') opens++;
      else if (c == '»' || c == '”') closes++;
      else if (c == '"') {
        // a quote at the end closes, whatever stands before it ('... Council "')
        if ((i == 0 || t.charAt(i - 1) == ' ') && i < t.length() - 1) opens++;
        else closes++;
      }
    }
    // a trailing quote that closes a name opened inside the title stays
    if (close && !(open && opens == closes) && opens >= closes) close = false;
    if (open && !(close && opens == closes) && closes >= opens) open = false;
    if (open && close && opens == closes && t.length() > 1) {
      // one pair around the whole title, unless the first quote closes earlier ("«A» и «B»")
      int depth = 0;
      for (int i = 0; i < t.length() - 1; i++) {
        char c = t.charAt(i);
        if (c == '«' || c == '“' || c == '"' && (i == 0 || t.charAt(i - 1) == ' ')) depth++;
        else if (c == '»' || c == '”' || c == '"') depth--;
        if (depth == 0 && i < t.length() - 1) {
          open = false;
          close = false;
          break;
        }
      }
    }
    if (open) t = t.substring(1);
    if (close && !t.isEmpty()) t = t.substring(0, t.length() - 1).strip();
    if (opens == 0 && closes == 1 && !close) {
      // «Дорожная карта» по расширению ...: the quotes held the type word only, and the title,
      // cut after the opening one, goes on past the closing one, which goes
      int k = -1;
      for (int i = 0; i < t.length() && k < 0; i++) if ("\"»”".indexOf(t.charAt(i)) >= 0) k = i;
      if (k > 0 && k < t.length() - 1 && t.charAt(k + 1) == ' ') t = t.substring(0, k) + t.substring(k + 1);
    }
    return t.strip();
  }
}
