package dev.planforge.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planforge.enrich.KpiStatus;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.PlanLocale;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the comparison finds in the fixture pairs, point by point of issue 11. */
class PlanDiffTest {

  private static PlanDiff everyChange() throws IOException {
    return DiffGoldenTest.diff(DiffGoldenTest.PAIRS.resolve("every-change"));
  }

  private static Map<String, Change> byPath(PlanDiff d) {
    return d.changes().stream().collect(Collectors.toMap(Change::path, Function.identity()));
  }

  @Test
  void givenOnlyReorderedListsAndAnotherLayout_thenThereIsNoDifference() throws IOException {
    PlanDiff d = DiffGoldenTest.diff(DiffGoldenTest.PAIRS.resolve("reordered"));
    assertEquals(List.of(), d.changes());
    assertFalse(d.differs());
    assertFalse(d.figures().changed());
  }

  @Test
  void givenIdBearingLists_thenItemsAreMatchedByIdAndComparedFieldByField() throws IOException {
    Map<String, Change> c = byPath(everyChange());
    assertEquals(Change.Kind.CHANGED, c.get("action_plan.tasks[t2].end").kind());
    assertEquals("2026-07-31", c.get("action_plan.tasks[t2].end").oldValue().asText());
    assertEquals("2026-08-14", c.get("action_plan.tasks[t2].end").newValue().asText());
    assertEquals(Change.Kind.ADDED, c.get("action_plan.tasks[t5]").kind());
    assertEquals(Change.Kind.REMOVED, c.get("action_plan.tasks[t6]").kind());
    assertEquals(Change.Kind.CHANGED, c.get("team[bob].role").kind());
    assertEquals(Change.Kind.ADDED, c.get("team[cy]").kind());
    assertEquals(Change.Kind.CHANGED, c.get("targeting.segments[cafes].size").kind());
    assertEquals(Change.Kind.CHANGED, c.get("tiering.tiers[a].name").kind());
    assertEquals(Change.Kind.REMOVED, c.get("tiering.customers[c3]").kind());
    assertEquals(Change.Kind.REMOVED, c.get("overview.objectives[o2]").kind());
    assertEquals(Change.Kind.ADDED, c.get("risks.register[r3]").kind());
    assertEquals(Change.Kind.CHANGED, c.get("monitoring.kpis[k1].target").kind());
    assertEquals(Change.Kind.CHANGED, c.get("budget.items[b1].unit_cost").kind());
    assertEquals(Change.Kind.CHANGED, c.get("accounts[c1].goals[1]").kind(), "accounts are matched by customer");
    // The reordered team, segments, tasks and pillar tiers are no change by themselves.
    assertFalse(c.keySet().stream().anyMatch(p -> p.startsWith("team[ann]") || p.startsWith("strategy.pillars[p1].tiers")
        || p.startsWith("action_plan.tasks[t1]") || p.startsWith("targeting.segments[offices]")));
  }

  @Test
  void givenListsWithoutIds_thenItemsAreMatchedByContent() throws IOException {
    Map<String, Change> c = byPath(everyChange());
    assertEquals(Change.Kind.CHANGED, c.get("market.competitors[0].share").kind(), "a competitor mostly the same is one item");
    assertEquals(Change.Kind.ADDED, c.get("market.competitors[2]").kind());
    assertFalse(c.keySet().stream().anyMatch(p -> p.startsWith("market.trends")), "trends were only reordered");
    assertEquals(Change.Kind.CHANGED, c.get("strategy.pillars[p1].tactics[0]").kind());
  }

  @Test
  void givenMoney_thenJsonValuesAreStringsAtTheMinorUnit() throws IOException {
    Map<String, Change> c = byPath(everyChange());
    assertEquals("1200.00", c.get("budget.items[b1].unit_cost").oldValue().textValue());
    assertEquals("52000.00", c.get("tiering.customers[c2].annual_value").newValue().textValue());
    assertTrue(c.get("budget.contingency_percent").newValue().isNumber(), "a percent is a number, not money");
  }

  @Test
  void givenProse_thenTheChangeCarriesAWordDiff() throws IOException {
    Change summary = byPath(everyChange()).get("summary");
    assertTrue(summary.words().contains(new Words.Span(Words.Op.DELETED, "quarter")));
    assertTrue(summary.words().contains(new Words.Span(Words.Op.INSERTED, "month")));
    assertTrue(byPath(everyChange()).get("version").words().isEmpty(), "a short value is old → new");
  }

  @Test
  void givenTheBudget_thenTotalsAndBreakdownsHaveOldNewDeltaAndPercent() throws IOException {
    FigureDeltas.Budget b = everyChange().figures().budget();
    assertEquals(new BigDecimal("48000.00"), b.subtotal().oldValue());
    assertEquals(new BigDecimal("60000.00"), b.subtotal().newValue());
    assertEquals(new BigDecimal("12000.00"), b.subtotal().delta());
    assertEquals(new BigDecimal("25.0"), b.subtotal().deltaPercent());
    assertEquals(new BigDecimal("28.6"), b.total().deltaPercent());
    assertEquals(new BigDecimal("-4800.00"), b.capRemaining().newValue());
    FigureDeltas.Breakdown byCategory = b.breakdowns().get(0);
    assertEquals("category", byCategory.by());
    FigureDeltas.Row research = byCategory.rows().stream().filter(r -> "Research".equals(r.key())).findFirst().orElseThrow();
    assertNull(research.amount().oldValue());
    assertEquals(new BigDecimal("12000.00"), research.amount().newValue());
    FigureDeltas.Row marketing = byCategory.rows().stream().filter(r -> "Marketing".equals(r.key())).findFirst().orElseThrow();
    assertEquals(new BigDecimal("-10.7"), marketing.amount().deltaPercent());
  }

