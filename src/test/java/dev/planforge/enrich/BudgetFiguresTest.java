package dev.planforge.enrich;

import static dev.planforge.enrich.MeetFreshFiguresTest.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.testing.GivenPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetFiguresTest {

  @TempDir
  Path dir;

  @Test
  void givenNoBudget_whenEnriched_thenThereAreNoBudgetFigures() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + "conclusion: Done.\n");

    assertNull(figures.budget());
    assertFalse(figures.completeness().parts().get(5).present());
  }

  @Test
  void givenYen_whenEnriched_thenEveryAmountIsWholeYenRoundedHalfUp() {
    Figures figures = GivenPlan.figures(dir, """
        plan_format: 1
        title: Yen
        currency: JPY
        as_of: 2026-06-30
        budget:
          contingency_percent: 5
          items:
            - {id: a, category: Travel, description: Tickets, amount: 1200}
            - {id: b, category: Travel, description: Meals, quantity: 3, unit_cost: 333.5}
        """);

    BudgetFigures b = figures.budget();
    assertEquals(dec("1001"), b.lines().get(1).amount()); // 3 × 333.5 = 1,000.5 → 1,001
    assertEquals(dec("2201"), b.subtotal());
    assertEquals(dec("110"), b.contingency()); // 5 % of 2,201 = 110.05 → 110
    assertEquals(dec("2311"), b.total());
    assertEquals("2311", Money.plain(b.total(), "JPY"));
  }

  @Test
  void givenContingencyZero_whenEnriched_thenTheTotalIsTheSubtotal() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          contingency_percent: 0
          items:
            - {id: a, category: Systems, description: Licences, amount: 1234567.8}
        """);

    BudgetFigures b = figures.budget();
    assertEquals(dec("0.00"), b.contingency());
    assertEquals(dec("1234567.80"), b.total());
    assertEquals("1234567.80", Money.plain(b.total(), "CNY"));
  }

  @Test
  void givenNoContingencyPercent_whenEnriched_thenTheContingencyIsZero() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          items:
            - {id: a, category: Systems, description: Licences, amount: 500}
        """);

    assertEquals(dec("0.00"), figures.budget().contingency());
    assertEquals(dec("500.00"), figures.budget().total());
  }

  @Test
  void givenACapTheTotalExceeds_whenEnriched_thenWhatRemainsIsNegative() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          contingency_percent: 2
          cap: 1000
          items:
            - {id: a, category: Events, description: Venue, amount: 990}
        """);

    BudgetFigures b = figures.budget();
    assertEquals(dec("19.80"), b.contingency());
    assertEquals(dec("1009.80"), b.total());
    assertEquals(dec("-9.80"), b.capRemaining());
    assertTrue(b.overCap());
  }

  @Test
  void givenACapWithMoreDigitsThanTheCurrencyHas_whenEnriched_thenWhatRemainsIsInCents() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          cap: 1000.009
          items:
            - {id: a, category: Events, description: Venue, amount: 990}
        """);

    assertEquals(dec("10.01"), figures.budget().capRemaining());
  }

  @Test
  void givenAnAmountWithMoreDigitsThanTheCurrencyHas_whenEnriched_thenItIsRoundedHalfUpSoTotalsAddUp() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          items:
            - {id: a, category: Fees, description: Bank fee, amount: 100.005}
            - {id: b, category: Fees, description: Stamps, quantity: 3, unit_cost: 0.125}
        """);

    BudgetFigures b = figures.budget();
    assertEquals(dec("100.01"), b.lines().get(0).amount());
    assertEquals(dec("0.38"), b.lines().get(1).amount()); // 0.375 → 0.38
    assertEquals(dec("100.39"), b.subtotal());
  }

  @Test
  void givenMonthsAndQuartersMixed_whenEnriched_thenPeriodsRunByStartDateQuarterFirst() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          items:
            - {id: a, category: X, description: X, period: "2026-05", amount: 1}
            - {id: b, category: X, description: X, period: "2026-Q2", amount: 1}
            - {id: c, category: X, description: X, amount: 1}
            - {id: d, category: X, description: X, period: "2026-04", amount: 1}
            - {id: e, category: X, description: X, period: "2025-Q4", amount: 1}
            - {id: f, category: X, description: X, period: "2026-Q1", amount: 1}
            - {id: g, category: X, description: X, period: "2025-12", amount: 1}
        """);

    assertEquals(List.of("2025-Q4", "2025-12", "2026-Q1", "2026-Q2", "2026-04", "2026-05", "null"),
        figures.budget().byPeriod().groups().stream().map(g -> String.valueOf(g.key())).toList());
    assertTrue(figures.budget().byPeriod().groups().get(6).unassigned());
  }

  @Test
  void givenItemsForTasks_whenEnriched_thenTasksRunInActionPlanOrderWithTheirTitles() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        team: [{id: ann, name: Ann}]
        action_plan:
          tasks:
            - {id: first, title: First task, owner: ann, start: 2026-01-01, end: 2026-01-31, status: done}
            - {id: second, title: Second task, owner: ann, start: 2026-02-01, end: 2026-02-28, status: done}
        budget:
          items:
            - {id: a, category: X, description: X, task: second, amount: 30}
            - {id: b, category: X, description: X, task: first, amount: 10}
            - {id: c, category: X, description: X, task: second, amount: 60}
        """);

    List<BudgetFigures.Group> groups = figures.budget().byTask().groups();
    assertEquals(List.of("first", "second"), groups.stream().map(BudgetFigures.Group::key).toList());
    assertEquals("Second task", groups.get(1).name());
    assertEquals(dec("90.00"), groups.get(1).amount());
    assertEquals(2, groups.get(1).items());
    assertEquals(dec("90.0"), groups.get(1).share());
  }

  @Test
  void givenThreeEqualItems_whenEnriched_thenTheSharesSayTheyAddUpTo99Point9() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          items:
            - {id: a, category: A, description: X, amount: 1}
            - {id: b, category: B, description: X, amount: 1}
            - {id: c, category: C, description: X, amount: 1}
        """);

    BudgetFigures.Breakdown byCategory = figures.budget().byCategory();
    assertEquals(List.of(dec("33.3"), dec("33.3"), dec("33.3")),
        byCategory.groups().stream().map(BudgetFigures.Group::share).toList());
    assertEquals(dec("99.9"), byCategory.shareSum());
    assertFalse(byCategory.sharesAddUp());
  }

  @Test
  void givenOnlyZeroAmounts_whenEnriched_thenSharesAreEmptyRatherThanADivisionByZero() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        budget:
          items:
            - {id: a, category: A, description: X, amount: 0}
        """);

    assertNull(figures.budget().byCategory().groups().get(0).share());
    assertNull(figures.budget().byCategory().shareSum());
    assertTrue(figures.budget().byCategory().sharesAddUp());
  }
}
