package dev.planforge.enrich;

import static dev.planforge.enrich.MeetFreshFiguresTest.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.testing.GivenPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TieringFiguresTest {

  private static final String TWO_TIERS = GivenPlan.HEADER + """
      tiering:
        dimensions:
          - {id: x, name: X, weight: 50}
          - {id: y, name: Y, weight: 50}
        tiers:
          - {id: top, name: Top, min: 90}
          - {id: rest, name: Rest, min: 0}
        customers:
      """;

  @TempDir
  Path dir;

  @Test
  void givenACompositeScoreOfExactly90_whenEnriched_thenItIsInTheUpperTier() {
    Figures figures = GivenPlan.figures(dir, TWO_TIERS + """
          - {id: c1, name: Exact, scores: {x: 90, y: 90}}
        """);

    TieringFigures.ScoredCustomer c = figures.tiering().customers().get(0);
    assertEquals(dec("90.00"), c.score());
    assertEquals("top", c.tier().id());
  }

  @Test
  void givenAScoreThatRoundsUpTo90_whenEnriched_thenTheTierFollowsTheShownScore() {
    Figures figures = GivenPlan.figures(dir, TWO_TIERS + """
          - {id: c1, name: Rounds up, scores: {x: 89.99, y: 90}}
          - {id: c2, name: Stays below, scores: {x: 89.98, y: 90}}
        """);

    List<TieringFigures.ScoredCustomer> customers = figures.tiering().customers();
    assertEquals(dec("90.00"), customers.get(0).score()); // 89.995
    assertEquals("top", customers.get(0).tier().id());
    assertEquals(dec("89.99"), customers.get(1).score()); // 89.99
    assertEquals("rest", customers.get(1).tier().id());
  }

  @Test
  void givenATierNoCustomerReaches_whenEnriched_thenItHoldsNothingAndMissesItsTarget() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: A, min: 10000, target_share: [10, 30]}
            - {id: b, name: B, min: 0}
          customers:
            - {id: c1, name: One, annual_value: 100}
            - {id: c2, name: Two, annual_value: 300}
        """);

    TieringFigures.TierSummary a = figures.tiering().summary().get(0);
    assertEquals(0, a.count());
    assertEquals(dec("0.0"), a.share());
    assertEquals(Boolean.FALSE, a.withinTarget());
    assertEquals(0, a.annualValue().signum());
    assertEquals(dec("0.0"), a.valueShare());
    assertNull(a.averageScore());
    assertNull(figures.tiering().summary().get(1).withinTarget(), "B has no target");
  }

  @Test
  void givenAnnualValuesWithMoreDigitsThanUsdHas_whenEnriched_thenTierValuesAreSumsOfCentsRoundedHalfUp() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER.replace("CNY", "USD") + """
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: A, min: 1000}
            - {id: b, name: B, min: 0}
          customers:
            - {id: c1, name: One, annual_value: 1000.004}
            - {id: c2, name: Two, annual_value: 0.005}
            - {id: c3, name: Three, annual_value: 999.995}
        """);

    TieringFigures t = figures.tiering();
    assertEquals(dec("2000.00"), t.summary().get(0).annualValue()); // 1000.00 + 1000.00
    assertEquals(dec("0.01"), t.summary().get(1).annualValue()); // 0.005 → 0.01
    assertEquals(dec("2000.01"), t.annualValue());
    assertEquals("a", t.customers().get(2).tier().id(), "999.995 is shown as 1000.00, which reaches A");
  }

  @Test
  void givenAnnualValuesInYen_whenEnriched_thenTierValuesAreWholeYen() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER.replace("CNY", "JPY") + """
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: A, min: 0}
          customers:
            - {id: c1, name: One, annual_value: 1000.5}
            - {id: c2, name: Two, annual_value: 0.4}
        """);

    assertEquals(dec("1001"), figures.tiering().summary().get(0).annualValue());
    assertEquals(dec("1001"), figures.tiering().annualValue());
  }

  @Test
  void givenTiersButNoCustomers_whenEnriched_thenSharesAreEmpty() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: A, min: 0, target_share: [10, 30]}
        """);

    TieringFigures.TierSummary a = figures.tiering().summary().get(0);
    assertEquals(0, a.count());
    assertNull(a.share());
    assertNull(a.withinTarget());
    assertNull(figures.tiering().annualValue());
    assertNull(figures.tiering().shareSum());
    assertTrue(figures.tiering().sharesAddUp());
  }

  @Test
  void givenTwentyThousandCustomersInACsvFile_whenEnriched_thenEveryTierCountsItsShare() throws IOException {
    // Customer i scores i mod 100 on both dimensions, so its composite score is i mod 100: each
    // hundred customers puts 20 in each of the three upper tiers and 40 in the last.
    StringBuilder csv = new StringBuilder("id,name,x,y\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("c").append(i).append(",Customer ").append(i).append(',').append(i % 100).append(',')
          .append(i % 100).append('\n');
    }
    Files.writeString(dir.resolve("customers.csv"), csv);

    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        tiering:
          dimensions:
            - {id: x, name: X, weight: 70}
            - {id: y, name: Y, weight: 30}
          tiers:
            - {id: a, name: A, min: 80}
            - {id: b, name: B, min: 60}
            - {id: c, name: C, min: 40}
            - {id: d, name: D, min: 0}
          customers_file: customers.csv
        """);

    TieringFigures t = figures.tiering();
    assertEquals(20_000, t.customerCount());
    assertEquals(List.of(4000, 4000, 4000, 8000), t.summary().stream().map(TieringFigures.TierSummary::count).toList());
    assertEquals(List.of(dec("20.0"), dec("20.0"), dec("20.0"), dec("40.0")),
        t.summary().stream().map(TieringFigures.TierSummary::share).toList());
    // A holds the scores 80 to 99 equally often: mean 89.5.
    assertEquals(dec("89.50"), t.summary().get(0).averageScore());
    assertEquals(dec("19.50"), t.summary().get(3).averageScore());
    assertEquals("a", t.customers().get(19_999).tier().id());
    assertFalse(t.summary().isEmpty());
  }
}
