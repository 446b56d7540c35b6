package dev.planforge.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** ISO 4217 facts the figures need: whether a code exists and its minor unit. */
public final class Currencies {

  private Currencies() {}

  public static boolean isKnown(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  /** Digits after the decimal point: 2 for CNY, USD and EUR, 0 for JPY, 3 for BHD. */
  public static int minorUnit(String code) {
    if (!isKnown(code)) {
      return 2;
    }
    int digits = Currency.getInstance(code).getDefaultFractionDigits();
    return digits < 0 ? 0 : digits;
  }

  /** Rounds HALF_UP to the currency's minor unit, as the plan format rounds computed money. */
  public static BigDecimal round(BigDecimal amount, String code) {
    return amount.setScale(minorUnit(code), RoundingMode.HALF_UP);
  }
}
