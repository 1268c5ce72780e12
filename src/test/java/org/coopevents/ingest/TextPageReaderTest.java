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
}
