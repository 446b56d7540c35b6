package dev.planforge.enrich;

import dev.planforge.model.Market;
import dev.planforge.model.Plan;
import java.util.Arrays;
import java.util.List;

/**
 * The enrich stage: pure functions from a valid plan to its {@link Figures}. Every figure is
 * computed against the plan's {@code as_of}, never today's clock, so the same plan always gives
 * the same figures.
 */
public final class Enrich {

  private Enrich() {}

  /** The figures of a plan that passed validation (a plan with errors may not add up). */
  public static Figures compute(Plan plan) {
    return new Figures(
        BudgetTotals.compute(plan),
        TierScoring.compute(plan),
        TaskSchedule.compute(plan),
        KpiProgress.compute(plan),
        RiskScoring.compute(plan),
        loyalty(plan.market()),
        completeness(plan));
  }

  private static LoyaltyFigures loyalty(Market market) {
    if (market == null || market.loyalty().isEmpty()) {
      return null;
    }
    List<LoyaltyFigures.Classified> items = market.loyalty().stream()
        .map(i -> new LoyaltyFigures.Classified(i, LoyaltyQuadrant.of(i.attitude(), i.repeat())))
        .toList();
    List<LoyaltyFigures.Quadrant> quadrants = Arrays.stream(LoyaltyQuadrant.values())
        .map(q -> new LoyaltyFigures.Quadrant(q,
            items.stream().filter(c -> c.quadrant() == q).map(LoyaltyFigures.Classified::item).toList()))
        .toList();
    return new LoyaltyFigures(items, quadrants);
  }

  private static Completeness completeness(Plan plan) {
    return new Completeness(List.of(
        new Completeness.Part("overview", plan.overview() != null && !plan.overview().isEmpty()),
        new Completeness.Part("market", plan.market() != null && !plan.market().isEmpty()),
        new Completeness.Part("targeting", plan.targeting() != null && !plan.targeting().isEmpty()),
        new Completeness.Part("strategy", plan.strategy() != null && !plan.strategy().isEmpty()),
        new Completeness.Part("action_plan", plan.actionPlan() != null && !plan.actionPlan().isEmpty()),
        new Completeness.Part("budget", plan.budget() != null && !plan.budget().isEmpty()),
        new Completeness.Part("monitoring", plan.monitoring() != null && !plan.monitoring().isEmpty()),
        new Completeness.Part("risks", plan.risks() != null && !plan.risks().isEmpty()),
        new Completeness.Part("conclusion", plan.conclusion() != null && !plan.conclusion().isBlank())));
  }
}
