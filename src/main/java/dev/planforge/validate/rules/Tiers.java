package dev.planforge.validate.rules;

import dev.planforge.model.Plan;
import dev.planforge.model.Tiering;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Rule;
import java.math.BigDecimal;
import java.util.List;

/**
 * Tiering is well formed: dimension weights add up to 100; tier minimums fall strictly and the
 * last is 0, so every customer lands in exactly one tier; each customer carries what its method
 * needs (every dimension score, or an annual value).
 */
public final class Tiers implements Rule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Plan plan, Reporter report) {
    Tiering tiering = plan.tiering();
    if (tiering == null) {
      return;
    }
    PlanPath base = PlanPath.of("tiering");
    boolean weighted = tiering.method() == Tiering.Method.WEIGHTED_SCORE;
    if (weighted && !tiering.dimensions().isEmpty()) {
      BigDecimal sum = tiering.dimensions().stream().map(Tiering.Dimension::weight).filter(w -> w != null)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(HUNDRED) != 0) {
        report.error("check.weights", base.key("dimensions"), "check.weights", sum.stripTrailingZeros().toPlainString());
      }
    }
    if (weighted && tiering.dimensions().isEmpty() && !tiering.customers().isEmpty()) {
      report.errorAtKey("check.weights", base.key("method"), "check.noDimensions");
    }
    List<Tiering.Tier> tiers = tiering.tiers();
    if (tiers.isEmpty() && !tiering.customers().isEmpty()) {
      report.errorAtKey("check.tiers", base, "check.noTiers");
    }
    for (int i = 0; i < tiers.size(); i++) {
      BigDecimal min = tiers.get(i).min();
      PlanPath at = base.key("tiers").index(i).key("min");
      if (min == null) {
        continue;
      }
      if (weighted && min.compareTo(HUNDRED) > 0) {
        report.error("check.tierMin", at, "check.tierMinScore", min.toPlainString());
      }
      if (i > 0 && tiers.get(i - 1).min() != null && min.compareTo(tiers.get(i - 1).min()) >= 0) {
        report.error("check.tierMin", at, "check.tierMinOrder", min.toPlainString(), tiers.get(i - 1).id(),
            tiers.get(i - 1).min().toPlainString());
      }
      if (i == tiers.size() - 1 && min.signum() != 0) {
        report.error("check.tierMin", at, "check.tierMinLast", min.toPlainString());
      }
    }
    List<Tiering.Customer> customers = tiering.customers();
    for (int i = 0; i < customers.size(); i++) {
      Tiering.Customer c = customers.get(i);
      PlanPath at = base.key("customers").index(i);
      if (weighted) {
        for (Tiering.Dimension d : tiering.dimensions()) {
          if (!c.scores().containsKey(d.id())) {
            report.errorAtKey("check.score", at.key("scores"), "check.scoreMissing", c.id(), d.id());
          }
        }
      } else if (c.annualValue() == null) {
        report.errorAtKey("check.annualValue", at, "check.annualValueMissing", c.id());
      }
    }
  }
}
