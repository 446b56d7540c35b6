package dev.planforge.enrich;

import dev.planforge.model.Market;
import dev.planforge.model.Part;
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
    return new Completeness(Part.recommendedParts().stream()
        .map(part -> new Completeness.Part(part.key(), part.in(plan)))
        .toList());
  }
}
