package dev.planforge.validate;

import dev.planforge.diagnostic.Reporter;

import dev.planforge.model.Plan;

/** One semantic check of the plan format: reads the model, adds diagnostics, changes nothing. */
@FunctionalInterface
public interface Rule {
  void check(Plan plan, Reporter report);
}
