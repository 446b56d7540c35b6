package dev.planforge.validate.rules;

import dev.planforge.model.Currencies;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Rule;
import java.util.Currency;
import java.util.List;

/** {@code currency} is an ISO 4217 code the tool knows the minor unit of. */
public final class KnownCurrency implements Rule {

  @Override
  public void check(Plan plan, Reporter report) {
    if (plan.currency() != null && !Currencies.isKnown(plan.currency())) {
      List<String> codes = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
      report.errorSuggesting("check.currency", PlanPath.of("currency"), false, plan.currency(), codes,
          "check.currency", plan.currency());
    }
  }
}
