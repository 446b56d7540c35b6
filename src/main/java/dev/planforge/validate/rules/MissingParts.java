package dev.planforge.validate.rules;

import dev.planforge.enrich.Completeness;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.validate.FigureRule;
import dev.planforge.diagnostic.Reporter;

/**
 * The plan holds each of the nine recommended parts. A missing part is reported at its key when
 * the plan has the key but left it empty, else at the top of the plan.
 */
public final class MissingParts implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    for (Completeness.Part part : figures.completeness().missing()) {
      report.warning("check.partMissing", PlanPath.of(part.key()), "check.partMissing", part.key(),
          report.messages().text("part." + part.key()));
    }
  }
}
