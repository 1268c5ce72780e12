package org.coopevents.testing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the WARC files of {@code testdata/samples} (run with the project folder as argument)
 * and the same files for tests. The pages are written by us; the archives are real WARC/1.1
 * written by jwarc.
 */
public final class TestdataWarcs {
  static final Instant CRAWLED = Instant.parse("2024-06-14T08:00:00Z");
  static final Charset CP1251 = Charset.forName("windows-1251");

  private TestdataWarcs() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    writeArchive(root.resolve("testdata/samples/warc/crawl-2024-06.warc.gz"), true);
    writeCorrupt(root.resolve("testdata/samples/bad/corrupt-member.warc.gz"));
  }

  public static String englishPage() {
    return WarcFixtures.newsPage("Mongolia and Japan agree to expand cooperation in mining and education",
        "2024-06-12T10:00:00+08:00", "en",
        "ULAANBAATAR, June 12 - Mongolian Prime Minister Luvsannamsrain Oyun-Erdene held talks in "
            + "Ulaanbaatar with Japanese Foreign Minister Yoko Kamikawa, who is on an official visit to Mongolia.",
        "The sides agreed to expand cooperation in mining, renewable energy and higher education, "
            + "and discussed preparations for a visit by the Mongolian leader to Tokyo.",
        "Kamikawa also met President Ukhnaagiin Khurelsukh.")
        .replace("%CHARSET%", "utf-8");
  }

  public static String russianPage() {
    return WarcFixtures.newsPage("Мишустин провел переговоры с премьер-министром Узбекистана",
        "2024-06-11", "ru",
        "Председатель Правительства России Михаил Мишустин провел в Москве переговоры с "
            + "премьер-министром Узбекистана Абдуллой Ариповым.",
        "Стороны обсудили развитие промышленной кооперации, поставки энергоносителей и "
            + "сотрудничество в области образования.",
        "По итогам встречи подписан меморандум о взаимопонимании в сфере цифровой экономики.")
        .replace("%CHARSET%", "windows-1251");
  }

  public static String gzippedPage() {
    return WarcFixtures.newsPage("Qatar and Indonesia sign investment agreement",
        "2024-06-13", "en",
        "JAKARTA, June 13 - Qatar and Indonesia signed an agreement on the promotion and protection "
            + "of investments during talks between Indonesian President Joko Widodo and the Emir of "
            + "Qatar, Sheikh Tamim bin Hamad Al Thani, in Jakarta.",
        "The emir is on a state visit to Indonesia, his first since 2017.")
        .replace("%CHARSET%", "utf-8");
  }

  /** An archive with three articles and five records that are not articles. */
  public static void writeArchive(Path file, boolean gzip) throws IOException {
    Files.createDirectories(file.getParent());
    try (WarcFixtures w = new WarcFixtures(file, gzip)) {
      String u1 = "https://nomad-times.example/en/2024/06/12/mongolia-japan";
      w.request(u1, CRAWLED)
          .html(u1, CRAWLED, englishPage(), StandardCharsets.UTF_8, true)
          .metadata(u1, CRAWLED);
      String u2 = "https://moskva-vedomosti.example/2024/06/11/mishustin-aripov";
      w.html(u2, CRAWLED.plusSeconds(60), russianPage(), CP1251, false);
      String u3 = "https://nusantara-daily.example/2024/06/13/qatar-indonesia";
      w.response(u3, CRAWLED.plusSeconds(120), 200, "text/html; charset=utf-8",
          gzippedPage().getBytes(StandardCharsets.UTF_8), true, true);
      w.response("https://nusantara-daily.example/missing", CRAWLED.plusSeconds(130), 404,
          "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8),
          false, false);
      w.response("https://nusantara-daily.example/logo.png", CRAWLED.plusSeconds(140), 200,
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, false, false);
      w.revisit(u1, CRAWLED.plusSeconds(3600));
    }
  }

  /**
   * A gzipped archive of three articles whose middle gzip member is damaged: a reader must
   * reject that record and still read the third.
   */
  public static void writeCorrupt(Path file) throws IOException {
    Path tmp = Files.createTempFile("corrupt", ".warc.gz");
    long[] ends = new long[3];
    try (WarcFixtures w = new WarcFixtures(tmp, true)) {
      w.html("https://a.example/1", CRAWLED, englishPage(), StandardCharsets.UTF_8, true);
    }
    ends[0] = Files.size(tmp);
    byte[] first = Files.readAllBytes(tmp);
    try (WarcFixtures w = new WarcFixtures(tmp, true)) {
      w.html("https://a.example/2", CRAWLED, gzippedPage(), StandardCharsets.UTF_8, true);
    }
    byte[] second = Files.readAllBytes(tmp);
    try (WarcFixtures w = new WarcFixtures(tmp, true)) {
      w.html("https://a.example/3", CRAWLED, russianPage(), CP1251, true);
    }
    byte[] third = Files.readAllBytes(tmp);
    Files.delete(tmp);
    // damage the deflate data in the middle of the second member
    for (int i = second.length / 2; i < second.length / 2 + 24; i++) second[i] ^= 0x5a;
    Files.createDirectories(file.getParent());
    try (var out = Files.newOutputStream(file)) {
      out.write(first);
      out.write(second);
      out.write(third);
    }
  }
}
