package dev.planforge.validate.rules;

import dev.planforge.model.Monitoring;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Rule;
import java.util.List;

/** A KPI's target lies on the good side of its baseline: above it for "up", below for "down". */
public final class KpiDirection implements Rule {

  @Override
  public void check(Plan plan, Reporter report) {
    List<Monitoring.Kpi> kpis = Lists.of(plan.monitoring(), Monitoring::kpis);
    for (int i = 0; i < kpis.size(); i++) {
      Monitoring.Kpi k = kpis.get(i);
      if (k.baseline() == null || k.target() == null || k.direction() == null) {
        continue; // nothing to compare, or a direction the schema already rejected
      }
      int side = k.target().compareTo(k.baseline());
      boolean up = k.direction() == Monitoring.Direction.UP;
      if (up ? side < 0 : side > 0) {
        report.error("check.kpiDirection", PlanPath.of("monitoring", "kpis", i, "target"),
            up ? "check.kpiUp" : "check.kpiDown", k.target().toPlainString(), k.baseline().toPlainString());
      }
    }
  }
}
