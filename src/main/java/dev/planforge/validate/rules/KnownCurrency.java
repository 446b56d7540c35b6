package dev.planforge.validate.rules;

import dev.planforge.model.Currencies;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Severity;
import dev.planforge.diagnostic.Suggestions;
import dev.planforge.validate.EnumHints;
import dev.planforge.validate.Rule;
import java.util.Currency;
import java.util.List;

/** {@code currency} is an ISO 4217 code the tool knows the minor unit of. */
public final class KnownCurrency implements Rule {

  @Override
  public void check(Plan plan, Reporter report) {
    if (plan.currency() != null && !Currencies.isKnown(plan.currency())) {
      // RMB is what many write for the yuan; its code is CNY.
      String meant = EnumHints.currency(plan.currency());
      List<String> codes = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
      String near = meant != null ? meant : Suggestions.closest(plan.currency(), codes);
      report.add(Severity.ERROR, "check.currency", PlanPath.of("currency"), false, near, "check.currency",
          plan.currency());
    }
  }
}
