package dev.planforge.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "1e3, 1000",
      "1.5E+2, 150",
      "2.10, 2.10",
      "+7, 7",
      "007, 7",
      ".5, 0.5",
      "999999999999999, 999999999999999",
      "-999999999999999.9999999999, -999999999999999.9999999999",
      "1e-10, 0.0000000001",
      "1.50000000000000000000, 1.5",
      "0e999999999, 0",
      "-0.0e-999999999, 0"})
  void givenNumberWithinBounds_whenParsed_thenItHasItsValueAndReadsAsWritten(String written, String value) {
    Numbers.Parsed parsed = Numbers.parse(written);

    assertNull(parsed.problem());
    assertEquals(0, new BigDecimal(value).compareTo(parsed.node().decimalValue()), written);
    assertEquals(written, parsed.node().asText(), "shown as the planner typed it");
  }

  @Test
  void givenIntegerText_whenParsed_thenItIsAnIntegerNodeEvenWhenWrittenWithASign() {
    JsonNode plus = Numbers.parse("+7").node();

    assertTrue(plus.isInt());
    assertEquals(7, plus.intValue());
    assertTrue(Numbers.parse("123456789012345").node().isLong());
  }

  @Test
  void givenDecimalWrittenWithItsDigits_whenParsed_thenItKeepsItsScale() {
    assertEquals(2, Numbers.parse("2.10").node().decimalValue().scale());
    assertEquals(2, Numbers.parse("1200000.50").node().decimalValue().scale());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e15", "-1e15", "1000000000000000", "1e400", "1e999999999", "9223372036854775808",
      "1e99999999999999999999", "123456789012345.6e1"})
  void givenNumberOfSixteenIntegerDigitsOrMore_whenParsed_thenItIsTooLarge(String written) {
    assertEquals(Numbers.Problem.TOO_LARGE, Numbers.parse(written).problem());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "1e-11", "0.00000000001", "1e-400", "1e-999999999", "1.23456789012", "5e-99999999999999999999"})
  void givenNumberOfElevenDecimalsOrMore_whenParsed_thenItIsTooPrecise(String written) {
    assertEquals(Numbers.Problem.TOO_PRECISE, Numbers.parse(written).problem());
  }

  @Test
  void givenNumbersOfMillionsOfDigits_whenParsed_thenTheyAreJudgedFromTheTextWithoutArithmetic() {
    String ones = "1".repeat(5_000_000);
    String leadingZeros = "0".repeat(5_000_000) + "1.25";
    String trailingZeros = "1." + "0".repeat(5_000_000);

    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      assertEquals(Numbers.Problem.TOO_LARGE, Numbers.parse(ones).problem());
      assertEquals(0, new BigDecimal("1.25").compareTo(Numbers.parse(leadingZeros).node().decimalValue()));
      assertEquals(0, BigDecimal.ONE.compareTo(Numbers.parse(trailingZeros).node().decimalValue()));
    });
  }

  @Test
  void givenLongWrittenNumber_whenShownInAMessage_thenItIsShortened() {
    String shown = Numbers.shown("1".repeat(1000));

    assertTrue(shown.length() < 50, shown);
    assertTrue(shown.contains("…"), shown);
  }
}
