package org.coopevents.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.PhraseMatcher;
import org.coopevents.knowledge.Tokens;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.MentionRow;

/**
 * Article in, event rows out: visits, signings with their documents, and cooperation by sector,
 * each with the sentence(s) it was read from. Thread-safe; build one per worker (or share).
 */
public final class ArticleExtractor {
  private final Knowledge kb;
  private final PhraseMatcher<Cue> cues;

  private ArticleExtractor(Knowledge kb) {
    this.kb = kb;
    this.cues = Cues.build();
  }

  /** With the project's knowledge files. */
  public static ArticleExtractor create() {
    return new ArticleExtractor(Knowledge.load());
  }

  /** With a given knowledge bundle (tests). */
  public static ArticleExtractor create(Knowledge kb) {
    return new ArticleExtractor(kb);
  }

  public Extraction extract(ArticleText article) {
    if (article.text.isBlank()) return new Extraction(List.of(), List.of(), List.of());
    Analysis an = new Analysis(article, kb, cues);
    List<EventRow> events = new ArrayList<>();
    List<DocumentRow> documents = new ArrayList<>();
    List<MentionRow> mentions = new ArrayList<>();
    String first = article.publishedDate == null ? null : article.publishedDate.toString();
    Map<String, Integer> ordinals = new HashMap<>();

    // visits
    List<VisitFinder.Visit> visits = new ArrayList<>(VisitFinder.find(an));
    // a visit told only as background of other news is none of the article's events
    visits.removeIf(v -> VisitBackground.inPassing(an, v));
    // a trip to a summit of many states is no bilateral visit to its host
    visits.removeIf(v -> SummitTrip.only(an, v));
    Map<String, String> visitIdByPair = new LinkedHashMap<>();
    for (VisitFinder.Visit v : visits) {
      String start = str(v.start);
      String id = id(article, "VISIT", v.guest, v.host, v.status, start, ordinals);
      double conf = 0.5 + (v.candidates.stream().anyMatch(c -> c.hostFromDestination) ? 0.2 : 0)
          + (v.kind.equals("UNSPECIFIED") ? 0 : 0.1) + (v.guestPerson != null ? 0.1 : 0)
          + (v.start != null ? 0.05 : -0.05) + (v.hostInferred ? -0.15 : 0);
      events.add(new EventRow(id, "VISIT", v.guest, v.host, v.guestPerson, v.hostPerson, v.status,
          v.kind, start, str(v.end), v.host, v.city, List.of(), null, null, null, "042", 1, 1, first,
          clamp(conf)));
      Sentences.Span s = best(an, v);
      mentions.add(mention(article, id, s.start(), s.end(), List.of()));
      if (v.status.equals("OCCURRED")) visitIdByPair.putIfAbsent(pair(v.guest, v.host), id);
      else visitIdByPair.putIfAbsent(pair(v.guest, v.host) + "/planned", id);
    }

    // an article about a ratification, a draft approval, greetings or business deals: no
    // signing and no cooperation unless a visit was found
    boolean negativeArticle = visits.isEmpty() && negativeArticle(an);
    if (negativeArticle) return new Extraction(events, documents, mentions);

    // signings
    List<String[]> pairs = new ArrayList<>();
    for (VisitFinder.Visit v : visits) {
      if (!v.enumerationOnly || visits.stream().allMatch(o -> o.enumerationOnly)) pairs.add(new String[] {v.guest, v.host});
    }
    Map<String, Boolean> signedPairs = new HashMap<>();
    for (SigningFinder.Signing sg : SigningFinder.find(an)) {
      List<String[]> visitPairs = new ArrayList<>();
      for (VisitFinder.Visit v : visits) if (v.status.equals("OCCURRED")) visitPairs.add(new String[] {v.guest, v.host});
      SigningParties.settle(an, sg, visitPairs);
      if (sg.a == null) continue;
      dayOfVisit(an, sg, visits);
      if (sg.date == null) sg.date = SigningDate.outcomePageDay(an, sg.a, sg.b, visits, an.sentenceOfOffset(sg.evidenceStart));
      SigningDate.duringVisit(an, sg, visits);
      String a = sg.a.compareTo(sg.b) <= 0 ? sg.a : sg.b;
      String b = sg.a.compareTo(sg.b) <= 0 ? sg.b : sg.a;
      String date = str(sg.firstDay != null && sg.firstDay.isBefore(sg.date) ? sg.firstDay : sg.date);
      String end = str(sg.date);
      String id = id(article, "SIGNING", a, b, "OCCURRED", date, ordinals);
      Integer count = sg.statedCount != null ? sg.statedCount : sg.docs.isEmpty() || sg.roughCount ? null : sg.docs.size();
      String parent = visitIdByPair.get(pair(a, b));
      double conf = 0.6 + (sg.docs.isEmpty() && sg.statedCount == null ? 0 : 0.2)
          + (sg.partiesInText.size() >= 2 || parent != null ? 0.1 : 0) + (sg.date != null ? 0.05 : 0);
      events.add(new EventRow(id, "SIGNING", a, b, person(an, a), person(an, b), "OCCURRED", null,
          date, end, null, null, sectorsOf(sg), null, count, parent, "057", 1, 1, first, clamp(conf)));
      mentions.add(mention(article, id, sg.evidenceStart, sg.evidenceEnd, sectorsOf(sg)));
      for (SigningFinder.Doc d : sg.docs) {
        String did = Ids.of("doc-", id, d.type, Tokens.norm(d.titleEn != null ? d.titleEn : d.titleOriginal));
        documents.add(new DocumentRow(did, id, d.titleEn, d.titleOriginal, d.type, List.of(a, b),
            date, new ArrayList<>(d.sectors), d.periodStart, d.periodEnd, List.of(article.articleId), 1, 1));
      }
      signedPairs.put(pair(a, b), true);
      if (pairs.stream().noneMatch(p -> pair(p[0], p[1]).equals(pair(a, b)))) pairs.add(new String[] {a, b});
    }

    // cooperation: per pair of the visits and signings, else the article's main pair
    if (pairs.isEmpty()) {
      List<Map.Entry<String, Integer>> w = new ArrayList<>(an.countryWeight.entrySet());
      w.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
      // a third state named as often as the second, or a lead that lists three states ("Azerbaijan,
      // Georgia and Turkey signed a trilateral memorandum"), leaves no main pair
      if (w.size() >= 2 && !Analysis.tiedAt(w, 1) && !leadOfThree(an)
          && CooperationFinder.pairTogether(an, w.get(0).getKey(), w.get(1).getKey())
          && CooperationFinder.leaderNamed(an)) {
        pairs.add(new String[] {w.get(0).getKey(), w.get(1).getKey()});
      }
    }
    boolean strict = visits.isEmpty() && signedPairs.isEmpty();
    SectorSupport support = pairs.isEmpty() ? null : SectorSupport.of(an);
    // regional ties (a governor's or an akim's delegation) and ratifications are not the states' cooperation
    if (support != null && (support.regional() || ratificationLead(an))) pairs.clear();
    for (String[] p : pairs) {
      boolean signed = signedPairs.containsKey(pair(p[0], p[1]));
      CooperationFinder.Cooperation co = CooperationFinder.find(an, support, p[0], p[1], signed, strict, pairs);
      if (co == null) continue;
      String id = id(article, "COOPERATION", co.a, co.b, "OCCURRED", null, ordinals);
      String parent = visitIdByPair.get(pair(co.a, co.b));
      String cameo = cameo(co);
      double conf = 0.5 + Math.min(0.3, 0.1 * co.sentences) + (parent != null || signed ? 0.1 : 0);
      events.add(new EventRow(id, "COOPERATION", co.a, co.b, person(an, co.a), person(an, co.b),
          "OCCURRED", null, null, null, null, null, new ArrayList<>(co.sectors), co.stance, null, parent,
          cameo, 1, 1, first, clamp(conf)));
      mentions.add(mention(article, id, co.evidenceStart, co.evidenceEnd, new ArrayList<>(co.sectors)));
    }
    return new Extraction(events, documents, mentions);
  }

