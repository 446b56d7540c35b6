package dev.planforge.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.Messages;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.model.PlanLocale;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The slips of a Chinese keyboard: each is found at its character and the text is read as meant;
 * full-width characters that are the plan's own text (in values, quotes, block scalars, comments,
 * lists of sentences) are never taken for slips.
 */
class YamlSlipsTest {

  private static final String HEAD = "plan_format: 1\ntitle: T\nas_of: 2026-06-30\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "summary: 目标：提高复购率，降低流失\n",
      "summary: as_of：2026 # 注：这里，那里\n# 说明：as_of：x，y\n",
      "overview:\n  values:\n    - 阶段一：调研\n    - 阶段二：上线\n",
      "overview:\n  values:\n    - note：见附件\n    - 其他\n",
      "summary: |\n  　　第一段：我们的目标，是提高复购率\n  　　第二段\nsubtitle: x\n",
      "summary: >-\n  mission：text\n  　　vision：more\n",
      "summary: 这是一段很长的文字\n  mission：继续，并且\n  　　缩进的一行\n",
      "summary: \"as_of：x，[a，b]\"\nsubtitle: 'it''s：{id：b}'\n",
      "summary: \"first\n  　　mission：second\"\n",
      "overview:\n  values: [我们的目标是提高复购率，同时降低流失, 第二项]\n",
      "team:\n  - {id: li, name: 李，王}\n  - {id: wang, name: Li，Wang}\n",
      "overview:\n  description:\n    目标：提高\n",
      "title2: 第２季度\nsubtitle: ２０２６年\n",
      "market:\n  target_share: [15,25]\n",
      "team:\n  - {id: li, name: 时间:　上午}\n",
      "budget:\n  items:\n    - id: b1\n      unit_cost: 45,000\n",
      "summary: \"５\"\nsubtitle: '２０２６-０６-３０'\n",
      "summary: ５\n  continued as text\n",
      "overview:\n  values:\n    - - a：b\n",
      "overview:\n  values:\n    - target：更多会员\n",
      "overview:\n  values: [growth，data, CRM，ERP]\n",
      "overview:\n  values:\n    - 目标：提高复购\n      措施：发放优惠券\n",
  })
  void givenFullWidthCharactersThatAreText_whenScanned_thenNoSlipAndTheTextIsUnchanged(String body) {
    String text = HEAD + body;

    YamlSlips.Result result = YamlSlips.find(text);

    assertEquals(List.of(), result.slips());
    assertEquals(text, result.repaired());
  }

  @Test
  void givenFullWidthColonAfterATopLevelKey_whenScanned_thenOneSlipAtTheColonAndTheTextAsMeant() {
    String text = HEAD + "locale：zh-CN\n";

    YamlSlips.Result result = YamlSlips.find(text);

    thenSlips(result, "COLON@" + text.indexOf('：'));
    assertEquals(HEAD + "locale: zh-CN\n", result.repaired());
  }

  @Test
  void givenFullWidthColonThenASpaceOrAFullWidthSpace_whenScanned_thenOneColonIsWritten() {
    assertEquals(HEAD + "locale: zh-CN\n", YamlSlips.find(HEAD + "locale： zh-CN\n").repaired());
    assertEquals(HEAD + "locale: zh-CN\n", YamlSlips.find(HEAD + "locale：　zh-CN\n").repaired());
    assertEquals(HEAD + "overview:\n  mission: m\n", YamlSlips.find(HEAD + "overview：\n  mission: m\n").repaired());
  }

  @Test
  void givenFullWidthColonInAListItemWhoseOtherLinesAreKeys_whenScanned_thenItIsASlip() {
    String text = HEAD + "team:\n  - id：li\n    name: Li\n";

    YamlSlips.Result result = YamlSlips.find(text);

    thenSlips(result, "COLON@" + text.indexOf('：'));
    assertEquals(HEAD + "team:\n  - id: li\n    name: Li\n", result.repaired());
  }

  @Test
  void givenOneLineItemWithFullWidthColonInAListOfMappings_whenScanned_thenItIsASlipWhateverTheWord() {
    String text = HEAD + "tiering:\n  customers:\n    - 战略客户: 1\n    - 长期客户：2\n";

    YamlSlips.Result result = YamlSlips.find(text);

    thenSlips(result, "COLON@" + text.indexOf('：'));
  }

  @Test
  void givenItemOfSeveralLinesThatAllLookLikeKeys_whenTheirWordsAreKeys_thenEachColonIsASlip() {
    String text = HEAD + "team:\n  - id：li\n    name：Li\n";

    YamlSlips.Result result = YamlSlips.find(text);

    thenSlips(result, "COLON@" + text.indexOf('：'), "COLON@" + text.lastIndexOf('：'));
    assertEquals(HEAD + "team:\n  - id: li\n    name: Li\n", result.repaired());
  }

  @Test
  void givenSiblingKeyInABlock_whenAnUnknownWordHasAFullWidthColon_thenItIsASlip() {
    String text = HEAD + "tiering:\n  scores:\n    demand: 80\n    潜力：70\n";

    thenSlips(YamlSlips.find(text), "COLON@" + text.indexOf('：'));
  }

  @Test
  void givenFullWidthColonAndCommaInFlowCollections_whenScanned_thenEachIsOneSlip() {
    String text = HEAD + "team: [{id：li, name: Li}, {id: wang，name: Wang}]\ndeps: [t1，t3]\n";

    YamlSlips.Result result = YamlSlips.find(text);

    thenSlips(result, "COLON@" + text.indexOf('：'), "COMMA@" + text.indexOf('，'),
        "COMMA@" + text.lastIndexOf('，'));
    assertEquals(HEAD + "team: [{id: li, name: Li}, {id: wang,name: Wang}]\ndeps: [t1,t3]\n", result.repaired());
  }

  @Test
  void givenFullWidthCommaBetweenCollectionsOrQuotes_whenScanned_thenItSeparatesTheEntries() {
    String text = HEAD + "a: [{id: x}，{id: y}]\nb: [\"p\"，\"q\"]\n";

    assertEquals(HEAD + "a: [{id: x},{id: y}]\nb: [\"p\",\"q\"]\n", YamlSlips.find(text).repaired());
  }

  @Test
  void givenIndentationWithFullWidthSpaces_whenScanned_thenOneSlipPerLineAndEachIsOneSpaceAsTyped() {
    String text = HEAD + "overview:\n　　mission: m\n　　vision: v\n  values: [a]\n";

    YamlSlips.Result result = YamlSlips.find(text);

    thenSlips(result, "INDENT@" + text.indexOf('　'), "INDENT@" + text.indexOf("　　vision"));
    assertEquals(HEAD + "overview:\n  mission: m\n  vision: v\n  values: [a]\n", result.repaired());
  }

  @Test
  void givenFullWidthSpaceAfterADashOrAColon_whenScanned_thenItIsASlip() {
    String text = HEAD + "team:\n  -　id: a\n    name: A\noverview:\n  mission:　m\n";

    YamlSlips.Result result = YamlSlips.find(text);

    thenSlips(result, "SPACE@" + text.indexOf('　'), "SPACE@" + text.lastIndexOf('　'));
    assertEquals(HEAD + "team:\n  - id: a\n    name: A\noverview:\n  mission: m\n", result.repaired());
  }

  @Test
  void givenFullWidthDigits_whenScanned_thenTheRewriteIsTheHalfWidthNumberOrAPaddedDate() {
    String text = HEAD + "start: ２０２６-１-５\nbudget:\n  contingency_percent: ５\n  cap: １２．５\n"
        + "market: {target_share: [１５, ２５]}\n";

    YamlSlips.Result result = YamlSlips.find(text);

    assertEquals(List.of("2026-01-05", "5", "12.5", "15", "25"),
        result.slips().stream().map(YamlSlips.Slip::argument).toList());
    assertEquals(HEAD + "start: 2026-01-05\nbudget:\n  contingency_percent: 5\n  cap: 12.5\n"
        + "market: {target_share: [15, 25]}\n", result.repaired());
  }

  @Test
  void givenThousandsSeparatorsInAFlowMapping_whenScanned_thenOneSlipWithTheNumberWithoutThem() {
    String text = HEAD + "items: [{id: b1, amount: 1,200,000}, {amount: -1,200.50, id: b2}]\n";

    YamlSlips.Result result = YamlSlips.find(text);

    assertEquals(List.of("1200000", "-1200.50"), result.slips().stream().map(YamlSlips.Slip::argument).toList());
    assertEquals(HEAD + "items: [{id: b1, amount: 1200000}, {amount: -1200.50, id: b2}]\n", result.repaired());
  }

  @Test
  void givenRepairedText_whenPositionsAreMappedBack_thenTheyPointAtThePlannersCharacters() {
    String text = "a: [{id：x, n: 1,000}]\nb: c\n";

    YamlSlips.Result result = YamlSlips.find(text);

    String repaired = result.repaired();
    assertEquals("a: [{id: x, n: 1000}]\nb: c\n", repaired);
    assertEquals(text.indexOf('x'), result.toOriginal(repaired.indexOf('x')));
    assertEquals(text.indexOf("1,000"), result.toOriginal(repaired.indexOf("1000")));
    assertEquals(text.indexOf("b: c"), result.toOriginal(repaired.indexOf("b: c")));
    assertEquals(text.length(), result.toOriginal(repaired.length()));
  }

  @Test
  void givenSlipsInsideNodes_whenLoaded_thenEachIsOneErrorNamingItsPathAndTheTreeIsAsMeant() {
    String text = "plan_format: 1\ntitle：T\nteam:\n　- {id：li, name: Li}\nitems: [{amount: 1,200}]\n";
    SourceMap map = new SourceMap();
    Reporter report = new Reporter(Messages.of(PlanLocale.EN), map);

    JsonNode tree = YamlLoader.parse(text, "p.yaml", map, report);

    assertNotNull(tree);
    assertEquals("T", tree.path("title").asText());
    assertEquals("li", tree.path("team").path(0).path("id").asText());
    assertEquals(1200, tree.path("items").path(0).path("amount").intValue());
    assertEquals(List.of(
            "p.yaml:2:6 title yaml.fullWidthColon",
            "p.yaml:4:1 team[0] yaml.fullWidthSpace",
            "p.yaml:4:7 team[0].id yaml.fullWidthColon",
            "p.yaml:5:18 items[0].amount yaml.thousandsSeparator"),
        report.diagnostics().stream().map(d -> d.location() + " " + d.path() + " " + d.rule()).toList());
    assertEquals(new Location("p.yaml", 5, 18), map.valueOf(PlanPath.of("items", 0, "amount")),
        "values keep the positions the planner typed them at");
  }

  @Test
  void givenManySlipsInABigFile_whenScanned_thenAtMostTheLimitAreReported() {
    String text = HEAD + "overview:\n" + "　　x: y\n".repeat(YamlSlips.MAX_SLIPS + 50);

    YamlSlips.Result result = YamlSlips.find(text);

    assertEquals(YamlSlips.MAX_SLIPS, result.slips().size());
    assertTrue(result.repaired().startsWith(HEAD + "overview:\n  x: y\n"));
  }

  private static void thenSlips(YamlSlips.Result result, String... expected) {
    List<String> actual = result.slips().stream()
        .map(s -> s.kind() + "@" + s.at())
        .collect(Collectors.toList());
    assertEquals(List.of(expected), actual, () -> "repaired:\n" + result.repaired());
  }
}