  @Test
  void givenTasks_thenSlipsStatusChangesAndNewlyOverdueAreReported() throws IOException {
    Map<String, FigureDeltas.TaskDelta> t = everyChange().figures().tasks().stream()
        .collect(Collectors.toMap(FigureDeltas.TaskDelta::id, Function.identity()));
    assertEquals(14, t.get("t2").slippedDays());
    assertEquals(ActionPlan.Status.DONE, t.get("t3").newStatus());
    assertTrue(t.get("t3").statusChanged());
    assertTrue(t.get("t4").newlyOverdue());
    assertEquals(-25, t.get("t4").slippedDays());
    assertFalse(t.containsKey("t1"), "an unchanged task is not listed");
  }

  @Test
  void givenKpisRisksAndTiers_thenTheirMovesAreReported() throws IOException {
    FigureDeltas f = everyChange().figures();
    FigureDeltas.KpiDelta k2 = f.kpis().stream().filter(k -> k.id().equals("k2")).findFirst().orElseThrow();
    assertEquals(KpiStatus.ON_TRACK, k2.oldStatus());
    assertEquals(KpiStatus.ACHIEVED, k2.newStatus());
    FigureDeltas.RiskDelta r1 = f.risks().get(0);
    assertEquals(RiskLevel.MEDIUM, r1.oldLevel());
    assertEquals(RiskLevel.HIGH, r1.newLevel());
    assertEquals(List.of(new FigureDeltas.Move("c2", "Globex", "b", "Growth", "a", "Key accounts")), f.tiers().moves());
    FigureDeltas.Count a = f.tiers().counts().get(0);
    assertEquals(1, a.oldCount());
    assertEquals(2, a.newCount());
  }

  @Test
  void givenWarnings_thenThoseThatAppearedAndWentAreListed() throws IOException {
    FigureDeltas.Warnings w = everyChange().figures().warnings();
    assertEquals(List.of("action_plan.tasks[3].status", "budget.cap"),
        w.appeared().stream().map(d -> d.path()).sorted().toList());
    assertEquals(List.of(), w.gone());
    // And the other way round: the same pair reversed.
    PlanDiff reversed = PlanDiff.of(
        dev.planforge.pipeline.Pipeline.check(DiffGoldenTest.PAIRS.resolve("every-change/new.yaml"), "new.yaml"),
        dev.planforge.pipeline.Pipeline.check(DiffGoldenTest.PAIRS.resolve("every-change/old.yaml"), "old.yaml"));
    assertEquals(2, reversed.figures().warnings().gone().size());
    assertTrue(reversed.figures().tasks().stream().anyMatch(FigureDeltas.TaskDelta::noLongerOverdue));
  }

  @Test
  void givenAChinesePlan_thenProseIsDiffedByCharacterAndCustomersComeFromTheCsvFiles() throws IOException {
    PlanDiff d = DiffGoldenTest.diff(DiffGoldenTest.PAIRS.resolve("chinese-prose"));
    assertEquals(PlanLocale.ZH_CN, d.locale());
    Map<String, Change> c = byPath(d);
    assertTrue(c.get("conclusion").words().contains(new Words.Span(Words.Op.INSERTED, "全面")));
    assertEquals(Change.Kind.ADDED, c.get("tiering.customers[c4]").kind());
    assertEquals("c2", d.figures().tiers().moves().get(0).id());
  }

  @Test
  void givenTheJson_thenEachChangeHasPathKindOldAndNew() throws IOException {
    JsonNode root = new ObjectMapper().readTree(JsonReport.of(List.of(everyChange())));
    JsonNode plan = root.path("plans").get(0);
    JsonNode end = null;
    for (JsonNode change : plan.path("changes")) {
      assertEquals(List.of("path", "kind", "old", "new"), iterable(change));
      if (change.path("path").asText().equals("action_plan.tasks[t2].end")) {
        end = change;
      }
    }
    assertEquals("changed", end.path("kind").asText());
    assertEquals("2026-08-14", end.path("new").asText());
    JsonNode subtotal = plan.path("figures").path("budget").path("subtotal");
    assertEquals("48000.00", subtotal.path("old").textValue());
    assertEquals("12000.00", subtotal.path("delta").textValue());
    assertEquals(new BigDecimal("25.0"), subtotal.path("delta_percent").decimalValue());
    assertEquals(14, plan.path("figures").path("tasks").get(0).path("slipped_days").asInt());
  }

  private static List<String> iterable(JsonNode o) {
    List<String> names = new java.util.ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void givenBothLanguages_thenTheLabelsFilesHaveTheSameKeys() throws IOException {
    assertEquals(keys("labels_en.properties"), keys("labels_zh-CN.properties"));
  }

  private static java.util.Set<String> keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DiffLabels.class.getResourceAsStream(name)) {
      p.load(in);
    }
    return new java.util.TreeSet<>(p.stringPropertyNames());
  }
}
