package dev.planforge.validate.rules;

import dev.planforge.model.ActionPlan;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Rule;
import java.time.LocalDate;
import java.util.List;

/** An {@code end} never lies before its {@code start} (the plan's period and every task). */
public final class DateOrder implements Rule {

  @Override
  public void check(Plan plan, Reporter report) {
    if (plan.period() != null) {
      order(plan.period().start(), plan.period().end(), PlanPath.of("period"), report);
    }
    List<ActionPlan.Task> tasks = Lists.of(plan.actionPlan(), ActionPlan::tasks);
    for (int i = 0; i < tasks.size(); i++) {
      order(tasks.get(i).start(), tasks.get(i).end(), PlanPath.of("action_plan", "tasks", i), report);
    }
  }

  private static void order(LocalDate start, LocalDate end, PlanPath at, Reporter report) {
    if (start != null && end != null && end.isBefore(start)) {
      report.error("check.endBeforeStart", at.key("end"), "check.endBeforeStart", end, start);
    }
  }
}
