package org.coopevents.extract;

import java.nio.file.Paths;
import java.util.List;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.PhraseMatcher;
import org.coopevents.knowledge.Tokens;

/** Debug tool: CPU time per phase of extraction over the dev corpus. */
public final class PhaseTimes {
  public static void main(String[] args) throws Exception {
    List<ArticleText> as = org.coopevents.bench.CoreBenchmarkAccess.read(Paths.get("testdata/dev"));
    Knowledge kb = Knowledge.load();
    PhraseMatcher<Cue> cues = Cues.build();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] t = new long[10];
    for (int rep = 0; rep < 60; rep++) {
      for (ArticleText a : as) {
        long c0 = mx.getCurrentThreadCpuTime();
        Tokens tok = Tokens.of(a.text);
        long c1 = mx.getCurrentThreadCpuTime();
        Sentences.split(a.text);
        long c2 = mx.getCurrentThreadCpuTime();
        kb.leaders.findMentions(tok);
        long c3 = mx.getCurrentThreadCpuTime();
        kb.countries.findMentions(tok, java.util.Set.of());
        long c4 = mx.getCurrentThreadCpuTime();
        cues.findAll(tok);
        kb.titles.findMentions(tok);
        kb.docTypes.findMentions(tok, 0, tok.size());
        kb.sectors.findMentions(tok, 0, tok.size());
        long c5 = mx.getCurrentThreadCpuTime();
        Analysis an = new Analysis(a, kb, cues);
        long c6 = mx.getCurrentThreadCpuTime();
        List<VisitFinder.Visit> v = VisitFinder.find(an);
        long c7 = mx.getCurrentThreadCpuTime();
        SigningFinder.find(an);
        long c8 = mx.getCurrentThreadCpuTime();
        if (rep > 10) {
          t[0] += c1 - c0; t[1] += c2 - c1; t[2] += c3 - c2; t[3] += c4 - c3; t[4] += c5 - c4;
          t[5] += c6 - c5; t[6] += c7 - c6; t[7] += c8 - c7;
        }
      }
    }
    String[] names = {"tokens", "sentences", "leaders", "countries", "cues+titles+doctypes+sectors", "Analysis total", "visits", "signings"};
    for (int i = 0; i < 8; i++) System.out.printf("%-30s %.1f us/article%n", names[i], t[i] / 1e3 / (49.0 * as.size()));
  }
}
