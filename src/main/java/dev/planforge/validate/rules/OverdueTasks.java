package dev.planforge.validate.rules;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.enrich.Figures;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.validate.FigureRule;
import dev.planforge.diagnostic.Reporter;
import java.util.List;

/** No task is overdue at {@code as_of}: past its end and neither done nor cancelled. */
public final class OverdueTasks implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    ActionPlanFigures actionPlan = figures.actionPlan();
    if (actionPlan == null) {
      return;
    }
    List<ActionPlanFigures.TaskFigures> tasks = actionPlan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      ActionPlan.Task t = tasks.get(i).task();
      if (tasks.get(i).overdue()) {
        report.warning("check.overdue", PlanPath.of("action_plan", "tasks", i, "status"), "check.overdue",
            t.id(), t.end(), t.status().key(), plan.asOf());
      }
    }
  }
}
