package dev.planforge.validate.rules;

import dev.planforge.enrich.Figures;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.validate.FigureRule;
import dev.planforge.diagnostic.Reporter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task starts after every task it depends on has ended. Dates are inclusive, so starting on
 * the very day a dependency ends is too early.
 */
public final class DependencyDates implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    List<ActionPlan.Task> tasks = Lists.of(plan.actionPlan(), ActionPlan::tasks);
    Map<String, ActionPlan.Task> byId = new HashMap<>();
    tasks.forEach(t -> byId.putIfAbsent(t.id(), t));
    for (int i = 0; i < tasks.size(); i++) {
      ActionPlan.Task task = tasks.get(i);
      for (int d = 0; d < task.dependsOn().size(); d++) {
        ActionPlan.Task before = byId.get(task.dependsOn().get(d));
        if (before != null && !task.start().isAfter(before.end())) {
          report.warning("check.dependencyStart", PlanPath.of("action_plan", "tasks", i, "depends_on", d),
              "check.dependencyStart", task.id(), task.start(), before.id(), before.end());
        }
      }
    }
  }
}
