package dev.planforge.render.view;

import dev.planforge.model.Currencies;
import dev.planforge.model.PlanLocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates written the way the plan's locale writes them. Everything is exact:
 * BigDecimal in, text out, no binary floating point. Figures arrive already rounded by the enrich
 * stage, so money keeps the currency's minor unit and every other number is shown as it is.
 */
public final class Formats {

  private final PlanLocale locale;
  private final String currency;
  private final int minorUnit;
  private final DateTimeFormatter shortDate;
  private final DateTimeFormatter monthYear;
  /** Grouping formats by number of decimals; DecimalFormat is costly to build (and not shared). */
  private final java.util.Map<Integer, DecimalFormat> grouping = new java.util.HashMap<>();

  public Formats(PlanLocale locale, String currency) {
    this.locale = locale;
    this.currency = currency;
    this.minorUnit = currency == null ? 2 : Currencies.minorUnit(currency);
    if (locale == PlanLocale.ZH_CN) {
      shortDate = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
      monthYear = DateTimeFormatter.ofPattern("uuuu年M月", Locale.SIMPLIFIED_CHINESE);
    } else {
      shortDate = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
      monthYear = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    }
  }

  public PlanLocale locale() {
    return locale;
  }

  /** The ISO 4217 code, or null when the plan has no money. */
  public String currency() {
    return currency;
  }

