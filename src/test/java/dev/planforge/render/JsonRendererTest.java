package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.planforge.cli.Main;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.testing.GivenPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRendererTest {

  @TempDir
  Path dir;

  private String render(String yaml) throws IOException {
    return new String(bytes(GivenPlan.checked(dir, yaml)), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Checked checked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonRenderer().render(Pipeline.document(checked), out);
    return out.toByteArray();
  }

  @Test
  void givenTheSamePlanTwice_whenRendered_thenTheBytesAreTheSame() throws IOException {
    byte[] first = bytes(Pipeline.check(Path.of("plans/meet-fresh.yaml"), "plans/meet-fresh.yaml"));
    byte[] second = bytes(Pipeline.check(Path.of("plans/meet-fresh.yaml"), "plans/meet-fresh.yaml"));

    assertArrayEquals(first, second);
  }

  @Test
  void givenAPlan_whenRendered_thenItIsTwoSpaceIndentedUtf8WithAFinalNewline() throws IOException {
    String json = render(GivenPlan.HEADER.replace("Test plan", "测试") + "overview: {values: []}\n");

    assertTrue(json.startsWith("{\n  \"plan_format\": 1,\n  \"title\": \"测试\",\n"), json);
    assertTrue(json.endsWith("\n}\n"));
    assertTrue(json.contains("\n    \"values\": []\n"), json);
    assertFalse(json.contains("\r") || json.contains("\t"));
  }

  @Test
  void givenMoneyInYuan_whenRendered_thenEveryAmountIsAStringWithTwoDecimals() throws IOException {
    JsonNode budget = new ObjectMapper().readTree(render(GivenPlan.HEADER + """
        budget:
          cap: 2000000
          items:
            - {id: a, category: C, description: D, amount: 1234567.8}
            - {id: b, category: Stamps, description: D, quantity: 8, unit_cost: 0.125}
        """)).get("budget");

    assertEquals("\"2000000.00\"", budget.get("cap").toString());
    assertEquals("\"1234567.80\"", budget.at("/items/0/amount").toString());
    assertEquals("\"0.125\"", budget.at("/items/1/unit_cost").toString(), "the plan's digits are never rounded away");
    assertEquals("\"1.00\"", budget.at("/items/1/amount").toString());
    assertEquals("\"1234568.80\"", budget.get("subtotal").toString());
    assertEquals("\"765431.20\"", budget.get("cap_remaining").toString());
    assertEquals("\"1234567.80\"", budget.at("/by_category/0/amount").toString());
  }

  @Test
  void givenMoneyInYen_whenRendered_thenAmountsHaveNoDecimals() throws IOException {
    JsonNode budget = new ObjectMapper().readTree(render("""
        plan_format: 1
        title: Yen
        currency: JPY
        as_of: 2026-06-30
        budget:
          items:
            - {id: a, category: C, description: D, amount: 1200}
        """)).get("budget");

    assertEquals("\"1200\"", budget.get("total").toString());
    assertEquals("null", budget.get("cap_remaining").toString());
  }

  @Test
  void givenNoBudget_whenRendered_thenThereIsNoBudgetKeyAndCompletenessSaysSo() throws IOException {
    JsonNode root = new ObjectMapper().readTree(render(GivenPlan.HEADER + "conclusion: Done.\n"));

    assertFalse(root.has("budget"));
    assertEquals("[\"conclusion\"]", root.at("/completeness/present").toString());
  }

  @Test
  void givenScoresAndShares_whenRendered_thenTheyAreNumbersWithTheirFixedDecimals() throws IOException {
    String json = render(GivenPlan.HEADER + """
        tiering:
          dimensions: [{id: x, name: X, weight: 100}]
          tiers:
            - {id: top, name: Top, min: 90, target_share: [0, 100]}
            - {id: rest, name: Rest, min: 0}
          customers:
            - {id: c1, name: One, scores: {x: 90}}
        """);

    assertTrue(json.contains("\"score\": 90.00,"), json);
    assertTrue(json.contains("\"share\": 100.0,"), json);
    assertTrue(json.contains("\"share\": 0.0,"), json);
  }

  @Test
  void givenPartsWrittenOutOfOrder_whenRendered_thenTheOtherKeysComeFirstAsWrittenThenThePartsInDocumentOrder()
      throws IOException {
    JsonNode root = json("""
        plan_format: 1
        title: Out of order
        conclusion: Done.
        currency: CNY
        risks: {emergency_response: Call the CEO.}
        as_of: 2026-06-30
        overview: {mission: Serve.}
        version: 2.10
        """);

    assertEquals(List.of("plan_format", "title", "currency", "as_of", "version", "overview", "risks", "conclusion",
        "completeness"), root.properties().stream().map(Map.Entry::getKey).toList());
    assertEquals("2.10", root.get("version").textValue(), "the version is text, exactly as the plan wrote it");
  }

  // A valid plan may leave out any list of a section; its figures are then those of an empty list.

  @Test
  void givenAnEmptyActionPlan_whenRendered_thenItHasTheFiguresOfNoTasks() throws IOException {
    JsonNode actionPlan = json(GivenPlan.HEADER + "action_plan: {}\n").get("action_plan");

    assertFalse(actionPlan.has("tasks"), "nothing is added to what the plan wrote");
    assertEquals(0, actionPlan.at("/by_status/planned").intValue());
    assertEquals("null", actionPlan.get("completion").toString());
    assertEquals("[]", actionPlan.get("overdue").toString());
    assertEquals("null", actionPlan.get("span").toString());
  }

  @Test
  void givenABudgetWithoutItems_whenRendered_thenItsTotalsAreZeroAndTheCapRemains() throws IOException {
    JsonNode budget = json(GivenPlan.HEADER + "budget: {cap: 1000, contingency_percent: 5}\n").get("budget");

    assertFalse(budget.has("items"));
    assertEquals("\"1000.00\"", budget.get("cap").toString());
    assertEquals("\"0.00\"", budget.get("subtotal").toString());
    assertEquals("\"0.00\"", budget.get("total").toString());
    assertEquals("\"1000.00\"", budget.get("cap_remaining").toString());
    assertEquals("[]", budget.get("by_category").toString());
  }

  @Test
  void givenMonitoringWithoutKpis_whenRendered_thenEveryStatusCountsZero() throws IOException {
    JsonNode monitoring = json(GivenPlan.HEADER + "monitoring: {oversight: Monthly review.}\n").get("monitoring");

    assertFalse(monitoring.has("kpis"));
    assertEquals("{\"achieved\":0,\"on_track\":0,\"at_risk\":0,\"no_data\":0}", monitoring.get("by_status").toString());
  }

  @Test
  void givenRisksWithoutARegister_whenRendered_thenTheHeatMapIsEmpty() throws IOException {
    JsonNode risks = json(GivenPlan.HEADER + "risks: {emergency_response: Call the CEO.}\n").get("risks");

    assertFalse(risks.has("register"));
    assertEquals("{\"low\":0,\"medium\":0,\"high\":0,\"critical\":0}", risks.get("by_level").toString());
    assertEquals(5, risks.get("heat_map").size());
    assertEquals("[0,0,0,0,0]", risks.at("/heat_map/0/counts").toString());
  }

  @Test
  void givenTieringWithoutCustomers_whenRendered_thenEveryTierIsEmpty() throws IOException {
    JsonNode tiering = json(GivenPlan.HEADER + """
        tiering:
          dimensions: [{id: x, name: X, weight: 100}]
          tiers:
            - {id: top, name: Top, min: 50}
            - {id: rest, name: Rest, min: 0}
        """).get("tiering");

    assertFalse(tiering.has("customers"));
    assertEquals("weighted_score", tiering.get("method").asText());
    assertEquals(0, tiering.get("customer_count").intValue());
    assertEquals("top", tiering.at("/summary/0/tier").asText());
    assertEquals(0, tiering.at("/summary/0/count").intValue());
    assertEquals("null", tiering.at("/summary/0/share").toString());
  }

  @Test
  void givenAPlanWithAnEmptySectionFirst_whenBothAreRenderedInOneRun_thenBothAreWritten() throws IOException {
    Path out = dir.resolve("out");
    Files.writeString(dir.resolve("a.yaml"), GivenPlan.HEADER + "action_plan: {}\nbudget: {approval: Board}\n");
    Files.writeString(dir.resolve("b.yaml"), GivenPlan.HEADER + "conclusion: Done.\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Main.run(new String[] {"render", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(),
        "--format", "json", "--out", out.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
    assertEquals("\"0.00\"", new ObjectMapper().readTree(out.resolve("a.json").toFile()).at("/budget/total").toString());
    assertTrue(Files.exists(out.resolve("b.json")));
  }

  // Figures belong to items by id, whatever order the plan, the figures or the JSON list them in.

  @Test
  void givenEveryListReversed_whenRendered_thenEachItemKeepsItsOwnFigures() throws IOException {
    JsonNode written = json(plan(UnaryOperator.identity()));
    JsonNode reversed = json(plan(JsonRendererTest::reversed));

    for (String list : ITEM_LISTS.keySet()) {
      Map<String, JsonNode> before = items(written, list);
      Map<String, JsonNode> after = items(reversed, list);
      assertEquals(before, after, list);
      List<String> order = list.equals("/risks/register")
          ? List.copyOf(before.keySet()) // ranked by score in either order
          : reversed(List.copyOf(before.keySet())); // as written
      assertEquals(order, List.copyOf(after.keySet()), list);
    }
    assertOwnFigures(written);
  }

  @Test
  void givenFiguresListedInAnotherOrderThanTheWrittenLists_whenRendered_thenEachItemGetsItsOwnFigures()
      throws IOException {
    Checked figures = GivenPlan.checked(dir, plan(UnaryOperator.identity()));
    Checked written = GivenPlan.checked(Files.createDirectory(dir.resolve("reversed")), plan(JsonRendererTest::reversed));

    JsonNode json = json(new Document(figures.plan(), written.tree(), figures.figures(), dir.resolve("plan.yaml")));

    assertEquals(List.of("b3", "b2", "b1"), List.copyOf(items(json, "/budget/items").keySet()));
    assertOwnFigures(json);
  }

  @Test
  void givenAnItemTheFiguresDoNotKnow_whenRendered_thenItStaysAsWrittenAndTheOthersKeepTheirs() throws IOException {
    Checked figures = GivenPlan.checked(dir, plan(l -> l.subList(0, l.size() - 1)));
    Checked written = GivenPlan.checked(Files.createDirectory(dir.resolve("all")), plan(UnaryOperator.identity()));

    JsonNode json = json(new Document(figures.plan(), written.tree(), figures.figures(), dir.resolve("plan.yaml")));

    JsonNode b3 = items(json, "/budget/items").get("b3");
    assertEquals("250.5", b3.get("amount").toString(), "as written: no figure belongs to it");
    assertEquals("\"37.50\"", items(json, "/budget/items").get("b2").get("amount").toString());
    assertFalse(items(json, "/action_plan/tasks").get("t3").has("duration_days"));
    assertEquals(59, items(json, "/action_plan/tasks").get("t2").get("duration_days").intValue());
    assertEquals("[\"t2\"]", json.at("/action_plan/overdue").toString());
  }

  /** How each item of a list is named: its id, or for a loyalty item all it says. */
  private static final Map<String, Function<JsonNode, String>> ITEM_LISTS = new LinkedHashMap<>();

  static {
    Function<JsonNode, String> id = n -> n.get("id").asText();
    ITEM_LISTS.put("/budget/items", id);
    ITEM_LISTS.put("/action_plan/tasks", id);
    ITEM_LISTS.put("/monitoring/kpis", id);
    ITEM_LISTS.put("/risks/register", id);
    ITEM_LISTS.put("/tiering/customers", id);
    ITEM_LISTS.put("/market/loyalty",
        n -> n.get("item").asText() + "/" + n.get("attitude").asText() + "/" + n.get("repeat").asText());
  }

  private static void assertOwnFigures(JsonNode json) {
    assertEquals("\"1000.00\"", items(json, "/budget/items").get("b1").get("amount").toString());
    assertEquals("\"37.50\"", items(json, "/budget/items").get("b2").get("amount").toString());
    assertEquals("\"12.50\"", items(json, "/budget/items").get("b2").get("unit_cost").toString());
    assertEquals("\"250.50\"", items(json, "/budget/items").get("b3").get("amount").toString());
    Map<String, JsonNode> tasks = items(json, "/action_plan/tasks");
    assertEquals(List.of(16L, 59L, 92L, false, true, false), List.of(
        tasks.get("t1").get("duration_days").longValue(), tasks.get("t2").get("duration_days").longValue(),
        tasks.get("t3").get("duration_days").longValue(), tasks.get("t1").get("overdue").booleanValue(),
        tasks.get("t2").get("overdue").booleanValue(), tasks.get("t3").get("overdue").booleanValue()));
    Map<String, JsonNode> kpis = items(json, "/monitoring/kpis");
    assertEquals("achieved at_risk no_data", kpis.get("k1").get("status").asText() + " "
        + kpis.get("k2").get("status").asText() + " " + kpis.get("k3").get("status").asText());
    assertEquals("10.0", kpis.get("k2").get("progress").toString());
    assertEquals("down", kpis.get("k3").get("direction").asText());
    Map<String, JsonNode> risks = items(json, "/risks/register");
    assertEquals("low high medium", risks.get("r1").get("level").asText() + " "
        + risks.get("r2").get("level").asText() + " " + risks.get("r3").get("level").asText());
    assertEquals(List.of("r2", "r3", "r1"), List.copyOf(risks.keySet()));
    Map<String, JsonNode> customers = items(json, "/tiering/customers");
    assertEquals("top rest mid", customers.get("c1").get("tier").asText() + " "
        + customers.get("c2").get("tier").asText() + " " + customers.get("c3").get("tier").asText());
    assertEquals("55.50", customers.get("c3").get("score").toString());
    Map<String, JsonNode> loyalty = items(json, "/market/loyalty");
    assertEquals("loyal latent spurious none", loyalty.get("Tea/high/high").get("quadrant").asText() + " "
        + loyalty.get("Cake/high/low").get("quadrant").asText() + " "
        + loyalty.get("Tea/low/high").get("quadrant").asText() + " "
        + loyalty.get("Soup/low/low").get("quadrant").asText());
  }

  /** The items of a list by name, in the JSON's order. */
  private static Map<String, JsonNode> items(JsonNode json, String list) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    json.at(list).forEach(item -> out.put(ITEM_LISTS.get(list).apply(item), item));
    assertFalse(out.isEmpty(), list);
    return out;
  }

  /** A plan with every list that carries figures per item, each in the order {@code order} gives. */
  private static String plan(UnaryOperator<List<String>> order) {
    return GivenPlan.HEADER + "team: [{id: ana, name: Ana}]\n"
        + "market:\n  loyalty:\n" + list(order, "    ",
            "{item: Tea, attitude: high, repeat: high}",
            "{item: Cake, attitude: high, repeat: low}",
            "{item: Tea, attitude: low, repeat: high}", // the same item in another quadrant
            "{item: Soup, attitude: low, repeat: low}")
        + """
        tiering:
          dimensions: [{id: x, name: X, weight: 100}]
          tiers:
            - {id: top, name: Top, min: 90}
            - {id: mid, name: Mid, min: 50}
            - {id: rest, name: Rest, min: 0}
          customers:
        """ + list(order, "    ",
            "{id: c1, name: One, scores: {x: 95}}",
            "{id: c2, name: Two, scores: {x: 10}}",
            "{id: c3, name: Three, scores: {x: 55.5}}")
        + "action_plan:\n  tasks:\n" + list(order, "    ",
            "{id: t1, title: One, owner: ana, start: 2026-01-05, end: 2026-01-20, status: done}",
            "{id: t2, title: Two, owner: ana, start: 2026-02-01, end: 2026-03-31, status: in_progress}",
            "{id: t3, title: Three, owner: ana, start: 2026-07-01, end: 2026-09-30, status: planned}")
        + "budget:\n  items:\n" + list(order, "    ",
            "{id: b1, category: Events, description: D, task: t1, tier: top, period: 2026-Q1, amount: 1000}",
            "{id: b2, category: Tools, description: D, quantity: 3, unit_cost: 12.5}",
            "{id: b3, category: Events, description: D, amount: 250.5}")
        + "monitoring:\n  kpis:\n" + list(order, "    ",
            "{id: k1, name: A, unit: '%', baseline: 10, target: 20, current: 20}",
            "{id: k2, name: B, unit: '%', baseline: 10, target: 20, current: 11}",
            "{id: k3, name: C, unit: days, baseline: 10, target: 5, direction: down}")
        + "risks:\n  register:\n" + list(order, "    ",
            "{id: r1, title: Low, likelihood: 1, impact: 2}",
            "{id: r2, title: High, likelihood: 4, impact: 4, mitigation: M}",
            "{id: r3, title: Medium, likelihood: 3, impact: 2}");
  }

  private static String list(UnaryOperator<List<String>> order, String indent, String... items) {
    StringBuilder out = new StringBuilder();
    order.apply(List.of(items)).forEach(item -> out.append(indent).append("- ").append(item).append('\n'));
    return out.toString();
  }

  private static List<String> reversed(List<String> items) {
    List<String> out = new ArrayList<>(items);
    Collections.reverse(out);
    return out;
  }

  // Reads numbers as written, so a score of 55.50 stays 55.50.
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private JsonNode json(String yaml) throws IOException {
    return EXACT.readTree(render(yaml));
  }

  private static JsonNode json(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonRenderer().render(document, out);
    return EXACT.readTree(out.toByteArray());
  }
}
