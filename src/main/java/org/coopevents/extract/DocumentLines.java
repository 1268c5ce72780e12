package org.coopevents.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopevents.extract.Analysis.CueHit;
import org.coopevents.extract.SigningFinder.Doc;
import org.coopevents.extract.SigningFinder.Signing;
import org.coopevents.knowledge.DocTypes;

/**
 * Reads the documents of a signing that a report lists line by line after the signing sentence or
 * a list heading: one per line with bullets, dashes or numbers (also after an "Among them:"
 * line), and the outcome lists of foreign ministries, whose items are headings with a colon.
 * The documents of one line are read by {@link DocumentListReader#addDocs}.
 */
final class DocumentLines {
  private DocumentLines() {}

  /**
   * An item's bullet at a line's start: a dash or a dot, a number ("1.", "2)", "(3)"), a letter
   * ("a)", "(b)"), a Roman number ("iv.", "(ii)", "III)") before a space.
   */
  static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪►]|\\(?\\d{1,2}[.)]|\\(?[a-zа-я]\\)"
      + "|\\(?(?i:i{1,3}|iv|vi{0,3}|ix|xi{0,3})[.)](?=\\s))\\s*");
  /** A cell or a line that is only an item's number: "1.", "2)", "12". */
  private static final Pattern NUMBER_ONLY = Pattern.compile("\\s*\\d{1,2}[.)]?\\s*");
  /** The rule under a table's header row ("|---|---|", "| :-- | --- |"): no item, and no end of the list. */
  private static final Pattern TABLE_RULE = Pattern.compile("[\\s|:=+-]*-[\\s|:=+-]*");
  /** Between two cells of a table row written as text: a tab or a bar between spaces. */
  private static final String BAR = " | ";
  /**
   * The header of a table of signed documents ("S.No. | Name of MoU/Agreement | Indian signatory
   * | Signatory from the other side", "№ | Наименование документа | Подписант", "Exchanged by
   * Indian side"), whole or one cell a line: it names the columns, no document.
   */
  private static final Pattern TABLE_HEADER = Pattern.compile("(?iu)^\\s*(?:s\\.?\\s?no\\.?|sl\\.?\\s?no\\.?"
      + "|sr\\.?\\s?no\\.?|№(?:\\s*п/п)?)(?![\\p{L}])|signator(?:y|ies)|подписант|^\\s*(?:name|title)s? of (?:the )?"
      + "(?:mou|agreement|document|memorand|instrument)|^\\s*наименовани\\p{L}* (?:документ|соглашени)"
      + "|^\\s*exchang(?:ed|ing) (?:by|from|party|side)"
      // "Description", "Purpose", "Краткое содержание": a column that tells what each document is for
      + "|^\\s*(?:brief )?(?:description|purpose|objectives?|remarks|details|описание|цель|краткое содержание)\\s*$");

  /** Words that open a sentence about the item before it: "The memorandum ...", "This programme ...". */
  private static final Set<String> DESCRIBING = Set.of("the", "this", "these", "that", "such", "it", "данный",
      "этот", "эта", "это", "документ");

  /** Line text[ls, le) is only an item's number ("1.", "2)"): a table read one cell a line. */
  static boolean numberOnly(Analysis an, int ls, int le) {
    return NUMBER_ONLY.matcher(an.text).region(ls, le).matches();
  }

  /** Reads the list of documents that follows sentence si; returns the last sentence used or -1. */
  static int readList(Analysis an, Signing sg, int si, Set<Integer> consumed, boolean announced) {
    // the type word of the signing line, for items that name only a subject; the list after the
    // rest of the signing line
    return readFrom(an, sg, listHead(an, si), nextLine(an, si), consumed, announced);
  }

  /** Reads the list of documents that opens at sentence {@code k}; returns the last sentence used or -1. */
  static int readFrom(Analysis an, Signing sg, DocTypes.Mention head, int k, Set<Integer> consumed, boolean announced) {
    int last = -1;
    int items = 0;
    // "Among them:", "В их числе:": a short line that announces the list
    if (k < an.sentences.size() && !an.furniture[k]) {
      Sentences.Span intro = an.sentences.get(k);
      int words = an.tokens.firstAtOrAfter(intro.lineEnd()) - an.tokens.firstAtOrAfter(intro.lineStart());
      // lines are stored without surrounding white space: the last character is the line's
      boolean colon = an.text.charAt(intro.lineEnd() - 1) == ':';
      if (colon && words <= 6 && (an.hasCue(intro.lineStart(), intro.lineEnd(), Cue.INCLUDE)
          || amongDocuments(an, intro.lineStart(), intro.lineEnd()))) {
        announced = true;
        k = nextLine(an, k);
      }
    }
    // an item's number on a line of its own (a table read one cell a line)
    boolean numbered = false;
    // a table read one cell a line, its rows numbered: only the cell right after a number names a
    // document; the others (signatories, a description: "Renews an earlier MoU.") name none
    boolean numberedRows = false;
    int cells = 0;
    while (k < an.sentences.size()) {
      Sentences.Span s = an.sentences.get(k);
      int ls = s.lineStart();
      int le = s.lineEnd();
      if (an.furniture[k]) break;
      // the columns' names and the items' numbers of a table are no items, and do not end the list
      if (announced && (NUMBER_ONLY.matcher(an.text).region(ls, le).matches()
          || TABLE_RULE.matcher(an.text).region(ls, le).matches()
          || items == 0 && TABLE_HEADER.matcher(an.text).region(ls, le).find())) {
        numbered |= NUMBER_ONLY.matcher(an.text).region(ls, le).matches();
        numberedRows |= numbered;
        consumed.add(s.line());
        k = nextLine(an, k);
        continue;
      }
      // "| 1 | Agreement on ... | signatory |": the row's opening bar is no part of its first cell
      if (an.text.charAt(ls) == '|') ls = skipSpaces(an.text, ls + 1, le);
      // the item's bullet, looked for at the line's start (the matcher's region: no copy of the line)
      Matcher b = BULLET.matcher(an.text).region(ls, le);
      int itemStart = b.lookingAt() ? b.end() : ls;
      boolean bullet = itemStart > ls || numbered;
      if (numberedRows && !numbered && items > 0) {
        // the row's other cells, up to the next number (a text after the table goes on alone)
        if (++cells > MAX_ROW_CELLS) break;
        k = nextLine(an, k);
        continue;
      }
      cells = 0;
      numbered = false;
      // a table row on one line: the item is its first cell that is not a number; the other
      // cells (the signatories) are no part of its title
      int cellEnd = tab(an.text, itemStart, le);
      if (cellEnd >= 0) {
        if (NUMBER_ONLY.matcher(an.text).region(itemStart, cellEnd).matches()) {
          itemStart = nextCell(an.text, cellEnd, le);
          bullet = true;
          cellEnd = tab(an.text, itemStart, le);
        }
        if (cellEnd >= 0) le = cellEnd;
      }
      // a list item names a document type within its first tokens
      int ft = an.tokens.firstAtOrAfter(itemStart);
      List<DocTypes.Mention> ds = an.docTypesIn(itemStart, le);
      if (!ds.isEmpty() && ds.get(0).tokenStart() - ft <= 3) {
        int d = descriptionColon(an, ds.get(0), le);
        if (d >= 0) {
          le = d;
          ds = an.docTypesIn(itemStart, le);
        }
      }
      // "The memorandum sets a frame for ...": after an item, a sentence that opens with a
      // determiner and its type word tells what the item before is
      boolean describes = items > 0 && !ds.isEmpty() && ft < an.tokens.size()
          && DESCRIBING.contains(an.tokens.norm(ft)) && ".!?".indexOf(an.text.charAt(le - 1)) >= 0;
      boolean item = !ds.isEmpty() && ds.get(0).tokenStart() - ft <= 3 && !describes
          && (announced || bullet || items > 0 || le - ls < 300)
          && !verbalSign(an, itemStart, le, ds.isEmpty() ? null : ds.get(0)) && !an.hasCue(itemStart, le, Cue.CONCERNS);
      if (!item && announced && headedItems(an, sg, itemStart, le) > 0) {
        items++;
        consumed.add(s.line());
        k = nextLine(an, k);
        last = k - 1;
        continue;
      }
      if (!item && announced && bullet && head != null && ds.isEmpty() && BareSubject.add(an, sg, head, itemStart, le)) {
        items++;
        consumed.add(s.line());
        k = nextLine(an, k);
        last = k - 1;
        continue;
      }
      if (!item && announced && items > 0) {
        // the signatories of a table read one cell a line, or a line that tells what the item
        // before is: passed over when the list goes on right after them
        int next = BareSubject.skipToItem(an, k);
        if (next > k) {
          k = next;
          continue;
        }
      }
      if (!item) break;
      // "-Memorandum of Understanding" over "between the Governments on ...;": the title goes on
      // on the lines after it
      int upTo = le == s.lineEnd() ? continuedTo(an, k) : k;
      for (int c = k + 1; c <= upTo; c++) consumed.add(an.sentences.get(c).line());
      if (upTo > k) le = an.sentences.get(upTo).lineEnd();
      DocumentListReader.addDocs(an, sg, itemStart, le, true);
      items++;
      consumed.add(s.line());
      k = nextLine(an, upTo);
      last = k - 1;
    }
    return last;
  }

  /** The most cells of a row after its document's: signatories of both sides, a description. */
  private static final int MAX_ROW_CELLS = 4;

  /** The most lines one item's title runs on to after its first. */
  private static final int MAX_CONTINUED_LINES = 3;

  /**
   * The last sentence of the lines that go on the item of sentence {@code k}'s line, or {@code k}:
   * a line that does not end an item (no stop, semicolon or colon at its end) goes on on the next
   * when that one opens with a word in lower case that is no type word of an item of its own
   * ("-Memorandum of Understanding" / "between the Governments on ...", "Соглашение между
   * Правительством Республики Узбекистан" / "и Правительством Российской Федерации о ...").
   */
  private static int continuedTo(Analysis an, int k) {
    int last = k;
    for (int n = 0; n < MAX_CONTINUED_LINES; n++) {
      int end = an.sentences.get(last).lineEnd();
      if (".;:!?".indexOf(an.text.charAt(end - 1)) >= 0) break;
      int next = nextLine(an, last);
      if (next >= an.sentences.size() || an.furniture[next]) break;
      Sentences.Span x = an.sentences.get(next);
      if (!Character.isLowerCase(an.text.charAt(x.lineStart()))) break;
      List<DocTypes.Mention> ds = an.docTypesIn(x.lineStart(), x.lineEnd());
      if (!ds.isEmpty() && ds.get(0).tokenStart() - an.tokens.firstAtOrAfter(x.lineStart()) <= 1) break;
      // the next line's last sentence: the line is joined whole
      last = nextLine(an, next) - 1;
    }
    return last;
  }

  /**
   * Line text[ls, le) opens with a word that picks some out ("Among", "Среди") and names documents
   * (a word for documents or a type word in the plural): "Среди ключевых документов:", "Among
   * the main agreements:".
   */
  private static boolean amongDocuments(Analysis an, int ls, int le) {
    if (!SigningClause.amongWord(an, an.tokens.firstAtOrAfter(ls))) return false;
    if (an.hasCue(ls, le, Cue.DOCUMENTS)) return true;
    for (DocTypes.Mention m : an.docTypesIn(ls, le)) if (DocumentListReader.plural(an, m)) return true;
    return false;
  }

  /**
   * The end of the cell that starts at {@code from}: the first tab or bar between cells in
   * text[from, to), or -1 (looked for within the line only: linear overall). A bar that closes
   * the row ("... | signatory |") ends its last cell too.
   */
  private static int tab(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\t') return i;
      if (c == '|' && i > from && text.charAt(i - 1) == ' ' && (i + 1 == to || text.charAt(i + 1) == ' ')) {
        return i - 1;
      }
    }
    return -1;
  }

  /** The start of the cell after the one that ends at {@code cellEnd} (a tab, or " | "). */
  private static int nextCell(String text, int cellEnd, int to) {
    int i = skipSpaces(text, cellEnd + (text.charAt(cellEnd) == '\t' ? 1 : 0), to);
    if (i < to && text.charAt(i) == '|') i++;
    return skipSpaces(text, i, to);
  }

  private static int skipSpaces(String text, int from, int to) {
    while (from < to && text.charAt(from) == ' ') from++;
    return from;
  }

  /**
   * Line text[ls, le), which holds a bar between spaces, is a row of a table (the signed
   * documents of an outcome page, as text extractors write HTML tables) rather than a menu
   * ("Home | News | World"): it opens with a bar, with a cell that is only a number, with a
   * table header ("S.No. | Name of the document"), or with a cell that names a document type
   * within its first words.
   */
  static boolean tableRow(Analysis an, int ls, int le) {
    String text = an.text;
    if (ls >= le) return false;
    if (text.charAt(ls) == '|') return true;
    int cell = text.indexOf(BAR, ls);
    if (cell < 0 || cell >= le) return false;
    if (NUMBER_ONLY.matcher(text).region(ls, cell).matches()) return true;
    if (TABLE_HEADER.matcher(text).region(ls, le).find()) return true;
    List<DocTypes.Mention> ds = an.docTypesIn(ls, cell);
    int ft = an.tokens.firstAtOrAfter(ls);
    return !ds.isEmpty() && ds.get(0).tokenStart() - ft <= 3 && an.tokens.firstAtOrAfter(cell) - ft >= 4;
  }

  /**
   * "MoU on Cooperation in Sports: The MoU provides for ...", "Agreement on X: it sets up ...", "MoU on
   * Y – It lets ...": the colon or the spaced dash after an item's title that opens a description
   * of it (a word of {@link #DESCRIBING} or a word in lower case), or -1. Only after some words of
   * title past the type word {@code m}.
   */
  private static int descriptionColon(Analysis an, DocTypes.Mention m, int le) {
    int t0 = m.tokenEnd();
    for (int t = t0 + 1; t < an.tokens.size() && an.tokens.start(t) < le; t++) {
      int gap = an.tokens.end(t - 1);
      String between = an.text.substring(gap, an.tokens.start(t));
      int mark = markAt(between);
      if (mark < 0) continue;
      char first = an.text.charAt(an.tokens.start(t));
      if (DESCRIBING.contains(an.tokens.norm(t)) || Character.isLowerCase(first)) return gap + mark;
    }
    return -1;
  }

  /** The offset in {@code between} (the text between two words) of a colon or a spaced dash, or -1. */
  private static int markAt(String between) {
    int colon = between.indexOf(": ");
    if (colon >= 0) return colon;
    String s = between.strip();
    if (s.length() == 1 && "–—-".indexOf(s.charAt(0)) >= 0 && between.startsWith(" ") && between.endsWith(" ")) {
      return between.indexOf(s.charAt(0)) - 1;
    }
    return -1;
  }

  /** The plural type word of the signing sentence {@code si} ("MoUs signed:"), or null. */
  private static DocTypes.Mention listHead(Analysis an, int si) {
    Sentences.Span s = an.sentences.get(si);
    DocTypes.Mention head = null;
    for (DocTypes.Mention m : an.docTypesIn(s.start(), s.end())) {
      // "MoUs/Agreements exchanged:": which item is of which type is not told; the first-named
      // type, the commoner one, heads them all (as for "five memoranda and agreements on ...")
      if (DocumentListReader.plural(an, m)) return m;
    }
    return head;
  }

  /**
   * "Digital Partnership: documents on ... were exchanged. Railway Connectivity: an MoU on ...":
   * an announced list whose items are headings in capitals, each followed by a colon and a
   * description (outcome lists of foreign ministries, run into one paragraph or one per line).
   * Each heading is a document named as printed; its type is the first type word of its
   * description, else OTHER (a shared vision or commitment). Reads only a line whose first words
   * are such a heading; returns the number of documents read.
   */
  static int headedItems(Analysis an, Signing sg, int from, int to) {
    Matcher h = HEADING.matcher(an.text).region(from, to);
    List<int[]> heads = new ArrayList<>();
    while (h.find()) {
      // a heading opens the line or follows the end of a sentence
      int b = h.start(1) - 1;
      while (b >= from && an.text.charAt(b) == ' ') b--;
      if (b >= from && ".!?;".indexOf(an.text.charAt(b)) < 0) continue;
      heads.add(new int[] {h.start(1), h.end(1), h.end()});
    }
    if (heads.isEmpty() || heads.get(0)[0] != from) return 0;
    List<Doc> one = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < heads.size(); i++) {
      int[] hd = heads.get(i);
      int descEnd = i + 1 < heads.size() ? heads.get(i + 1)[0] : to;
      List<DocTypes.Mention> ds = an.docTypesIn(hd[2], descEnd);
      DocTypes.Mention m = ds.isEmpty() ? null : ds.get(0);
      String title = an.text.substring(hd[0], hd[1]).strip();
      Doc d = new Doc();
      d.type = m != null ? m.docType().type() : "OTHER";
      TitleCutter.setTitles(an, d, title);
      d.sectors.addAll(an.kb.sectors.sectors(an.text.substring(hd[0], descEnd)));
      d.start = hd[0];
      d.end = hd[1];
      d.core = TitleCutter.core(an, title, hd[0], hd[1]);
      sg.add(d, one);
      n++;
    }
    return n;
  }

  /** A heading of an outcome list: up to seven capitalised words (with "and", "of", "&"), then ": ". */
  private static final Pattern HEADING = Pattern.compile(
      "(\\p{Lu}[\\p{L}\\d-]*(?: (?:and|of|the|for|&|\\p{Lu}[\\p{L}\\d-]*)){0,6}):\\s");

  /**
   * The first sentence after sentence {@code k} on another line (or the number of sentences).
   * Found by binary search: line numbers rise with the sentences, and a page of one long line
   * holds all of them on one.
   */
  static int nextLine(Analysis an, int k) {
    int line = an.sentences.get(k).line();
    int lo = k + 1;
    int hi = an.sentences.size();
    while (lo < hi) {
      an.lookups++;
      int mid = (lo + hi) >>> 1;
      if (an.sentences.get(mid).line() <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A signing verb in [from, to) (not a noun such as "exchange" in "Protocol on the exchange of
   * ..."), other than a participle right after the item's type word {@code head} ("MoU signed
   * between A and B on C": the item names its document as outcome lists do).
   */
  private static boolean verbalSign(Analysis an, int from, int to, DocTypes.Mention head) {
    for (CueHit c : an.cuesIn(from, to)) {
      if (!c.is(Cue.SIGN) || c.is(Cue.SIGN_NOUN)) continue;
      boolean participle = head != null && c.tokenStart() == head.tokenEnd() && c.tokenEnd() < an.tokens.size()
          && PARTICIPLE_NEXT.contains(an.tokens.norm(c.tokenEnd()));
      if (!participle) return true;
    }
    return false;
  }

  /** Words after "signed" that make it a participle naming its document: "MoU signed between ...". */
  private static final Set<String> PARTICIPLE_NEXT = Set.of("between", "with", "by");
}
