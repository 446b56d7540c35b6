package dev.planforge.enrich;

import dev.planforge.model.Currencies;
import java.math.BigDecimal;

/** How money is written where it must be exact: the JSON output and diagnostics. */
public final class Money {

  private Money() {}

  /**
   * A plain decimal string with the currency's minor-unit digits: {@code "1234567.80"} for CNY,
   * {@code "1200"} for JPY. Digits beyond the minor unit that a plan wrote (a unit cost of
   * 0.125) are kept, never rounded away; trailing zeros beyond it are dropped.
   */
  public static String plain(BigDecimal amount, String currency) {
    int minor = Currencies.minorUnit(currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    return (stripped.scale() < minor ? stripped.setScale(minor) : stripped).toPlainString();
  }
}
