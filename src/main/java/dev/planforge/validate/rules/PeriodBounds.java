package dev.planforge.validate.rules;

import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.enrich.Figures;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.Monitoring;
import dev.planforge.model.Plan;
import dev.planforge.validate.FigureRule;
import java.time.LocalDate;
import java.util.List;

/**
 * Tasks and KPI due dates lie within the plan's {@code period}: a date outside it is a warning at
 * that date. A task wholly before or after the period is one warning, at its start.
 */
public final class PeriodBounds implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    if (plan.period() == null || plan.period().start() == null || plan.period().end() == null) {
      return;
    }
    LocalDate from = plan.period().start();
    LocalDate to = plan.period().end();
    List<ActionPlan.Task> tasks = Lists.of(plan.actionPlan(), ActionPlan::tasks);
    for (int i = 0; i < tasks.size(); i++) {
      ActionPlan.Task t = tasks.get(i);
      PlanPath at = PlanPath.of("action_plan", "tasks", i);
      int start = side(t.start(), from, to);
      int end = side(t.end(), from, to);
      if (start != 0) {
        report.warning("check.outsidePeriod", at.key("start"), "check.taskStartOutside", t.id(), t.start(), from, to);
      }
      if (end != 0 && end != start) {
        report.warning("check.outsidePeriod", at.key("end"), "check.taskEndOutside", t.id(), t.end(), from, to);
      }
    }
    List<Monitoring.Kpi> kpis = Lists.of(plan.monitoring(), Monitoring::kpis);
    for (int i = 0; i < kpis.size(); i++) {
      Monitoring.Kpi k = kpis.get(i);
      if (side(k.due(), from, to) != 0) {
        report.warning("check.outsidePeriod", PlanPath.of("monitoring", "kpis", i, "due"), "check.kpiDueOutside",
            k.id(), k.due(), from, to);
      }
    }
  }

  /** -1 before the period, 1 after it, 0 within it (bounds inclusive) or when there is no date. */
  private static int side(LocalDate date, LocalDate from, LocalDate to) {
    if (date == null) {
      return 0;
    }
    return date.isBefore(from) ? -1 : date.isAfter(to) ? 1 : 0;
  }
}
