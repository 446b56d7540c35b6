package dev.planforge.validate.rules;

import dev.planforge.model.Budget;
import dev.planforge.model.Currencies;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Rule;
import java.math.BigDecimal;
import java.util.List;

/**
 * A budget item that gives all three of {@code amount}, {@code quantity} and {@code unit_cost}
 * agrees with itself: amount = quantity × unit_cost, rounded to the currency's minor unit.
 * (An item with no amount at all is the schema's to report.)
 */
public final class BudgetAmounts implements Rule {

  @Override
  public void check(Plan plan, Reporter report) {
    List<Budget.Item> items = Lists.of(plan.budget(), Budget::items);
    for (int i = 0; i < items.size(); i++) {
      Budget.Item item = items.get(i);
      if (item.amount() == null || item.quantity() == null || item.unitCost() == null) {
        continue;
      }
      BigDecimal product = Currencies.round(item.quantity().multiply(item.unitCost()), plan.currency());
      if (product.compareTo(item.amount()) != 0) {
        report.error("check.amount", PlanPath.of("budget", "items", i, "amount"), "check.amountMismatch",
            item.amount().toPlainString(), item.quantity().toPlainString(), item.unitCost().toPlainString(),
            product.toPlainString());
      }
    }
  }
}
