package dev.planforge.enrich;

import dev.planforge.model.Budget;
import dev.planforge.model.Currencies;
import dev.planforge.model.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes {@link BudgetFigures}: item amounts, totals, the cap and the five breakdowns. */
final class BudgetTotals {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /** Categories keep the order in which the plan first names them: a stable sort that moves nothing. */
  private static final Comparator<String> FIRST_APPEARANCE = (a, b) -> 0;

  /**
   * Periods by the day they start; a quarter and the month it starts with ("2026-Q2",
   * "2026-04") start the same day, and the quarter, the longer period, comes first.
   */
  static final Comparator<String> CHRONOLOGICAL =
      Comparator.comparing(BudgetTotals::periodStart).thenComparing(p -> !isQuarter(p));

  private BudgetTotals() {}

  static BudgetFigures compute(Plan plan) {
    Budget budget = plan.budget();
    if (budget == null) {
      return null;
    }
    String currency = plan.currency();
    List<BudgetFigures.Line> lines = budget.items().stream()
        .map(item -> new BudgetFigures.Line(item, amount(item, currency)))
        .toList();
    BigDecimal subtotal = sum(lines, currency);
    BigDecimal percent = budget.contingencyPercent() == null ? BigDecimal.ZERO : budget.contingencyPercent();
    // movePointLeft(2) divides by 100 exactly; the one rounding is to the minor unit.
    BigDecimal contingency = Currencies.round(subtotal.multiply(percent).movePointLeft(2), currency);
    BigDecimal total = subtotal.add(contingency);
    // A cap written with more digits than the currency has is rounded like every computed amount.
    BigDecimal capRemaining = budget.cap() == null ? null : Currencies.round(budget.cap(), currency).subtract(total);

    Map<String, String> taskTitles = new LinkedHashMap<>(); // in action-plan order
    if (plan.actionPlan() != null) {
      plan.actionPlan().tasks().forEach(t -> taskTitles.putIfAbsent(t.id(), t.title()));
    }
    Map<String, String> tierNames = new LinkedHashMap<>(); // in tier order
    if (plan.tiering() != null) {
      plan.tiering().tiers().forEach(t -> tierNames.putIfAbsent(t.id(), t.name()));
    }

    return new BudgetFigures(
        lines, subtotal, percent, contingency, total, budget.cap(), capRemaining,
        breakdown(lines, Budget.Item::category, FIRST_APPEARANCE, Function.identity(), subtotal),
        breakdown(lines, Budget.Item::period, CHRONOLOGICAL, Function.identity(), subtotal),
        breakdown(lines, item -> quarterOf(item.period()), CHRONOLOGICAL, Function.identity(), subtotal),
        breakdown(lines, Budget.Item::task, inOrderOf(taskTitles.keySet()), taskTitles::get, subtotal),
        breakdown(lines, Budget.Item::tier, inOrderOf(tierNames.keySet()), tierNames::get, subtotal));
  }

  /** The written amount, or quantity × unit cost; either way HALF_UP to the minor unit. */
  static BigDecimal amount(Budget.Item item, String currency) {
    BigDecimal amount = item.amount() != null ? item.amount()
        : item.quantity() != null && item.unitCost() != null ? item.quantity().multiply(item.unitCost())
        : BigDecimal.ZERO; // the schema rejects an item without either; a model of one is never enriched
    return Currencies.round(amount, currency);
  }

  private static BigDecimal sum(List<BudgetFigures.Line> lines, String currency) {
    BigDecimal sum = Currencies.round(BigDecimal.ZERO, currency);
    for (BudgetFigures.Line line : lines) {
      sum = sum.add(line.amount());
    }
    return sum;
  }

  /**
   * Groups the lines by {@code key}, sorts the groups with {@code order} (a stable sort, so equal
   * keys stay in order of first appearance) and puts the items without a key last.
   */
  private static BudgetFigures.Breakdown breakdown(
      List<BudgetFigures.Line> lines, Function<Budget.Item, String> key, Comparator<String> order,
      Function<String, String> name, BigDecimal subtotal) {
    Map<String, List<BudgetFigures.Line>> byKey = new LinkedHashMap<>();
    List<BudgetFigures.Line> unassigned = new ArrayList<>();
    for (BudgetFigures.Line line : lines) {
      String k = key.apply(line.item());
      if (k == null) {
        unassigned.add(line);
      } else {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(line);
      }
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort(order);
    List<BudgetFigures.Group> groups = new ArrayList<>();
    for (String k : keys) {
      groups.add(group(k, name.apply(k), byKey.get(k), subtotal));
    }
    if (!unassigned.isEmpty()) {
      groups.add(group(null, null, unassigned, subtotal));
    }
    return new BudgetFigures.Breakdown(groups, Decimals.sum(groups.stream().map(BudgetFigures.Group::share).toList()));
  }

  private static BudgetFigures.Group group(String key, String name, List<BudgetFigures.Line> lines, BigDecimal subtotal) {
    BigDecimal amount = lines.stream().map(BudgetFigures.Line::amount).reduce(BigDecimal::add).orElseThrow();
    return new BudgetFigures.Group(key, name, amount, Decimals.percent(amount, subtotal), lines.size());
  }

  /** Keys in the order of {@code ids}; a key they do not hold goes after the ones they do. */
  private static Comparator<String> inOrderOf(Collection<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    ids.forEach(id -> index.put(id, index.size()));
    return Comparator.comparing(k -> index.getOrDefault(k, Integer.MAX_VALUE));
  }

  /** The quarter a period lies in ("2026-03" → "2026-Q1"); a quarter is its own; null stays null. */
  static String quarterOf(String period) {
    if (period == null || isQuarter(period)) {
      return period;
    }
    Matcher m = MONTH.matcher(period);
    if (!m.matches()) {
      return period; // the schema admits no other form; kept as written rather than lost
    }
    int month = Integer.parseInt(m.group(2));
    return month >= 1 && month <= 12 ? m.group(1) + "-Q" + ((month - 1) / 3 + 1) : period;
  }

  private static boolean isQuarter(String period) {
    return QUARTER.matcher(period).matches();
  }

  private static LocalDate periodStart(String period) {
    Matcher q = QUARTER.matcher(period);
    if (q.matches()) {
      return LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
    }
    Matcher m = MONTH.matcher(period);
    int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
    return month >= 1 && month <= 12 ? LocalDate.of(Integer.parseInt(m.group(1)), month, 1) : LocalDate.MAX;
  }
}
