package org.coopevents.text;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset KOI8R = Charset.forName("KOI8-R");
  private static final Charset ISO5 = Charset.forName("ISO-8859-5");

  private static final String BODY = """
      <h1>Визит премьер-министра Армении в Минск</h1>
      <div class="news-text">
      <p>Премьер-министр Армении прибыл в Минск с официальным визитом. В аэропорту его встретил глава
      белорусского правительства, сообщает пресс-служба Совета министров.</p>
      <p>В ходе переговоров стороны обсудили поставки сельскохозяйственной техники, строительство
      совместного предприятия по выпуску лифтов и сотрудничество в сфере высшего образования.</p>
      <p>По итогам встречи подписаны соглашение о взаимной защите инвестиций и программа культурного
      обмена на ближайшие три года. Следующее заседание межправительственной комиссии пройдёт в Ереване.</p>
      </div>
      <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Телеграм</a></div>
      """;

  private static String page(String head) {
    return "<html><head>" + head + "<title>Визит премьер-министра Армении в Минск</title></head><body>"
        + BODY + "</body></html>";
  }

  @Test
  void windows1251PageWithOnlyMetaCharsetIsReadable() {
    byte[] bytes = page("<meta charset=\"windows-1251\">").getBytes(CP1251);
    assertEquals(CP1251, HtmlCharset.detect(bytes, null));
    HtmlPage p = HtmlMainText.extract(HtmlCharset.decode(bytes, null), null);
    assertThat(p.text, containsString("Премьер-министр Армении прибыл в Минск с официальным визитом."));
    assertThat(p.text, containsString("пройдёт в Ереване."));
    assertThat(p.text, not(containsString("ВКонтакте")));
    assertEquals("Визит премьер-министра Армении в Минск", p.title);
  }

  @Test
  void windows1251PageWithOnlyHttpHeaderIsReadable() {
    byte[] bytes = page("").getBytes(CP1251);
    assertEquals(CP1251, HtmlCharset.detect(bytes, "text/html; charset=windows-1251"));
    String html = HtmlCharset.decode(bytes, "text/html; Charset=\"cp1251\"");
    assertThat(HtmlMainText.extract(html, null).text,
        containsString("подписаны соглашение о взаимной защите инвестиций"));
  }

  @Test
  void httpEquivMetaIsRead() {
    byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
        .getBytes(CP1251);
    assertEquals(CP1251, HtmlCharset.detect(bytes, null));
  }

  @Test
  void headerWinsOverMeta() {
    byte[] bytes = page("<meta charset=\"windows-1251\">").getBytes(KOI8R);
    assertEquals(KOI8R, HtmlCharset.detect(bytes, "text/html;charset=koi8-r"));
    assertThat(HtmlCharset.decode(bytes, "text/html;charset=koi8-r"), containsString("Премьер-министр Армении"));
  }

  @Test
  void undeclaredCyrillicCodePagesAreTellApart() {
    String html = page("");
    assertEquals(CP1251, HtmlCharset.detect(html.getBytes(CP1251), null));
    assertEquals(KOI8R, HtmlCharset.detect(html.getBytes(KOI8R), null));
    assertEquals(ISO5, HtmlCharset.detect(html.getBytes(ISO5), null));
    assertThat(HtmlCharset.decode(html.getBytes(KOI8R), null), containsString("межправительственной комиссии"));
  }

  @Test
  void undeclaredUtf8AndWesternPages() {
    String ru = page("");
    assertEquals(StandardCharsets.UTF_8, HtmlCharset.detect(ru.getBytes(StandardCharsets.UTF_8), null));
    String fr = "<html><body><p>Le président a reçu à l'Élysée le ministre des Affaires étrangères du Kenya."
        + "</p></body></html>";
    byte[] latin = fr.getBytes(Charset.forName("windows-1252"));
    assertEquals(Charset.forName("windows-1252"), HtmlCharset.detect(latin, null));
    assertEquals(fr, HtmlCharset.decode(latin, null));
  }

  @Test
  void latin1LabelMeansWindows1252AndBomIsStripped() {
    assertEquals(Charset.forName("windows-1252"), HtmlCharset.detect("<meta charset=iso-8859-1>".getBytes(
        StandardCharsets.US_ASCII), null));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
    assertEquals("<p>", HtmlCharset.decode(bom, "text/html; charset=windows-1251"));
    assertEquals("", HtmlCharset.decode(new byte[0], null));
  }

  @Test
  void unknownLabelFallsBackToDetection() {
    byte[] bytes = page("<meta charset=\"x-no-such-charset\">").getBytes(CP1251);
    assertEquals(CP1251, HtmlCharset.detect(bytes, "text/html; charset=bogus"));
  }

  @Test
  void declarationsTheBytesContradictAreOverruled() {
    byte[] cp1251SaysUtf8 = page("<meta charset=\"utf-8\">").getBytes(CP1251);
    assertEquals(CP1251, HtmlCharset.detect(cp1251SaysUtf8, null));
    assertThat(HtmlCharset.decode(cp1251SaysUtf8, null), containsString("Премьер-министр Армении"));
    byte[] utf8Says1251 = page("<meta charset=\"windows-1251\">").getBytes(StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, HtmlCharset.detect(utf8Says1251, null));
    byte[] asciiSays1251 = "<meta charset=windows-1251><p>plain</p>".getBytes(StandardCharsets.US_ASCII);
    assertEquals(CP1251, HtmlCharset.detect(asciiSays1251, null));
  }
}
