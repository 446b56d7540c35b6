package dev.planforge.validate;

import dev.planforge.diagnostic.Reporter;

import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;
import dev.planforge.validate.rules.BudgetAmounts;
import dev.planforge.validate.rules.BudgetCap;
import dev.planforge.validate.rules.DateOrder;
import dev.planforge.validate.rules.DependencyCycles;
import dev.planforge.validate.rules.DependencyDates;
import dev.planforge.validate.rules.KnownCurrency;
import dev.planforge.validate.rules.KpiBaselines;
import dev.planforge.validate.rules.KpiDirection;
import dev.planforge.validate.rules.MissingParts;
import dev.planforge.validate.rules.OmittedParts;
import dev.planforge.validate.rules.OverdueTasks;
import dev.planforge.validate.rules.PeriodBounds;
import dev.planforge.validate.rules.References;
import dev.planforge.validate.rules.RiskMitigations;
import dev.planforge.validate.rules.TierTargetShares;
import dev.planforge.validate.rules.Tiers;
import dev.planforge.validate.rules.UniqueIds;
import java.util.List;

/** The semantic checks of the plan format: what a schema cannot express. */
public final class Rules {

  private static final List<Rule> ALL = List.of(
      new KnownCurrency(),
      new UniqueIds(),
      new References(),
      new DateOrder(),
      new DependencyCycles(),
      new Tiers(),
      new KpiDirection(),
      new BudgetAmounts());

  /** The warnings that need figures, in the order the plan's sections render. */
  private static final List<FigureRule> ON_FIGURES = List.of(
      new TierTargetShares(),
      new PeriodBounds(),
      new DependencyDates(),
      new OverdueTasks(),
      new BudgetCap(),
      new KpiBaselines(),
      new RiskMitigations(),
      new MissingParts(),
      new OmittedParts());

  private Rules() {}

  public static void check(Plan plan, Reporter report) {
    for (Rule rule : ALL) {
      rule.check(plan, report);
    }
  }

  /** The checks on a plan's figures; only for a plan without errors, whose figures add up. */
  public static void checkFigures(Plan plan, Figures figures, Reporter report) {
    for (FigureRule rule : ON_FIGURES) {
      rule.check(plan, figures, report);
    }
  }
}
