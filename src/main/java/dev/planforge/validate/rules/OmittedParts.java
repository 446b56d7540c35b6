package dev.planforge.validate.rules;

import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Part;
import dev.planforge.model.Plan;
import dev.planforge.validate.FigureRule;
import java.util.List;

/** {@code omits} lists only parts the plan leaves out: a listed part that the plan has is a warning at its entry. */
public final class OmittedParts implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    List<Part> omitted = plan.omits();
    for (int i = 0; i < omitted.size(); i++) {
      Part part = omitted.get(i);
      if (part.in(plan)) {
        report.warning("check.partOmitted", PlanPath.of("omits", i), "check.partOmitted", part.key(),
            report.messages().text("part." + part.key()));
      }
    }
  }
}
