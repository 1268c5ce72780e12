package org.coopevents.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coopevents.model.RawArticle;
import org.coopevents.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextPageReaderTest {
  @TempDir Path dir;

  private CollectingSink read(String folder, String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(folder).resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    CollectingSink s = new CollectingSink();
    long n = new TextPageReader(ReadLimits.defaults()).read(InputSource.of(f), s);
    assertEquals(1, n);
    assertEquals(1, s.articles.size() + s.rejects.size());
    return s;
  }

  @Test
  void firstLineIsTitleAndFolderIsSource() throws IOException {
    CollectingSink s = read("steppe-daily", "p.txt",
        "\n\nLeaders meet in Astana\nHome | News\nThe presidents met on Monday.\n"
            .getBytes(StandardCharsets.UTF_8));
    RawArticle a = s.articles.get(0);
    assertEquals("Leaders meet in Astana", a.title);
    assertEquals("steppe-daily", a.source);
    assertThat(a.text, containsString("The presidents met on Monday."));
    assertEquals("TXT", a.format);
  }

  @Test
  void windows1251PageComesOutReadable() throws IOException {
    String page = "Президент прибыл в Минск\nПрезидент Казахстана прибыл в Минск с официальным визитом. "
        + "Стороны обсудили торговлю и промышленную кооперацию.\n";
    CollectingSink s = read("ru", "p.txt", page.getBytes(Charset.forName("windows-1251")));
    assertEquals("Президент прибыл в Минск", s.articles.get(0).title);
    assertThat(s.articles.get(0).text, containsString("промышленную кооперацию"));
  }

  @Test
  void emptyBinaryAndTitleOnlyPagesAreRejected() throws IOException {
    assertThat(read("x", "e.txt", new byte[0]).reasons(), contains("EMPTY_FILE"));
    assertThat(read("x", "b.txt", new byte[] {0, 1, 2, 3, 0, 5}).reasons(), contains("BINARY_FILE"));
    assertThat(read("x", "t.txt", "Only a title\n\n".getBytes(StandardCharsets.UTF_8)).reasons(),
        contains("EMPTY_TEXT"));
  }

  @Test
  void dateAndAddressPrintedUnderTheHeadlineAreRead() throws IOException {
    String page = String.join("\n",
        "Ministers agree on a rail corridor",
        "",
        "Steppe Daily   Home | Politics | Business",
        "12:40, 4 April 2024",
        "Source: https://www.steppe-daily.example/politics/rail-corridor-4521",
        "",
        "Ministers agree on a rail corridor",
        "",
        "The transport ministers of the two countries met in Astana on 3 April 2024 and agreed "
            + "to build a new rail corridor, officials said after talks that lasted most of the day.",
        "");
    RawArticle a = read("steppe-daily", "p.txt", page.getBytes(StandardCharsets.UTF_8)).articles.get(0);
    assertEquals("2024-04-04", a.publishedAt);
    assertEquals("https://www.steppe-daily.example/politics/rail-corridor-4521", a.url);
    assertEquals("steppe-daily", a.source);
  }

  @Test
  void russianDatelineWithCounterIsRead() throws IOException {
    String page = String.join("\n",
        "Премьеры обсудили поставки зерна",
        "МИНСКИЙ ВЕСТНИК  Главная | Политика | Экономика",
        "Экономика",
        "13 марта 2025 года 17:02  |  Просмотры: 5 410",
        "",
        "Премьер-министры двух стран провели переговоры в Минске и договорились увеличить поставки "
            + "зерна уже в этом году; соглашение подпишут 20 марта 2025 года.",
        "Источник: https://minsk-vestnik.example/economy/grain-2025");
    RawArticle a = read("minsk-vestnik", "p.txt", page.getBytes(StandardCharsets.UTF_8)).articles.get(0);
    assertEquals("2025-03-13", a.publishedAt);
    assertEquals("https://minsk-vestnik.example/economy/grain-2025", a.url);
  }

  @Test
  void aDateInsideTheStoryOrAnUnlabelledLinkAtTheEndIsNotThePagesOwn() throws IOException {
    String page = String.join("\n",
        "Leaders meet in Astana",
        "Home | News",
        "The presidents met on 4 April 2024 and agreed to meet again in the autumn.",
        "Read more on our site:",
        "https://steppe-daily.example/other-story");
    RawArticle a = read("steppe-daily", "p.txt", page.getBytes(StandardCharsets.UTF_8)).articles.get(0);
    assertEquals(null, a.publishedAt);
    assertEquals(null, a.url);
  }

  @Test
  void anUpdateDateCountsOnlyWhenNoPublicationDateIsPrinted() throws IOException {
    String both = "Talks in Baku\nPublished: April 4, 2024\nUpdated: April 6, 2024 09:15\n"
        + "The two foreign ministers held talks.\n";
    assertEquals("2024-04-04", read("x", "a.txt", both.getBytes(StandardCharsets.UTF_8))
        .articles.get(0).publishedAt);
    String updatedOnly = "Talks in Baku\nОбновлено 06.04.2024 09:15\nThe two foreign ministers held talks.\n";
    assertEquals("2024-04-06", read("x", "b.txt", updatedOnly.getBytes(StandardCharsets.UTF_8))
        .articles.get(0).publishedAt);
  }
}
