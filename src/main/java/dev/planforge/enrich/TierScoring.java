package dev.planforge.enrich;

import dev.planforge.model.Currencies;
import dev.planforge.model.Plan;
import dev.planforge.model.Tiering;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Computes {@link TieringFigures}: each customer's score and tier, then each tier's totals. */
final class TierScoring {

  private TierScoring() {}

  static TieringFigures compute(Plan plan) {
    Tiering tiering = plan.tiering();
    if (tiering == null) {
      return null;
    }
    boolean weighted = tiering.method() == Tiering.Method.WEIGHTED_SCORE;
    List<TieringFigures.ScoredCustomer> customers = new ArrayList<>(tiering.customers().size());
    Map<Tiering.Tier, Totals> totals = new IdentityHashMap<>();
    tiering.tiers().forEach(t -> totals.put(t, new Totals()));
    BigDecimal allValue = null;
    for (Tiering.Customer c : tiering.customers()) {
      BigDecimal score = weighted ? score(c, tiering.dimensions()) : null;
      BigDecimal value = annualValue(c, plan.currency());
      Tiering.Tier tier = tierOf(weighted ? score : value, tiering.tiers());
      customers.add(new TieringFigures.ScoredCustomer(c, score, tier));
      if (tier != null) {
        totals.get(tier).add(score, value);
      }
      if (value != null) {
        allValue = allValue == null ? value : allValue.add(value);
      }
    }

    int count = customers.size();
    List<TieringFigures.TierSummary> summary = new ArrayList<>();
    for (Tiering.Tier tier : tiering.tiers()) {
      Totals t = totals.get(tier);
      BigDecimal share = count == 0 ? null : Decimals.percent(t.count, count);
      Boolean within = share == null || tier.targetShare() == null ? null : tier.targetShare().contains(share);
      BigDecimal value = allValue == null ? null : t.value;
      BigDecimal average = weighted && t.count > 0
          ? t.scores.divide(BigDecimal.valueOf(t.count), Decimals.SCORE_SCALE, RoundingMode.HALF_UP)
          : null;
      summary.add(new TieringFigures.TierSummary(
          tier, t.count, share, within, value, Decimals.percent(value, allValue), average));
    }
    return new TieringFigures(tiering.method(), customers, summary, count, allValue,
        Decimals.sum(summary.stream().map(TieringFigures.TierSummary::share).toList()),
        Decimals.sum(summary.stream().map(TieringFigures.TierSummary::valueShare).toList()));
  }

  /**
   * {@code Σ(score_d × weight_d) / 100}: exact, then rounded once to 2 decimals. (59.995 is
   * 60.00 here; in binary floating point it would be 59.99.)
   */
  static BigDecimal score(Tiering.Customer customer, List<Tiering.Dimension> dimensions) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Tiering.Dimension d : dimensions) {
      BigDecimal s = customer.scores().get(d.id());
      if (s != null && d.weight() != null) {
        sum = sum.add(s.multiply(d.weight()));
      }
    }
    return Decimals.score(sum.movePointLeft(2));
  }

  /**
   * A customer's annual value as money is computed: HALF_UP to the currency's minor unit, so the
   * tier totals are sums of rounded parts, like the budget's, and the tier is chosen from the value
   * a reader sees.
   */
  static BigDecimal annualValue(Tiering.Customer customer, String currency) {
    return customer.annualValue() == null ? null : Currencies.round(customer.annualValue(), currency);
  }

  /** The first tier whose {@code min} the value reaches; tiers run from highest to lowest. */
  private static Tiering.Tier tierOf(BigDecimal value, List<Tiering.Tier> tiers) {
    if (value == null) {
      return null;
    }
    for (Tiering.Tier tier : tiers) {
      if (tier.min() != null && tier.min().compareTo(value) <= 0) {
        return tier;
      }
    }
    return null;
  }

  /** Running totals of one tier. */
  private static final class Totals {
    int count;
    BigDecimal scores = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;

    void add(BigDecimal score, BigDecimal annualValue) {
      count++;
      if (score != null) {
        scores = scores.add(score);
      }
      if (annualValue != null) {
        value = value.add(annualValue);
      }
    }
  }
}
