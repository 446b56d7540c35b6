package dev.planforge.validate.rules;

import dev.planforge.enrich.Figures;
import dev.planforge.model.Monitoring;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.validate.FigureRule;
import dev.planforge.diagnostic.Reporter;
import java.util.List;

/** Every KPI has a baseline; without one its progress cannot be computed (status no_data). */
public final class KpiBaselines implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    List<Monitoring.Kpi> kpis = Lists.of(plan.monitoring(), Monitoring::kpis);
    for (int i = 0; i < kpis.size(); i++) {
      if (kpis.get(i).baseline() == null) {
        report.warning("check.kpiBaseline", PlanPath.of("monitoring", "kpis", i), "check.kpiBaseline",
            kpis.get(i).id());
      }
    }
  }
}
