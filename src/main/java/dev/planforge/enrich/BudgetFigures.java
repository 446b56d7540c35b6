package dev.planforge.enrich;

import dev.planforge.model.Budget;
import java.math.BigDecimal;
import java.util.List;

/**
 * The budget's figures. Money is in the plan's currency, every amount at its minor unit: item
 * amounts and the contingency are rounded HALF_UP when computed, and every other figure is an
 * exact sum or difference of them, so shown parts add up to shown totals.
 *
 * @param lines each item with its amount, in plan order
 * @param subtotal the sum of the item amounts
 * @param contingencyPercent the reserve in percent of the subtotal (0 when the plan gives none)
 * @param contingency {@code subtotal × contingencyPercent / 100}, rounded to the minor unit
 * @param total {@code subtotal + contingency}
 * @param cap the approved ceiling, or null
 * @param capRemaining {@code cap − total}, the cap rounded HALF_UP to the minor unit first; negative
 *     when over the cap; null without a cap
 * @param byCategory per category, in order of first appearance
 * @param byPeriod per period, by start date (a quarter before the months that start with it)
 * @param byQuarter per quarter, by start date, a month's items counted in its quarter: the
 *     quarters that group the periods as a time series
 * @param byTask per task, in action-plan order
 * @param byTier per tier, in tier order
 */
public record BudgetFigures(
    List<Line> lines,
    BigDecimal subtotal,
    BigDecimal contingencyPercent,
    BigDecimal contingency,
    BigDecimal total,
    BigDecimal cap,
    BigDecimal capRemaining,
    Breakdown byCategory,
    Breakdown byPeriod,
    Breakdown byQuarter,
    Breakdown byTask,
    Breakdown byTier) {

  public BudgetFigures {
    lines = List.copyOf(lines);
  }

  /** The quarter a budget period lies in ("2026-03" → "2026-Q1"); a quarter is its own. */
  public static String quarterOf(String period) {
    return BudgetTotals.quarterOf(period);
  }

  /** Whether the total is above the approved cap. */
  public boolean overCap() {
    return capRemaining != null && capRemaining.signum() < 0;
  }

  /**
   * One budget item and its amount: as written, or {@code quantity × unit_cost}, rounded to the
   * currency's minor unit.
   */
  public record Line(Budget.Item item, BigDecimal amount) {

    /** Whether the amount was computed from quantity and unit cost rather than written. */
    public boolean computed() {
      return item.amount() == null;
    }
  }

  /**
   * The subtotal split by one key. Items without the key form the last group.
   *
   * @param groups one per key value, in the order the key's own list gives; the unassigned last
   * @param shareSum the sum of the shown (rounded) shares; 100.0 unless rounding keeps it off;
   *     null when there are no shares (no items, or a zero subtotal)
   */
  public record Breakdown(List<Group> groups, BigDecimal shareSum) {

    public Breakdown {
      groups = List.copyOf(groups);
    }

    /**
     * False when the shown shares do not add up to 100 %, so a reader is told that each share
     * is rounded on its own (HALF_UP to 0.1 %). True when there are no shares.
     */
    public boolean sharesAddUp() {
      return Decimals.addsUp(shareSum);
    }
  }

  /**
   * The items sharing one key value.
   *
   * @param key the category, period, task id or tier id; null for the items without one
   * @param name how the key reads: the category or period itself, the task's title, the tier's
   *     name; null for the unassigned group
   * @param amount the exact sum of the group's item amounts
   * @param share {@code amount / subtotal} in percent, HALF_UP to 1 decimal; null when the
   *     subtotal is zero
   * @param items how many items the group holds
   */
  public record Group(String key, String name, BigDecimal amount, BigDecimal share, int items) {

    /** The group of the items that do not name this key. */
    public boolean unassigned() {
      return key == null;
    }
  }
}