  /** The first sentence of the body names three states or more one after another. */
  private static boolean leadOfThree(Analysis an) {
    int k = an.bodyLead();
    if (k < 0) return false;
    Sentences.Span s = an.sentences.get(k);
    return SigningClause.multilateral(an, s.start(), s.end());
  }

  /** The title or the first sentence speaks of a ratification: the treaty's content is not new cooperation. */
  private static boolean ratificationLead(Analysis an) {
    String title = an.article.title == null ? "" : an.article.title;
    Tokens tt = Tokens.of(title);
    for (int i = 0; i < tt.size(); i++) if (ratify(tt.norm(i))) return true;
    if (an.sentences.isEmpty()) return false;
    for (int t = an.sentTokStart[0]; t < an.sentTokEnd[0]; t++) if (ratify(an.tokens.norm(t))) return true;
    return false;
  }

  private static boolean ratify(String w) {
    return w.startsWith("ratif") || w.startsWith("ратифи");
  }

  /** The title or first sentence speaks of a ratification, a draft approval, greetings or business deals. */
  private static boolean negativeArticle(Analysis an) {
    List<int[]> spans = new ArrayList<>();
    if (!an.sentences.isEmpty()) {
      Sentences.Span s0 = an.sentences.get(0);
      spans.add(new int[] {s0.start(), s0.end()});
      if (an.sentences.size() > 1 && s0.end() - s0.start() < 200) {
        Sentences.Span s1 = an.sentences.get(1);
        spans.add(new int[] {s1.start(), s1.end()});
      }
    }
    String title = an.article.title == null ? "" : an.article.title;
    Tokens tt = Tokens.of(title);
    boolean ratify = false;
    boolean draft = false;
    boolean approve = false;
    boolean greet = false;
    boolean call = false;
    boolean business = false;
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tt.size(); i++) words.add(tt.norm(i));
    for (int[] sp : spans) {
      for (int t = an.tokens.firstAtOrAfter(sp[0]); t < an.tokens.firstAtOrAfter(sp[1]); t++) words.add(an.tokens.norm(t));
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      // not "will enter into force after ratification": a step still ahead of a signing
      ratify |= SigningClause.ratificationAt(words, i);
      draft |= w.equals("draft") || w.startsWith("проект");
      approve |= w.startsWith("approv") || w.startsWith("одобр") || w.startsWith("утверд");
      greet |= w.startsWith("congratulat") || w.startsWith("поздрав") || w.startsWith("condolence")
          || w.startsWith("соболезн");
      call |= w.startsWith("phone") || w.startsWith("telephone") || w.startsWith("телефон")
          || w.equals("talks") || w.startsWith("переговор") || w.equals("visit") || w.startsWith("визит");
      business |= w.equals("companies") || w.startsWith("компани") || w.startsWith("предприяти")
          || w.startsWith("завод") || w.equals("firms") || w.equals("investors");
    }
    return ratify || draft && approve || greet && !call || business;
  }

  /**
   * CAMEO code of a cooperation: AGREED is material cooperation (061 economic, 062 military,
   * 063 judicial), PROPOSED is an expressed intent to cooperate materially (031), DISCUSSED an
   * expressed intent to cooperate (030).
   */
  static String cameo(CooperationFinder.Cooperation co) {
    if (co.stance.equals("PROPOSED")) return "031";
    if (co.stance.equals("DISCUSSED")) return "030";
    boolean military = co.sectors.contains("MILITARY_TECHNICAL") || co.sectors.contains("SECURITY");
    boolean judicial = co.sectors.contains("JUSTICE");
    int other = co.sectors.size() - (co.sectors.contains("MILITARY_TECHNICAL") ? 1 : 0)
        - (co.sectors.contains("SECURITY") ? 1 : 0) - (judicial ? 1 : 0);
    if (other > 0) return "061";
    if (military) return "062";
    if (judicial) return "063";
    return "061";
  }

  private static List<String> sectorsOf(SigningFinder.Signing sg) {
    List<String> out = new ArrayList<>();
    for (SigningFinder.Doc d : sg.docs) for (String s : d.sectors) if (!out.contains(s)) out.add(s);
    return out;
  }

  private static Sentences.Span best(Analysis an, VisitFinder.Visit v) {
    VisitFinder.Candidate best = v.candidates.get(0);
    for (VisitFinder.Candidate c : v.candidates) if (c.strength > best.strength) best = c;
    return an.sentences.get(best.sentence);
  }

  private static String person(Analysis an, String iso3) {
    for (Analysis.Ref r : an.refs) {
      if (r.kind() != Analysis.RefKind.PERSON || !r.iso3().equals(iso3)) continue;
      int si = an.sentenceOfOffset(r.start());
      if (si >= 0 && an.furniture[si]) continue;
      return r.person().nameEn();
    }
    return null;
  }

  private static String id(ArticleText a, String type, String x, String y, String status, String date,
      Map<String, Integer> ordinals) {
    int ord = ordinals.merge(type, 1, Integer::sum);
    return Ids.of("ev-", a.articleId, type, x, y, status, date, ord);
  }

  /** "On the first day of the visit, ... signed": the signing's day counted from its pair's visit. */
  private static void dayOfVisit(Analysis an, SigningFinder.Signing sg, List<VisitFinder.Visit> visits) {
    int si = an.sentenceOfOffset(sg.evidenceStart);
    if (si < 0) return;
    for (VisitFinder.Visit v : visits) {
      if (!"OCCURRED".equals(v.status) || !(v.guest.equals(sg.a) && v.host.equals(sg.b) || v.guest.equals(sg.b) && v.host.equals(sg.a))) continue;
      LocalDate day = SigningDate.onDayOfVisit(an, si, v.start, v.end);
      if (day != null) {
        sg.date = day;
        sg.firstDay = null;
      }
      return;
    }
  }

  /** A mention carrying the sectors this article gave the event (kept through dedup). */
  private static MentionRow mention(ArticleText a, String eventId, int start, int end, List<String> sectors) {
    return new MentionRow(eventId, a.articleId, a.url, a.source, a.text.substring(start, end), start, end,
        sectors);
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static double clamp(double c) {
    return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
  }
}
