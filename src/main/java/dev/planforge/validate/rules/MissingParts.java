package dev.planforge.validate.rules;

import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.enrich.Completeness;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Part;
import dev.planforge.model.Plan;
import dev.planforge.validate.FigureRule;
import java.util.List;

/**
 * The plan holds each of the nine recommended parts, or lists it under {@code omits} as left out on
 * purpose. The missing parts are one warning, however many they are, giving the whole {@code omits}
 * line that would accept them: at the part's key when it is the only one (its key, when the plan
 * has it but left it empty), else at {@code omits} or the top of the plan.
 */
public final class MissingParts implements FigureRule {

  @Override
  public void check(Plan plan, Figures figures, Reporter report) {
    List<String> omitted = plan.omits().stream().map(Part::key).toList();
    List<String> missing = figures.completeness().missing().stream().map(Completeness.Part::key)
        .filter(key -> !omitted.contains(key)).toList();
    if (missing.isEmpty()) {
      return;
    }
    // The whole omits line to write: what it rightly lists already, and the missing parts.
    String line = String.join(", ", figures.completeness().parts().stream().map(Completeness.Part::key)
        .filter(key -> missing.contains(key) || omitted.contains(key) && !Part.ofKey(key).in(plan)).toList());
    if (missing.size() == 1) {
      String key = missing.get(0);
      report.warning("check.partMissing", PlanPath.of(key), "check.partMissing", key,
          report.messages().text("part." + key), line);
    } else {
      PlanPath at = omitted.isEmpty() ? PlanPath.ROOT : PlanPath.of("omits");
      report.warning("check.partMissing", at, "check.partsMissing", missing.size(),
          figures.completeness().parts().size(), line);
    }
  }
}
