package dev.planforge.validate.rules;

import dev.planforge.enrich.Figures;
import dev.planforge.enrich.RiskFigures;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.validate.FigureRule;
import dev.planforge.diagnostic.Reporter;
import java.util.List;

/** Every high or critical risk says how it is mitigated. */
public final class RiskMitigations implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    if (figures.risks() == null) {
      return;
    }
    List<RiskFigures.ScoredRisk> register = figures.risks().register();
    for (int i = 0; i < register.size(); i++) {
      RiskFigures.ScoredRisk r = register.get(i);
      boolean serious = r.level() == RiskLevel.HIGH || r.level() == RiskLevel.CRITICAL;
      String mitigation = r.risk().mitigation();
      if (serious && (mitigation == null || mitigation.isBlank())) {
        report.warning("check.riskMitigation", PlanPath.of("risks", "register", i), "check.riskMitigation",
            r.risk().id(), r.score(), report.messages().text("level." + r.level().key()));
      }
    }
  }
}
