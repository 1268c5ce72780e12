package org.coopevents.report;

import static org.coopevents.report.Html.cut;
import static org.coopevents.report.Html.esc;
import static org.coopevents.report.Html.link;
import static org.coopevents.report.Html.percent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;
import org.coopevents.model.RejectRow;

/**
 * Renders a {@link ReportData} as one self-contained HTML page: inline CSS (with print rules)
 * and inline SVG charts, no scripts and no external resources. Every string from data is
 * escaped; only http(s) addresses become links. Stateless.
 */
public final class ReportPage {
  private static final Map<String, String> TYPE_COLOURS = Map.of(
      "VISIT", "#4e79a7", "SIGNING", "#e15759", "COOPERATION", "#59a14f");
  private static final String OTHER_COLOUR = "#9c9c9c";
  private static final String BAR_COLOUR = "#4e79a7";
  /** Months are shown one by one (gaps filled) up to this span; longer spans show only months with events. */
  private static final int MAX_FILLED_MONTHS = 120;

  private ReportPage() {}

  public static String render(ReportData d) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>coopevents run report</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(h, d);
    monthly(h, d);
    pairs(h, d);
    sectors(h, d);
    largest(h, d);
    quality(h, d);
    h.append("<footer>Written by coopevents ").append(esc(d.run.version))
        .append(" from the Parquet tables of this folder. Rebuild it with "
            + "<code>scripts/coopevents report DIR</code>.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, ReportData d) {
    h.append("<header>\n<h1>coopevents run report</h1>\n<p class=\"run\">")
        .append("version <b>").append(esc(orDash(d.run.version))).append("</b> (Beam ")
        .append(esc(orDash(d.run.beamVersion))).append(") &middot; started <b>")
        .append(esc(orDash(seconds(d.run.startedAt)))).append("</b> &middot; finished <b>")
        .append(esc(orDash(seconds(d.run.finishedAt)))).append("</b> &middot; runner ")
        .append(esc(orDash(d.run.runner))).append("<br>output <code>")
        .append(esc(orDash(d.run.output))).append("</code> &middot; --input <code>")
        .append(esc(orDash(d.run.inputOption))).append("</code>");
    if (!d.run.incremental.isEmpty()) h.append("<br>").append(esc(d.run.incremental));
    h.append("</p>\n");
    h.append("<div class=\"cards\">\n");
    card(h, "articles", d.articles, "articles read");
    card(h, "events", d.events, "events");
    card(h, "documents", d.documents, "signed documents");
    card(h, "mentions", d.mentions, "mentions");
    card(h, "rejects", d.rejects, "rejected units");
    h.append("</div>\n");
    h.append(d.run.inputs.size() <= 12 ? "<details class=\"inputs\" open><summary>"
        : "<details class=\"inputs\"><summary>").append(d.run.inputs.size())
        .append(" input file(s)</summary>\n<table><thead><tr><th>file</th><th class=\"n\">bytes"
            + "</th><th class=\"n\">units read</th><th class=\"n\">accepted</th>"
            + "<th class=\"n\">rejected</th></tr></thead><tbody>\n");
    for (RunInfo.Input in : d.run.inputs) {
      h.append("<tr><td class=\"path\">").append(esc(in.path)).append("</td><td class=\"n\">")
          .append(in.sizeBytes < 0 ? "" : String.valueOf(in.sizeBytes))
          .append("</td><td class=\"n\">").append(in.unitsRead).append("</td><td class=\"n\">")
          .append(in.accepted).append("</td><td class=\"n\">").append(in.rejected)
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></details>\n</header>\n");
  }

  private static void card(StringBuilder h, String id, long n, String label) {
    h.append("<div class=\"card\"><span class=\"num\" id=\"n-").append(id)
        .append("\" data-count=\"").append(n).append("\">").append(n)
        .append("</span><span class=\"lbl\">").append(label).append("</span></div>\n");
  }

  private static void monthly(StringBuilder h, ReportData d) {
    h.append("<section id=\"months\">\n<h2>Events per month by type</h2>\n");
    List<String> months = months(d);
    if (months.isEmpty()) {
      h.append("<p class=\"empty\">No dated events.</p>\n");
    } else {
      long max = 1;
      for (String m : months) {
        long s = 0;
        for (String t : d.eventTypes) s += d.eventsIn(m, t);
        max = Math.max(max, s);
      }
      int left = 36;
      int bottom = 44;
      int plotH = 180;
      int slot = Math.max(8, Math.min(40, 900 / months.size()));
      int w = left + slot * months.size() + 10;
      int hgt = plotH + bottom + 10;
      h.append("<svg class=\"chart\" role=\"img\" aria-label=\"events per month\" viewBox=\"0 0 ")
          .append(w).append(' ').append(hgt).append("\" width=\"").append(w)
          .append("\" height=\"").append(hgt).append("\">\n");
      for (long tick : ticks(max)) {
        double y = 10 + plotH - (double) plotH * tick / max;
        h.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" "
            + "class=\"grid\"/><text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%d"
            + "</text>\n", left, w - 10, y, y, left - 4, y + 4, tick));
      }
      int every = Math.max(1, (int) Math.ceil(months.size() / 24.0));
      for (int i = 0; i < months.size(); i++) {
        String m = months.get(i);
        double x = left + i * slot + slot * 0.1;
        double bw = slot * 0.8;
        double y = 10 + plotH;
        StringBuilder title = new StringBuilder(m);
        for (String t : d.eventTypes) {
          long n = d.eventsIn(m, t);
          if (n == 0) continue;
          double bh = (double) plotH * n / max;
          y -= bh;
          h.append(String.format(Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
              x, y, bw, bh, colour(t)));
          title.append(", ").append(t).append(' ').append(n);
        }
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"10\" width=\"%.1f\" "
            + "height=\"%d\" fill=\"transparent\"><title>%s</title></rect>\n", x, bw, plotH,
            esc(title.toString())));
        if (i % every == 0) {
          double cx = x + bw / 2;
          h.append(String.format(Locale.ROOT, "<text class=\"tick\" transform=\"translate(%.1f,%d)"
              + " rotate(-50)\" text-anchor=\"end\">%s</text>\n", cx + 3, plotH + 16, esc(m)));
        }
      }
      h.append("</svg>\n");
    }
    h.append("<p class=\"legend\">");
    for (String t : d.eventTypes) {
      long total = 0;
      for (Map<String, Long> byType : d.eventsByMonth.values()) total += byType.getOrDefault(t, 0L);
      h.append("<span><i style=\"background:").append(colour(t)).append("\"></i>")
          .append(esc(t)).append(" ").append(total).append("</span> ");
    }
    h.append("</p>\n<p class=\"note\">Month of <code>start_date</code>, or of "
        + "<code>first_reported</code> when the reports do not fix the date. ")
        .append(d.eventsWithoutMonth).append(" event(s) have neither and are not shown.</p>\n")
        .append("</section>\n");
  }

  /** The months of the chart: every month from first to last when the span is short. */
  static List<String> months(ReportData d) {
    List<String> out = new ArrayList<>();
    if (d.eventsByMonth.isEmpty()) return out;
    try {
      YearMonth first = YearMonth.parse(d.eventsByMonth.firstKey());
      YearMonth last = YearMonth.parse(d.eventsByMonth.lastKey());
      if (first.plusMonths(MAX_FILLED_MONTHS).isAfter(last)) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) out.add(m.toString());
        return out;
      }
    } catch (RuntimeException e) {
      // not yyyy-MM: fall through to the months present
    }
    out.addAll(d.eventsByMonth.keySet());
    return out;
  }

  private static List<Long> ticks(long max) {
    List<Long> out = new ArrayList<>();
    out.add(0L);
    if (max >= 2) out.add(max / 2);
    out.add(max);
    return out;
  }

  private static void pairs(StringBuilder h, ReportData d) {
    h.append("<section id=\"pairs\">\n<h2>Most active country pairs</h2>\n<div class=\"row\">\n")
        .append("<table class=\"pairs\"><thead><tr><th>pair</th><th class=\"n\">events</th>");
    for (String t : d.eventTypes) h.append("<th class=\"n\">").append(esc(lower(t))).append("</th>");
    h.append("<th class=\"n\">documents</th></tr></thead><tbody>\n");
    for (ReportData.PairCount p : d.topPairs) {
      h.append("<tr><td>").append(esc(p.country1)).append(" &ndash; ").append(esc(p.country2))
          .append("</td><td class=\"n\">").append(p.events).append("</td>");
      for (String t : d.eventTypes) {
        h.append("<td class=\"n\">").append(p.eventsByType.getOrDefault(t, 0L)).append("</td>");
      }
      h.append("<td class=\"n\">").append(p.documents).append("</td></tr>\n");
    }
    if (d.topPairs.isEmpty()) h.append("<tr><td colspan=\"6\" class=\"empty\">No events.</td></tr>");
    h.append("</tbody></table>\n");
    matrix(h, d);
    h.append("</div>\n</section>\n");
  }

  private static void matrix(StringBuilder h, ReportData d) {
    List<String> c = d.matrixCountries;
    if (c.size() < 2) return;
    long max = 1;
    for (long v : d.matrix.values()) max = Math.max(max, v);
    int cell = 34;
    int left = 44;
    int top = 44;
    int w = left + cell * c.size() + 4;
    h.append("<figure><svg class=\"matrix\" role=\"img\" aria-label=\"events between the most "
        + "active countries\" viewBox=\"0 0 ").append(w).append(' ').append(w).append("\" width=\"")
        .append(w).append("\" height=\"").append(w).append("\">\n");
    for (int i = 0; i < c.size(); i++) {
      h.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" "
          + "text-anchor=\"end\">%s</text>", left - 4, top + i * cell + cell / 2 + 4, esc(c.get(i))));
      h.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" "
          + "text-anchor=\"middle\">%s</text>\n", left + i * cell + cell / 2, top - 8,
          esc(c.get(i))));
    }
    for (int i = 0; i < c.size(); i++) {
      for (int j = 0; j < c.size(); j++) {
        long v = d.matrix.getOrDefault(ReportData.pairKey(c.get(i), c.get(j)), 0L);
        double a = v == 0 ? 0.0 : 0.15 + 0.85 * v / max;
        int x = left + j * cell;
        int y = top + i * cell;
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
            + "fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"#ddd\"><title>%s &ndash; %s: %d</title>"
            + "</rect>", x, y, cell, cell, BAR_COLOUR, i == j ? 0.0 : a, esc(c.get(i)),
            esc(c.get(j)), v));
        if (v > 0 && i != j) {
          h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
              + "class=\"cell%s\">%d</text>", x + cell / 2, y + cell / 2 + 4,
              a > 0.55 ? " light" : "", v));
        }
      }
      h.append('\n');
    }
    h.append("</svg><figcaption>Events between the ").append(c.size())
        .append(" most active countries (either side).</figcaption></figure>\n");
  }

  private static void sectors(StringBuilder h, ReportData d) {
    h.append("<section id=\"sectors\">\n<div class=\"row\">\n<div>\n<h2>Sectors</h2>\n")
        .append("<table class=\"bars\"><thead><tr><th>sector</th><th>events</th>"
            + "<th class=\"n\">events</th><th class=\"n\">documents</th>"
            + "<th class=\"n\">share of documents</th></tr></thead><tbody>\n");
    long max = 1;
    for (ReportData.SectorCount s : d.sectors) max = Math.max(max, s.events);
    for (ReportData.SectorCount s : d.sectors) {
      h.append("<tr><td>").append(esc(s.sector)).append("</td><td>").append(bar(s.events, max))
          .append("</td><td class=\"n\">").append(s.events).append("</td><td class=\"n\">")
          .append(s.documents).append("</td><td class=\"n\">").append(percent(s.documentShare))
          .append("</td></tr>\n");
    }
    if (d.sectors.isEmpty()) h.append("<tr><td colspan=\"5\" class=\"empty\">No sectors.</td></tr>");
    h.append("</tbody></table>\n<p class=\"note\">Share of documents: the signed documents "
        + "that name the sector, of all ").append(d.documents).append(" documents.</p>\n</div>\n");
    h.append("<div>\n<h2>Document types</h2>\n");
    countTable(h, "type", d.docTypes, d.documents, "No documents.");
    h.append("</div>\n</div>\n</section>\n");
  }

  private static void largest(StringBuilder h, ReportData d) {
    h.append("<section id=\"largest\">\n<h2>Largest events</h2>\n<p class=\"note\">The ")
        .append(d.largestEvents.size()).append(" events reported by the most outlets, then "
            + "articles, then documents.</p>\n");
    for (ReportData.TopEvent te : d.largestEvents) {
      EventRow e = te.event;
      h.append("<article class=\"event\">\n<h3><span class=\"tag\" style=\"background:")
          .append(colour(e.eventType)).append("\">").append(esc(e.eventType)).append("</span> ")
          .append(esc(e.actor1Country)).append(person(e.actor1Person))
          .append(e.eventType.equals("VISIT") ? " &rarr; " : " &ndash; ")
          .append(esc(e.actor2Country)).append(person(e.actor2Person)).append("</h3>\n")
          .append("<p class=\"facts\">").append(esc(e.status));
      if (e.visitKind != null) h.append(" &middot; ").append(esc(e.visitKind)).append(" visit");
      if (e.stance != null) h.append(" &middot; ").append(esc(e.stance));
      h.append(" &middot; ").append(e.startDate == null ? "date not given" : esc(e.startDate)
          + (e.endDate != null && !e.endDate.equals(e.startDate) ? " to " + esc(e.endDate) : ""));
      if (e.locationCity != null || e.locationCountry != null) {
        h.append(" &middot; in ").append(esc(e.locationCity == null ? "" : e.locationCity + ", "))
            .append(esc(e.locationCountry));
      }
      if (!e.sectors.isEmpty()) h.append(" &middot; sectors ").append(esc(String.join(", ", e.sectors)));
      h.append(" &middot; ").append(e.numSources).append(" outlet(s), ").append(e.numArticles)
          .append(" article(s) &middot; <code>").append(esc(e.eventId)).append("</code></p>\n");
      if (!te.documents.isEmpty()) {
        h.append("<ul class=\"docs\">");
        for (DocumentRow doc : te.documents) {
          h.append("<li><b>").append(esc(doc.docType)).append("</b> ").append(esc(doc.title));
          if (!doc.titleOriginal.isEmpty() && !doc.titleOriginal.equals(doc.title)) {
            h.append(" <span class=\"orig\">(").append(esc(doc.titleOriginal)).append(")</span>");
          }
          h.append("</li>");
        }
        h.append("</ul>\n");
      }
      h.append("<table class=\"sources\"><thead><tr><th>outlet</th><th>lang</th><th>link</th>"
          + "<th>evidence</th></tr></thead><tbody>\n");
      for (ReportData.Source s : te.sources) {
        h.append("<tr><td class=\"outlet\">").append(esc(s.outlet)).append("</td><td>")
            .append(esc(s.language))
            .append("</td><td class=\"url\">").append(link(s.url, linkLabel(s.url)))
            .append("</td><td class=\"evidence\">").append(esc(cut(s.evidence, 600)))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n</article>\n");
    }
    if (d.largestEvents.isEmpty()) h.append("<p class=\"empty\">No events.</p>\n");
    h.append("</section>\n");
  }

  private static void quality(StringBuilder h, ReportData d) {
    h.append("<section id=\"quality\">\n<h2>Data quality</h2>\n<div class=\"row\">\n<div>\n")
        .append("<h3>Articles by outcome</h3>\n");
    countTable(h, "outcome", d.outcomes, d.articles, "No articles.");
    h.append("<h3>Languages</h3>\n");
    countTable(h, "language", d.languages, d.articles, "No articles.");
    h.append("</div>\n<div>\n<h3>Dates</h3>\n<p class=\"big\" id=\"start-date-share\" "
        + "data-share=\"").append(String.format(Locale.ROOT, "%.4f", d.startDateShare()))
        .append("\">").append(percent(d.startDateShare())).append("</p><p class=\"note\">of ")
        .append(d.events).append(" events have a <code>start_date</code> (")
        .append(d.eventsWithStartDate).append("); ").append(d.eventsWithEndDate)
        .append(" have an <code>end_date</code>.</p>\n<h3>Outlets per event "
            + "(<code>num_sources</code>)</h3>\n");
    java.util.Map<String, Long> ns = new java.util.LinkedHashMap<>();
    d.numSources.forEach((k, v) -> ns.put(String.valueOf(k), v));
    countTable(h, "num_sources", ns, d.events, "No events.");
    h.append("</div>\n</div>\n<h3>Rejected input units by reason</h3>\n")
        .append("<table class=\"rejects\"><thead><tr><th>reason</th><th class=\"n\">units</th>"
            + "<th>examples (file, location, detail, first bytes)</th></tr></thead><tbody>\n");
    for (Map.Entry<String, Long> r : d.rejectsByReason.entrySet()) {
      h.append("<tr><td>").append(esc(r.getKey())).append("</td><td class=\"n\">")
          .append(r.getValue()).append("</td><td>");
      for (RejectRow x : d.rejectExamples.getOrDefault(r.getKey(), List.of())) {
        h.append("<div class=\"ex\"><span class=\"path\">").append(esc(x.inputFile))
            .append("</span> <i>").append(esc(x.location)).append("</i>: ")
            .append(esc(cut(x.detail, 200)));
        if (!x.sample.isEmpty()) {
          h.append("<code class=\"sample\">").append(esc(cut(x.sample, 120))).append("</code>");
        }
        h.append("</div>");
      }
      h.append("</td></tr>\n");
    }
    if (d.rejectsByReason.isEmpty()) {
      h.append("<tr><td colspan=\"3\" class=\"empty\">Nothing was rejected.</td></tr>");
    }
    h.append("</tbody></table>\n</section>\n");
  }

  /** A table of counts with bars and shares of a total. */
  private static void countTable(StringBuilder h, String what, Map<String, Long> counts,
      long total, String empty) {
    long max = 1;
    for (long v : counts.values()) max = Math.max(max, v);
    h.append("<table class=\"bars\"><thead><tr><th>").append(esc(what))
        .append("</th><th></th><th class=\"n\">n</th><th class=\"n\">share</th></tr></thead>"
            + "<tbody>\n");
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>")
          .append(bar(e.getValue(), max)).append("</td><td class=\"n\">").append(e.getValue())
          .append("</td><td class=\"n\">")
          .append(percent(total == 0 ? 0 : (double) e.getValue() / total)).append("</td></tr>\n");
    }
    if (counts.isEmpty()) h.append("<tr><td colspan=\"4\" class=\"empty\">").append(empty)
        .append("</td></tr>");
    h.append("</tbody></table>\n");
  }

  private static String bar(long v, long max) {
    double w = 140.0 * v / Math.max(1, max);
    return String.format(Locale.ROOT, "<svg class=\"bar\" width=\"140\" height=\"12\" "
        + "aria-hidden=\"true\"><rect width=\"%.1f\" height=\"12\" fill=\"%s\"/></svg>",
        w, BAR_COLOUR);
  }

  /** The host of an address, for a narrow link column; the address itself when it has none. */
  static String linkLabel(String url) {
    if (url == null) return "";
    try {
      String host = java.net.URI.create(url.trim()).getHost();
      if (host != null && !host.isEmpty()) return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      // not a valid URI: shown cut
    }
    return cut(url, 40);
  }

  private static String person(String p) {
    return p == null || p.isEmpty() ? "" : " <span class=\"person\">(" + esc(p) + ")</span>";
  }

  private static String colour(String type) {
    return TYPE_COLOURS.getOrDefault(type, OTHER_COLOUR);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** An ISO instant to the second ("2024-06-01T10:00:00.123456Z" → "2024-06-01 10:00:00 UTC"). */
  static String seconds(String instant) {
    try {
      java.time.Instant t = java.time.Instant.parse(instant);
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
          .withZone(java.time.ZoneOffset.UTC).format(t);
    } catch (RuntimeException e) {
      return instant;
    }
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "\u2013" : s;
  }

  private static final String CSS = String.join("\n",
      "* { box-sizing: border-box; }",
      "body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;"
          + " color: #222; margin: 0 auto; padding: 16px 24px; max-width: 1200px; }",
      "h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 24px 0 8px;"
          + " border-bottom: 1px solid #ccc; padding-bottom: 2px; }",
      "h3 { font-size: 15px; margin: 14px 0 6px; }",
      "code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 12px; }",
      ".run { color: #444; margin: 0 0 10px; overflow-wrap: anywhere; }",
      ".cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0; }",
      ".card { border: 1px solid #ccd; border-radius: 6px; padding: 6px 14px; min-width: 120px; }",
      ".card .num { display: block; font-size: 24px; font-weight: 600; }",
      ".card .lbl { color: #555; font-size: 12px; }",
      "table { border-collapse: collapse; margin: 4px 0; }",
      "th, td { text-align: left; padding: 2px 8px; vertical-align: top; border-bottom: 1px solid #eee; }",
      "th { font-weight: 600; border-bottom: 1px solid #bbb; }",
      "td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }",
      ".row { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; }",
      ".chart { max-width: 100%; height: auto; }",
      ".grid { stroke: #e3e3e3; } .tick { font-size: 10px; fill: #555; }",
      ".cell { font-size: 11px; fill: #222; } .cell.light { fill: #fff; }",
      ".legend span { margin-right: 14px; } .legend i { display: inline-block; width: 11px;"
          + " height: 11px; margin-right: 4px; vertical-align: -1px; }",
      ".note { color: #666; font-size: 12px; margin: 2px 0; }",
      ".empty { color: #888; font-style: italic; }",
      "figure { margin: 0; } figcaption { color: #666; font-size: 12px; }",
      ".event { border: 1px solid #ddd; border-radius: 6px; padding: 6px 12px; margin: 10px 0;"
          + " break-inside: avoid; }",
      ".event h3 { margin: 4px 0; } .person { font-weight: normal; color: #444; }",
      ".tag { color: #fff; border-radius: 3px; padding: 0 6px; font-size: 11px;"
          + " vertical-align: 2px; }",
      ".facts { margin: 2px 0 4px; color: #444; font-size: 13px; }",
      ".docs { margin: 2px 0 4px; padding-left: 20px; } .orig { color: #666; }",
      ".sources { width: 100%; font-size: 12.5px; } .sources td.url, .sources td.outlet {"
          + " white-space: nowrap; } .evidence { color: #333; }",
      ".path { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 12px;"
          + " overflow-wrap: anywhere; }",
      ".rejects .ex { margin: 1px 0 4px; font-size: 12.5px; } .sample { display: block;"
          + " color: #555; white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; }",
      ".big { font-size: 26px; font-weight: 600; margin: 0; }",
      "details.inputs { margin: 6px 0; } details.inputs table { font-size: 12.5px; }",
      "footer { margin: 28px 0 8px; color: #777; font-size: 12px; border-top: 1px solid #ddd;"
          + " padding-top: 6px; }",
      "a { color: #1f5fa8; }",
      "@media print {",
      "  body { max-width: none; padding: 0; font-size: 11px; }",
      "  details.inputs > summary { display: none; } details.inputs table { display: table; }",
      "  h2 { break-after: avoid; } section { break-inside: auto; } tr { break-inside: avoid; }",
      "  a { color: #222; text-decoration: none; }",
      "  svg rect, .tag, .legend i { print-color-adjust: exact; -webkit-print-color-adjust: exact; }",
      "}",
      "");
}
