package org.coopevents.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopevents.dedup.ArticleSketch;
import org.coopevents.extract.ArticleExtractor;
import org.coopevents.extract.ArticleText;

/**
 * {@code coopevents bench large [--sizes=1,2,4,8,16]}: the extraction core (ArticleExtractor on
 * the cleaned text, and the dedup sketch) on single articles of 1, 2, 4, 8 and 16 MB, printing
 * CPU-seconds per MB for each size. Every step of extraction is meant to be linear in the
 * article's length: the seconds per MB stay flat from 1 to 16 MB when it is, and grow with the
 * size where some step scans the text (or a list of what was found in it) once per sentence.
 *
 * <p>Two shapes of article are measured, both built by repeating a few paragraphs written for
 * this bench (signings with counted and listed documents, dates, sectors, a price, a plan): an
 * English report with one paragraph per line, and a Russian one with all its paragraphs on a
 * single line (a page whose line breaks were lost), where any per-sentence look at "the line"
 * is a look at the whole article.
 */
public final class LargeArticleBench {
  private LargeArticleBench() {}

  static final String[] EN = {
      "TASHKENT, May 16 (Wire) - President Kassym-Jomart Tokayev of Kazakhstan held talks with"
          + " President Shavkat Mirziyoyev of Uzbekistan in Tashkent on Thursday.",
      "After the talks the two presidents signed a package of 14 documents, including an"
          + " Agreement on the demarcation of the state border, a Memorandum of understanding on"
          + " cooperation in energy and a Protocol on trade in farm products.",
      "The documents signed include the following:",
      "- Roadmap for industrial cooperation for 2024-2026;",
      "- Programme of cultural exchanges between the two ministries;",
      "Another memorandum concerns joint work in tourism.",
      "The sides agreed to widen cooperation in transport, trade and investment, and talked about"
          + " joint projects in health care and education.",
      "Trade between the two countries reached $4 billion last year, officials said, and six"
          + " agreements worth $1.2 billion were signed by companies.",
      "Uzbekistan will buy air defence systems from Kazakhstan, the defence ministers said after"
          + " they signed three memorandums on military-technical cooperation.",
      "No agreement on water sharing was signed, and the leaders plan to sign a treaty on"
          + " allied relations in 2025.",
  };

  static final String[] RU = {
      "ТАШКЕНТ, 16 мая. Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом"
          + " Узбекистана Шавкатом Мирзиёевым в Ташкенте.",
      "По итогам переговоров главы государств подписали пакет из 14 документов, в том числе"
          + " Соглашение о демаркации государственной границы, Меморандум о сотрудничестве в"
          + " области энергетики и Протокол о торговле сельскохозяйственной продукцией.",
      "Также подписаны следующие документы: Дорожная карта промышленной кооперации на 2024-2026"
          + " годы; Программа культурного обмена между министерствами.",
      "Еще один меморандум касается совместной работы в сфере туризма.",
      "Стороны договорились расширять сотрудничество в области транспорта, торговли и"
          + " инвестиций, обсудили совместные проекты в здравоохранении и образовании.",
      "Товарооборот двух стран в прошлом году достиг 4 млрд долларов, компании подписали шесть"
          + " соглашений на сумму 1,2 млрд долларов.",
      "Узбекистан закупит у Казахстана системы противовоздушной обороны, сообщили министры"
          + " обороны, подписавшие три меморандума о военно-техническом сотрудничестве.",
      "Соглашение о разделе водных ресурсов не подписано, договор о союзнических отношениях"
          + " стороны планируют подписать в 2025 году.",
  };

  /** An article of about {@code bytes} bytes of UTF-8 text, built by repeating {@code paragraphs}. */
  static ArticleText article(String[] paragraphs, String language, boolean oneLine, long bytes) {
    StringBuilder b = new StringBuilder();
    long size = 0;
    String sep = oneLine ? " " : "\n";
    while (size < bytes) {
      for (String p : paragraphs) {
        if (b.length() > 0) b.append(sep);
        b.append(p);
        size += p.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    String title = language.equals("ru") ? "Казахстан и Узбекистан подписали пакет документов"
        : "Kazakhstan and Uzbekistan sign a package of documents";
    return new ArticleText("large-" + language + "-" + bytes, null, "bench", title, language,
        LocalDate.of(2024, 5, 16), b.toString());
  }

  /** Seconds of CPU of this thread per MB for one article. */
  record Figure(String shape, int megabytes, double seconds, int events) {
    double secondsPerMb() {
      return seconds / megabytes;
    }
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<Integer> sizes = List.of(1, 2, 4, 8, 16);
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (a.startsWith("--sizes=")) {
          List<Integer> s = new ArrayList<>();
          for (String x : a.substring(8).split(",")) s.add(Integer.parseInt(x.strip()));
          if (s.isEmpty() || s.stream().anyMatch(x -> x < 1 || x > 256)) {
            throw new IllegalArgumentException("--sizes takes sizes in MB from 1 to 256");
          }
          sizes = s;
        } else {
          throw new IllegalArgumentException(a + ": unknown option of bench large");
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("coopevents bench: " + e.getMessage());
      err.println(BenchCommand.USAGE);
      return 2;
    }
    ArticleExtractor ex = ArticleExtractor.create();
    out.println("machine   " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + "; load " + BenchCommand.loadAverage());
    // warm-up: the JIT compiles the core on a small article of each shape first
    for (int r = 0; r < 3; r++) {
      ex.extract(article(EN, "en", false, 200_000));
      ex.extract(article(RU, "ru", true, 200_000));
    }
    out.println("single articles, one thread (CPU-seconds of extraction and sketch per MB; flat = linear):");
    for (String shape : new String[] {"en, a paragraph per line", "ru, all on one line"}) {
      boolean ru = shape.startsWith("ru");
      double first = -1;
      for (int mb : sizes) {
        Figure f = measure(ex, shape, ru ? article(RU, "ru", true, mb * 1_000_000L)
            : article(EN, "en", false, mb * 1_000_000L), mb);
        if (first < 0) first = f.secondsPerMb();
        out.printf(Locale.ROOT, "  %-26s %3d MB: %7.2f s, %.3f s per MB (x%.2f of the first size), %d events%n",
            shape, mb, f.seconds(), f.secondsPerMb(), f.secondsPerMb() / first, f.events());
      }
    }
    out.println("load after: " + BenchCommand.loadAverage());
    return 0;
  }

  static Figure measure(ArticleExtractor ex, String shape, ArticleText a, int mb) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    long t0 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    int events = ex.extract(a).events.size();
    ArticleSketch.of(a.text);
    long t1 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    return new Figure(shape, mb, (t1 - t0) / 1e9, events);
  }
}
