package dev.planforge.enrich;

import static dev.planforge.enrich.MeetFreshFiguresTest.assertGroups;
import static dev.planforge.enrich.MeetFreshFiguresTest.assertKpi;
import static dev.planforge.enrich.MeetFreshFiguresTest.assertSummary;
import static dev.planforge.enrich.MeetFreshFiguresTest.dec;
import static dev.planforge.enrich.MeetFreshFiguresTest.group;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.planforge.testing.GivenPlan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of plans/annual-crm-2026.yaml and its 60-customer CSV file, worked out by hand
 * (the working is in the comments).
 */
class AnnualCrmFiguresTest {

  private static Figures figures;

  @BeforeAll
  static void givenTheAnnualCrmPlan() {
    figures = GivenPlan.example("annual-crm-2026.yaml");
  }

  @Test
  void thenTheBudgetAddsUp() {
    BudgetFigures b = figures.budget();
    assertEquals(dec("1007400.00"), b.subtotal()); // the seven categories below
    assertEquals(dec("100740.00"), b.contingency()); // 10 %
    assertEquals(dec("1108140.00"), b.total());
    assertEquals(dec("91860.00"), b.capRemaining()); // 1,200,000 − 1,108,140
    assertFalse(b.overCap());
  }

  @Test
  void thenEachCategoryHasItsAmountAndShare() {
    assertGroups(figures.budget().byCategory(),
        // 85 × 1,140 + 78,000 + 145,000 + 240 × 135 = 96,900 + 78,000 + 145,000 + 32,400; 34.97 %
        group("Systems and data", "352300.00", "35.0"),
        group("Key account management", "145600.00", "14.5"), // 36 × 1,850 + 54,000 + 400 × 62.50
        group("Channel and loyalty", "215000.00", "21.3"), // 120,000 + 95,000
        group("Customer service", "77000.00", "7.6"), // 2 × 38,500
        group("Research", "37000.00", "3.7"), // 2 × 18,500
        group("Marketing", "137000.00", "13.6"), // 22,000 + 64,000 + 4 × 9,750 + 12,000
        group("Training", "43500.00", "4.3")); // 28 × 1,250 + 8,500
  }

  @Test
  void thenAMonthSortsAfterTheQuarterThatStartsWithIt() {
    assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-07", "2026-Q4", "2026-12", "null"),
        figures.budget().byPeriod().groups().stream().map(g -> String.valueOf(g.key())).toList());
  }

  @Test
  void thenCustomersFallIntoTiersByRoundedWeightedScore() {
    TieringFigures t = figures.tiering();
    assertSummary(t.summary().get(0), "strategic", 6, "10.0", true, "11795000.00");
    assertSummary(t.summary().get(1), "key", 15, "25.0", true, "11764150.50");
    assertSummary(t.summary().get(2), "growth", 24, "40.0", true, "5770200.00");
    assertSummary(t.summary().get(3), "maintain", 15, "25.0", true, "783800.00");
    // strategic: cu001 80.30, cu002 82.50, cu003 93.70, cu004 83.50, cu013 83.65, cu040 80.00;
    // 503.65 / 6 = 83.9417
    assertEquals(dec("83.94"), t.summary().get(0).averageScore());
  }

  @Test
  void thenAnExactScoreOf59Point995RoundsTo60AndLandsInKey() {
    // cu036: (71 × 35 + 50 × 20 + 60 × 20 + 66.3 × 15 + 32 × 10) / 100 = 5,999.5 / 100 = 59.995
    TieringFigures.ScoredCustomer cu036 = customer("cu036");
    assertEquals(dec("60.00"), cu036.score());
    assertEquals("key", cu036.tier().id());
  }

  @Test
  void thenAScoreOfExactly80LandsInStrategic() {
    // cu040: (90 × 35 + 70 × 20 + 85 × 20 + 70 × 15 + 70 × 10) / 100 = 8,000 / 100
    TieringFigures.ScoredCustomer cu040 = customer("cu040");
    assertEquals(dec("80.00"), cu040.score());
    assertEquals("strategic", cu040.tier().id());
  }

  @Test
  void thenTheActionPlanStandsAtNineOfNineteen() {
    ActionPlanFigures a = figures.actionPlan();
    assertEquals(dec("47.4"), a.completion()); // 9 done / (20 − 1 cancelled) = 47.37 %
    assertEquals(List.of(), a.overdue());
    assertEquals(353, a.span().days()); // 2026-01-05 to 2026-12-23
  }

  @Test
  void thenEveryKpiHasItsStatus() {
    // Time elapsed: 180 / 364 = 49.5 % to 31 December; 180 / 333 = 54.1 % to 30 November (nps);
    // 180 / 272 = 66.2 % to 30 September (data_quality).
    List<MonitoringFigures.KpiFigures> k = figures.monitoring().kpis();
    assertKpi(k.get(0), "retention", "58.3", KpiStatus.ON_TRACK); // 3.5 / 6
    assertKpi(k.get(1), "revenue_churn", "31.4", KpiStatus.AT_RISK); // down: −1.1 / −3.5
    assertKpi(k.get(2), "nps", "50.0", KpiStatus.AT_RISK); // 7 / 14 < 54.1
    assertKpi(k.get(3), "wallet_share", "38.5", KpiStatus.AT_RISK); // 5 / 13
    assertKpi(k.get(4), "new_accounts", "53.3", KpiStatus.ON_TRACK); // 64 / 120
    assertKpi(k.get(5), "first_response", "112.5", KpiStatus.ACHIEVED); // down: −4.5 / −4
    assertKpi(k.get(6), "serve_cost", "13.3", KpiStatus.AT_RISK); // down: −0.4 / −3
    assertKpi(k.get(7), "data_quality", "94.1", KpiStatus.ON_TRACK); // 32 / 34 ≥ 66.2
  }

  @Test
  void thenEveryRiskHasItsLevel() {
    // 3×4=12, 2×5=10, 4×3=12, 3×4=12, 3×3=9, 3×2=6, 1×5=5
    assertEquals(List.of("high", "high", "high", "high", "medium", "medium", "medium"),
        figures.risks().register().stream().map(r -> r.level().key()).toList());
  }

  private static TieringFigures.ScoredCustomer customer(String id) {
    return figures.tiering().customers().stream().filter(c -> c.customer().id().equals(id)).findFirst().orElseThrow();
  }
}
