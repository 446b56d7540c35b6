package dev.planforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The values planners write as text, and the exact value each stands for. */
class RewritesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "12万        | 120000",
      "12万元      | 120000",
      "1.5万       | 15000",
      "0.35亿      | 35000000",
      "3千         | 3000",
      "1.5k        | 1500",
      "8W          | 80000",
      "￥12万      | 120000",
      "1.23456万   | 12345.6"})
  void givenAUnitSuchAsWan_whenRewritten_thenItIsMultipliedOutExactly(String written, String value) {
    Rewrites.NumberFix fix = Rewrites.number(written, false).orElseThrow();

    assertEquals(value, fix.value());
    assertTrue(fix.scaled());
  }

  @Test
  void givenSignsAndSeparators_whenRewritten_thenEachIsNamedForRemoval_andTheDigitsStayAsWritten() {
    assertEquals(new Rewrites.NumberFix("80000", List.of("￥"), false, false), Rewrites.number("￥80000", false).get());
    assertEquals(new Rewrites.NumberFix("22000", List.of("$"), false, false), Rewrites.number("$22000", false).get());
    assertEquals(new Rewrites.NumberFix("80000", List.of("元"), false, false), Rewrites.number("80000 元", false).get());
    assertEquals(new Rewrites.NumberFix("45000", List.of(), true, false), Rewrites.number("45,000", false).get());
    assertEquals(new Rewrites.NumberFix("1200000.50", List.of("￥"), true, false),
        Rewrites.number("￥1,200,000.50", false).get());
    assertEquals(new Rewrites.NumberFix("50", List.of("%"), false, false), Rewrites.number("50%", true).get());
    assertTrue(Rewrites.number("36000", false).get().quoted());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"十万", "about 5", "1,2345", "12万万", "5%%", "$5%", "1e3", "9999999999999999万", ""})
  void givenTextThatIsNoUsualWayOfWritingANumber_whenRewritten_thenThereIsNoRewrite(String written) {
    assertEquals(Optional.empty(), Rewrites.number(written, true));
  }

  @Test
  void givenAPercentSignInMoney_whenRewritten_thenThereIsNoRewrite() {
    assertFalse(Rewrites.number("50%", false).isPresent());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "2026年3月1日   | 2026-03-01",
      "2026 年 3 月 1 号 | 2026-03-01",
      "2026-1-5      | 2026-01-05",
      "2026/03/01    | 2026-03-01",
      "2026.2.28     | 2026-02-28",
      "2024-2-29     | 2024-02-29"})
  void givenADateWrittenAnotherWay_whenRewritten_thenItIsThatDay(String written, String day) {
    assertEquals(Optional.of(LocalDate.parse(day)), Rewrites.date(written));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2026-2-30", "2025年2月29日", "2026-13-01", "2026/1-5", "3/1/2026", "next Monday"})
  void givenNoRealDayOrNoKnownForm_whenRewritten_thenThereIsNoRewrite(String written) {
    assertEquals(Optional.empty(), Rewrites.date(written));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"15-25", "15–25", "15 - 25", "15%-25%", "15％～25％", "15~25", "15至25", "15 to 25", "[15-25]"})
  void givenARangeWrittenAsText_whenRewritten_thenItsTwoBoundsAsWritten(String written) {
    assertEquals(Optional.of(List.of("15", "25")), Rewrites.range(written));
  }

  @Test
  void givenOneNumberOrThree_whenRewrittenAsARange_thenThereIsNoRewrite() {
    assertEquals(Optional.empty(), Rewrites.range("15"));
    assertEquals(Optional.empty(), Rewrites.range("15-25-35"));
  }
}
