package dev.planforge.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.testing.GivenPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of plans/meet-fresh.yaml, worked out by hand from the plan's numbers (the working
 * is in the comments), not copied from the tool's output.
 */
class MeetFreshFiguresTest {

  private static Figures figures;

  @BeforeAll
  static void givenTheMeetFreshPlan() {
    figures = GivenPlan.example("meet-fresh.yaml");
  }

  @Test
  void thenTheBudgetAddsUp() {
    BudgetFigures b = figures.budget();
    // b01 12,000 + b02 300 × 1,200 + b03 180,000 + b04 68,000 + b05 45,000 + b06 75,000 + b07 56,000
    // + b08 120,000 + b09 600 × 88 + b10 3 × 24,000 + b11 48,000 + b12 36,000 + b13 40 × 6,800
    // + b14 85,000 + b15 320 × 150 + b16 38,000 + b17 50,000 × 0.35 + b18 90,000 + b19 30,000.50
    assertEquals(dec("1705300.50"), b.subtotal());
    assertEquals(dec("136424.04"), b.contingency()); // 8 % of 1,705,300.50 = 136,424.04 exactly
    assertEquals(dec("1841724.54"), b.total());
    assertEquals(dec("58275.46"), b.capRemaining()); // 1,900,000 − 1,841,724.54
    assertFalse(b.overCap());
    assertEquals(dec("17500.00"), b.lines().get(16).amount()); // b17: 50,000 × 0.35
    assertTrue(b.lines().get(16).computed());
  }

  @Test
  void thenEachCategoryHasItsAmountAndShareInOrderOfFirstAppearance() {
    assertGroups(figures.budget().byCategory(),
        group("项目管理", "42000.50", "2.5"), // b01 + b19; 42,000.50 / 1,705,300.50 = 2.46 %
        group("信息系统", "653000.00", "38.3"), // b02 + b03 + b04 + b05 = 38.29 %
        group("客户信息采集", "75000.00", "4.4"),
        group("会员忠诚计划", "228800.00", "13.4"), // 56,000 + 120,000 + 52,800
        group("大客户管理", "156000.00", "9.1"), // 72,000 + 48,000 + 36,000
        group("门店设备", "272000.00", "16.0"), // 15.95 %
        group("产品研发", "85000.00", "5.0"), // 4.98 %
        group("员工培训", "48000.00", "2.8"),
        group("客户调研", "38000.00", "2.2"),
        group("营销推广", "107500.00", "6.3")); // 17,500 + 90,000
    assertTrue(figures.budget().byCategory().sharesAddUp());
  }

  @Test
  void thenPeriodsRunChronologicallyWithTheItemsWithoutPeriodLast() {
    assertGroups(figures.budget().byPeriod(),
        group("2026-01", "12000.00", "0.7"),
        group("2026-03", "75000.00", "4.4"),
        group("2026-Q2", "1001000.00", "58.7"), // b02 b03 b07 b13 b14 b15
        group("2026-Q3", "449800.00", "26.4"), // b04 b05 b08 b09 b12 b16 b18
        group("2026-Q4", "65500.00", "3.8"), // b11 + b17
        group("2026-12", "30000.50", "1.8"),
        group(null, "72000.00", "4.2")); // b10 names no period
  }

  @Test
  void thenTiersGetTheirItemsAndTheRestIsUnassigned_andTheShownSharesSayTheyMissOneTenth() {
    BudgetFigures.Breakdown byTier = figures.budget().byTier();
    assertGroups(byTier,
        group("tier_a", "136800.00", "8.0"), // b09 52,800 + b11 48,000 + b12 36,000 = 8.02 %
        group("tier_b", "120000.00", "7.0"), // 7.04 %
        group("tier_c", "17500.00", "1.0"), // 1.03 %
        group(null, "1431000.50", "83.9")); // 83.91 %
    assertEquals(dec("99.9"), byTier.shareSum());
    assertFalse(byTier.sharesAddUp());
  }

  @Test
  void thenCustomersFallIntoTiersByAnnualValue() {
    TieringFigures t = figures.tiering();
    // A (3,500 and up): c001–c006. B (1,500 to below 3,500): c007–c017. C: c018–c030.
    // A's value: 268,000 + 152,400 + 48,600 + 5,120 + 4,280 + 3,650 = 482,050.
    assertSummary(t.summary().get(0), "tier_a", 6, "20.0", true, "482050.00");
    assertSummary(t.summary().get(1), "tier_b", 11, "36.7", true, "27150.00");
    assertSummary(t.summary().get(2), "tier_c", 13, "43.3", true, "11099.50");
    assertEquals(30, t.customerCount());
    assertEquals("tier_c", t.customers().get(17).tier().id(), "c018 spends 1,499.50, below B's 1,500");
    assertEquals("tier_b", t.customers().get(15).tier().id(), "c016 spends exactly 1,500: min ≤ value");
    assertEquals("tier_b", t.customers().get(12).tier().id(), "c013 spends 3,400, below A's 3,500");
    assertNull(t.customers().get(0).score(), "annual_value tiering has no score");
  }

