package org.coopevents.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consistency and behaviour of every loader on the project's data files. */
class KnowledgeDataTest {
  private static final Knowledge KB = Knowledge.load();

  @Test
  void countriesAreConsistent() {
    long members = KB.countries.iso3Codes().stream()
        .filter(c -> KB.countries.get(c).unStatus().equals("MEMBER")).count();
    assertEquals(193, members);
    Map<String, Set<String>> formStates = new HashMap<>();
    for (Countries.Form f : KB.countries.forms()) {
      assertNotNull(KB.countries.get(f.iso3()), "form of an unknown state: " + f);
      assertTrue(f.lang().equals("en") || f.lang().equals("ru"), f.toString());
      formStates.computeIfAbsent(f.lang() + "/" + f.form(), k -> new HashSet<>()).add(f.iso3());
    }
    for (Countries.Form f : KB.countries.forms()) {
      if (formStates.get(f.lang() + "/" + f.form()).size() > 1) {
        assertTrue(f.ambiguous(), "a form shared by two states must be ambiguous: " + f);
      }
    }
  }

  @Test
  void countriesAreFoundInBothLanguages() {
    List<Countries.Mention> en = KB.countries.findMentions(
        "Belarusian President Lukashenko arrived in Baku for talks with Azerbaijan.");
    assertEquals(List.of("BLR", "AZE", "AZE"), en.stream().map(Countries.Mention::iso3).toList());
    assertEquals(Countries.Kind.CAPITAL, en.get(1).kind());
    List<Countries.Mention> ru = KB.countries.findMentions(
        "Президент Беларуси прибыл в Азербайджан; переговоры в Минске, белорусская сторона.");
    assertEquals(List.of("BLR", "AZE", "BLR", "BLR"), ru.stream().map(Countries.Mention::iso3).toList());
  }

  @Test
  void ambiguousFormsNeedContext() {
    // "Georgia" alone is not enough; with Tbilisi or a Georgian adjective it is the state
    assertTrue(KB.countries.findMentions("Peaches from Georgia are sweet.").stream()
        .noneMatch(m -> m.iso3().equals("GEO")));
    assertTrue(KB.countries.findMentions("Georgia and Armenia met in Tbilisi.").stream()
        .anyMatch(m -> m.iso3().equals("GEO") && m.ambiguous()));
  }

  @Test
  void leadersResolveToTheTermValidAtADate() {
    Leaders.Term aliyev = KB.leaders.holder("AZE", Leaders.Role.HEAD_OF_STATE, LocalDate.of(2024, 5, 16));
    assertNotNull(aliyev);
    assertEquals("Ilham Aliyev", aliyev.nameEn());
    for (Leaders.Term t : KB.leaders.terms()) {
      assertNotNull(KB.countries.get(t.iso3()), "leader of an unknown state: " + t);
      assertTrue(t.end() == null || t.start() == null || !t.end().isBefore(t.start()), t.toString());
    }
    Leaders.Mention m = KB.leaders.findMentions("Aliyev said").get(0);
    assertEquals("Ilham Aliyev", m.resolve(LocalDate.of(2024, 5, 16), Set.of("AZE")).nameEn());
  }

  @Test
  void russianNamesAreFoundInEveryCase() {
    String text = "встреча с Ильхамом Алиевым; визит Алиева; Алиеву вручили; Шавката Мирзиёева; "
        + "Касым-Жомарта Токаева; с Александром Лукашенко";
    List<Leaders.Mention> ms = KB.leaders.findMentions(text);
    LocalDate d = LocalDate.of(2024, 5, 16);
    List<String> names = ms.stream().map(m -> m.resolve(d, Set.of()).nameEn()).toList();
    assertEquals(List.of("Ilham Aliyev", "Ilham Aliyev", "Ilham Aliyev", "Shavkat Mirziyoyev",
        "Kassym-Jomart Tokayev", "Alexander Lukashenko"), names);
    assertFalse(ms.get(0).surnameOnly());
    assertTrue(ms.get(1).surnameOnly());
  }

  @Test
  void russianDeclension() {
    assertTrue(RussianNames.declineName("Ильхам Алиев").contains("Ильхамом Алиевым"));
    assertTrue(RussianNames.declineName("Лукашенко").equals(List.of("Лукашенко")));
    assertTrue(RussianNames.declineName("Мирзиёев").contains("Мирзиёева"));
    // particles of Arab names stay as they are: "Мухаммеда бен Зайеда Аль Нахайяна"
    assertTrue(RussianNames.declineName("Мухаммед бен Зайед Аль Нахайян").contains("Мухаммеда бен Зайеда Аль Нахайяна"));
    // East Asian names decline in their last word only: "с Фам Минь Тинем", "с Юн Сок Ёлем"
    assertTrue(RussianNames.declineName("Фам Минь Тинь").contains("Фам Минь Тинем"));
    assertTrue(RussianNames.declineName("Юн Сок Ёль").contains("Юн Сок Ёля"));
  }

  @Test
  void titlesDocTypesAndSectors() {
    assertFalse(KB.titles.all().isEmpty());
    assertEquals(Leaders.Role.HEAD_OF_GOVERNMENT, KB.titles.findMentions("the Prime Minister said").get(0).role());
    assertEquals("MEMORANDUM", KB.docTypes.findMentions("a memorandum of understanding").get(0).docType().type());
    assertEquals("PROTOCOL", KB.docTypes.findMentions("Протоколы о сотрудничестве").get(0).docType().type());
    assertEquals("ACTION_PLAN", KB.docTypes.findMentions("Action plan for tourism").get(0).docType().type());
    Set<String> covered = new HashSet<>();
    for (String code : SectorLexicon.CODES) {
      covered.add(code);
    }
    assertEquals(33, covered.size());
    assertTrue(KB.sectors.sectors("в области туризма").contains("TOURISM"));
    assertTrue(KB.sectors.sectors("joint production of railway equipment").contains("MACHINERY"));
    assertTrue(KB.sectors.sectors("quarantine and plant protection").contains("PHYTOSANITARY"));
    assertTrue(KB.sectors.size() > 200);
  }

  @Test
  void russianTitlesAreRenderedInEnglish() {
    String en = KB.translator.translate("План мероприятий по развитию сотрудничества в сфере туризма на 2024–2025 годы");
    assertTrue(en.toLowerCase().contains("tourism"), en);
    assertTrue(en.contains("2024"), en);
    assertTrue(Character.isUpperCase(en.charAt(0)), en);
    assertEquals("Action Plan for the development of cooperation in the field of tourism for the 2024-2025 period", en);
  }
}
