package dev.planforge.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Numbers as a plan writes them: YAML 1.2 core-schema integers and decimals (exponents allowed),
 * bounded so that no later step can be made to run out of time or memory, and remembered as
 * written so that a number shown as text (a version "1e3", "2.10") reads as the planner typed it.
 *
 * <p>The bounds are far beyond any plan: at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point (so every value is below 10^15 in absolute value, money and counts included) and
 * at most {@value #MAX_DECIMALS} after it, once the exponent is applied and trailing zeros are
 * dropped. They are checked on the text, before any arithmetic: {@code 1e999999999} is refused
 * without ever being expanded.
 */
public final class Numbers {

  public static final int MAX_INTEGER_DIGITS = 15;
  public static final int MAX_DECIMALS = 10;

  /** Longer written numbers are read from their significant digits, not parsed whole. */
  private static final int SHORT = 100;
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  /** A number that lies outside the bounds; {@code key} names its message. */
  public enum Problem {
    TOO_LARGE("number.tooLarge"),
    TOO_PRECISE("number.tooPrecise");

    public final String key;

    Problem(String key) {
      this.key = key;
    }
  }

  /** Either a node or the problem that kept it from being one. */
  public record Parsed(JsonNode node, Problem problem) {}

  private Numbers() {}

  /** True when {@code written} is a number by the YAML 1.2 core schema (as far as plans use it). */
  public static boolean looksLikeNumber(String written) {
    return DECIMAL.matcher(written).matches();
  }

  /**
   * The node for a written number, or its problem.
   *
   * @param written text for which {@link #looksLikeNumber} holds
   */
  public static Parsed parse(String written) {
    Shape s = Shape.of(written);
    boolean integer = INTEGER.matcher(written).matches();
    if (s.zero) { // whatever its exponent: 0e999999999 is 0
      BigDecimal zero = written.length() <= SHORT && s.exponent == 0 ? new BigDecimal(written) : BigDecimal.ZERO;
      return new Parsed(node(written, integer ? Long.valueOf(0) : null, zero), null);
    }
    if (s.integerDigits > MAX_INTEGER_DIGITS) {
      return new Parsed(null, Problem.TOO_LARGE);
    }
    if (s.decimals > MAX_DECIMALS) {
      return new Parsed(null, Problem.TOO_PRECISE);
    }
    if (integer) {
      return new Parsed(node(written, Long.parseLong(s.sign + s.significantInteger()), null), null);
    }
    BigDecimal value = written.length() <= SHORT
        ? new BigDecimal(written) // keeps the written scale: 2.10 stays 2.10
        : new BigDecimal(new BigInteger(s.sign + s.significant), (int) s.decimals)
            .setScale((int) Math.max(0, s.decimals));
    return new Parsed(node(written, null, value), null);
  }

  /** A short form of a written number for messages: a number of a million digits is not quoted whole. */
  public static String shown(String written) {
    return written.length() <= 40 ? written
        : written.substring(0, 24) + "…" + written.substring(written.length() - 12);
  }

  /** An integer node for an integer, else a decimal node; either keeps the text as written. */
  private static JsonNode node(String written, Long integer, BigDecimal decimal) {
    JsonNode plain = integer == null ? DecimalNode.valueOf(decimal)
        : integer == integer.intValue() ? IntNode.valueOf(integer.intValue()) : LongNode.valueOf(integer);
    if (plain.asText().equals(written)) {
      return plain;
    }
    if (plain instanceof IntNode) {
      return new WrittenInt(plain.intValue(), written);
    }
    return plain instanceof LongNode ? new WrittenLong(plain.longValue(), written)
        : new WrittenDecimal(decimal, written);
  }

  /**
   * What the text says about the number's size, computed without building it: its significant
   * digits, how many of them stand before the decimal point, and how many decimals it has.
   */
  private static final class Shape {
    String sign = "";
    String integerPart;
    String significant = "";
    boolean zero;
    long exponent;
    long integerDigits;
    long decimals;

    static Shape of(String w) {
      Shape s = new Shape();
      int i = 0;
      if (w.charAt(0) == '+' || w.charAt(0) == '-') {
        s.sign = w.charAt(0) == '-' ? "-" : "";
        i = 1;
      }
      int intStart = i;
      while (i < w.length() && isDigit(w.charAt(i))) {
        i++;
      }
      s.integerPart = w.substring(intStart, i);
      String fraction = "";
      if (i < w.length() && w.charAt(i) == '.') {
        int fracStart = ++i;
        while (i < w.length() && isDigit(w.charAt(i))) {
          i++;
        }
        fraction = w.substring(fracStart, i);
      }
      long exponent = 0;
      if (i < w.length()) { // e or E
        String e = w.substring(i + 1);
        boolean negative = e.startsWith("-");
        String digits = e.replaceFirst("^[-+]?0*", "");
        // Beyond nine digits the exact exponent no longer matters: the number is out of bounds.
        exponent = digits.length() > 9 ? 1_000_000_000L : digits.isEmpty() ? 0 : Long.parseLong(digits);
        exponent = negative ? -exponent : exponent;
      }
      s.exponent = exponent;
      String all = s.integerPart + fraction;
      int first = 0;
      while (first < all.length() && all.charAt(first) == '0') {
        first++;
      }
      if (first == all.length()) {
        s.zero = true;
        return s;
      }
      int last = all.length() - 1;
      while (all.charAt(last) == '0') {
        last--;
      }
      s.significant = all.substring(first, last + 1);
      s.integerDigits = s.integerPart.length() - first + exponent;
      s.decimals = (last + 1) - s.integerPart.length() - exponent;
      return s;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /** The integer part without leading zeros (for integer text, whose exponent is none). */
    String significantInteger() {
      return integerPart.replaceFirst("^0+", "");
    }
  }

  // Number nodes that answer asText() with the text as written. Jackson compares and computes with
  // the value; only text shown to a reader (a version, a message) uses the written form.

  private static final class WrittenInt extends IntNode {
    private final String written;

    WrittenInt(int value, String written) {
      super(value);
      this.written = written;
    }

    @Override
    public String asText() {
      return written;
    }
  }

  private static final class WrittenLong extends LongNode {
    private final String written;

    WrittenLong(long value, String written) {
      super(value);
      this.written = written;
    }

    @Override
    public String asText() {
      return written;
    }
  }

  private static final class WrittenDecimal extends DecimalNode {
    private final String written;

    WrittenDecimal(BigDecimal value, String written) {
      super(value);
      this.written = written;
    }

    @Override
    public String asText() {
      return written;
    }
  }
}
