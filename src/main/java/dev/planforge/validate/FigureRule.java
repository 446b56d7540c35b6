package dev.planforge.validate;

import dev.planforge.diagnostic.Reporter;

import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;

/**
 * One check that needs the plan's computed figures (a total, a share, a status). Runs only on a
 * plan without errors, whose figures add up; adds warnings, changes nothing.
 */
@FunctionalInterface
public interface FigureRule {
  void check(Plan plan, Figures figures, Reporter report);
}
