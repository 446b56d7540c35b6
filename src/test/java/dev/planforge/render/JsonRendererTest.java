package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.testing.GivenPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
