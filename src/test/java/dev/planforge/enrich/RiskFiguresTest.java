package dev.planforge.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.planforge.testing.GivenPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskFiguresTest {

  @TempDir
  Path dir;

  @Test
  void givenRisksOnEveryLevelBoundary_whenEnriched_thenEachHasItsLevelAndTheRegisterRanksThem() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        risks:
          register:
            - {id: s4, title: A, likelihood: 1, impact: 4, mitigation: M}
            - {id: s5, title: A, likelihood: 1, impact: 5, mitigation: M}
            - {id: s9, title: A, likelihood: 3, impact: 3, mitigation: M}
            - {id: s10, title: A, likelihood: 2, impact: 5, mitigation: M}
            - {id: s16, title: A, likelihood: 4, impact: 4, mitigation: M}
            - {id: s20, title: A, likelihood: 4, impact: 5, mitigation: M}
            - {id: s25, title: A, likelihood: 5, impact: 5, mitigation: M}
            - {id: also10, title: A, likelihood: 5, impact: 2, mitigation: M}
        """);

    RiskFigures r = figures.risks();
    assertEquals(List.of("s4 4 low", "s5 5 medium", "s9 9 medium", "s10 10 high", "s16 16 high", "s20 20 critical",
        "s25 25 critical", "also10 10 high"),
        r.register().stream().map(s -> s.risk().id() + " " + s.score() + " " + s.level().key()).toList());
    // Equal scores keep plan order: s10 before also10.
    assertEquals(List.of("s25", "s20", "s16", "s10", "also10", "s9", "s5", "s4"),
        r.ranked().stream().map(s -> s.risk().id()).toList());
    assertEquals(List.of("low 1", "medium 2", "high 3", "critical 2"),
        r.byLevel().stream().map(l -> l.level().key() + " " + l.count()).toList());
  }

  @Test
  void givenTwoRisksInOneCell_whenEnriched_thenTheHeatMapCountsThemWhereTheMatrixIsDrawn() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        risks:
          register:
            - {id: a, title: A, likelihood: 4, impact: 2}
            - {id: b, title: B, likelihood: 4, impact: 2}
            - {id: c, title: C, likelihood: 1, impact: 1}
        """);

    RiskFigures.HeatMap map = figures.risks().heatMap();
    assertEquals(List.of(5, 4, 3, 2, 1), map.rows().stream().map(RiskFigures.Row::likelihood).toList());
    RiskFigures.Cell cell = map.rows().get(1).cells().get(1); // likelihood 4, impact 2
    assertEquals("4 2 2 medium", cell.likelihood() + " " + cell.impact() + " " + cell.count() + " " + cell.level().key());
    assertEquals(1, map.rows().get(4).cells().get(0).count());
    assertEquals(3, map.rows().stream().flatMap(row -> row.cells().stream()).mapToInt(RiskFigures.Cell::count).sum());
  }
}
