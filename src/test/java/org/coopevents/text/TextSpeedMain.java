package org.coopevents.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: measures single-thread throughput of clean + normalize + detect + split on pages of
 * about 4 KB (half English, half Russian) with a menu, a date and related links around the text. Run after {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes org.coopevents.text.TextSpeedMain}.
 */
public final class TextSpeedMain {
  private TextSpeedMain() {}

  public static void main(String[] args) {
    List<String> pages = new ArrayList<>();
    String[] english = {
      "Belarus and China have agreed to step up joint production of agricultural machinery and buses, "
          + "Prime Minister Roman Golovchenko said after talks with a Chinese delegation on Thursday.\n\n",
      "\"We see great potential in assembling our tractors in Chinese provinces,\" he told reporters. "
          + "He added that the first batch could be shipped in the autumn, e.g. in October.\n\n",
      "Trade between the two countries reached $1.5 billion in the first quarter, up 12 percent, "
          + "according to the U.S. Department of Commerce and Dr. Li Wei of the trade mission.\n\n",
      "The following documents were signed:\n- Agreement on cooperation in the field of energy;\n"
          + "- Protocol on cooperation in veterinary medicine.\n\n",
    };
    String[] russian = {
      "А.Г. Лукашенко провел переговоры с И.Г. Алиевым в г. Баку 16 мая 2024 г. Стороны обсудили "
          + "промышленную кооперацию и создание совместных предприятий.\n\n",
      "«Мы готовы участвовать в восстановлении освобожденных территорий», — сказал Президент Беларуси. "
          + "По его словам, речь идет о строительстве жилья и дорог.\n\n",
      "Товарооборот между странами в 2023 году составил 1,5 млрд. долл., т.е. вырос на 12%. "
          + "Основу экспорта составили тракторы, грузовики и продукты питания.\n\n",
      "По итогам переговоров подписаны документы:\n1. Соглашение о сотрудничестве в области энергетики;\n"
          + "2. Протокол о сотрудничестве в области ветеринарии.\n\n",
    };
    for (int p = 0; p < 50; p++) {
      String[] parts = p % 2 == 0 ? english : russian;
      StringBuilder b = new StringBuilder("Home\nWorld\nEconomy\nHome > World > Asia\n16 May 2024, 14:35\n\n");
      int k = p;
      while (b.length() < 3800) {
        b.append(parts[k++ % parts.length]);
      }
      b.append("Share\nRelated news\nMinsk hosts industrial exhibition\nЛента новостей\n© 2024 All rights reserved.\n");
      pages.add(b.toString());
    }
    long bytes = 0;
    for (String page : pages) {
      bytes += page.length();
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long sink = 0;
    for (int warm = 0; warm < 2; warm++) {
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        for (String page : pages) {
          String text = TextNormalizer.normalize(PageFurnitureCleaner.clean(page, "Belarus, China agree"));
          sink += LanguageDetector.detect(text).length();
          sink += SentenceSplitter.split(text).size();
        }
      }
      long ns = System.nanoTime() - t0;
      long cpu = mx.getCurrentThreadCpuTime() - c0;
      int docs = rounds * pages.size();
      System.out.printf("%s: %d pages of %.1f KB avg: wall %.3f ms/page (%.0f pages/s), thread CPU %.3f ms/page "
          + "(%.0f pages/s, %.1f MB/s) (sink %d)%n",
          warm == 0 ? "warm-up" : "measured", docs, bytes / 1024.0 / pages.size(), ns / 1e6 / docs,
          docs / (ns / 1e9), cpu / 1e6 / docs, docs / (cpu / 1e9), (double) bytes * rounds / (cpu / 1e9) / 1e6, sink);
    }
  }
}
