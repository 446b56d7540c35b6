package dev.planforge.validate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value a planner meant, when they wrote it as people write it rather than as the plan format
 * does: {@code 12万} for 120000, {@code ￥80000}, {@code 45,000}, {@code 50%}, {@code 2026年3月1日},
 * {@code 2026-1-5}, {@code 15-25} for a range. Each rewrite is exact (BigDecimal, a real calendar
 * day) or there is none, so a hint never proposes a value the plan would refuse again.
 */
public final class Rewrites {

  /** At most this many digits before and after the point, as the loader accepts numbers. */
  private static final int MAX_INTEGER_DIGITS = 15;
  private static final int MAX_DECIMALS = 10;

  private static final String CODES = "RMB|CNY|USD|EUR|JPY|GBP|HKD";
  private static final Pattern NUMBER = Pattern.compile(
      "(?<sign>[-+]?)(?<pre>US\\$|[$¥￥€£]|" + CODES + ")?\\s*"
          + "(?<digits>[0-9]{1,3}(?:[,，][0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)"
          + "\\s*(?<unit>千万|百万|万|亿|千|[kKwW])?"
          + "\\s*(?<post>元|块|人民币|美元|欧元|日元|港元|英镑|" + CODES + "|[%％])?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CHINESE_DATE = Pattern.compile(
      "([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]?");
  private static final Pattern LOOSE_DATE = Pattern.compile("([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})");

  private static final String BOUND = "([0-9]+(?:\\.[0-9]+)?)\\s*[%％]?";
  private static final Pattern RANGE = Pattern.compile(
      "\\[?\\s*" + BOUND + "\\s*(?:-|–|—|~|～|至|到|to)\\s*" + BOUND + "\\s*]?", Pattern.CASE_INSENSITIVE);

  private Rewrites() {}

  /**
   * A number written as text, and how to write it.
   *
   * @param value the number as the plan should hold it, as written where nothing was computed
   * @param removed signs to delete, as written ({@code ￥}, {@code 元}, {@code %}); empty when a unit
   *     such as 万 was multiplied out (then the fix is "write value")
   * @param separators whether thousands separators are to be deleted
   * @param scaled whether a unit such as 万 or k was multiplied out
   */
  public record NumberFix(String value, List<String> removed, boolean separators, boolean scaled) {

    public NumberFix {
      removed = List.copyOf(removed);
    }

    /** Only quotes stood in the way: {@code "80000"}. */
    public boolean quoted() {
      return !scaled && !separators && removed.isEmpty();
    }
  }

  /**
   * The number {@code text} stands for, or empty when it is not one of the usual ways of writing
   * numbers.
   *
   * @param percent whether {@code %} may be dropped (a percentage, not money)
   */
  public static Optional<NumberFix> number(String text, boolean percent) {
    Matcher m = NUMBER.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String pre = m.group("pre");
    String post = m.group("post");
    boolean percentSign = post != null && (post.equals("%") || post.equals("％"));
    if (percentSign && (!percent || pre != null)) {
      return Optional.empty();
    }
    String digits = m.group("digits");
    boolean separators = digits.indexOf(',') >= 0 || digits.indexOf('，') >= 0;
    String plain = m.group("sign") + digits.replace(",", "").replace("，", "");
    BigDecimal value = new BigDecimal(plain);
    String unit = m.group("unit");
    if (unit != null) {
      value = value.multiply(multiplier(unit)).stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      plain = value.toPlainString();
    }
    if (!withinBounds(value)) {
      return Optional.empty();
    }
    List<String> removed = new ArrayList<>();
    if (unit == null) {
      if (pre != null) {
        removed.add(pre);
      }
      if (post != null) {
        removed.add(post);
      }
    }
    return Optional.of(new NumberFix(plain, removed, separators && unit == null, unit != null));
  }

  /** The calendar day {@code text} names as {@code 2026年3月1日}, {@code 2026-1-5} or {@code 2026/03/01}. */
  public static Optional<LocalDate> date(String text) {
    String t = text.strip();
    Matcher chinese = CHINESE_DATE.matcher(t);
    Matcher loose = LOOSE_DATE.matcher(t);
    try {
      if (chinese.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(chinese.group(1)), Integer.parseInt(chinese.group(2)),
            Integer.parseInt(chinese.group(3))));
      }
      if (loose.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(loose.group(1)), Integer.parseInt(loose.group(3)),
            Integer.parseInt(loose.group(4))));
      }
    } catch (DateTimeException e) {
      return Optional.empty(); // 2026-2-30 is no day; no rewrite to offer
    }
    return Optional.empty();
  }

  /** The two bounds of a range written as text ({@code 15-25}, {@code 15%–25%}, {@code 15~25}), as written. */
  public static Optional<List<String>> range(String text) {
    Matcher m = RANGE.matcher(text.strip());
    return m.matches() ? Optional.of(List.of(m.group(1), m.group(2))) : Optional.empty();
  }

  private static BigDecimal multiplier(String unit) {
    return switch (unit) {
      case "千万" -> BigDecimal.TEN.pow(7);
      case "百万" -> BigDecimal.TEN.pow(6);
      case "亿" -> BigDecimal.TEN.pow(8);
      case "万", "w", "W" -> BigDecimal.TEN.pow(4);
      default -> BigDecimal.TEN.pow(3); // 千, k, K
    };
  }

  private static boolean withinBounds(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    int decimals = Math.max(0, v.scale());
    int integerDigits = Math.max(0, v.precision() - v.scale());
    return decimals <= MAX_DECIMALS && integerDigits <= MAX_INTEGER_DIGITS;
  }
}
