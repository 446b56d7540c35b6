package dev.planforge.validate;

import dev.planforge.model.Plan;
import dev.planforge.validate.rules.BudgetAmounts;
import dev.planforge.validate.rules.DateOrder;
import dev.planforge.validate.rules.DependencyCycles;
import dev.planforge.validate.rules.KnownCurrency;
import dev.planforge.validate.rules.KpiDirection;
import dev.planforge.validate.rules.References;
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

  private Rules() {}

  public static void check(Plan plan, Reporter report) {
    for (Rule rule : ALL) {
      rule.check(plan, report);
    }
  }
}
