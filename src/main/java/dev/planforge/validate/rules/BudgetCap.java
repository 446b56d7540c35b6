package dev.planforge.validate.rules;

import dev.planforge.enrich.BudgetFigures;
import dev.planforge.enrich.Figures;
import dev.planforge.enrich.Money;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.validate.FigureRule;
import dev.planforge.diagnostic.Reporter;

/** The budget total (items plus contingency) stays within the approved {@code cap}. */
public final class BudgetCap implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    BudgetFigures b = figures.budget();
    if (b == null || !b.overCap()) {
      return;
    }
    String c = plan.currency();
    report.warning("check.overCap", PlanPath.of("budget", "cap"), "check.overCap",
        Money.plain(b.total(), c), Money.plain(b.subtotal(), c), Money.plain(b.contingency(), c),
        Money.plain(b.capRemaining().negate(), c), Money.plain(b.cap(), c));
  }
}
