package dev.planforge.enrich;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The rounding rules of "Computed values", in one place: scores to 2 decimals, shares and
 * progress to 1 decimal, both HALF_UP. Money rounding lives in {@link
 * dev.planforge.model.Currencies}, since it depends on the currency.
 */
final class Decimals {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Digits after the point of a score (a composite score, an average score). */
  static final int SCORE_SCALE = 2;

  /** Digits after the point of a share or a progress, in percent. */
  static final int PERCENT_SCALE = 1;

  private Decimals() {}

  /**
   * {@code part / whole × 100}, rounded HALF_UP to 1 decimal; null when {@code whole} is zero or
   * absent (a share of nothing is not a figure). {@code divide} with a scale rounds the exact
   * quotient, so there is no double rounding.
   */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
  }

  static BigDecimal percent(long part, long whole) {
    return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  static BigDecimal score(BigDecimal exact) {
    return exact.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * The sum of the shown shares, to tell the reader when rounding keeps them off 100 %; null when
   * there are no shares (nothing to share out).
   */
  static BigDecimal sum(Collection<BigDecimal> shares) {
    BigDecimal sum = null;
    for (BigDecimal s : shares) {
      if (s != null) {
        sum = sum == null ? s : sum.add(s);
      }
    }
    return sum;
  }

  /** Whether shown shares add up to 100 %; trivially true when there are none. */
  static boolean addsUp(BigDecimal shareSum) {
    return shareSum == null || shareSum.compareTo(HUNDRED) == 0;
  }
}