  /**
   * The sign written before an amount: ¥ for CNY in Chinese, $ for USD in English, € for EUR,
   * else the locale's sign (₹, £, HK$) when the PDF's fonts draw every character of it, otherwise
   * the code and a space ("CHF "). A space inside a sign (the narrow one in "F CFA") becomes a
   * no-break space, which the fonts have and which keeps the sign in one piece.
   */
  public String currencySymbol() {
    if (currency == null) {
      return "";
    }
    if (locale == PlanLocale.ZH_CN && currency.equals("CNY")) {
      return "¥";
    }
    if (locale == PlanLocale.EN && currency.equals("USD")) {
      return "$";
    }
    if (currency.equals("EUR")) {
      return "€";
    }
    if (Currencies.isKnown(currency)) {
      String symbol = Currency.getInstance(currency).getSymbol(locale.locale());
      // The signs beyond ASCII that the embedded fonts draw (Noto Sans SC, and Roboto for ₹ ₪ ₱ …;
      // CurrencySymbolTest holds every symbol printed here to them): another Java's locale data may
      // bring a sign they lack, and a plan must still make its PDF.
      String drawable = "¢£¤¥€₣₤₦₧₨₩₪₫₱₹₺₼₽￦";
      StringBuilder sign = new StringBuilder(symbol.length());
      boolean printable = !symbol.equals(currency);
      for (int i = 0; i < symbol.length() && printable; ) {
        int cp = symbol.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
          sign.append('\u00A0');
        } else {
          printable = (cp > ' ' && cp < 0x7F) || drawable.indexOf(cp) >= 0;
          sign.appendCodePoint(cp);
        }
      }
      return printable ? sign.toString() : currency + " ";
    }
    return currency + " ";
  }

  /** The unit named in a table header: 元 for CNY in Chinese, otherwise the code. */
  public String currencyUnit() {
    if (currency == null) {
      return "";
    }
    return locale == PlanLocale.ZH_CN && currency.equals("CNY") ? "元" : currency;
  }

  /** An amount with its currency sign: ¥1,234,567.80, −$12.00. */
  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    String digits = amount(amount.abs());
    return (amount.signum() < 0 ? "−" : "") + currencySymbol() + digits;
  }

  /** An amount without a sign, for table columns whose header names the currency: 1,234,567.80. */
  public String amount(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return grouped(amount.setScale(minorUnit, RoundingMode.HALF_UP), minorUnit);
  }

  /**
   * Money for the labels of one chart, all in one unit picked from the largest value, with one
   * rounding and the unit named: 12.5万元, 120.0万元 (not 1.2亿 beside 12.5万); $1.25M; ¥800.
   */
  public java.util.function.Function<BigDecimal, String> chartMoney(java.util.Collection<BigDecimal> values) {
    BigDecimal max = values.stream().filter(java.util.Objects::nonNull).map(BigDecimal::abs)
        .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    BigDecimal scale;
    String suffix;
    int decimals;
    if (locale == PlanLocale.ZH_CN) {
      String unit = "CNY".equals(currency) ? "元" : " " + (currency == null ? "" : currency);
      if (max.compareTo(new BigDecimal("100000000")) >= 0) {
        scale = new BigDecimal("100000000");
        suffix = "亿" + unit;
        decimals = 2;
      } else if (max.compareTo(new BigDecimal("10000")) >= 0) {
        scale = new BigDecimal("10000");
        suffix = "万" + unit;
        decimals = 1;
      } else {
        scale = BigDecimal.ONE;
        suffix = unit;
        decimals = 0;
      }
    } else if (max.compareTo(new BigDecimal("1000000")) >= 0) {
      scale = new BigDecimal("1000000");
      suffix = "M";
      decimals = 2;
    } else if (max.compareTo(new BigDecimal("1000")) >= 0) {
      scale = new BigDecimal("1000");
      suffix = "k";
      decimals = 1;
    } else {
      scale = BigDecimal.ONE;
      suffix = "";
      decimals = 0;
    }
    String symbol = locale == PlanLocale.ZH_CN ? "" : currencySymbol();
    return amount -> {
      if (amount == null) {
        return "";
      }
      String digits = amount.abs().divide(scale).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
      return (amount.signum() < 0 ? "−" : "") + symbol + digits + suffix;
    };
  }

  /** An amount without its decimals when it is whole (a tier threshold of 3,500), else as money. */
  public String wholeAmount(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return amount.stripTrailingZeros().scale() <= 0 ? grouped(amount.setScale(0, RoundingMode.UNNECESSARY), 0) : amount(amount);
  }

  /** A number as the plan wrote it, grouped, without trailing zeros: 1,200,000 or 38.5. */
  public String number(BigDecimal n) {
    if (n == null) {
      return "";
    }
    BigDecimal stripped = n.stripTrailingZeros();
    int scale = Math.max(0, stripped.scale());
    String s = grouped(stripped.setScale(scale, RoundingMode.UNNECESSARY), scale);
    return n.signum() < 0 ? s.replace("-", "−") : s;
  }

  public String integer(long n) {
    return number(BigDecimal.valueOf(n));
  }

  /** A share or progress as computed (already rounded to one decimal): 45.0%. */
  public String percent(BigDecimal p) {
    if (p == null) {
      return "";
    }
    return (p.signum() < 0 ? "−" : "") + p.abs().toPlainString() + "%";
  }

  /** A percent the plan wrote (a weight, a contingency rate), without trailing zeros: 8%. */
  public String percentAsWritten(BigDecimal p) {
    return p == null ? "" : number(p) + "%";
  }

  /**
   * A date, in the one style of the plan's locale used everywhere — cover, tables, spans, charts:
   * 2026-01-05 in Chinese, 5 Jan 2026 in English. Empty for null.
   */
  public String date(LocalDate d) {
    return d == null ? "" : shortDate.format(d);
  }

  /**
   * From one date to another, the year once when both share it: 5 Jan – 16 Mar 2026; in Chinese
   * 2026-01-05 – 03-16. Both dates count.
   */
  public String dateRange(LocalDate from, LocalDate to) {
    if (from.getYear() != to.getYear()) {
      return date(from) + " – " + date(to);
    }
    return locale == PlanLocale.ZH_CN
        ? date(from) + " – " + to.format(DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT))
        : from.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)) + " – " + date(to);
  }

  /**
   * A budget period as a reader says it: 2026-Q2 → 2026年第二季度 / Q2 2026, 2026-03 → 2026年3月 /
   * Mar 2026; anything else as written.
   */
  public String period(String p) {
    if (p == null) {
      return "";
    }
    java.util.regex.Matcher q = QUARTER.matcher(p);
    if (q.matches()) {
      int n = Integer.parseInt(q.group(2));
      return locale == PlanLocale.ZH_CN ? q.group(1) + "年第" + "一二三四".charAt(n - 1) + "季度" : "Q" + n + " " + q.group(1);
    }
    java.util.regex.Matcher m = MONTH.matcher(p);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      return month < 1 || month > 12 ? p : monthYear.format(java.time.YearMonth.of(Integer.parseInt(m.group(1)), month));
    }
    return p;
  }

  private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])");
  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");

  private String grouped(BigDecimal n, int scale) {
    DecimalFormat f = grouping.computeIfAbsent(scale, s -> {
      DecimalFormat d = new DecimalFormat(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s),
          DecimalFormatSymbols.getInstance(Locale.ROOT));
      d.setRoundingMode(RoundingMode.UNNECESSARY);
      return d;
    });
    return f.format(n);
  }
}
