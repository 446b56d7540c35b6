package dev.planforge.enrich;

import dev.planforge.model.Tiering;
import java.math.BigDecimal;
import java.util.List;

/**
 * Which tier each customer lands in, and what each tier holds.
 *
 * @param method how customers are scored
 * @param customers every customer with its score and tier, in plan order
 * @param summary one entry per tier, in tier order (highest first), empty tiers included
 * @param customerCount how many customers there are
 * @param annualValue the sum of the customers' annual values, each rounded HALF_UP to the
 *     currency's minor unit; null when none gives one
 * @param shareSum the sum of the shown {@link TierSummary#share}s; null without customers
 * @param valueShareSum the sum of the shown {@link TierSummary#valueShare}s; null without values
 */
public record TieringFigures(
    Tiering.Method method,
    List<ScoredCustomer> customers,
    List<TierSummary> summary,
    int customerCount,
    BigDecimal annualValue,
    BigDecimal shareSum,
    BigDecimal valueShareSum) {

  public TieringFigures {
    customers = List.copyOf(customers);
    summary = List.copyOf(summary);
  }

  /**
   * False when the shown customer shares do not add up to 100 %, so a reader is told that each
   * is rounded on its own (HALF_UP to 0.1 %).
   */
  public boolean sharesAddUp() {
    return Decimals.addsUp(shareSum);
  }

  /** Like {@link #sharesAddUp}, for the value shares. */
  public boolean valueSharesAddUp() {
    return Decimals.addsUp(valueShareSum);
  }

  /**
   * A customer and where it lands.
   *
   * @param score for {@code weighted_score}, {@code Σ(score_d × weight_d) / 100} rounded HALF_UP to
   *     2 decimals (the tier is chosen from this rounded score); null for {@code annual_value}
   * @param tier the first tier whose {@code min} is at most the score (or the annual value)
   */
  public record ScoredCustomer(Tiering.Customer customer, BigDecimal score, Tiering.Tier tier) {}

  /**
   * What one tier holds.
   *
   * @param count how many customers it holds
   * @param share {@code count / all customers} in percent, HALF_UP to 1 decimal; null without
   *     customers
   * @param withinTarget whether the shown share lies inside the tier's {@code target_share}, both
   *     bounds inclusive; null when the tier has no target or there are no customers
   * @param annualValue the sum of its customers' annual values, each rounded HALF_UP to the
   *     currency's minor unit; null when no customer gives one
   * @param valueShare {@code annualValue / all annual value} in percent, HALF_UP to 1 decimal;
   *     null without annual values
   * @param averageScore the mean of its customers' shown scores, HALF_UP to 2 decimals; null for
   *     {@code annual_value} or an empty tier
   */
  public record TierSummary(
      Tiering.Tier tier, int count, BigDecimal share, Boolean withinTarget, BigDecimal annualValue,
      BigDecimal valueShare, BigDecimal averageScore) {}
}
