package dev.planforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.model.Part;
import dev.planforge.model.PlanLocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allowed value a planner meant by another word, from the names the schema gives each value. */
class EnumHintsTest {

  private static final List<EnumHints.Option> STATUS = EnumHints.options(
      List.of("planned", "in_progress", "done", "blocked", "cancelled"),
      List.of("Planned, not started — 未开始", "In progress — 进行中", "Done — 完成", "Blocked — 受阻",
          "Cancelled — 取消"));

  private static final List<EnumHints.Option> LOCALE = EnumHints.options(
      List.of("zh-CN", "en"), List.of("Chinese — 简体中文", "English — 英文"));

  @ParameterizedTest(name = "{0} means {1}")
  @CsvSource({"进行中, in_progress", "In progress, in_progress", "in-progress, in_progress", "IN_PROGRESS, in_progress",
      "Planned, planned", "未开始, planned", "已完成, done", "完成, done", "canceled, cancelled", "in_progres, in_progress"})
  void givenAStatusByAnotherWord_whenMatched_thenTheValueItMeans(String given, String value) {
    assertEquals(value, EnumHints.meant(given, STATUS).value());
  }

  @ParameterizedTest(name = "{0} means {1}")
  @CsvSource({"en-US, en", "en_GB, en", "EN, en", "zh, zh-CN", "zh_CN, zh-CN", "zh-cn, zh-CN", "zh-Hans, zh-CN",
      "中文, zh-CN", "English, en"})
  void givenALanguageTag_whenMatched_thenTheLanguageItNames(String given, String value) {
    assertEquals(value, EnumHints.meant(given, LOCALE).value());
  }

  @Test
  void givenAWordThatNamesNothing_orTwoThingsAtOnce_whenMatched_thenNothing() {
    assertNull(EnumHints.meant("正在做", STATUS));
    assertNull(EnumHints.meant("fr", LOCALE));
    List<EnumHints.Option> twoHighs = EnumHints.options(List.of("high", "higher"), List.of("High — 高", "Higher — 高"));
    assertNull(EnumHints.meant("高", twoHighs));
  }

  @Test
  void givenAnOption_thenItIsNamedInThePlansLanguage() {
    EnumHints.Option option = EnumHints.meant("进行中", STATUS);

    assertEquals("进行中", option.name(PlanLocale.ZH_CN));
    assertEquals("In progress", option.name(PlanLocale.EN));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"usd, USD", "Eur, EUR", "rmb, CNY", "RMB, CNY", "人民币, CNY", "美元, USD", "日元, JPY"})
  void givenACurrencyByAnotherWord_whenMatched_thenItsCode(String given, String code) {
    assertEquals(code, EnumHints.currency(given));
  }

  @Test
  void givenNoCurrency_whenMatched_thenNothing() {
    assertNull(EnumHints.currency("XYZ"));
    assertNull(EnumHints.currency("dollars"));
  }

  @Test
  void givenTheShippedSchema_thenEveryEnumValueHasAnEnglishAndAChineseName_forTheHints() {
    List<String> unnamed = new ArrayList<>();
    walk(SchemaCheck.schemaTree(), "#", unnamed);

    assertEquals(List.of(), unnamed);
  }

  @Test
  void givenTheShippedSchema_thenOmitsAllowsExactlyTheRecommendedParts() {
    JsonNode items = SchemaFields.resolve(SchemaCheck.schemaTree().path("properties").path("omits").path("items"),
        SchemaCheck.schemaTree());
    List<String> allowed = new ArrayList<>();
    items.path("enum").forEach(v -> allowed.add(v.asText()));

    assertEquals(Part.recommendedParts().stream().map(Part::key).toList(), allowed);
  }

  private static void walk(JsonNode node, String at, List<String> unnamed) {
    if (node.isObject()) {
      if (node.has("enum")) {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> values.add(v.asText()));
        List<String> names = new ArrayList<>();
        node.path("markdownEnumDescriptions").forEach(d -> names.add(d.asText()));
        List<EnumHints.Option> options = EnumHints.options(values, names);
        for (EnumHints.Option o : options) {
          if (o.english() == null || o.chinese() == null || o.english().isEmpty() || o.chinese().isEmpty()) {
            unnamed.add(at + " " + o.value());
          }
        }
      }
      node.properties().forEach(e -> walk(e.getValue(), at + "/" + e.getKey(), unnamed));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, unnamed);
      }
    }
  }
}
