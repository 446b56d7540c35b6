package dev.planforge.validate.rules;

import dev.planforge.enrich.Figures;
import dev.planforge.enrich.TieringFigures;
import dev.planforge.model.Plan;
import dev.planforge.model.Tiering;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.validate.FigureRule;
import dev.planforge.diagnostic.Reporter;
import java.util.List;

/**
 * Each tier holds a share of the customers inside its {@code target_share}, both bounds
 * inclusive. The shown share (HALF_UP to 0.1 %) is compared, so the warning agrees with what the
 * reader sees.
 */
public final class TierTargetShares implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    TieringFigures tiering = figures.tiering();
    if (tiering == null) {
      return;
    }
    List<TieringFigures.TierSummary> summary = tiering.summary();
    for (int i = 0; i < summary.size(); i++) {
      TieringFigures.TierSummary s = summary.get(i);
      if (Boolean.FALSE.equals(s.withinTarget())) {
        Tiering.TargetShare target = s.tier().targetShare();
        report.warning("check.tierShare", PlanPath.of("tiering", "tiers", i, "target_share"), "check.tierShare",
            s.tier().id(), s.share().toPlainString(), s.count(), tiering.customerCount(),
            target.low().toPlainString(), target.high().toPlainString());
      }
    }
  }
}