  @Test
  void thenValueSharesAreShownRoundedAndSaySoBecauseTheyAddUpTo99Point9() {
    TieringFigures t = figures.tiering();
    // 482,050 / 520,299.50 = 92.65 %; 27,150 / … = 5.22 %; 11,099.50 / … = 2.13 %
    assertEquals(dec("92.6"), t.summary().get(0).valueShare());
    assertEquals(dec("5.2"), t.summary().get(1).valueShare());
    assertEquals(dec("2.1"), t.summary().get(2).valueShare());
    assertEquals(dec("99.9"), t.valueShareSum());
    assertFalse(t.valueSharesAddUp());
    assertTrue(t.sharesAddUp()); // 20.0 + 36.7 + 43.3
  }

  @Test
  void thenTheActionPlanStandsAtEightOfNineteen() {
    ActionPlanFigures a = figures.actionPlan();
    // done: t01 t02 t03 t04 t05 t07 t10 t14; t17 is cancelled and does not count
    assertEquals(List.of("planned=4", "in_progress=6", "done=8", "blocked=1", "cancelled=1"),
        a.byStatus().stream().map(c -> c.status().key() + "=" + c.count()).toList());
    assertEquals(dec("42.1"), a.completion()); // 8 / 19 = 42.11 %
    // Every task ending before 2026-06-30 is done, or cancelled (t17).
    assertEquals(List.of(), a.overdue());
    assertEquals(new ActionPlanFigures.Span(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 25)), a.span());
    assertEquals(19, a.tasks().get(0).durationDays()); // t01: 5 to 23 January, both days counted
  }

  @Test
  void thenEveryKpiHasItsStatus() {
    // Time elapsed at 2026-06-30: 180 of 364 days to 31 December = 49.5 %; to 30 September
    // (k_data) 180 / 272 = 66.2 %; to 31 August (k_douhua) 180 / 242 = 74.4 %.
    List<MonitoringFigures.KpiFigures> k = figures.monitoring().kpis();
    assertKpi(k.get(0), "k_repeat", "50.0", KpiStatus.ON_TRACK); // (38.5 − 32) / (45 − 32)
    assertKpi(k.get(1), "k_a_retention", "58.3", KpiStatus.ON_TRACK); // 7 / 12
    assertKpi(k.get(2), "k_churn", "26.7", KpiStatus.AT_RISK); // down: (16.4 − 18) / (12 − 18)
    assertKpi(k.get(3), "k_csat", "50.0", KpiStatus.ON_TRACK); // 4 / 8 ≥ 49.5
    assertKpi(k.get(4), "k_complaint", "75.0", KpiStatus.ON_TRACK); // down: (30 − 48) / (24 − 48)
    assertKpi(k.get(5), "k_data", "102.0", KpiStatus.ACHIEVED); // 51 / 50
    assertKpi(k.get(6), "k_members", "43.3", KpiStatus.AT_RISK); // 26 / 60 < 49.5
    assertKpi(k.get(7), "k_douhua", "26.7", KpiStatus.AT_RISK); // 8 / 30 < 74.4
    assertEquals(dec("74.4"), k.get(7).timeShare());
    assertEquals(dec("66.2"), k.get(5).timeShare());
  }

  @Test
  void thenEveryRiskHasItsLevel_andTheRegisterRanksByScore() {
    RiskFigures r = figures.risks();
    // r01 4×4=16, r02 3×4=12, r03 2×5=10, r04 4×3=12, r05 2×5=10, r06 3×3=9, r07 1×5=5, r08 2×3=6
    assertEquals(List.of("high", "high", "high", "high", "high", "medium", "medium", "medium"),
        r.register().stream().map(s -> s.level().key()).toList());
    assertEquals(List.of("r01", "r02", "r04", "r03", "r05", "r06", "r08", "r07"),
        r.ranked().stream().map(s -> s.risk().id()).toList());
    assertEquals(2, r.heatMap().rows().get(3).cells().get(4).count()); // likelihood 2, impact 5: r03 r05
  }

  @Test
  void thenLoyaltyQuadrantsAndCompletenessAreAsThePlanSays() {
    assertEquals(List.of("loyal", "loyal", "latent", "spurious", "none"),
        figures.loyalty().items().stream().map(i -> i.quadrant().key()).toList());
    assertEquals(9, figures.completeness().presentCount());
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static BudgetFigures.Group group(String key, String amount, String share) {
    return new BudgetFigures.Group(key, null, dec(amount), dec(share), 0);
  }

  /** Compares keys, amounts and shares; names and item counts have tests of their own. */
  static void assertGroups(BudgetFigures.Breakdown actual, BudgetFigures.Group... expected) {
    assertEquals(
        List.of(expected).stream().map(g -> g.key() + " " + g.amount() + " " + g.share()).toList(),
        actual.groups().stream().map(g -> g.key() + " " + g.amount() + " " + g.share()).toList());
  }

  static void assertSummary(
      TieringFigures.TierSummary s, String tier, int count, String share, Boolean within, String annualValue) {
    assertEquals(tier, s.tier().id());
    assertEquals(count, s.count(), tier + " count");
    assertEquals(dec(share), s.share(), tier + " share");
    assertEquals(within, s.withinTarget(), tier + " within target");
    assertEquals(0, dec(annualValue).compareTo(s.annualValue()), tier + " annual value " + s.annualValue());
  }

  static void assertKpi(MonitoringFigures.KpiFigures k, String id, String progress, KpiStatus status) {
    assertEquals(id, k.kpi().id());
    assertEquals(dec(progress), k.progress(), id + " progress");
    assertEquals(status, k.status(), id + " status");
  }
}
