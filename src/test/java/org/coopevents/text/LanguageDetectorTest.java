package org.coopevents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @Test
  void emptyOrLetterlessIsUndetermined() {
    assertEquals("und", LanguageDetector.detect(null));
    assertEquals("und", LanguageDetector.detect(""));
    assertEquals("und", LanguageDetector.detect("16.05.2024 14:35 — 1 234"));
    assertEquals("und", LanguageDetector.detect("© 2"));
  }

  @Test
  void aTextsCountsAreTheSumOfItsLinesCounts() throws java.io.IOException {
    // markForeign detects a page from the sum of its lines' counts: it must answer as detect()
    // on the joined text does, on every page of the dev corpus and on mixed-script lines
    java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(
        "Минск\nMinsk and Baku\nБаку — столица Азербайджана, ъезд объём\nمرحبا بالعالم\n東京 と ソウル 서울",
        "Ukrainian line: Україна і Європа\nРусская строка про съезд и объём\nQuelle été\n\n\nΣΟΦΙΑΣ"));
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
        java.nio.file.Path.of("testdata/dev"))) {
      for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        texts.add(java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8)
            .replace("\\n", "\n"));
      }
    }
    int lines = 0;
    for (String text : texts) {
      LanguageDetector.Profile sum = new LanguageDetector.Profile();
      for (String line : text.split("\n", -1)) {
        sum.add(LanguageDetector.profile(line));
        lines++;
      }
      assertEquals(LanguageDetector.profile(text).toString(), sum.toString());
      assertEquals(LanguageDetector.detect(text), sum.language());
    }
    org.junit.jupiter.api.Assertions.assertTrue(lines > 1000, "lines read: " + lines);
  }

  @Test
  void englishArticle() {
    assertEquals("en", LanguageDetector.detect(
        "Belarus and Azerbaijan have signed an action plan on tourism for the next two years, the "
        + "presidential press service said on Thursday. The sides also agreed to expand trade."));
  }

  @Test
  void russianArticle() {
    assertEquals("ru", LanguageDetector.detect(
        "Беларусь и Азербайджан подписали план действий по развитию сотрудничества в сфере туризма, "
        + "сообщила пресс-служба президента. Стороны также договорились нарастить товарооборот."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|Lukashenko meets Aliyev in Baku",
      "en|Minsk, Baku sign six cooperation documents",
      "en|Trade turnover between the two countries grew by 12 percent last year",
      "ru|Лукашенко провел переговоры с Алиевым в Баку",
      "ru|Минск и Баку подписали шесть документов",
      "ru|Товарооборот между странами вырос на 12 процентов по итогам года",
      "ru|Визит Лукашенко в Азербайджан: итоги",
  })
  void shortHeadlines(String lang, String text) {
    assertEquals(lang, LanguageDetector.detect(text));
  }

  @Test
  void englishArticleQuotingRussianIsStillEnglish() {
    assertEquals("en", LanguageDetector.detect(
        "The motto of the forum, \"Вместе в будущее\" (Together into the future), was printed on every "
        + "banner. Delegates from both countries said the event had helped them find new partners in "
        + "machine building and agriculture."));
  }

  @Test
  void russianArticleWithEnglishNamesIsStillRussian() {
    assertEquals("ru", LanguageDetector.detect(
        "Компания Gomselmash и холдинг Azersun Holding договорились о поставках техники, сообщили в "
        + "Министерстве промышленности. Сборка начнется в Гяндже."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "uk|Президент України провів зустріч з делегацією, під час якої сторони обговорили співпрацю в галузі енергетики.",
      "be|Беларусь і Азербайджан падпісалі пагадненне аб супрацоўніцтве ў галіне адукацыі, паведаміла прэс-служба.",
      "kk|Қазақстан мен Өзбекстан арасындағы сауда көлемі өткен жылы айтарлықтай өсті, деп хабарлады министрлік.",
      "ky|Кыргызстан менен Өзбекстан ортосундагы соода жүгүртүү өткөн жылы өстү, деп билдирди министрлик.",
      "tg|Президенти Ҷумҳурии Тоҷикистон бо ҳайати Қазоқистон дар бораи ҳамкорӣ гуфтугӯ кард.",
      "bg|България и Азербайджан ще подпишат споразумение за сътрудничество в областта на енергетиката, съобщи министерството.",
      "sr|Србија и Азербејџан потписали су споразум о сарадњи у области енергетике, саопштило је министарство.",
      "mk|Македонија и Србија ќе потпишат договор за соработка во областа на енергетиката, соопшти министерството.",
      "mn|Монгол Улс болон Казахстан улсын хамтын ажиллагааны тухай хэлэлцээрт гарын үсэг зурав.",
      "de|Die beiden Präsidenten unterzeichneten ein Abkommen über die Zusammenarbeit im Bereich der Energie.",
      "fr|Les deux présidents ont signé un accord de coopération dans le domaine de l'énergie et du tourisme.",
      "es|Los dos presidentes firmaron un acuerdo de cooperación en el ámbito de la energía y el turismo.",
      "it|I due presidenti hanno firmato un accordo di cooperazione nel settore dell'energia e del turismo.",
      "pt|Os dois presidentes assinaram um acordo de cooperação na área da energia e do turismo.",
      "pl|Prezydenci obu krajów podpisali porozumienie o współpracy w dziedzinie energetyki i turystyki.",
      "tr|İki cumhurbaşkanı enerji ve turizm alanında işbirliği anlaşması imzaladı, bakanlık tarafından açıklandı.",
      "az|Azərbaycan və Belarus prezidentləri turizm sahəsində əməkdaşlıq haqqında saziş imzalayıblar.",
      "uz|Oʻzbekiston va Qozogʻiston prezidentlari savdo hamda energetika sohasidagi hamkorlik boʻyicha kelishuv imzoladi.",
      "zh|白俄罗斯总统与阿塞拜疆总统在巴库举行会谈，双方签署了多项合作文件。",
      "ja|両国の大統領はバクーで会談し、観光分野での協力に関する文書に署名した。",
      "ko|양국 정상은 바쿠에서 회담을 갖고 관광 분야 협력 문서에 서명했다.",
      "ar|وقع رئيسا البلدين على اتفاقية للتعاون في مجال الطاقة والسياحة في باكو.",
      "fa|رئیسان جمهور دو کشور در باکو یک سند همکاری در زمینه گردشگری امضا کردند.",
      "hy|Երկու երկրների նախագահները ստորագրեցին համագործակցության համաձայնագիր։",
      "ka|ორი ქვეყნის პრეზიდენტებმა ხელი მოაწერეს თანამშრომლობის შეთანხმებას.",
  })
  void otherLanguages(String lang, String text) {
    assertEquals(lang, LanguageDetector.detect(text));
  }

  @Test
  void ukrainianAndRussianToldApartByLetters() {
    assertEquals("uk", LanguageDetector.detect("Їхня зустріч відбулася в Києві"));
    assertEquals("ru", LanguageDetector.detect("Их встреча состоялась в Киеве"));
  }
}
